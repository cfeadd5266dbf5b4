from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class CustomArticleField(ResponseModel):
    """The ``CustomArticleField`` object."""

    name: str | None = None
    """Custom metadata name"""
    value: str | list[str] | None = None
    """Custom metadata value (can be either a string or an array of strings)"""
    field_type: str | None = None
    """Custom field type"""
    settings: CustomArticleFieldSettingsType0 | None = None
    """Settings for the custom field"""
    order: int | None = None
    """Order of the custom field"""
    is_mandatory: bool | None = None
    """Whether the field is mandatory or not"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "name": "name",
        "value": "value",
        "field_type": "field_type",
        "settings": "settings",
        "order": "order",
        "is_mandatory": "is_mandatory",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CustomArticleField:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.name = get("name")
        model.value = get("value")
        model.field_type = get("field_type")
        v = get("settings")
        model.settings = CustomArticleFieldSettingsType0.from_dict(v) if type(v) is dict else v
        model.order = get("order")
        model.is_mandatory = get("is_mandatory")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(CustomArticleField._fields)

# At the end: models may refer to each other.

from .custom_article_field_settings_type_0 import CustomArticleFieldSettingsType0  # noqa: E402
