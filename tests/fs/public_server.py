"""A local stand-in for Figshare's public side: articles and their versions, collections, projects, DOI look-ups,
the WAF-safe download redirect, a storage host with ``Range``, and OAI-PMH ``ListIdentifiers``.

Bodies follow the real responses of ``../shared/corpus`` and Figshare's presenters (``ArticlePresenter``,
``PublicFilePresenter``, ``CollectionPresenter``, ...): public file records carry no folder (the article's
``folder_structure`` maps file ids to folders), list endpoints page with ``page``/``page_size`` or
``limit``/``offset`` (10 by default), errors are ``{"message", "code"}`` JSON, unknown paths an HTML 404.

Two hosts, like Figshare: the API (``http://127.0.0.1:<port>/v2``) and storage
(``http://127.0.0.2:<port>``, or ``localhost`` where 127.0.0.2 cannot be bound). ``GET
/v2/file/download/{id}`` answers 302 to ``<storage>/objects/{id}?X-Amz-Expires=10&X-Amz-Signature=<sig>``;
storage checks the signature (403 when wrong or, with ``signature_lifetime``, expired), refuses any request
carrying ``Authorization`` (400, as S3 does with signed URLs) and answers ``Range`` (206, 416).

Every request is logged (`PublicFigshare.log`): host, method, path, query, ``Range``, whether credentials
came along, status and body bytes sent. In a separate process (``python -m tests.fs.public_server``) it
prints one JSON line with its URLs and serves until its standard input closes; ``GET /_log`` then returns
the log as JSON.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
import secrets
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, quote, urlsplit

LOOPBACK = "127.0.0.1"
SECOND_LOOPBACK = "127.0.0.2"
DEFAULT_PAGE_SIZE = 10
CREATED = "2021-06-10T14:45:37Z"


@dataclasses.dataclass
class StoredFile:
    id: int
    name: str
    content: bytes
    folder: str = ""

    @property
    def md5(self) -> str:
        return hashlib.md5(self.content).hexdigest()

    def record(self) -> dict[str, Any]:
        """A PublicFilePresenter, as ``GET /articles/{id}/files`` sends it."""
        return {
            "id": self.id,
            "name": self.name,
            "size": len(self.content),
            "is_link_only": False,
            "download_url": f"https://ndownloader.figshare.com/files/{self.id}",
            "supplied_md5": self.md5,
            "computed_md5": self.md5,
            "mimetype": "text/csv" if self.name.endswith(".csv") else "application/octet-stream",
        }


@dataclasses.dataclass
class ArticleVersion:
    files: list[StoredFile]
    created: str = CREATED
    modified: str = "2023-05-30T11:14:17Z"


@dataclasses.dataclass
class PublicArticle:
    id: int
    title: str
    versions: dict[int, ArticleVersion]
    doi_base: str = ""
    """The DOI without ``.v<n>``; default ``10.6084/m9.figshare.<id>``."""

    @property
    def latest(self) -> int:
        return max(self.versions)

    def doi(self, version: int) -> str:
        return f"{self.doi_base or f'10.6084/m9.figshare.{self.id}'}.v{version}"


@dataclasses.dataclass
class PublicCollection:
    id: int
    title: str
    version: int
    article_ids: list[int]


@dataclasses.dataclass
class PublicProject:
    id: int
    title: str
    article_ids: list[int]


@dataclasses.dataclass
class Dataset:
    articles: dict[int, PublicArticle] = dataclasses.field(default_factory=dict)
    collections: dict[int, PublicCollection] = dataclasses.field(default_factory=dict)
    projects: dict[int, PublicProject] = dataclasses.field(default_factory=dict)
    oai_sets: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    def files(self) -> Iterator[StoredFile]:
        for article in self.articles.values():
            for version in article.versions.values():
                yield from version.files


@dataclasses.dataclass
class LoggedRequest:
    host: str
    method: str
    path: str
    query: str
    range: str | None
    authorized: bool
    started: float
    status: int = 0
    sent: int = 0

    @property
    def path_file_id(self) -> int | None:
        """The file id of a storage request."""
        match = re.fullmatch(r"/objects/(\d+)/.*", self.path)
        return int(match.group(1)) if match else None


def parquet_table(rows: int = 60_000) -> bytes:
    """A Parquet file of six int64 columns ``a``..``f`` in row groups of 10,000 rows (~3.5 MB, incompressible)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    generator = np.random.default_rng(7)
    table = pa.table({name: generator.integers(0, 2**62, rows) for name in "abcdef"})
    buffer = io.BytesIO()
    pq.write_table(table, buffer, row_group_size=10_000, compression="none")
    return buffer.getvalue()


