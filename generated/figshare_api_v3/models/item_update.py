from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ItemUpdate(RequestModel):
    """v3 item update payload. Same shape as ItemCreate; all properties optional (send only what changes inside
    'fields')."""

    item_type_id: int | Unset
    """Item type id (see GET /item_types)."""
    item_type_name: str | Unset
    """Item type name, as an alternative to item_type_id."""
    group_id: int | None | Unset
    """Group to move the item to."""
    is_metadata_record: bool | Unset
    """True if the item has no files (metadata-only)."""
    download_disabled: bool | Unset
    """Disable the download button for this item."""
    resource_doi: str | Unset
    """Resource DOI."""
    resource_title: str | Unset
    """Resource title."""
    fields: ItemUpdateFields | Unset
    """Item-type based metadata, keyed by field name. Holds core fields (title, description, keywords), stock fields
    (e.g. publisher, journal, funding_list), and any custom fields configured for the institution. 'title' is
    required on create. Use the GET /account/{items,collections,projects}/fields catalog endpoints to discover the
    available field names."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "item_type_id": "item_type_id",
        "item_type_name": "item_type_name",
        "group_id": "group_id",
        "is_metadata_record": "is_metadata_record",
        "download_disabled": "download_disabled",
        "resource_doi": "resource_doi",
        "resource_title": "resource_title",
        "fields": "fields",
    }

    def __init__(
        self,
        *,
        item_type_id: int | Unset = UNSET,
        item_type_name: str | Unset = UNSET,
        group_id: int | None | Unset = UNSET,
        is_metadata_record: bool | Unset = UNSET,
        download_disabled: bool | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        resource_title: str | Unset = UNSET,
        fields: ItemUpdateFields | Mapping[str, Any] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.item_type_id = check(item_type_id, int, "ItemUpdate.item_type_id")
        self.item_type_name = check(item_type_name, str, "ItemUpdate.item_type_name")
        self.group_id = check(
            group_id,
            (
                int,
                None,
            ),
            "ItemUpdate.group_id",
        )
        self.is_metadata_record = check(is_metadata_record, bool, "ItemUpdate.is_metadata_record")
        self.download_disabled = check(download_disabled, bool, "ItemUpdate.download_disabled")
        self.resource_doi = check(resource_doi, str, "ItemUpdate.resource_doi")
        self.resource_title = check(resource_title, str, "ItemUpdate.resource_title")
        self.fields = check(fields, ItemUpdateFields, "ItemUpdate.fields")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .item_update_fields import ItemUpdateFields  # noqa: E402
