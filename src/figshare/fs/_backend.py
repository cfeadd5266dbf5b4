"""The one module of `figshare.fs` that calls the SDK (REST calls by Figshare's operation id, so a renamed facade
method does not break it; verified transfers; OAI-PMH; byte-range reads), and its storage options. Answers become
the small records below, read from each model's ``to_dict()`` (``Unset`` or ``None`` does not matter here).

Byte ranges: the first read of a file asks ``<api>/file/download/<id>`` (an API call) with ``Range``, and the
client follows the redirect to signed storage without the token. Later ranges go straight to that signed URL
(not rate-limited, never with credentials) until it expires or is refused, then the API is asked again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from figshare._http import HTTPCore
from figshare._secrets import Secret
from figshare._validate import flag, instance_of, local_path, seconds, show, whole_number
from figshare.errors import (
    APIConnectionError,
    APIStatusError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    ResponseParseError,
)
from figshare.files._doi import bare_doi
from figshare.files._records import RemoteFile, folder_structure, integer, json_body, remote_file, required_id, text
from figshare.files._runtime_common import DOWNLOAD_HEADERS, plan_body

if TYPE_CHECKING:
    from figshare._client import Figshare

CLIENT_OPTIONS = ("token", "base_url", "timeout", "max_retries", "retry", "rate_limit", "rate_limiter", "trusted_hosts")
"""The `figshare.Figshare` options a filesystem passes on (its storage options of the same names)."""

_STORAGE_URL_CACHE = 256
_UNKNOWN_EXPIRY = 300.0
"""Seconds a signed storage URL without ``X-Amz-Expires`` is reused (a refused one is asked for again)."""
_EXPIRY_SHARE = 0.8
"""The share of a signed URL's lifetime it is reused for."""


@dataclasses.dataclass(frozen=True)
class Item:
    """An entry of a list: an article of a collection or project, a collection, one of your articles."""

    id: int
    title: str = ""
    doi: str = ""
    version: int | None = None
    created: str | None = None
    modified: str | None = None
    published: str | None = None


@dataclasses.dataclass(frozen=True)
class Article(Item):
    """An article (version); ``embedded_files`` are the ``files`` its body lists (None: embargoed...)."""

    folders: Mapping[int, str] = dataclasses.field(default_factory=dict)
    embedded_files: tuple[RemoteFile, ...] | None = None


def environment_defaults(client_options: Mapping[str, Any]) -> dict[str, Any]:
    """The token and API root the client would read from the environment (``$FIGSHARE_TOKEN``,
    ``$FIGSHARE_BASE_URL``) for the options not given, read now so that they travel with a pickled filesystem."""
    from figshare._client import BASE_URL_VARIABLE, TOKEN_VARIABLE

    found: dict[str, Any] = {}
    for option, variable in (("token", TOKEN_VARIABLE), ("base_url", BASE_URL_VARIABLE)):
        if option not in client_options and (value := os.environ.get(variable)):
            found[option] = Secret(value) if option == "token" else value
    return found


class Backend:
    """Figshare as the filesystem sees it: one `figshare.Figshare` per process, from ``client_options``; thread-safe."""

    def __init__(self, client_options: Mapping[str, Any]) -> None:
        self._options = dict(client_options)
        limiter = self._options.pop("rate_limiter", None)
        if limiter is not None:  # the storage option keeps its name; the client calls it rate_limit
            self._options["rate_limit"] = limiter
        self._lock = threading.Lock()
        self._client: Figshare | None = None
        self._storage: HTTPCore | None = None
        self._pid = -1
        self._signed: OrderedDict[int, tuple[str, float]] = OrderedDict()
        self.client()  # now, so that a bad option is refused when the filesystem is made, not on first use

    # ---- the client ----

    def client(self) -> Figshare:
        """The process's client, created on first use (and again in a forked child)."""
        with self._lock:
            if self._client is None or self._pid != os.getpid():
                from figshare._client import Figshare

                self._client = Figshare(**self._options)
                core = self._client.core
                self._storage = HTTPCore(
                    core.http_client,
                    retry=core.retry,
                    rate_limiter=None,
                    auth=None,
                    trusted_hosts=(),
                    logger=core.logger,
                )
                self._signed.clear()
                self._pid = os.getpid()
            return self._client

    @property
    def authenticated(self) -> bool:
        """Whether requests to Figshare carry credentials (``token=`` or ``$FIGSHARE_TOKEN``)."""
        return self.client().core.auth is not None

    def _operation(self, operation_id: str) -> Any:
        """The client's method for a Figshare operation id (whatever the facade names it)."""
        from figshare_api.resources import OPERATIONS

        resource_path, method = OPERATIONS[operation_id]
        target: Any = self.client()
        for name in resource_path.split("."):
            target = getattr(target, name)
        return getattr(target, method)

    def _call(self, operation_id: str, *args: Any, **kwargs: Any) -> Any:
        return self._operation(operation_id)(*args, **kwargs)

    def _pages(self, operation_id: str, *args: Any) -> Iterator[Any]:
        return self.client().paginate(self._operation(operation_id), *args)

    # ---- articles ----

    def article(self, article_id: int, version: int | None = None, *, own: bool = False) -> Article:
        """An article: your own (``own``, drafts included), a public version, or the latest public version."""
        if own:
            return _article(json_body(self._call("private_article_details", article_id)))
        if version is not None:
            return _article(json_body(self._call("article_version_details", article_id, version)))
        return _article(json_body(self._call("article_details", article_id)))

    def files(self, article_id: int, version: int | None = None, *, own: bool = False) -> list[RemoteFile]:
        """Every file of an article (version), every page."""
        if own:
            models = self._pages("private_article_files_list", article_id)
        elif version is not None:
            models = self._pages("article_version_files", article_id, version)
        else:
            models = self._pages("article_files", article_id)
        return [remote_file(model) for model in models]

    def versions(self, article_id: int) -> list[int]:
        """The public version numbers of an article, in order."""
        numbers = (integer(json_body(model), "version") for model in self._call("article_versions", article_id))
        return sorted(number for number in numbers if number is not None)

    def item(self, operation_id: str, item_id: int) -> Item:
        """One collection or project (``collection_details``, ``project_details``)."""
        return _item(json_body(self._call(operation_id, item_id)))

    def items(self, operation_id: str, *args: Any, doi: str | None = None) -> list[Item]:
        """A list: a ``doi=`` search (``articles_list``, ``collections_list``) one page, the others every page."""
        models = self._call(operation_id, doi=doi) if doi is not None else self._pages(operation_id, *args)
        return [_item(json_body(model)) for model in models]

    # ---- bytes ----

    def read(self, file_id: int, start: int, end: int | None) -> bytes:
        """Bytes ``start`` to ``end`` (exclusive; None: to the end) of a file, with ``Range``; the SDK's errors."""
        if end is not None and end <= start:
            return b""
        client = self.client()
        signed = self._signed_url(file_id)
        if signed is not None and self._storage is not None:
            try:
                return self._fetch(self._storage, signed, start, end)
            except APIStatusError as error:
                if error.status_code not in (400, 401, 403, 404, 410):
                    raise
                with self._lock:  # expired or refused: ask the API for a new one
                    self._signed.pop(file_id, None)
        url = f"{client.base_url}/file/download/{file_id}"
        return self._fetch(client.core, url, start, end, file_id=file_id)

    def _fetch(self, core: HTTPCore, url: str, start: int, end: int | None, file_id: int | None = None) -> bytes:
        # with file_id: through the API (authenticated on Figshare's hosts only); without: a signed storage URL
        headers = {**DOWNLOAD_HEADERS, "Range": f"bytes={start}-" + ("" if end is None else str(end - 1))}
        attempts = core.retry.max_retries + 1
        for attempt in range(attempts):
            try:
                response = core.request("GET", url, headers=headers, stream=True, authenticate=file_id is not None)
            except APIStatusError as error:
                if error.status_code == 416:
                    return b""  # the range starts at or past the end of the file
                raise
            try:
                if file_id is not None and response.history:
                    self._remember_signed_url(file_id, response.url)
                return _range_body(response, start, end)
            except httpx.TransportError as error:
                if attempt + 1 >= attempts:
                    raise APIConnectionError(
                        f"the transfer was interrupted: {type(error).__name__}", method="GET", url=response.url
                    ) from error
            finally:
                response.close()
        raise AssertionError("unreachable")  # pragma: no cover

    def _signed_url(self, file_id: int) -> str | None:
        with self._lock:
            url, deadline = self._signed.get(file_id, (None, 0.0))
            if url is not None and time.monotonic() >= deadline:  # expired: ask the API again
                del self._signed[file_id]
                return None
            return url

    def _remember_signed_url(self, file_id: int, url: httpx.URL) -> None:
        if url.host == httpx.URL(self.client().base_url).host:
            return  # not redirected to storage: keep asking the API
        expires = url.params.get("X-Amz-Expires")
        lifetime = float(expires) * _EXPIRY_SHARE if expires and expires.isdigit() else _UNKNOWN_EXPIRY
        with self._lock:
            self._signed[file_id] = (str(url), time.monotonic() + lifetime)
            self._signed.move_to_end(file_id)
            while len(self._signed) > _STORAGE_URL_CACHE:
                self._signed.popitem(last=False)

    def download(self, file_id: int, md5: str, dest: Path) -> Path:
        """The SDK's resumable download into the folder ``dest``, md5-verified when ``md5`` is given; its path."""
        [result] = self.client().download(file_id, md5=md5 or None, dest=dest)
        return result.path

    def upload(
        self, article_id: int, local: Path, name: str, folder: str, options: FigshareOptions, *, resumable: bool
    ) -> int:
        """Upload a local file to your article with the SDK's upload (parts in parallel, md5-verified); the new
        file's id. Not ``resumable``: a failed upload is given up, its half-made file record and state deleted."""
        client = self.client()
        try:
            [result] = client.upload(
                article_id,
                local,
                name=name,
                folder_path=folder or None,
                state_dir=options.state_dir,
                concurrency=options.upload_concurrency,
            )
        except BaseException:
            if not resumable:
                from figshare.files import Uploader

                with contextlib.suppress(Exception):  # the upload's own failure is the one to report
                    Uploader(client, state_dir=options.state_dir).abandon(article_id, local)
            raise
        return result.file_id

    def delete_file(self, article_id: int, file_id: int) -> None:
        """Delete a file of your own article."""
        self._call("private_article_file_delete", article_id, file_id)

    # ---- OAI-PMH ----

    def oai_article_ids(self, set_spec: str | None, *, oai_url: str | None = None) -> Iterator[int]:
        """The ids of the live articles of an OAI-PMH set (or of all), harvested through the client's core."""
        from figshare.oai import OAIClient

        client = self.client()
        oai = OAIClient(oai_url or f"{client.base_url}/oai", core=client.core)
        for header in oai.list_identifiers("oai_dc", set_spec=set_spec):
            if not header.deleted and header.article_id is not None:
                yield header.article_id


