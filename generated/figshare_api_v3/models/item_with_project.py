from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemWithProject")


@_attrs_define
class ItemWithProject:
    id: int | None | Unset = UNSET
    """ Unique identifier for item """
    title: None | str | Unset = UNSET
    """ Title of item """
    doi: None | str | Unset = UNSET
    """ DOI """
    handle: None | str | Unset = UNSET
    """ Handle """
    url: None | str | Unset = UNSET
    """ Api endpoint for item """
    url_public_html: None | str | Unset = UNSET
    """ Public site endpoint for item """
    url_public_api: None | str | Unset = UNSET
    """ Public Api endpoint for item """
    url_private_html: None | str | Unset = UNSET
    """ Private site endpoint for item """
    url_private_api: None | str | Unset = UNSET
    """ Private Api endpoint for item """
    thumb: None | str | Unset = UNSET
    """ Thumbnail image """
    item_type_id: int | None | Unset = UNSET
    """ Item type id """
    item_type_name: None | str | Unset = UNSET
    """ Item type name """
    resource_doi: None | str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    item DOI. """
    resource_title: None | str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    item title. """
    created_date: None | str | Unset = UNSET
    """ Date when item was created """
    modified_date: None | str | Unset = UNSET
    """ Date when item was last modified """
    published_date: None | str | Unset = UNSET
    """ Date when item was first published, null if not published """
    group_id: int | None | Unset = UNSET
    """ Group ID of the item """
    project_id: int | None | Unset = UNSET
    """ Project id for this item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        url_public_html: None | str | Unset
        if isinstance(self.url_public_html, Unset):
            url_public_html = UNSET
        else:
            url_public_html = self.url_public_html

        url_public_api: None | str | Unset
        if isinstance(self.url_public_api, Unset):
            url_public_api = UNSET
        else:
            url_public_api = self.url_public_api

        url_private_html: None | str | Unset
        if isinstance(self.url_private_html, Unset):
            url_private_html = UNSET
        else:
            url_private_html = self.url_private_html

        url_private_api: None | str | Unset
        if isinstance(self.url_private_api, Unset):
            url_private_api = UNSET
        else:
            url_private_api = self.url_private_api

        thumb: None | str | Unset
        if isinstance(self.thumb, Unset):
            thumb = UNSET
        else:
            thumb = self.thumb

        item_type_id: int | None | Unset
        if isinstance(self.item_type_id, Unset):
            item_type_id = UNSET
        else:
            item_type_id = self.item_type_id

        item_type_name: None | str | Unset
        if isinstance(self.item_type_name, Unset):
            item_type_name = UNSET
        else:
            item_type_name = self.item_type_name

        resource_doi: None | str | Unset
        if isinstance(self.resource_doi, Unset):
            resource_doi = UNSET
        else:
            resource_doi = self.resource_doi

        resource_title: None | str | Unset
        if isinstance(self.resource_title, Unset):
            resource_title = UNSET
        else:
            resource_title = self.resource_title

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

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if doi is not UNSET:
            field_dict["doi"] = doi
        if handle is not UNSET:
            field_dict["handle"] = handle
        if url is not UNSET:
            field_dict["url"] = url
        if url_public_html is not UNSET:
            field_dict["url_public_html"] = url_public_html
        if url_public_api is not UNSET:
            field_dict["url_public_api"] = url_public_api
        if url_private_html is not UNSET:
            field_dict["url_private_html"] = url_private_html
        if url_private_api is not UNSET:
            field_dict["url_private_api"] = url_private_api
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if item_type_name is not UNSET:
            field_dict["item_type_name"] = item_type_name
        if resource_doi is not UNSET:
            field_dict["resource_doi"] = resource_doi
        if resource_title is not UNSET:
            field_dict["resource_title"] = resource_title
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        url = d.pop("url", UNSET)

        url_public_html = d.pop("url_public_html", UNSET)

        url_public_api = d.pop("url_public_api", UNSET)

        url_private_html = d.pop("url_private_html", UNSET)

        url_private_api = d.pop("url_private_api", UNSET)

        thumb = d.pop("thumb", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        item_type_name = d.pop("item_type_name", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        group_id = d.pop("group_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        item_with_project = cls(
            id=id,
            title=title,
            doi=doi,
            handle=handle,
            url=url,
            url_public_html=url_public_html,
            url_public_api=url_public_api,
            url_private_html=url_private_html,
            url_private_api=url_private_api,
            thumb=thumb,
            item_type_id=item_type_id,
            item_type_name=item_type_name,
            resource_doi=resource_doi,
            resource_title=resource_title,
            created_date=created_date,
            modified_date=modified_date,
            published_date=published_date,
            group_id=group_id,
            project_id=project_id,
        )

        item_with_project.additional_properties = d
        return item_with_project

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
