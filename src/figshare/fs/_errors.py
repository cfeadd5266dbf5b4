"""Errors of the `figshare://` filesystem.

Each is a `figshare.FigshareError` and, so that pandas, Dask and fsspec's own helpers (``exists``, ``glob``,
``walk``) react to them as they do to any filesystem's, also the matching built-in error::

    FigshareError
    └── FigshareFSError
        ├── FigsharePathNotFoundError   + FileNotFoundError: no such article, version, collection or file
        ├── FigshareIsADirectoryError   + IsADirectoryError: a file operation on a folder or an article
        ├── FigshareFileExistsError     + FileExistsError: an exclusive write (``"xb"``) to an existing file
        ├── ReadOnlyPathError           + PermissionError: a write to a public path (or to a file that is
        │                                 not in your own article)
        ├── TokenRequiredError          + PermissionError: ``account/...`` without a token
        └── UnlistableError             + OSError: ``articles``, ``collections`` or ``projects`` themselves
"""

from __future__ import annotations

import errno

from figshare.errors import FigshareError

__all__ = [
    "FigshareFSError",
    "FigshareFileExistsError",
    "FigshareIsADirectoryError",
    "FigsharePathNotFoundError",
    "ReadOnlyPathError",
    "TokenRequiredError",
    "UnlistableError",
]


class FigshareFSError(FigshareError):
    """Base class of the errors of `figshare.fs.FigshareFileSystem`.

    Attributes:
        path: the ``figshare://`` path concerned (without the protocol), if any.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class FigsharePathNotFoundError(FigshareFSError, FileNotFoundError):
    """No such article, article version, collection, project, folder or file (or not visible to you: Figshare
    answers "not found" for items your token may not see)."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno = errno.ENOENT
        self.filename = path


class FigshareIsADirectoryError(FigshareFSError, IsADirectoryError):
    """A file operation (open, cat, a write, a non-recursive rm) on a folder or an article."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno = errno.EISDIR
        self.filename = path


class FigshareFileExistsError(FigshareFSError, FileExistsError):
    """An exclusive write (``"xb"``, ``mode="create"``) to a path that names a file already."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno = errno.EEXIST
        self.filename = path


class ReadOnlyPathError(FigshareFSError, PermissionError):
    """A write (``open(..., "wb")``, ``put``, ``rm``) to a path that is not a file of your own article:
    public paths (``articles/...``, ``collections/...``, ``projects/...``) are read-only."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno = errno.EROFS
        self.filename = path


class TokenRequiredError(FigshareFSError, PermissionError):
    """An ``account/...`` path without a token (``token=`` storage option or ``$FIGSHARE_TOKEN``)."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno = errno.EACCES
        self.filename = path


class UnlistableError(FigshareFSError, OSError):
    """A listing Figshare's API cannot give: every public article, collection or project at once."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno = errno.EOPNOTSUPP
        self.filename = path
