"""The local services documentation examples run against, and the routing that sends them there.

`tests/docs/example_runner.py` calls `start(name, ...)` for each service a page names in its
``<!-- examples: ... -->`` comment, then `install_routes`: every request an httpx transport sends to a
routed URL prefix goes to the service instead (the example's code is not changed: it still says
``https://api.figshare.com/v2``), and a request to any other host that is not loopback fails. Routing
happens below the SDK's clients, so their credential rules (which hosts get a token) are what they are in
real use.

- ``prism``: ``https://api.figshare.com/v2`` and ``/v3`` go to the Prism mocks of the patched specs that the
  test starts (fixtures ``prism_url``, ``prism_v3_url``); ``FIGSHARE_TOKEN`` is a dummy.
- ``files``: ``https://api.figshare.com/v2/account/...`` (uploads) goes to the upload-service emulator
  (tests/servers/) with article 12345, after the local files the examples upload are written; the rest of
  ``/v2`` and the storage host (downloads) to tests/files/fake_figshare.py (article 123 in versions 1 and 2,
  files 1001, 2001, 2002). ``FIGSHARE_TOKEN`` is the emulator's.
- ``stats``: ``https://stats.figshare.com`` answers from the Stats corpus in ``$FIGSHARE_TEST_CORPUS/stats``
  (tests/stats/stats_corpus_server.py): examples must send requests the corpus holds.
- ``oai``: ``https://api.figshare.com/v2/oai`` is the ``oaipmh`` package's server over generated items
  (tests/oai/oai_server.py).
- ``resourcesync``: ``https://scholardata.sun.ac.za`` is a small ResourceSync source
  (tests/resourcesync/fake_source.py).
- ``fs``: for the ``figshare://`` filesystem. ``https://api.figshare.com/v2/account/...`` goes to the upload
  emulator (your own article 12345, with ``old.csv``); the rest of ``/v2`` to the public stand-in of tests/fs
  (tests/fs/public_server.py, over tests/docs/fs_dataset.py), whose download redirect sends clients to the
  storage host ``https://s3.eu-west-1.amazonaws.com/pfigshare-u-files``, routed to its storage server
  (``Range``, signed URLs). All three are real loopback servers, so the routes also reach the workers of a
  ``dask.distributed`` cluster an example starts (tests/docs/dask_preload.py). ``FIGSHARE_TOKEN`` is the
  emulator's; ``HOME`` is a folder in the example's working folder (``~`` in examples stays there).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

Handler = Callable[[httpx.Request], httpx.Response]
Route = str | Handler
"""A URL prefix to send the request to instead, or an httpx handler that answers it."""

FIGSHARE_V2 = "https://api.figshare.com/v2"
FIGSHARE_V3 = "https://api.figshare.com/v3"


@contextmanager
def _prism() -> Iterator[dict[str, Route]]:
    os.environ["FIGSHARE_TOKEN"] = "docs-example-token"
    yield {FIGSHARE_V2: os.environ["FIGSHARE_DOCS_PRISM_URL"], FIGSHARE_V3: os.environ["FIGSHARE_DOCS_PRISM_V3_URL"]}


EXAMPLE_ARTICLE_ID = 12345
"""The article the Files guide's examples upload to and download from."""


@contextmanager
def _files() -> Iterator[dict[str, Route]]:
    from tests.files.fake_figshare import STORAGE, FakeFigshare
    from tests.servers.figshare_upload_emulator import FigshareEmulator

    with FigshareEmulator(part_size=1024) as emulator:
        emulator.faults.processing_polls = 0
        emulator._state._next_article_id = EXAMPLE_ARTICLE_ID  # the id the guide uses
        article_id = emulator.create_article("Docs example", public=True)
        assert article_id == EXAMPLE_ARTICLE_ID
        emulator.add_file(article_id, "existing.csv", b"a,b\n1,2\n")
        _write_local_files()
        os.environ["FIGSHARE_TOKEN"] = emulator.token
        downloads = FakeFigshare()
        yield {
            f"{FIGSHARE_V2}/account": f"{emulator.api_base_url}/account",
            FIGSHARE_V2: downloads.handler,
            STORAGE: downloads.handler,
        }


