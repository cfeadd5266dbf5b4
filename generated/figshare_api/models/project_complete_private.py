from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collaborator import Collaborator
    from ..models.funding_information import FundingInformation
    from ..models.project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0
    from ..models.short_custom_field import ShortCustomField


T = TypeVar("T", bound="ProjectCompletePrivate")


@_attrs_define
class ProjectCompletePrivate:
    url: None | str | Unset = UNSET
    """ Api endpoint """
    id: int | None | Unset = UNSET
    """ Project id """
    title: None | str | Unset = UNSET
    """ Project title """
    created_date: None | str | Unset = UNSET
    """ Date when project was created """
    modified_date: None | str | Unset = UNSET
    """ Date when project was last modified """
    published_date: None | str | Unset = UNSET
    """ Date when project was first published, null if not published """
    role: None | str | Unset = UNSET
    """ Role inside this project """
    storage: None | str | Unset = UNSET
    """ Project storage type """
    funding: None | str | Unset = UNSET
    """ Project funding """
    funding_list: list[FundingInformation] | None | Unset = UNSET
    """ Full Project funding information """
    description: None | str | Unset = UNSET
    """ Project description """
    collaborators: list[Collaborator] | None | Unset = UNSET
    """ List of project collaborators """
    quota: int | None | Unset = UNSET
    """ Project quota """
    used_quota: int | None | Unset = UNSET
    """ Project used quota """
    used_quota_private: int | None | Unset = UNSET
    """ Project private quota used """
    used_quota_public: int | None | Unset = UNSET
    """ Project public quota used """
    group_id: int | None | Unset = UNSET
    """ Group of project if any """
    account_id: int | None | Unset = UNSET
    """ ID of the account owning the project """
    custom_fields: list[ShortCustomField] | None | Unset = UNSET
    """ Collection custom fields """
    fields: None | ProjectCompletePrivateFieldsType0 | Unset = UNSET
    """ Item-type based metadata stock field values keyed by field name (e.g. funding_list). Only present when the
    project belongs to an institution with item-type based metadata enabled. """
    figshare_url: None | str | Unset = UNSET
    """ Project public url """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0  # noqa: PLC0415

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        storage: None | str | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        funding: None | str | Unset
        if isinstance(self.funding, Unset):
            funding = UNSET
        else:
            funding = self.funding

        funding_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.funding_list, Unset):
            funding_list = UNSET
        elif isinstance(self.funding_list, list):
            funding_list = []
            for funding_list_type_0_item_data in self.funding_list:
                funding_list_type_0_item = funding_list_type_0_item_data.to_dict()
                funding_list.append(funding_list_type_0_item)

        else:
            funding_list = self.funding_list

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        used_quota: int | None | Unset
        if isinstance(self.used_quota, Unset):
            used_quota = UNSET
        else:
            used_quota = self.used_quota

        used_quota_private: int | None | Unset
        if isinstance(self.used_quota_private, Unset):
            used_quota_private = UNSET
        else:
            used_quota_private = self.used_quota_private

        used_quota_public: int | None | Unset
        if isinstance(self.used_quota_public, Unset):
            used_quota_public = UNSET
        else:
            used_quota_public = self.used_quota_public

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, ProjectCompletePrivateFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        figshare_url: None | str | Unset
        if isinstance(self.figshare_url, Unset):
            figshare_url = UNSET
        else:
            figshare_url = self.figshare_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if role is not UNSET:
            field_dict["role"] = role
        if storage is not UNSET:
            field_dict["storage"] = storage
        if funding is not UNSET:
            field_dict["funding"] = funding
        if funding_list is not UNSET:
            field_dict["funding_list"] = funding_list
        if description is not UNSET:
            field_dict["description"] = description
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators
        if quota is not UNSET:
            field_dict["quota"] = quota
        if used_quota is not UNSET:
            field_dict["used_quota"] = used_quota
        if used_quota_private is not UNSET:
            field_dict["used_quota_private"] = used_quota_private
        if used_quota_public is not UNSET:
            field_dict["used_quota_public"] = used_quota_public
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if fields is not UNSET:
            field_dict["fields"] = fields
        if figshare_url is not UNSET:
            field_dict["figshare_url"] = figshare_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collaborator import Collaborator  # noqa: PLC0415
        from ..models.funding_information import FundingInformation  # noqa: PLC0415
        from ..models.project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0  # noqa: PLC0415
        from ..models.short_custom_field import ShortCustomField  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        role = d.pop("role", UNSET)

        storage = d.pop("storage", UNSET)

        funding = d.pop("funding", UNSET)

        def _parse_funding_list(data: object) -> list[FundingInformation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                funding_list_type_0 = []
                _funding_list_type_0 = data
                for funding_list_type_0_item_data in _funding_list_type_0:
                    funding_list_type_0_item = FundingInformation.from_dict(funding_list_type_0_item_data)

                    funding_list_type_0.append(funding_list_type_0_item)

                return funding_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FundingInformation] | None | Unset, data)

        funding_list = _parse_funding_list(d.pop("funding_list", UNSET))

        description = d.pop("description", UNSET)

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

        quota = d.pop("quota", UNSET)

        used_quota = d.pop("used_quota", UNSET)

        used_quota_private = d.pop("used_quota_private", UNSET)

        used_quota_public = d.pop("used_quota_public", UNSET)

        group_id = d.pop("group_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        def _parse_custom_fields(data: object) -> list[ShortCustomField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = ShortCustomField.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ShortCustomField] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        def _parse_fields(data: object) -> None | ProjectCompletePrivateFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = ProjectCompletePrivateFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCompletePrivateFieldsType0 | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        figshare_url = d.pop("figshare_url", UNSET)

        project_complete_private = cls(
            url=url,
            id=id,
            title=title,
            created_date=created_date,
            modified_date=modified_date,
            published_date=published_date,
            role=role,
            storage=storage,
            funding=funding,
            funding_list=funding_list,
            description=description,
            collaborators=collaborators,
            quota=quota,
            used_quota=used_quota,
            used_quota_private=used_quota_private,
            used_quota_public=used_quota_public,
            group_id=group_id,
            account_id=account_id,
            custom_fields=custom_fields,
            fields=fields,
            figshare_url=figshare_url,
        )

        project_complete_private.additional_properties = d
        return project_complete_private

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
