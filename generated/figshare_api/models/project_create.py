from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_article_field_add import CustomArticleFieldAdd
    from ..models.funding_create import FundingCreate
    from ..models.project_create_custom_fields import ProjectCreateCustomFields
    from ..models.project_create_fields import ProjectCreateFields


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    title: str | Unset = UNSET
    """ The title for this project. Required, 3 - 1000 characters. Legacy requests send it at the top level;
    requests for institutions with item-type based metadata enabled send it inside the `fields` object, where it is
    validated. Not listed in top-level `required` because those payloads carry it within `fields`. """
    description: str | Unset = UNSET
    """ Project description """
    funding: str | Unset = UNSET
    """ Grant number or organization(s) that funded this project. Up to 2000 characters permitted. """
    funding_list: list[FundingCreate] | Unset = UNSET
    """ Funding creation / update items """
    group_id: int | Unset = UNSET
    """ Only if project type is group. """
    custom_fields: ProjectCreateCustomFields | Unset = UNSET
    """ List of key, values pairs to be associated with the project """
    custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
    """ List of custom fields values, supersedes custom_fields parameter """
    fields: ProjectCreateFields | Unset = UNSET
    """ Institutions with item-type based metadata only: all metadata fields keyed by underlying field name (e.g.
    title, description, funding_list). When present, the fields object is the authoritative source for all metadata;
    top-level metadata keys are ignored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        funding = self.funding

        funding_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_list, Unset):
            funding_list = []
            for funding_list_item_data in self.funding_list:
                funding_list_item = funding_list_item_data.to_dict()
                funding_list.append(funding_list_item)

        group_id = self.group_id

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        custom_fields_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields_list, Unset):
            custom_fields_list = []
            for custom_fields_list_item_data in self.custom_fields_list:
                custom_fields_list_item = custom_fields_list_item_data.to_dict()
                custom_fields_list.append(custom_fields_list_item)

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if funding is not UNSET:
            field_dict["funding"] = funding
        if funding_list is not UNSET:
            field_dict["funding_list"] = funding_list
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_fields_list is not UNSET:
            field_dict["custom_fields_list"] = custom_fields_list
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_article_field_add import CustomArticleFieldAdd  # noqa: PLC0415
        from ..models.funding_create import FundingCreate  # noqa: PLC0415
        from ..models.project_create_custom_fields import ProjectCreateCustomFields  # noqa: PLC0415
        from ..models.project_create_fields import ProjectCreateFields  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        funding = d.pop("funding", UNSET)

        _funding_list = d.pop("funding_list", UNSET)
        funding_list: list[FundingCreate] | Unset = UNSET
        if _funding_list is not UNSET:
            funding_list = []
            for funding_list_item_data in _funding_list:
                funding_list_item = FundingCreate.from_dict(funding_list_item_data)

                funding_list.append(funding_list_item)

        group_id = d.pop("group_id", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ProjectCreateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ProjectCreateCustomFields.from_dict(_custom_fields)

        _custom_fields_list = d.pop("custom_fields_list", UNSET)
        custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
        if _custom_fields_list is not UNSET:
            custom_fields_list = []
            for custom_fields_list_item_data in _custom_fields_list:
                custom_fields_list_item = CustomArticleFieldAdd.from_dict(custom_fields_list_item_data)

                custom_fields_list.append(custom_fields_list_item)

        _fields = d.pop("fields", UNSET)
        fields: ProjectCreateFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ProjectCreateFields.from_dict(_fields)

        project_create = cls(
            title=title,
            description=description,
            funding=funding,
            funding_list=funding_list,
            group_id=group_id,
            custom_fields=custom_fields,
            custom_fields_list=custom_fields_list,
            fields=fields,
        )

        project_create.additional_properties = d
        return project_create

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
