"""The emulator: three local HTTP hosts (REST API, upload service, storage) sharing one account state."""

from __future__ import annotations

import secrets
import shutil
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.servers.figshare_upload_emulator._api import ApiHandler
from tests.servers.figshare_upload_emulator._blobs import BlobStore
from tests.servers.figshare_upload_emulator._faults import Faults
from tests.servers.figshare_upload_emulator._model import FileRecord, Upload
from tests.servers.figshare_upload_emulator._recording import RequestLog, ServerRole
from tests.servers.figshare_upload_emulator._server import EmulatorHandler, EmulatorHTTPServer, ServerContext
from tests.servers.figshare_upload_emulator._state import AccountState, Urls
from tests.servers.figshare_upload_emulator._storage import StorageHandler
from tests.servers.figshare_upload_emulator._upload_service import UploadServiceHandler

FIGSHARE_PART_SIZE = 10 * 1024 * 1024
LOOPBACK = "127.0.0.1"
SECOND_LOOPBACK = "127.0.0.2"
LOOPBACK_NAME = "localhost"


class FigshareEmulator:
    """A local stand-in for Figshare's REST API, upload service and file storage.

    Use as a context manager (or call :meth:`start` and :meth:`stop`). See the package docstring for the
    whole API.
    """

    def __init__(
        self,
        *,
        part_size: int = FIGSHARE_PART_SIZE,
        token: str | None = None,
        data_dir: Path | None = None,
        api_host: str = LOOPBACK,
        upload_host: str = LOOPBACK,
        storage_host: str | None = None,
    ) -> None:
        if part_size < 1:
            raise ValueError("part_size must be at least 1 byte")
        self.token = token or f"emulator-{secrets.token_hex(16)}"
        self.faults = Faults()
        self.requests = RequestLog()
        self.errors: list[str] = []
        self._part_size = part_size
        self._own_data_dir = data_dir is None
        self.data_dir = data_dir or Path(tempfile.mkdtemp(prefix="figshare-emulator-"))
        self._hosts = {"api": api_host, "upload": upload_host, "storage": storage_host}
        self._servers: dict[ServerRole, EmulatorHTTPServer] = {}
        self._stopping = threading.Event()
        self._state: AccountState | None = None
        self.storage_host = ""

    # ---- life cycle ----

    def start(self) -> FigshareEmulator:
        """Bind the three hosts on free ports and serve them from background threads."""
        placeholder = Urls("", "", "", "")
        state = AccountState(
            store=BlobStore(self.data_dir / "parts"), faults=self.faults, part_size=self._part_size, urls=placeholder
        )
        handlers: dict[ServerRole, type[EmulatorHandler]] = {
            "api": ApiHandler,
            "upload": UploadServiceHandler,
            "storage": StorageHandler,
        }
        for role, handler in handlers.items():
            context = ServerContext(role, state, self.faults, self.requests, self.token, self.errors, self._stopping)
            self._servers[role] = self._bind(role, handler, context)
        self.storage_host = self._hosts["storage"] or self._storage_host_name()
        state.urls = Urls(
            api_base=f"{self._origin('api', self._hosts['api'])}/v2",
            upload_base=f"{self._origin('upload', self._hosts['upload'])}/upload",
            ndownloader_base=f"{self._origin('api', self._hosts['api'])}/ndownloader",
            storage_base=self._origin("storage", self.storage_host),
        )
        self._state = state
        for server in self._servers.values():
            server.serve_in_thread()
        return self

    def _bind(self, role: ServerRole, handler: type[EmulatorHandler], context: ServerContext) -> EmulatorHTTPServer:
        host = self._hosts[role]
        if role == "storage" and host is None:
            try:
                return EmulatorHTTPServer(SECOND_LOOPBACK, handler, context)
            except OSError:
                host = LOOPBACK
        return EmulatorHTTPServer(host or LOOPBACK, handler, context)

    def _storage_host_name(self) -> str:
        """127.0.0.2 where it can be bound (Linux); otherwise the name ``localhost`` for 127.0.0.1."""
        bound = str(self._servers["storage"].server_address[0])
        return bound if bound == SECOND_LOOPBACK else LOOPBACK_NAME

    def _origin(self, role: ServerRole, host: str | None) -> str:
        return f"http://{host}:{self._servers[role].port}"

    def stop(self) -> None:
        """Stop the hosts, release held parts, delete the part files (unless ``data_dir`` was given)."""
        self._stopping.set()
        self.faults.release_gates()
        closers = [threading.Thread(target=server.close) for server in self._servers.values()]
        for closer in closers:
            closer.start()
        for closer in closers:
            closer.join()
        self._servers.clear()
        if self._own_data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def __enter__(self) -> FigshareEmulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    # ---- where things are ----

    @property
    def state(self) -> AccountState:
        if self._state is None:
            raise RuntimeError("the emulator is not started")
        return self._state

    @property
    def api_base_url(self) -> str:
        """``http://127.0.0.1:<port>/v2``: use it where a client expects ``https://api.figshare.com/v2``."""
        return self.state.urls.api_base

    @property
    def upload_base_url(self) -> str:
        """``http://127.0.0.1:<port>/upload``: the upload service; ``upload_url`` is ``<this>/<token>``."""
        return self.state.urls.upload_base

    @property
    def ndownloader_base_url(self) -> str:
        return self.state.urls.ndownloader_base

    @property
    def storage_base_url(self) -> str:
        return self.state.urls.storage_base

    @property
    def api_host(self) -> str:
        return self._hosts["api"] or LOOPBACK

    @property
    def upload_host(self) -> str:
        return self._hosts["upload"] or LOOPBACK

    @property
    def part_size(self) -> int:
        """Part size for uploads initiated from now on (Figshare uses 10 MiB)."""
        return self.state.part_size

    @part_size.setter
    def part_size(self, value: int) -> None:
        if value < 1:
            raise ValueError("part_size must be at least 1 byte")
        self.state.part_size = value

    # ---- seeding and inspection (no HTTP, no request log entries) ----

    def create_article(self, title: str = "Emulated article", *, public: bool = False, **fields: Any) -> int:
        """Create an article directly; returns its id."""
        return self.state.create_article({"title": title, **fields}, public=public).id

    def publish(self, article_id: int) -> None:
        """Make the article public (its files download without a token)."""
        self.state.article(article_id).is_public = True

    def add_file(self, article_id: int, name: str, content: bytes | Path) -> int:
        """Add a file that is already uploaded, completed and available (for download tests)."""
        return self.state.add_stored_file(self.state.article(article_id), name, content).id

    def file_record(self, file_id: int) -> dict[str, Any]:
        """The file record as the API would render it now, without counting as a client read."""
        return self.state.render_file(self.state.file_by_id(file_id), count_read=False)

    def upload_info(self, file_id: int) -> dict[str, Any]:
        """What ``GET <upload_url>`` would answer now: token, size, md5, status and parts."""
        return self.state.render_upload(self._upload(self.state.file_by_id(file_id)))

    def upload_url(self, file_id: int) -> str:
        return f"{self.upload_base_url}/{self._upload(self.state.file_by_id(file_id)).token}"

    def assembled_bytes(self, file_id: int) -> bytes:
        """The file's bytes as the service assembled them from its stored parts (for small files)."""
        return b"".join(self.state.store.iter_bytes(self._stored_upload(file_id)))

    def assembled_md5(self, file_id: int) -> str:
        """The md5 of the assembled bytes, streamed from disk (fine for large files)."""
        return self.state.store.md5(self._stored_upload(file_id))

    def article_file_ids(self, article_id: int) -> list[int]:
        return list(self.state.article(article_id).file_ids)

    def _upload(self, record: FileRecord) -> Upload:
        if record.upload is None:
            raise LookupError(f"file {record.id} is link-only: it has no upload")
        return record.upload

    def _stored_upload(self, file_id: int) -> Upload:
        upload = self._upload(self.state.file_by_id(file_id))
        missing = upload.missing_parts()
        if missing:
            raise LookupError(f"file {file_id} is not assembled: parts {missing} are not stored")
        return upload
