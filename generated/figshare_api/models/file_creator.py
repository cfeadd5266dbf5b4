from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class FileCreator(RequestModel):
    """The ``FileCreator`` object."""

    link: str | Unset
    """Url for an existing file that will not be uploaded to Figshare"""
    md5: str | Unset
    """MD5 sum pre-computed on client side."""
    name: str | Unset
    """File name including the extension; can be omitted only for linked files."""
    size: int | Unset
    """File size in bytes; can be omitted only for linked files."""
    folder_path: str | Unset
    """Unix-style directory path of the file; only available if the file was uploaded within a folder structure"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "link": "link",
        "md5": "md5",
        "name": "name",
        "size": "size",
        "folder_path": "folder_path",
    }

    def __init__(
        self,
        *,
        link: str | Unset = UNSET,
        md5: str | Unset = UNSET,
        name: str | Unset = UNSET,
        size: int | Unset = UNSET,
        folder_path: str | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.link = check(link, str, "FileCreator.link")
        self.md5 = check(md5, str, "FileCreator.md5")
        self.name = check(name, str, "FileCreator.name")
        self.size = check(size, int, "FileCreator.size")
        self.folder_path = check(folder_path, str, "FileCreator.folder_path")
        self.additional_properties = {}
