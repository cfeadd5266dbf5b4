"""A local test double for Figshare's upload flow: REST API, upload service and file storage.

It implements ``file_uploader.md`` (statuses, zero-based inclusive offsets, part locks and 409, 404 for
unknown tokens, empty error bodies) and the ``/v2`` endpoints around it, as three real HTTP/1.1 servers in
background threads, so sync and async clients (httpx.Client / httpx.AsyncClient) and even other processes
can use it. Part data goes to a temporary folder on disk, streamed in 1 MiB chunks: memory stays flat.

Fixture
-------
``upload_emulator`` (function scope, from ``figshare_upload_emulator.pytest_plugin``) yields a started
:class:`FigshareEmulator` with 1 KiB parts; it fails the test if a server thread crashed. Outside pytest
(benchmarks): ``with FigshareEmulator(part_size=10 * 2**20) as emulator: ...``.

Hosts and credentials
---------------------
- ``emulator.api_base_url``: ``http://127.0.0.1:<port>/v2`` (``api_host`` = ``"127.0.0.1"``)
- ``emulator.upload_base_url``: ``http://127.0.0.1:<other port>/upload``; a file's ``upload_url`` is
  ``<upload_base_url>/<upload token>`` (``upload_host`` = ``"127.0.0.1"``)
- ``emulator.storage_base_url``: ``http://127.0.0.2:<port>`` (``storage_host``; ``"localhost"`` where
  127.0.0.2 cannot be bound). A different host from the API, like S3 behind Figshare's download redirect.
- ``emulator.ndownloader_base_url``: ``<api origin>/ndownloader`` (files' ``download_url`` points here)
- ``emulator.token``: the personal token the API accepts, as ``Authorization: token <T>`` or
  ``?access_token=<T>``. Missing (under ``/v2/account``) or wrong: 401 with a JSON ``{message, code}``.
  The upload service does not check it (it only records whether it was sent).
- ``FigshareEmulator(part_size=..., token=..., data_dir=..., api_host=..., upload_host=...,
  storage_host=...)``; ``emulator.part_size`` may also be changed before an upload is initiated.

REST endpoints (under ``/v2``)
------------------------------
``POST /account/articles`` 201 ``{entity_id, location, warnings}``; ``GET /account/articles`` (paged);
``GET /account/articles/{id}``; ``GET /account/articles/{id}/files`` (paged: ``page``/``page_size`` or
``limit``/``offset``, 10 per page by default, mixing them is 422); ``POST /account/articles/{id}/files`` with
``{name, size, md5[, folder_path]}`` or ``{link}``: 201 ``{location}`` (422 JSON error on bad input);
``GET /account/articles/{id}/files/{file_id}``: the file record (``upload_url``, ``upload_token``, ``status``
``created`` -> ``ic_checking`` -> ``moving_to_final`` -> ``available``, ``computed_md5``; ``upload_url``
becomes ``""`` after completion, as Figshare does); ``POST .../files/{file_id}`` completes: 202 with an
HTML body (400 JSON error when parts are missing); ``DELETE .../files/{file_id}`` 204;
``GET /articles/{id}`` and ``GET /articles/{id}/files`` for published articles;
``GET /file/download/{file_id}``: 302 to a signed storage URL (private articles need the token, else 404).
Storage answers ``Range`` (206, 416), 403 on a bad signature, and 400 if the request carries an
``Authorization`` header (as S3 does with pre-signed URLs). ``GET /ndownloader/files/{id}`` (not under
``/v2``) answers 202, empty body, ``x-amzn-waf-action: challenge``. Unknown paths: 404 with an HTML page.

Upload service (``<upload_base_url>/<token>``)
----------------------------------------------
``GET /<token>`` -> ``{token, md5, size, name, status, parts: [{partNo, startOffset, endOffset, status,
locked}]}``; ``GET /<token>/<n>``; ``PUT /<token>/<n>`` with exactly the part's bytes -> 200 ``OK``
(text/plain); ``DELETE /<token>/<n>`` resets the part -> 200; ``POST /<token>`` (not in the docs) -> 200 if
every part is stored, else 400. Unknown token or part: 404, empty. PUT while the part is locked, or after the
upload completed: 409, empty. A body shorter or longer than the part: not stored, 400 empty (see
``faults.short_body_hang_seconds``). Content-Length and chunked bodies are both accepted.

After completion, each client read of a file record (single, list, or inside an article) advances it: with
``faults.processing_polls = P`` the first P reads show ``ic_checking``/``moving_to_final``, then
``available``; ``computed_md5`` is ``""`` for the first ``faults.computed_md5_after_polls`` reads (None:
for ever) and is the md5 of the stored bytes unless ``faults.computed_md5_override`` is set.

Faults (``emulator.faults``)
----------------------------
Part faults are keyed by part number; ``attempt`` counts PUTs of that part of that upload, from 1.

- ``fail_part_put(part_no, status=500, attempt=1, times=1, after_storing=False)``: 500 / 504 etc., empty body
- ``reset_part_put(part_no, attempt=1, times=1, after_bytes=None)``: read part of the body, then TCP reset
- ``slow_part_put(part_no, seconds, attempt=1, times=1)``: part stays locked that long before the answer
- ``hold_part_put(part_no, attempt=1) -> PartGate``: PUT waits, part locked, until ``gate.release()``;
  ``gate.wait_until_held()`` blocks until the PUT arrived
- ``lock_part(part_no, attempts=1)``: ``locked: true`` and 409 for the next N PUT/DELETE requests
- ``stick_part(part_no, reset_by_delete=True)``: locked for ever; DELETE clears it (or, if False, also 409)
- ``keep_lock_on_disconnect = True``: a client killed in the middle of a part leaves it stuck until a DELETE
- ``processing_polls``, ``computed_md5_after_polls``, ``computed_md5_override``: see above
- ``cut_download(after_bytes, times=1)``: storage sends that many bytes of the body, then resets
- ``drip_download(chunk_bytes, interval, times=None)``: storage sends bodies that many bytes at a time,
  ``interval`` seconds apart (a slow or dripping server)
- ``drip_part_answer(part_no, interval, attempt=1, times=1)``: the part is stored, then its answer is sent
  one byte every ``interval`` seconds
- ``fail_request(server, method, path_pattern, status, skip=0, times=1, body=b"", content_type=None)``: any
  host ("api", "upload", "storage"), path matched as a full regular expression

State lives in the emulator, not in the client: a new client process resumes from a saved ``upload_url``.

Request log (``emulator.requests``)
-----------------------------------
A sequence of :class:`RecordedRequest` (``server``, ``method``, ``path``, ``query``, ``headers`` with
``authorization`` replaced by ``<redacted: valid token>`` / ``<redacted: invalid token>``, ``authorization``
"absent"/"valid"/"invalid", ``body_length``, ``status`` (None if none was sent), ``outcome`` ("answered",
"reset_by_server", "client_disconnected"), ``upload_token``, ``part_no``, ``json_body`` for API requests).
Helpers: ``where(server=, method=, path_prefix=, part_no=, status=)``, ``stored_part_uploads()`` (Counter
of 200 PUTs per ``(token, part_no)``: "no part uploaded twice" is ``max(...values()) == 1``),
``wait_for(predicate, timeout)``, ``clear()``.

Seeding and inspection (no HTTP)
--------------------------------
``create_article(title, public=False) -> id``, ``publish(article_id)``, ``add_file(article_id, name,
bytes | Path) -> file_id`` (already available), ``file_record(file_id)`` (not counted as a read),
``upload_info(file_id)``, ``upload_url(file_id)``, ``assembled_bytes(file_id)``, ``assembled_md5(file_id)``
(LookupError while parts are missing), ``article_file_ids(article_id)``, ``errors`` (server-side crashes).
"""

from tests.servers.figshare_upload_emulator._emulator import FigshareEmulator
from tests.servers.figshare_upload_emulator._faults import Faults, PartGate
from tests.servers.figshare_upload_emulator._recording import RecordedRequest, RequestLog

__all__ = ["Faults", "FigshareEmulator", "PartGate", "RecordedRequest", "RequestLog"]
