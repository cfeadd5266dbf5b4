"""Upload state files: what a later run needs to continue an upload after a crash or Ctrl-C.

One JSON file per upload (docs/files.md says what it holds), named after a hash of the API, the article,
the local path and the Figshare name and folder; part progress is not stored (the service knows it). It is
written atomically (temporary file, fsync, rename) and read without following symlinks: anything but a
plain file at its place is refused (``UploadStateError``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any, TypedDict

from figshare._oauth_token import write_private_file
from figshare.files._errors import UploadStateError
from figshare.files._local import LocalFile, RefusedFileError, open_regular

FORMAT_VERSION = 1
_MAX_STATE_BYTES = 1024 * 1024
"""A state file is a few hundred bytes; anything larger is damaged."""


def default_state_dir() -> Path:
    """The per-user folder for upload state files."""
    import platformdirs

    return platformdirs.user_state_path("figshare-sdk", appauthor=False) / "uploads"


class Where(TypedDict):
    article_id: int
    file_id: int
    path: str


@dataclasses.dataclass(frozen=True)
class UploadState:
    """An upload in progress, as saved between runs."""

    api: str
    """The API base URL the upload was started with."""
    article_id: int
    file_id: int
    path: str
    """Absolute path of the local file."""
    name: str
    folder_path: str | None
    size: int
    mtime_ns: int
    md5: str
    upload_url: str = ""
    completed: bool = False
    """The upload was completed; only Figshare's verification is still awaited."""

    def describes(self, local: LocalFile) -> bool:
        """Whether the local file looks unchanged since the state was saved (same size and mtime)."""
        return self.size == local.size and self.mtime_ns == local.mtime_ns

    def where(self) -> Where:
        """The article, file and local path an error about this upload names."""
        return {"article_id": self.article_id, "file_id": self.file_id, "path": self.path}

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT_VERSION, **dataclasses.asdict(self)}

    @classmethod
    def from_json(cls, document: Any) -> UploadState:
        if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
            raise ValueError(f"not an upload state of format {FORMAT_VERSION}")
        fields = {field.name: field for field in dataclasses.fields(cls)}
        values = {key: value for key, value in document.items() if key in fields}
        missing = [
            name for name, field in fields.items() if name not in values and field.default is dataclasses.MISSING
        ]
        if missing:
            raise ValueError(f"missing fields: {', '.join(missing)}")
        for name in ("article_id", "file_id", "size", "mtime_ns"):
            if not isinstance(values[name], int) or isinstance(values[name], bool):
                raise ValueError(f"{name} is not an integer")
        for name in ("api", "path", "name", "md5"):
            if not isinstance(values[name], str):
                raise ValueError(f"{name} is not a string")
        return cls(**values)


class UploadStateStore:
    """The state files of one folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def location(self, api: str, article_id: int, path: str, folder_path: str | None, name: str) -> Path:
        """The state file of one upload: a hash of what identifies it."""
        identity = "\0".join([api, str(article_id), path, folder_path or "", name])
        digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()  # paths may hold any byte
        return self.directory / f"{digest[:32]}.json"

    def load(self, api: str, article_id: int, local: LocalFile) -> UploadState | None:
        """The saved state of this upload, or None. UploadStateError if the file is unreadable."""
        return self._read(self.location(api, article_id, str(local.path), local.folder_path, local.name))

    def save(self, state: UploadState) -> None:
        location = self._location_of(state)
        try:
            write_private_file(location, json.dumps(state.to_json()))
        except OSError as error:
            raise UploadStateError(f"cannot save the upload state: {error}", location=str(location)) from error

    def delete(self, state: UploadState) -> None:
        location = self._location_of(state)
        try:
            location.unlink(missing_ok=True)
        except OSError as error:
            raise UploadStateError(f"cannot delete the upload state: {error}", location=str(location)) from error

    def _location_of(self, state: UploadState) -> Path:
        return self.location(state.api, state.article_id, state.path, state.folder_path, state.name)

    def all(self) -> list[UploadState]:
        """Every saved state (an unreadable file raises UploadStateError)."""
        if not self.directory.is_dir():
            return []
        states = (self._read(location) for location in sorted(self.directory.glob("*.json")))
        return [state for state in states if state is not None]

    @staticmethod
    def _read(location: Path) -> UploadState | None:
        try:
            with os.fdopen(open_regular(location, os.O_RDONLY), "rb") as handle:
                raw = handle.read(_MAX_STATE_BYTES + 1)
        except FileNotFoundError:
            return None
        except RefusedFileError as refused:
            raise UploadStateError(f"refusing to read the upload state: {refused}", location=str(location)) from None
        except OSError as error:
            raise UploadStateError(f"cannot read the upload state: {error}", location=str(location)) from error
        try:
            if len(raw) > _MAX_STATE_BYTES:
                raise ValueError("it is far too large")
            return UploadState.from_json(json.loads(raw.decode("utf-8", "replace")))
        except (ValueError, RecursionError) as error:
            raise UploadStateError(
                f"the upload state file is damaged ({error}); delete it to start that upload afresh "
                "(the half-made file on Figshare is then left behind)",
                location=str(location),
            ) from error