# ---- reading responses ----


def _range_body(response: httpx.Response, start: int, end: int | None) -> bytes:
    """The requested bytes of a ranged response, read no further than ``end``: a 206 (from ``start``, perhaps
    to the end of the file) and a 200 (``Range`` ignored) are cut to them."""
    if plan_body(response.status_code, response.headers, start).action == "restart":  # a 206 of other bytes
        raise ResponseParseError.from_response(
            response, f"the storage answered {response.headers.get('content-range')!r} to a range from {start}"
        )
    kept = bytearray()
    position = start if response.status_code == 206 else 0  # of the chunk's first byte in the file
    for chunk in response.iter_raw():
        kept += chunk[max(start - position, 0) :]
        position += len(chunk)
        if end is not None and position >= end:
            break
    return bytes(kept[: None if end is None else end - start])


def _article(body: Mapping[str, Any]) -> Article:
    files = body.get("files")
    embedded = (
        tuple(remote_file(entry) for entry in files if isinstance(entry, Mapping)) if isinstance(files, list) else None
    )
    folders = folder_structure(body.get("folder_structure"))
    return Article(**vars(_item(body, "an article")), folders=folders, embedded_files=embedded)


def _item(body: Mapping[str, Any], what: str = "a list item") -> Item:
    return Item(
        id=required_id(body, what),
        title=text(body, "title"),
        doi=bare_doi(text(body, "doi")),  # Figshare's docs show http://dx.doi.org/... forms too
        version=integer(body, "version"),
        created=text(body, "created_date") or None,
        modified=text(body, "modified_date") or None,
        published=text(body, "published_date") or None,
    )