def csv_rows(year: int, rows: int = 40) -> bytes:
    lines = ["day,temperature"] + [f"{year}-01-{day % 28 + 1:02d},{(year * 7 + day) % 35}" for day in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def zip_bundle() -> bytes:
    """A zip of two CSV files (``inner/a.csv``, ``b.csv``) and one large incompressible member."""
    import os
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as bundle:
        bundle.writestr("inner/a.csv", csv_rows(2023, 5).decode())
        bundle.writestr("large.bin", os.urandom(400_000))
        bundle.writestr("b.csv", csv_rows(2024, 5).decode())
    return buffer.getvalue()


def demo_dataset(*, with_parquet: bool = True) -> Dataset:
    """Articles 1001 (two versions, CSVs in folders), 1002 (Parquet), 1003 (a DOI without its id), 1004
    (25 files), 1005 (a zip); collection 2001 (version 2; articles 1001 and 1003); project 3001 (1002 and
    1004); OAI set ``portal_7`` (1001 and 1003)."""
    v1 = [StoredFile(10011, "2020.csv", csv_rows(2020, 10))]
    v2 = [
        StoredFile(10021, "2020.csv", csv_rows(2020)),
        StoredFile(10022, "2021.csv", csv_rows(2021)),
        StoredFile(10023, "2022.csv", csv_rows(2022)),
        StoredFile(10024, "notes.txt", b"measured at noon\n"),
        StoredFile(10025, "2019-raw.csv", csv_rows(2019), folder="raw/early"),
    ]
    parquet = [StoredFile(10031, "table.parquet", parquet_table() if with_parquet else b"PAR1")]
    custom = [StoredFile(10041, "readme.txt", b"a dataset with an institutional DOI\n")]
    many = [StoredFile(10100 + n, f"part-{n:02d}.txt", f"part {n}\n".encode()) for n in range(25)]
    articles = [
        PublicArticle(
            1001, "Weather tables", {1: ArticleVersion(v1, created="2020-01-02T03:04:05Z"), 2: ArticleVersion(v2)}
        ),
        PublicArticle(1002, "A Parquet table", {1: ArticleVersion(parquet)}),
        PublicArticle(1003, "Institutional", {1: ArticleVersion(custom)}, doi_base="10.5555/oxford.dataset-a"),
        PublicArticle(1004, "Many parts", {1: ArticleVersion(many)}),
        PublicArticle(1005, "A zip", {1: ArticleVersion([StoredFile(10051, "bundle.zip", zip_bundle())])}),
    ]
    return Dataset(
        articles={article.id: article for article in articles},
        collections={2001: PublicCollection(2001, "Weather collection", 2, [1001, 1003])},
        projects={3001: PublicProject(3001, "A project", [1002, 1004])},
        oai_sets={"portal_7": [1001, 1003]},
    )


class _ApiError(Exception):
    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def _not_found(entity: str) -> _ApiError:
    return _ApiError(404, f"Entity not found: {entity}", "EntityNotFound")


class PublicFigshare:
    """The servers (see the module docstring). Use as a context manager.

    Args:
        dataset: what it serves.
        signature_lifetime: seconds a signed storage URL stays valid (None: for ever).
        ignore_range: storage answers 200 with the whole file, whatever ``Range`` says.
    """

    def __init__(
        self, dataset: Dataset, *, signature_lifetime: float | None = None, ignore_range: bool = False
    ) -> None:
        self.dataset = dataset
        self.signature_lifetime = signature_lifetime
        self.ignore_range = ignore_range
        self.log: list[LoggedRequest] = []
        self.corrupt: set[int] = set()
        """File ids whose storage bytes differ from their md5 (one byte flipped)."""
        self.files_endpoint = True
        """False: ``/articles/{id}[/versions/{n}]/files`` answer an HTML 404, as a service without them would."""
        self.padding: dict[int, int] = {}
        """File id -> zero bytes storage appends to the file's bytes (a body longer than the listed size)."""
        self.open_ended_ranges = False
        """True: storage answers a ``Range`` with a 206 from its first byte to the end of the file (a server may
        send more than the range asked for)."""
        self.cut_after: dict[int, list[int]] = {}
        """File id -> for its next storage requests, one each, the bytes after which storage drops the
        connection (the body ends early)."""
        self._log_lock = threading.Lock()
        self._secret = secrets.token_hex(8)
        self._files = {stored.id: stored for stored in dataset.files()}
        self._servers: list[ThreadingHTTPServer] = []
        self.api_base_url = ""
        self.storage_base_url = ""

    # ---- life cycle ----

    def start(self) -> PublicFigshare:
        api = _server(LOOPBACK, self, "api")
        try:
            storage = _server(SECOND_LOOPBACK, self, "storage")
            storage_host = SECOND_LOOPBACK
        except OSError:
            storage, storage_host = _server(LOOPBACK, self, "storage"), "localhost"
        self._servers = [api, storage]
        self.api_base_url = f"http://{LOOPBACK}:{api.server_address[1]}/v2"
        self.storage_base_url = f"http://{storage_host}:{storage.server_address[1]}"
        for server in self._servers:
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> PublicFigshare:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ---- the log ----

    def record(self, entry: LoggedRequest) -> None:
        with self._log_lock:
            self.log.append(entry)

    def requests(self, host: str | None = None, path_prefix: str = "") -> list[LoggedRequest]:
        with self._log_lock:
            return [r for r in self.log if (host is None or r.host == host) and r.path.startswith(path_prefix)]

    def api_calls(self) -> list[LoggedRequest]:
        """Requests to the REST API (``/v2/...``)."""
        return self.requests("api", "/v2/")

    def storage_bytes(self, file_id: int) -> int:
        """Body bytes storage sent for one file."""
        return sum(r.sent for r in self.requests("storage", f"/objects/{file_id}"))

    def clear_log(self) -> None:
        with self._log_lock:
            self.log.clear()

    # ---- signatures ----

    def sign(self, file_id: int) -> str:
        issued = f"{time.monotonic():.3f}"
        digest = hashlib.sha256(f"{self._secret}:{file_id}:{issued}".encode()).hexdigest()[:32]
        return f"{issued}-{digest}"

    def signature_valid(self, file_id: int, signature: str) -> bool:
        issued, _, digest = signature.partition("-")
        expected = hashlib.sha256(f"{self._secret}:{file_id}:{issued}".encode()).hexdigest()[:32]
        if not secrets.compare_digest(digest, expected):
            return False
        lifetime = self.signature_lifetime
        return lifetime is None or time.monotonic() - float(issued) <= lifetime

    def stored(self, file_id: int) -> StoredFile | None:
        return self._files.get(file_id)


def _server(host: str, owner: PublicFigshare, role: str) -> ThreadingHTTPServer:
    handler = type(f"{role.title()}Handler", (_ApiHandler if role == "api" else _StorageHandler,), {"owner": owner})
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    return server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    owner: ClassVar[PublicFigshare]
    role: ClassVar[str] = ""
    entry: LoggedRequest

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._handle()

    def _handle(self) -> None:
        split = urlsplit(self.path)
        self.query = parse_qs(split.query)
        self.entry = LoggedRequest(
            host=self.role,
            method=self.command,
            path=split.path,
            query=split.query,
            range=self.headers.get("Range"),
            authorized="authorization" in {name.lower() for name in self.headers},
            started=time.monotonic(),
        )
        self.owner.record(self.entry)
        self.route(split.path)

    def route(self, path: str) -> None:
        raise NotImplementedError

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.entry.status = status
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except ConnectionError:  # the client stopped reading (a body longer than it wants): not an error here
                self.close_connection = True
                return
            self.entry.sent = len(body)

    def send_json(self, status: int, value: Any) -> None:
        self.send(status, json.dumps(value).encode(), {"Content-Type": "application/json; charset=utf-8"})


class _ApiHandler(_Handler):
    role = "api"

    def route(self, path: str) -> None:
        if path == "/_log":
            self.send_json(200, [dataclasses.asdict(entry) for entry in self.owner.requests()])
            return
        routes = [
            (r"/v2/articles", self.articles_by_doi),
            (r"/v2/articles/(\d+)", self.article),
            (r"/v2/articles/(\d+)/files", self.article_files),
            (r"/v2/articles/(\d+)/versions", self.article_versions),
            (r"/v2/articles/(\d+)/versions/(\d+)", self.article),
            (r"/v2/articles/(\d+)/versions/(\d+)/files", self.article_files),
            (r"/v2/collections", self.collections_by_doi),
            (r"/v2/collections/(\d+)", self.collection),
            (r"/v2/collections/(\d+)/versions/(\d+)", self.collection),
            (r"/v2/collections/(\d+)/articles", self.collection_articles),
            (r"/v2/projects/(\d+)", self.project),
            (r"/v2/projects/(\d+)/articles", self.project_articles),
            (r"/v2/file/download/(\d+)", self.download),
            (r"/v2/oai", self.oai),
        ]
        for pattern, handler in routes:
            match = re.fullmatch(pattern, path)
            if match:
                try:
                    handler(*match.groups())
                except _ApiError as error:
                    self.send_json(error.status, {"message": error.message, "code": error.code})
                return
        page = b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
        self.send(404, page, {"Content-Type": "text/html; charset=UTF-8"})

    # ---- helpers ----

    @property
    def api(self) -> str:
        return self.owner.api_base_url

    def page(self, items: list[Any]) -> list[Any]:
        def number(name: str) -> int | None:
            values = self.query.get(name)
            return int(values[-1]) if values else None

        page, page_size, limit, offset = number("page"), number("page_size"), number("limit"), number("offset")
        if (page is not None or page_size is not None) and (limit is not None or offset is not None):
            raise _ApiError(422, "Use either page/page_size or limit/offset", "ValidationFailed")
        if limit is not None or offset is not None:
            start, count = offset or 0, limit or DEFAULT_PAGE_SIZE
        else:
            count = page_size or DEFAULT_PAGE_SIZE
            start = ((page or 1) - 1) * count
        return items[start : start + count]

    def find_article(self, article_id: str, version: str | None = None) -> tuple[PublicArticle, int]:
        article = self.owner.dataset.articles.get(int(article_id))
        if article is None:
            raise _not_found("Article")
        number = int(version) if version is not None else article.latest
        if number not in article.versions:
            raise _not_found("ArticleVersion")
        return article, number

    def presenter(self, article: PublicArticle) -> dict[str, Any]:
        """The ArticlePresenter of list endpoints (latest version)."""
        version = article.versions[article.latest]
        return {
            "id": article.id,
            "title": article.title,
            "doi": article.doi(article.latest),
            "handle": "",
            "url": f"{self.api}/articles/{article.id}",
            "published_date": version.created,
            "thumb": "",
            "defined_type": 3,
            "defined_type_name": "dataset",
            "group_id": None,
            "url_private_api": f"{self.api}/account/articles/{article.id}",
            "url_public_api": f"{self.api}/articles/{article.id}",
            "url_private_html": f"https://figshare.com/account/articles/{article.id}",
            "url_public_html": f"https://figshare.com/articles/dataset/x/{article.id}",
            "timeline": {"posted": version.created, "firstOnline": version.created},
            "resource_title": None,
            "resource_doi": None,
        }

    # ---- articles ----

    def article(self, article_id: str, version: str | None = None) -> None:
        article, number = self.find_article(article_id, version)
        stored = article.versions[number]
        body = self.presenter(article)
        folders = {str(f.id): f.folder for f in stored.files if f.folder}
        body.update(
            {
                "files": [f.record() for f in stored.files],
                "folder_structure": folders,
                "authors": [
                    {"id": 97471, "full_name": "A. Author", "is_active": True, "url_name": "_", "orcid_id": ""}
                ],
                "custom_fields": [],
                "figshare_url": f"https://figshare.com/articles/dataset/x/{article.id}",
                "description": "A test article.",
                "funding": None,
                "funding_list": [],
                "version": number,
                "status": "public",
                "size": sum(len(f.content) for f in stored.files),
                "created_date": stored.created,
                "modified_date": stored.modified,
                "is_public": True,
                "is_confidential": False,
                "is_metadata_record": False,
                "confidential_reason": "",
                "metadata_reason": "",
                "license": {"value": 1, "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
                "tags": [],
                "keywords": [],
                "categories": [],
                "references": [],
                "has_linked_file": False,
                "citation": f"A. Author (2021). {article.title}. https://doi.org/{article.doi(number)}",
                "is_embargoed": False,
                "embargo_date": None,
                "embargo_type": "file",
                "embargo_title": "",
                "embargo_reason": "",
                "embargo_options": [],
                "doi": article.doi(number),
                "published_date": stored.created,
            }
        )
        self.send_json(200, body)

    def article_files(self, article_id: str, version: str | None = None) -> None:
        if not self.owner.files_endpoint:
            self.send(404, b"<html><body><h1>Not Found</h1></body></html>", {"Content-Type": "text/html"})
            return
        article, number = self.find_article(article_id, version)
        self.send_json(200, self.page([f.record() for f in article.versions[number].files]))

    def article_versions(self, article_id: str) -> None:
        article, _ = self.find_article(article_id)
        versions = [
            {"version": n, "url": f"{self.api}/articles/{article.id}/versions/{n}"} for n in sorted(article.versions)
        ]
        self.send_json(200, versions)

    def articles_by_doi(self) -> None:
        wanted = (self.query.get("doi") or [""])[-1].lower()
        found = [
            self.presenter(article)
            for article in self.owner.dataset.articles.values()
            if wanted
            in {article.doi(n).lower() for n in article.versions}
            | {article.doi(article.latest)[: -len(f".v{article.latest}")].lower()}
        ]
        self.send_json(200, self.page(found))

    # ---- collections and projects ----

    def collection_body(self, collection: PublicCollection, version: int) -> dict[str, Any]:
        doi = f"10.6084/m9.figshare.c.{collection.id}.v{version}"
        return {
            "id": collection.id,
            "title": collection.title,
            "doi": doi,
            "handle": "",
            "url": f"{self.api}/collections/{collection.id}",
            "published_date": CREATED,
            "timeline": {"posted": CREATED},
            "version": version,
            "articles_count": len(collection.article_ids),
            "created_date": CREATED,
            "modified_date": CREATED,
            "public": True,
            "description": "",
            "citation": "",
        }

    def collection(self, collection_id: str, version: str | None = None) -> None:
        collection = self.owner.dataset.collections.get(int(collection_id))
        if collection is None:
            raise _not_found("Collection")
        number = int(version) if version is not None else collection.version
        if not 1 <= number <= collection.version:
            raise _not_found("CollectionVersion")
        self.send_json(200, self.collection_body(collection, number))

    def collections_by_doi(self) -> None:
        wanted = (self.query.get("doi") or [""])[-1].lower()
        found = []
        for collection in self.owner.dataset.collections.values():
            dois = {f"10.6084/m9.figshare.c.{collection.id}"} | {
                f"10.6084/m9.figshare.c.{collection.id}.v{n}" for n in range(1, collection.version + 1)
            }
            if wanted in dois:
                body = self.collection_body(collection, collection.version)
                found.append(
                    {key: body[key] for key in ("id", "title", "doi", "handle", "url", "published_date", "timeline")}
                )
        self.send_json(200, self.page(found))

    def collection_articles(self, collection_id: str) -> None:
        collection = self.owner.dataset.collections.get(int(collection_id))
        if collection is None:
            raise _not_found("Collection")
        articles = [self.presenter(self.owner.dataset.articles[i]) for i in collection.article_ids]
        self.send_json(200, self.page(articles))

    def project(self, project_id: str) -> None:
        project = self.owner.dataset.projects.get(int(project_id))
        if project is None:
            raise _not_found("Project")
        self.send_json(
            200,
            {
                "id": project.id,
                "title": project.title,
                "url": f"{self.api}/projects/{project.id}",
                "created_date": CREATED,
                "modified_date": CREATED,
                "published_date": CREATED,
                "description": "",
                "funding": None,
                "funding_list": [],
                "collaborators": [],
                "custom_fields": [],
                "figshare_url": f"https://figshare.com/projects/x/{project.id}",
            },
        )

    def project_articles(self, project_id: str) -> None:
        project = self.owner.dataset.projects.get(int(project_id))
        if project is None:
            raise _not_found("Project")
        self.send_json(200, self.page([self.presenter(self.owner.dataset.articles[i]) for i in project.article_ids]))

    # ---- downloads ----

    def download(self, file_id: str) -> None:
        stored = self.owner.stored(int(file_id))
        if stored is None:
            raise _not_found("File")
        location = (
            f"{self.owner.storage_base_url}/objects/{stored.id}/{quote(stored.name)}"
            f"?X-Amz-Expires=10&X-Amz-Signature={self.owner.sign(stored.id)}"
        )
        self.send(302, b"", {"Location": location})

    # ---- OAI-PMH ----

    def oai(self) -> None:
        set_spec = (self.query.get("set") or [""])[-1]
        ids = self.owner.dataset.oai_sets.get(set_spec, [])
        headers = "".join(
            f"<header><identifier>oai:figshare.com:article/{i}</identifier><datestamp>2021-06-10T14:45:37Z</datestamp>"
            f"<setSpec>{set_spec}</setSpec></header>"
            for i in ids
        )
        headers += (
            f'<header status="deleted"><identifier>oai:figshare.com:article/999</identifier>'
            f"<datestamp>2021-06-11T00:00:00Z</datestamp><setSpec>{set_spec}</setSpec></header>"
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">'
            "<responseDate>2024-01-01T00:00:00Z</responseDate>"
            f'<request verb="ListIdentifiers" metadataPrefix="oai_dc" set="{set_spec}">{self.api}/oai</request>'
            f"<ListIdentifiers>{headers}</ListIdentifiers></OAI-PMH>"
        )
        self.send(200, body.encode(), {"Content-Type": "text/xml; charset=utf-8"})


class _StorageHandler(_Handler):
    role = "storage"

    def route(self, path: str) -> None:
        match = re.fullmatch(r"/objects/(\d+)/([^/]+)", path)
        stored = self.owner.stored(int(match.group(1))) if match else None
        if stored is None or match is None or quote(stored.name) != match.group(2):
            self.send(404, b"<Error><Code>NoSuchKey</Code></Error>", {"Content-Type": "application/xml"})
            return
        if self.entry.authorized:
            self.send(400, b"<Error><Code>InvalidArgument</Code></Error>", {"Content-Type": "application/xml"})
            return
        signature = (self.query.get("X-Amz-Signature") or [""])[-1]
        if not self.owner.signature_valid(stored.id, signature):
            self.send(403, b"<Error><Code>AccessDenied</Code></Error>", {"Content-Type": "application/xml"})
            return
        content = stored.content
        if stored.id in self.owner.corrupt:
            content = bytes([content[0] ^ 0xFF]) + content[1:]
        content += bytes(self.owner.padding.get(stored.id, 0))
        size = len(content)
        headers = {
            "Accept-Ranges": "bytes",
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f"attachment; filename={stored.name}",
        }
        requested = None if self.owner.ignore_range else _byte_range(self.headers.get("Range"), size)
        if requested == "unsatisfiable":
            self.send(416, b"", {"Content-Range": f"bytes */{size}"})
            return
        if requested is None:
            self.send(200, content, headers)
            return
        start, end = requested
        end = size - 1 if self.owner.open_ended_ranges else end
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        self.send(206, content[start : end + 1], headers)

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        cuts = self.owner.cut_after.get(self.entry.path_file_id or 0) if status in (200, 206) else None
        cut = cuts.pop(0) if cuts else None
        if cut is None:
            super().send(status, body, headers)
            return
        self.entry.status = status
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:cut])
        self.wfile.flush()
        self.entry.sent = cut
        self.close_connection = True


def _byte_range(header: str | None, size: int) -> tuple[int, int] | str | None:
    if not header:
        return None
    match = re.fullmatch(r"bytes=(\d*)-(\d*)", header.strip())
    if match is None or not (match.group(1) or match.group(2)):
        return None
    first, last = match.groups()
    if not first:
        suffix = int(last)
        return (max(size - suffix, 0), size - 1) if suffix and size else "unsatisfiable"
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    return (start, end) if start < size and start <= end else "unsatisfiable"


def main() -> int:
    """Serve `demo_dataset` (without its Parquet table: no pyarrow needed) in this process until standard input
    closes (see the module docstring)."""
    with PublicFigshare(demo_dataset(with_parquet=False)) as server:
        print(
            json.dumps({"api_base_url": server.api_base_url, "storage_base_url": server.storage_base_url}), flush=True
        )
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.exit(main())
