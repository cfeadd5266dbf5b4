"""Values the sync and async runtimes build for, or read from, the REST API in the same way."""

from __future__ import annotations

from figshare_api.models.file_creator import FileCreator
from figshare_api.types import UNSET

from ._effects import InitiateLink, InitiateUpload
from ._errors import UploadError

__all__ = ["file_creator", "file_id_from_location"]


def file_creator(effect: InitiateUpload | InitiateLink) -> FileCreator:
    if isinstance(effect, InitiateLink):
        return FileCreator(link=effect.link)
    return FileCreator(
        name=effect.name,
        size=effect.size,
        md5=effect.md5,
        folder_path=effect.folder_path if effect.folder_path is not None else UNSET,
    )


def file_id_from_location(location: object, article_id: int) -> int:
    """The new file's id: the last segment of the ``location`` Figshare answers with."""
    last = str(location or "").rstrip("/").rsplit("/", 1)[-1]
    if not last.isdigit():
        raise UploadError(
            f"Figshare created a file but its location {location!r} has no file id", article_id=article_id
        )
    return int(last)
