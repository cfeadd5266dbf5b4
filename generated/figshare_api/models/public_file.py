from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class PublicFile(ResponseModel):
    """The ``PublicFile`` object."""

    id: int | None = None
    """File id"""
    name: str | None = None
    """File name"""
    size: int | None = None
    """File size"""
    is_link_only: bool | None = None
    """True if file is hosted somewhere else"""
    download_url: str | None = None
    """Url for file download"""
    supplied_md5: str | None = None
    """File supplied md5"""
    computed_md5: str | None = None
    """File computed md5"""
    mimetype: str | None = None
    """MIME Type of the file, it defaults to an empty string"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "size": "size",
        "is_link_only": "is_link_only",
        "download_url": "download_url",
        "supplied_md5": "supplied_md5",
        "computed_md5": "computed_md5",
        "mimetype": "mimetype",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PublicFile:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        if _KNOWN.issuperset(src_dict):
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = PublicFile._prepare({})
