"""Local files: which files a path stands for, their Figshare names and folders, the bytes of one
part; and opening the files the SDK writes (temporary downloads, lock files, upload states) without being led
astray by what someone else put at their place.

A symlink there is never followed (``O_NOFOLLOW``; an ``lstat`` check where the system has no such flag), a
FIFO never blocks the open (``O_NONBLOCK``), and anything but a regular file with a single link (a
directory, a device, a hard link to a file elsewhere) is refused, so nothing is ever written outside the
folder the file belongs to.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
from collections.abc import Generator
from pathlib import Path, PurePosixPath

from figshare.errors import InvalidArgumentError
from figshare.files._errors import LocalFileNotFoundError

READ_CHUNK = 1024 * 1024
"""Bytes read from disk at a time (hashing, sending parts)."""


@dataclasses.dataclass(frozen=True)
class LocalFile:
    path: Path
    """Absolute path of the local file."""
    name: str
    """Its name on Figshare."""
    folder_path: str | None
    """Its Figshare folder (``a/b``), None at the top level."""
    size: int
    mtime_ns: int

    @property
    def display_name(self) -> str:
        return f"{self.folder_path}/{self.name}" if self.folder_path else self.name

    @classmethod
    def stat(cls, path: Path, name: str, folder_path: str | None) -> LocalFile:
        info = path.stat()
        return cls(path=path, name=name, folder_path=folder_path, size=info.st_size, mtime_ns=info.st_mtime_ns)


def clean_folder_path(folder_path: str | None) -> str | None:
    """``a/b`` from ``/a//b/`` (Figshare's Unix-style folders); None for no folder. ValueError for ``..``."""
    if folder_path is None:
        return None
    parts = [part for part in PurePosixPath(folder_path.replace("\\", "/")).parts if part not in ("/", ".")]
    if ".." in parts:
        raise InvalidArgumentError(f"folder_path {folder_path!r} must not contain '..'", argument="folder_path")
    return "/".join(parts) or None


def collect_local_files(path: Path, *, name: str | None, folder_path: str | None) -> list[LocalFile]:
    """The files ``path`` stands for.

    A file: itself, named ``name`` (default: its file name), in ``folder_path``. A folder: every regular
    file under it (sorted; symlinked folders are not followed), each in ``<folder_path>/<relative folder>``,
    where ``folder_path`` defaults to the folder's own name (``""`` puts its contents at the top level).
    """
    path = path.expanduser().resolve()
    if path.is_file():
        chosen = name if name is not None else path.name
        if not chosen or "/" in chosen or "\\" in chosen:
            raise InvalidArgumentError(
                f"name: a Figshare file name cannot be empty or contain a separator: {chosen!r}", argument="name"
            )
        return [LocalFile.stat(path, chosen, clean_folder_path(folder_path))]
    if not path.is_dir():
        raise LocalFileNotFoundError(f"no such file or folder: {path}", path=str(path))
    if name is not None:
        raise InvalidArgumentError("name= applies to a single file, not to a folder", argument="name")
    top = path.name if folder_path is None else folder_path
    files = []
    for folder, subfolders, filenames in os.walk(path):
        subfolders.sort()
        relative = Path(folder).relative_to(path).as_posix()  # "." at the top: clean_folder_path drops it
        for filename in sorted(filenames):
            file_path = Path(folder, filename)
            if file_path.is_file():
                files.append(LocalFile.stat(file_path, filename, clean_folder_path(f"{top}/{relative}")))
    return files


def read_range(path: Path, start: int, length: int, chunk_size: int = READ_CHUNK) -> Generator[bytes, None, None]:
    """Yield ``length`` bytes of ``path`` from ``start``, at most ``chunk_size`` at a time.

    Raises EOFError if the file ends first (it shrank since it was measured).
    """
    with path.open("rb") as handle:
        handle.seek(start)
        remaining = length
        while remaining > 0:
            if not (chunk := handle.read(min(chunk_size, remaining))):
                raise EOFError(f"{path} ended {remaining} bytes before the end of the part")
            remaining -= len(chunk)
            yield chunk


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class RefusedFileError(Exception):
    """Something other than a plain file of ours is at the path (the message says what)."""


def open_regular(path: Path, flags: int, mode: int = 0o600) -> int:
    """``os.open(path, flags, mode)`` refusing a symlink, a non-regular file or a file with other hard links
    at ``path`` (RefusedFileError); other failures raise ``OSError``. Returns the descriptor."""
    if not _NOFOLLOW and path.is_symlink():
        raise RefusedFileError(f"{path} is a symlink")
    try:
        descriptor = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _BINARY | _CLOEXEC, mode)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK) and path.is_symlink():
            raise RefusedFileError(f"{path} is a symlink") from None
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFileError(f"{path} is not a regular file")
        if info.st_nlink > 1:
            raise RefusedFileError(f"{path} has other hard links")
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor
