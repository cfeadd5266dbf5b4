"""Errors of the `figshare://` filesystem: each is a `figshare.FigshareError` and also the matching built-in
error, so that pandas, Dask and fsspec's helpers (``exists``, ``glob``, ``walk``) react to them as usual."""

from __future__ import annotations

import errno
from typing import Any, ClassVar

from figshare.errors import FigshareError


class FigshareFSError(FigshareError):
    """Base class of the errors of `figshare.fs.FigshareFileSystem`.

    Attributes:
        path: the ``figshare://`` path concerned (without the protocol), if any.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class _BuiltinError(FigshareFSError, OSError):
    """Sets the ``errno`` and ``filename`` of the built-in error a subclass also is."""

    _errno: ClassVar[int]

    def __init_subclass__(cls, errno_code: int | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if errno_code is not None:
            cls._errno = errno_code

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.errno, self.filename = self._errno, path


class FigsharePathNotFoundError(_BuiltinError, FileNotFoundError, errno_code=errno.ENOENT):
    """No such article, article version, collection, project, folder or file (or not visible to you: Figshare
    answers "not found" for items your token may not see)."""


class FigshareIsADirectoryError(_BuiltinError, IsADirectoryError, errno_code=errno.EISDIR):
    """A file operation (open, cat, a write, a non-recursive rm) on a folder or an article."""


class FigshareFileExistsError(_BuiltinError, FileExistsError, errno_code=errno.EEXIST):
    """An exclusive write (``"xb"``, ``mode="create"``) to a path that names a file already."""


class ReadOnlyPathError(_BuiltinError, PermissionError, errno_code=errno.EROFS):
    """A write (``open(..., "wb")``, ``put``, ``rm``) to a path that is not a file of your own article:
    public paths (``articles/...``, ``collections/...``, ``projects/...``) are read-only."""


class TokenRequiredError(_BuiltinError, PermissionError, errno_code=errno.EACCES):
    """An ``account/...`` path without a token (``token=`` storage option or ``$FIGSHARE_TOKEN``)."""


class UnlistableError(_BuiltinError, errno_code=errno.EOPNOTSUPP):
    """A listing Figshare's API cannot give: every public article, collection or project at once."""
