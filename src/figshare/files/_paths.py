"""Where a downloaded file goes: server-provided names can never lead outside the destination folder."""

from __future__ import annotations

import os
from email.message import Message
from pathlib import Path, PurePosixPath

from ._errors import UnsafePathError

__all__ = ["content_disposition_name", "inside_destination", "safe_relative_path"]

_FORBIDDEN_SEGMENTS = frozenset({"", ".", ".."})
_WINDOWS_UNSAFE = frozenset('<>:"|?*')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)


def _segment_problem(segment: str) -> str | None:
    if segment in _FORBIDDEN_SEGMENTS:
        return f"the path segment {segment!r} is not allowed"
    if "/" in segment or "\\" in segment:
        return "it contains a path separator"
    if any(ord(char) < 32 or ord(char) == 127 for char in segment):
        return "it contains a control character"
    if os.name == "nt" and (
        any(char in _WINDOWS_UNSAFE for char in segment)
        or segment.split(".")[0].upper() in _WINDOWS_RESERVED
        or segment.endswith((" ", "."))
    ):
        return "it is not a valid Windows file name"
    return None


def safe_relative_path(folder_path: str, name: str, *, file_id: int | None = None) -> PurePosixPath:
    """``folder_path/name`` as a relative path, refusing any segment that could escape (UnsafePathError)."""
    folders = [segment for segment in folder_path.split("/") if segment] if folder_path else []
    if folder_path.startswith("/"):
        raise UnsafePathError(
            f"refusing folder {folder_path!r} of file {name!r}: it is absolute", name=folder_path, file_id=file_id
        )
    for segment in [*folders, name]:
        problem = _segment_problem(segment)
        if problem is not None:
            shown = f"{folder_path}/{name}" if folder_path else name
            raise UnsafePathError(
                f"refusing the server-provided name {shown!r}: {problem}", name=shown, file_id=file_id
            )
    return PurePosixPath(*folders, name)


def inside_destination(destination: Path, relative: PurePosixPath, *, file_id: int | None = None) -> Path:
    """The absolute path of ``relative`` under ``destination``; UnsafePathError if a symlink among the
    existing folders leads outside it."""
    root = destination.resolve()
    target = root.joinpath(*relative.parts)
    if not target.resolve().is_relative_to(root):
        raise UnsafePathError(
            f"refusing {relative}: a symlink in the destination leads outside {root}",
            name=str(relative),
            file_id=file_id,
        )
    return target


def content_disposition_name(header: str | None) -> str | None:
    """The bare file name of a ``Content-Disposition`` header (``filename*`` preferred), or None when it is
    missing or not a safe single file name."""
    if not header:
        return None
    message = Message()
    message["content-disposition"] = header
    filename = message.get_filename()
    if not filename:
        return None
    base = PurePosixPath(filename.replace("\\", "/")).name
    return base if _segment_problem(base) is None else None
