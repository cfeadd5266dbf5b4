"""Where a downloaded file goes: server-provided names can never lead outside the destination folder, and
are made safe and portable before they touch the disk.

Two kinds of names are told apart:

- names that try to leave the destination or change the folder structure (``..``, ``.``, an empty segment,
  an absolute folder, a ``/`` or ``\\`` inside a name, a C0 control character such as NUL) are refused with
  ``UnsafePathError``;
- names that are merely unsafe to show or not portable are mapped to a safe name, the same on every system
  (`portable_name`): C1 control characters, bidirectional overrides and other invisible format characters,
  lone surrogates, the characters Windows forbids (``<>:"|?*``), Windows device names (``CON``, ``NUL``,
  ``COM1``...), trailing dots and spaces, and names longer than ``MAX_NAME_BYTES`` bytes (shortened, keeping
  the extension, with a hash of the full name so that shortened names stay distinct).
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from email.message import Message
from pathlib import Path, PurePosixPath

from figshare.files._errors import UnsafePathError

MAX_NAME_BYTES = 200
"""The longest local file or folder name, in UTF-8 bytes: file systems allow 255, and the temporary file
(``.<name>.<id>.figshare-part``) must fit too."""

_FORBIDDEN_SEGMENTS = frozenset({"", ".", ".."})
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
_WINDOWS_DEVICES = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        "CONIN$",
        "CONOUT$",
        *(f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"),
    }
)
_RESERVED_SUFFIXES = (".figshare-part", ".figshare-lock")
"""Names of this module's own temporary and lock files: a remote file must not take them."""
_MAX_EXTENSION = 16


def segment_problem(segment: str) -> str | None:
    """Why ``segment`` cannot be a path segment at all (None when it can, perhaps after `portable_name`)."""
    if segment in _FORBIDDEN_SEGMENTS:
        return f"the path segment {segment!r} is not allowed"
    if "/" in segment or "\\" in segment:
        return "it contains a path separator"
    if any(ord(char) < 32 or ord(char) == 127 for char in segment):
        return "it contains a control character"
    return None


def _replacement(char: str) -> str:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF or 0x80 <= code <= 0x9F or char in _WINDOWS_FORBIDDEN:
        return "_"  # lone surrogates, C1 controls, characters Windows forbids
    if unicodedata.category(char) in ("Cf", "Zl", "Zp"):
        return "_"  # bidi overrides and isolates, zero-width characters, line and paragraph separators
    return char


def _encodable(name: str) -> str:
    """``name`` with the characters the file system encoding cannot write replaced (a no-op under UTF-8)."""
    encoding = sys.getfilesystemencoding()
    if encoding.lower().replace("-", "") == "utf8":
        return name
    return "".join(char if char.encode(encoding, "ignore") else "_" for char in name)  # b"": not encodable


def _shortened(name: str, original: str) -> str:
    """``name`` cut to ``MAX_NAME_BYTES`` bytes: the start, ``~`` and 8 hex digits of a hash of the original
    name, then the extension."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > _MAX_EXTENSION or " " in extension:
        stem, extension = name, ""
    else:
        extension = "." + extension
    digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    tail = f"~{digest}{extension}"
    budget = MAX_NAME_BYTES - len(tail.encode())
    return stem.encode()[:budget].decode("utf-8", "ignore") + tail


def portable_name(segment: str) -> str:
    """The safe, portable local form of one file or folder name (the name itself when it already is one).

    The caller has checked ``segment`` with `safe_relative_path` (no separators, no C0 controls, not ``.``
    or ``..``). The result is the same on every system.
    """
    name = segment if segment.isascii() else unicodedata.normalize("NFC", segment)
    if not name.isascii() or any(char in _WINDOWS_FORBIDDEN for char in name):
        name = "".join(_replacement(char) for char in name)
    name = _encodable(name)
    if (stripped := name.rstrip(" .")) != name:
        name = stripped + "_"  # Windows drops trailing dots and spaces
    if name.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
        name = "_" + name
    if name.endswith(_RESERVED_SUFFIXES):
        name += "_"
    if len(name.encode()) > MAX_NAME_BYTES:
        name = _shortened(name, segment)
    return name


def safe_relative_path(folder_path: str, name: str, *, file_id: int | None = None) -> PurePosixPath:
    """``folder_path/name`` as a relative local path: segments that could escape are refused
    (``UnsafePathError``), the others made portable (`portable_name`)."""
    folders = [segment for segment in folder_path.split("/") if segment] if folder_path else []
    if folder_path.startswith("/"):
        raise UnsafePathError(
            f"refusing folder {folder_path!r} of file {name!r}: it is absolute", name=folder_path, file_id=file_id
        )
    for segment in [*folders, name]:
        if (problem := segment_problem(segment)) is not None:
            shown = f"{folder_path}/{name}" if folder_path else name
            raise UnsafePathError(
                f"refusing the server-provided name {shown!r}: {problem}", name=shown, file_id=file_id
            )
    return PurePosixPath(*(portable_name(segment) for segment in [*folders, name]))


def inside_destination(destination: Path, relative: PurePosixPath, *, file_id: int | None = None) -> Path:
    """The absolute path of ``relative`` under ``destination``; UnsafePathError if a symlink among the
    existing folders (or the final name itself) leads outside it."""
    root = destination.resolve()
    target = root.joinpath(*relative.parts)
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError) as error:  # a symlink loop, a name too long for the system
        raise UnsafePathError(
            f"refusing {relative}: its path cannot be resolved ({error})", name=str(relative), file_id=file_id
        ) from None
    if not resolved.is_relative_to(root):
        raise UnsafePathError(
            f"refusing {relative}: a symlink in the destination leads outside {root}",
            name=str(relative),
            file_id=file_id,
        )
    return target


def content_disposition_name(header: str | None) -> str | None:
    """The bare file name of a ``Content-Disposition`` header (``filename*`` preferred), to be made portable;
    None when it is missing or not a usable single file name."""
    if not header:
        return None
    message = Message()
    try:
        message["content-disposition"] = header
        filename = message.get_filename() or ""
    except (ValueError, LookupError, TypeError):  # a header the email parser cannot read
        return None
    base = PurePosixPath(filename.replace("\\", "/")).name
    return base if segment_problem(base) is None else None
