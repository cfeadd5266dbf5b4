from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class ItemCompletePrivateFieldsType0(ResponseModel):
    """Item-type based metadata field values keyed by field name. Only present for items with item-type based metadata
    enabled. Scalar/text/date/dropdown stock fields and custom fields are returned as-is. Relational fields are
    hydrated on GET as follows: authors → [{id, name, first_name, last_name, is_active, url_name, orcid_id,
    affiliations}]; funding_list → [{id, title, grant_code, funder_name, is_user_defined, url}] (url only when a
    Dimensions grant id exists); related_materials → [{id, title, relation, identifier, identifier_type}];
    categories → [{id, title, parent_id, path, source_id, taxonomy_id}]; licence → {id, value, name, url}."""

    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemCompletePrivateFieldsType0:
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


_KNOWN = ItemCompletePrivateFieldsType0._prepare({})