FSSPEC_OPTIONS = ("use_listings_cache", "listings_expiry_time", "max_paths", "asynchronous", "loop")
"""Options fsspec's base class reads."""


@dataclasses.dataclass(frozen=True)
class FigshareOptions:
    """Storage options, sorted out: ``client`` for `figshare.Figshare` (the token a `Secret`), ``fsspec`` for
    fsspec's `AbstractFileSystem`, the rest the filesystem's own."""

    client: dict[str, Any]
    fsspec: dict[str, Any]
    block_size: int | None = None
    cache_type: str = "readahead"
    state_dir: str | None = None
    upload_concurrency: int = 4
    use_listings_cache: bool = True
    listings_expiry_time: float | None = None


FS_OPTIONS = tuple(field.name for field in dataclasses.fields(FigshareOptions))[2:]
"""Options of the filesystem itself (the fields of `FigshareOptions` after ``client`` and ``fsspec``)."""


def protect_token(options: Any) -> Any:
    """A token (a str or a Secret), or a copy of a mapping of options with its ``token``, as a `figshare.Secret`."""
    if isinstance(options, Mapping):
        protected = dict(options)
        if protected.get("token") is not None:
            protected["token"] = protect_token(protected["token"])
        return protected
    if isinstance(options, Secret):
        return options
    return Secret(instance_of(options, str, "token", "a str or a figshare Secret"))


def split_options(storage_options: Mapping[str, Any]) -> FigshareOptions:
    """Sort storage options into the client's, fsspec's and the filesystem's own; TypeError names a bad one."""
    if unknown := set(storage_options) - set(CLIENT_OPTIONS) - set(FS_OPTIONS) - set(FSSPEC_OPTIONS):
        known = ", ".join((*CLIENT_OPTIONS, *FS_OPTIONS))
        raise InvalidArgumentTypeError(
            f"unknown figshare:// storage option(s) {', '.join(sorted(unknown))}; known: {known}",
            argument=sorted(unknown)[0],
        )
    # None means "the default" for every client option but rate_limit, where it means "no limit"
    client = {
        name: storage_options[name]
        for name in CLIENT_OPTIONS
        if name in storage_options and (storage_options[name] is not None or name == "rate_limit")
    }
    if "token" in client:
        client["token"] = protect_token(client["token"])
    fsspec = {name: storage_options[name] for name in FSSPEC_OPTIONS if name in storage_options}
    block_size = storage_options.get("block_size")
    concurrency = storage_options.get("upload_concurrency", 4)
    for name, value in (("block_size", 1 if block_size is None else block_size), ("upload_concurrency", concurrency)):
        whole_number(value, name, minimum=1)
    expiry = storage_options.get("listings_expiry_time")
    state_dir = storage_options.get("state_dir")
    cache_type = instance_of(storage_options.get("cache_type") or "readahead", str, "cache_type", "a str")
    return FigshareOptions(
        client=client,
        fsspec=fsspec,
        block_size=block_size,
        cache_type=cache_type,
        state_dir=None if state_dir is None else str(local_path(state_dir, "state_dir")),
        upload_concurrency=concurrency,
        use_listings_cache=_storage_flag(storage_options.get("use_listings_cache", True), "use_listings_cache"),
        listings_expiry_time=None if expiry is None else _storage_seconds(expiry, "listings_expiry_time"),
    )


def _storage_flag(value: object, name: str) -> bool:
    """A bool storage option; the words fsspec's configuration from the environment gives (``"false"``,
    ``"0"``, ``"no"``, ``"true"``, ``"1"``, ``"yes"``) are read as such, anything else is refused."""
    if isinstance(value, str) and value.strip().lower() in _FLAG_WORDS:
        return _FLAG_WORDS[value.strip().lower()]
    return flag(value, name)


def _storage_seconds(value: object, name: str) -> float:
    """A duration storage option: a number of seconds, or its text (from fsspec's configuration)."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            raise InvalidArgumentError(
                f"{name} must be a number of seconds, got {show(value)}", argument=name
            ) from None
    return seconds(value, name, allow_zero=True)


_FLAG_WORDS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
