"""Where a resource URI is stored under the destination folder, in a way that can never leave it."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from figshare.resourcesync._errors import PathEscapeError

STATE_DIR_NAME = ".resourcesync"
"""The folder under the destination that holds the sync state and partial downloads."""

_DIRECTORY_INDEX = "_index"
_FORBIDDEN_NAMES = frozenset({"", ".", ".."})
_WINDOWS_UNSAFE = frozenset('<>:"|?*')


class UriPathMapper:
    """Maps ``scheme://host[:port]/a/b?q`` to ``<root>/host[_port]/a/b?q``.

    Path segments are percent-decoded for readable names. A URI is refused (``PathEscapeError``) when a
    segment would decode to ``.``, ``..``, or contain a path separator or a control character, when the
    URI has no host, or when the resulting path resolves outside the root (for example through a symlink
    inside the destination). A URI ending in ``/`` is stored as ``_index`` in that folder.
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def relative_path(self, uri: str) -> Path:
        """The path of ``uri`` relative to the root (not checked against symlinks; see ``path_for``)."""
        parts = urlsplit(uri)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PathEscapeError(uri, "only http(s) URIs with a host can be stored")
        host = parts.hostname.lower()
        if parts.port is not None:
            host = f"{host}_{parts.port}"
        self._check_segment(uri, host)
        raw_segments = parts.path.split("/")[1:] if parts.path else [""]
        if raw_segments and raw_segments[-1] == "":
            raw_segments[-1] = _DIRECTORY_INDEX
        names = [unquote(segment) for segment in raw_segments]
        if parts.query:
            names[-1] += "?" + parts.query.replace("/", "%2F")
        for name in names:
            self._check_segment(uri, name)
        if host == STATE_DIR_NAME:
            raise PathEscapeError(uri, f"{STATE_DIR_NAME} is reserved for the sync state")
        return Path(host, *names)

    def path_for(self, uri: str) -> Path:
        """The absolute path where ``uri`` is stored; guaranteed to be inside the root."""
        target = self.root / self.relative_path(uri)
        if not target.resolve().is_relative_to(self.root):
            raise PathEscapeError(uri, "its path leads outside the destination folder")
        return target

    @staticmethod
    def _check_segment(uri: str, name: str) -> None:
        if name in _FORBIDDEN_NAMES:
            raise PathEscapeError(uri, f"path segment {name!r} is not allowed")
        if "/" in name or "\\" in name or any(ord(char) < 32 for char in name):
            raise PathEscapeError(uri, f"path segment {name!r} contains a separator or control character")
        if os.name == "nt" and any(char in _WINDOWS_UNSAFE for char in name):
            raise PathEscapeError(uri, f"path segment {name!r} cannot be a Windows file name")
