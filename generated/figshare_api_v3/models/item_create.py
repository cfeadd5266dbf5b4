from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ItemCreate(RequestModel):
    """v3 item creation payload. Structural inputs stay top-level; all metadata goes inside 'fields'."""

    item_type_id: int | Unset
    """Item type id (see GET /item_types)."""
    item_type_name: str | Unset
    """Item type name, as an alternative to item_type_id."""
    group_id: int | None | Unset
    """Group to create the item under; omit to use your default group."""
    is_metadata_record: bool | Unset
    """True if the item has no files (metadata-only)."""
    download_disabled: bool | Unset
    """Disable the download button for this item."""
    resource_doi: str | Unset
    """Resource DOI."""
    resource_title: str | Unset
    """Resource title."""
    fields: ItemCreateFields | Unset
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
        fields: ItemCreateFields | Mapping[str, Any] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.item_type_id = check(item_type_id, int, "ItemCreate.item_type_id")
        self.item_type_name = check(item_type_name, str, "ItemCreate.item_type_name")
        self.group_id = check(
            group_id,
            (
                int,
                None,
            ),
            "ItemCreate.group_id",
        )
        self.is_metadata_record = check(is_metadata_record, bool, "ItemCreate.is_metadata_record")
        self.download_disabled = check(download_disabled, bool, "ItemCreate.download_disabled")
        self.resource_doi = check(resource_doi, str, "ItemCreate.resource_doi")
        self.resource_title = check(resource_title, str, "ItemCreate.resource_title")
        self.fields = check(fields, ItemCreateFields, "ItemCreate.fields")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .item_create_fields import ItemCreateFields  # noqa: E402
