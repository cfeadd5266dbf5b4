from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collaborator import Collaborator
    from ..models.project_complete_fields_type_0 import ProjectCompleteFieldsType0


T = TypeVar("T", bound="ProjectComplete")


@_attrs_define
class ProjectComplete:
    id: int | None | Unset = UNSET
    """ Project id """
    url: None | str | Unset = UNSET
    """ Api endpoint """
    collaborators: list[Collaborator] | None | Unset = UNSET
    """ List of project collaborators """
    figshare_url: None | str | Unset = UNSET
    """ Article public url """
    created_date: None | str | Unset = UNSET
    """ Date when project was created """
    modified_date: None | str | Unset = UNSET
    """ Date when project was last modified """
    published_date: None | str | Unset = UNSET
    """ Date when first published """
    fields: None | ProjectCompleteFieldsType0 | Unset = UNSET
    """ Item-type based metadata stock field values keyed by field name (e.g. funding_list). Only present when the
    project belongs to an institution with item-type based metadata enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_complete_fields_type_0 import ProjectCompleteFieldsType0  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        collaborators: list[dict[str, Any]] | None | Unset
        if isinstance(self.collaborators, Unset):
            collaborators = UNSET
        elif isinstance(self.collaborators, list):
            collaborators = []
            for collaborators_type_0_item_data in self.collaborators:
                collaborators_type_0_item = collaborators_type_0_item_data.to_dict()
                collaborators.append(collaborators_type_0_item)

        else:
            collaborators = self.collaborators

        figshare_url: None | str | Unset
        if isinstance(self.figshare_url, Unset):
            figshare_url = UNSET
        else:
            figshare_url = self.figshare_url

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        else:
            published_date = self.published_date

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, ProjectCompleteFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if figshare_url is not UNSET:
            field_dict["figshare_url"] = figshare_url
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collaborator import Collaborator  # noqa: PLC0415
        from ..models.project_complete_fields_type_0 import ProjectCompleteFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        def _parse_collaborators(data: object) -> list[Collaborator] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collaborators_type_0 = []
                _collaborators_type_0 = data
                for collaborators_type_0_item_data in _collaborators_type_0:
                    collaborators_type_0_item = Collaborator.from_dict(collaborators_type_0_item_data)

                    collaborators_type_0.append(collaborators_type_0_item)

                return collaborators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Collaborator] | None | Unset, data)

        collaborators = _parse_collaborators(d.pop("collaborators", UNSET))

        figshare_url = d.pop("figshare_url", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        def _parse_fields(data: object) -> None | ProjectCompleteFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = ProjectCompleteFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCompleteFieldsType0 | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        project_complete = cls(
            id=id,
            url=url,
            collaborators=collaborators,
            figshare_url=figshare_url,
            created_date=created_date,
            modified_date=modified_date,
            published_date=published_date,
            fields=fields,
        )

        project_complete.additional_properties = d
        return project_complete

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
