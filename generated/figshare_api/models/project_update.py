from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_article_field_add import CustomArticleFieldAdd
    from ..models.funding_create import FundingCreate
    from ..models.project_update_custom_fields import ProjectUpdateCustomFields


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    title: str | Unset = UNSET
    """ The title for this project - mandatory. 3 - 1000 characters. """
    description: str | Unset = UNSET
    """ Project description """
    funding: str | Unset = UNSET
    """ Grant number or organization(s) that funded this project. Up to 2000 characters permitted. """
    funding_list: list[FundingCreate] | Unset = UNSET
    """ Funding creation / update items """
    custom_fields: ProjectUpdateCustomFields | Unset = UNSET
    """ List of key, values pairs to be associated with the project """
    custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
    """ List of custom fields values, supersedes custom_fields parameter """
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

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        custom_fields_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields_list, Unset):
            custom_fields_list = []
            for custom_fields_list_item_data in self.custom_fields_list:
                custom_fields_list_item = custom_fields_list_item_data.to_dict()
                custom_fields_list.append(custom_fields_list_item)

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
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_fields_list is not UNSET:
            field_dict["custom_fields_list"] = custom_fields_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_article_field_add import CustomArticleFieldAdd  # noqa: PLC0415
        from ..models.funding_create import FundingCreate  # noqa: PLC0415
        from ..models.project_update_custom_fields import ProjectUpdateCustomFields  # noqa: PLC0415

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

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ProjectUpdateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ProjectUpdateCustomFields.from_dict(_custom_fields)

        _custom_fields_list = d.pop("custom_fields_list", UNSET)
        custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
        if _custom_fields_list is not UNSET:
            custom_fields_list = []
            for custom_fields_list_item_data in _custom_fields_list:
                custom_fields_list_item = CustomArticleFieldAdd.from_dict(custom_fields_list_item_data)

                custom_fields_list.append(custom_fields_list_item)

        project_update = cls(
            title=title,
            description=description,
            funding=funding,
            funding_list=funding_list,
            custom_fields=custom_fields,
            custom_fields_list=custom_fields_list,
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
