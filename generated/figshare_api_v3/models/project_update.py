from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_update_fields import ProjectUpdateFields


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """v3 project update payload. Send only the metadata that changes inside 'fields'. The project group cannot be changed.

    Example:
        {'fields': {'description': 'Updated project description'}}

    """

    fields: ProjectUpdateFields | Unset = UNSET
    """ Item-type based metadata, keyed by field name. Holds core fields (title, description, keywords), stock
    fields (e.g. publisher, journal, funding_list), and any custom fields configured for the institution. 'title' is
    required on create. Use the GET /account/{items,collections,projects}/fields catalog endpoints to discover the
    available field names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_update_fields import ProjectUpdateFields  # noqa: PLC0415

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: ProjectUpdateFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ProjectUpdateFields.from_dict(_fields)

        project_update = cls(
            fields=fields,
        )

        project_update.additional_properties = d
        return project_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