def _write_local_files() -> None:
    """The local files and folders the Files guide uploads (in the example's working folder)."""
    Path("results.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    Path("local.bin").write_bytes(bytes(range(256)) * 8)
    Path("big.tif").write_bytes(b"II*\x00" + bytes(5000))
    Path("dataset/raw").mkdir(parents=True, exist_ok=True)
    Path("dataset/summary.txt").write_text("summary\n", encoding="utf-8")
    Path("dataset/raw/values.csv").write_text("1,2,3\n", encoding="utf-8")


@contextmanager
def _stats() -> Iterator[dict[str, Route]]:
    from tests.stats.stats_corpus_server import PASSWORD, StatsCorpus, load_stats_corpus

    corpus = StatsCorpus(load_stats_corpus(Path(os.environ["FIGSHARE_TEST_CORPUS"])))
    corpus.prefer("figshare-user-documentation-html__top_views_article")  # the docs' other copy is not JSON
    os.environ["FIGSHARE_STATS_PASSWORD"] = PASSWORD
    yield {"https://stats.figshare.com": corpus.handler}


@contextmanager
def _oai() -> Iterator[dict[str, Route]]:
    from tests.oai.oai_server import OAIServer, Repository, build_server, make_items

    items = make_items(25, sets=lambda n: ("portal_63", f"category_{539 if n % 2 else 540}"))
    yield {f"{FIGSHARE_V2}/oai": OAIServer(build_server(Repository(items)), None)}


@contextmanager
def _resourcesync() -> Iterator[dict[str, Route]]:
    from tests.resourcesync.fake_source import BASE, standard_source

    source = standard_source(
        {"/articles/1/data.csv": b"a,b\n1,2\n", "/articles/2/readme.txt": b"read me\n"},
        changes=[("/articles/2/readme.txt", "updated", "2024-01-03T00:00:00Z")],
    )

    def portal(request: httpx.Request) -> httpx.Response:  # the guide's portal is the fake source
        url = str(request.url).replace("https://scholardata.sun.ac.za", BASE, 1)
        return source.handler(httpx.Request(request.method, url, headers=request.headers))

    yield {"https://scholardata.sun.ac.za": portal, BASE: source.handler}


STORAGE = "https://s3.eu-west-1.amazonaws.com/pfigshare-u-files"
"""The storage host Figshare's download redirect points at (signed URLs)."""


@contextmanager
def _fs() -> Iterator[dict[str, Route]]:
    from tests.docs.dask_preload import reach_workers
    from tests.docs.fs_dataset import OWN_ARTICLE_ID, guide_dataset, write_local_files
    from tests.fs.public_server import PublicFigshare
    from tests.servers.figshare_upload_emulator import FigshareEmulator

    with PublicFigshare(guide_dataset()) as public, FigshareEmulator(part_size=1024) as emulator:
        storage, public.storage_base_url = public.storage_base_url, STORAGE  # redirects name the real host
        emulator.faults.processing_polls = 0
        emulator._state._next_article_id = OWN_ARTICLE_ID  # the id the guide uses
        article_id = emulator.create_article("My results")
        assert article_id == OWN_ARTICLE_ID
        emulator.add_file(article_id, "old.csv", b"a,b\n1,2\n")
        write_local_files(Path.cwd())
        home = Path("home").absolute()
        home.mkdir()
        os.environ["HOME"] = str(home)
        os.environ["FIGSHARE_TOKEN"] = emulator.token
        routes: dict[str, str] = {
            f"{FIGSHARE_V2}/account": f"{emulator.api_base_url}/account",
            FIGSHARE_V2: public.api_base_url,
            STORAGE: storage,
        }
        reach_workers(routes)
        yield dict(routes)


SERVICES = {
    "prism": _prism,
    "files": _files,
    "stats": _stats,
    "oai": _oai,
    "resourcesync": _resourcesync,
    "fs": _fs,
}


def start(name: str) -> Any:
    """The context manager that runs service `name` and yields its routes."""
    if name not in SERVICES:
        raise ValueError(f"unknown docs example service {name!r}: one of {', '.join(SERVICES)}")
    return SERVICES[name]()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _resolve(routes: dict[str, Route], request: httpx.Request) -> Handler | None:
    """Answer with a handler, or rewrite ``request.url`` in place; None to send it on as it is."""
    url = str(request.url)
    for prefix in sorted(routes, key=len, reverse=True):
        if url == prefix or url.startswith(prefix.rstrip("/") + "/") or url.startswith(prefix + "?"):
            target = routes[prefix]
            if callable(target):
                return target
            request.url = httpx.URL(target.rstrip("/") + url[len(prefix.rstrip("/")) :])
            request.headers["Host"] = request.url.netloc.decode("ascii")
            return None
    if not _is_loopback(request.url.host):
        raise httpx.ConnectError(f"documentation examples run offline: no route to {request.url.host}", request=request)
    return None


def install_routes(routes: dict[str, Route]) -> None:
    """Route every request of httpx's own transports (sync and async) through `routes`."""
    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        handler = _resolve(routes, request)
        if handler is not None:
            request.read()
            return handler(request)
        return sync_send(self, request)

    async def handle_async_request(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        handler = _resolve(routes, request)
        if handler is not None:
            await request.aread()
            return handler(request)
        return await async_send(self, request)

    httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async_request  # type: ignore[method-assign]
