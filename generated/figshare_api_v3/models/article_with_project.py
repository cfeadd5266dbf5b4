from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeline import Timeline


T = TypeVar("T", bound="ArticleWithProject")


@_attrs_define
class ArticleWithProject:
    id: int
    """ Unique identifier for article """
    title: str
    """ Title of article """
    doi: str
    """ DOI """
    handle: str
    """ Handle """
    url: str
    """ Api endpoint for article """
    url_public_html: str
    """ Public site endpoint for article """
    url_public_api: str
    """ Public Api endpoint for article """
    url_private_html: str
    """ Private site endpoint for article """
    url_private_api: str
    """ Private Api endpoint for article """
    timeline: Timeline
    thumb: str
    """ Thumbnail image """
    defined_type: int
    """ Type of article identifier """
    defined_type_name: str
    """ Name of the article type identifier """
    resource_doi: str
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI. """
    resource_title: str
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title. """
    created_date: str
    """ Date when article was created """
    project_id: int
    """ Project id for this article. """
    modified_date: str | Unset = UNSET
    """ Date when article was last modified """
    published_date: str | Unset = UNSET
    """ Date when article was first published, null if not published """
    group_id: int | Unset = UNSET
    """ Group ID of the article """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        doi = self.doi

        handle = self.handle

        url = self.url

        url_public_html = self.url_public_html

        url_public_api = self.url_public_api

        url_private_html = self.url_private_html

        url_private_api = self.url_private_api

        timeline = self.timeline.to_dict()

        thumb = self.thumb

        defined_type = self.defined_type

        defined_type_name = self.defined_type_name

        resource_doi = self.resource_doi

        resource_title = self.resource_title

        created_date = self.created_date

        project_id = self.project_id

        modified_date = self.modified_date

        published_date = self.published_date

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "doi": doi,
                "handle": handle,
                "url": url,
                "url_public_html": url_public_html,
                "url_public_api": url_public_api,
                "url_private_html": url_private_html,
                "url_private_api": url_private_api,
                "timeline": timeline,
                "thumb": thumb,
                "defined_type": defined_type,
                "defined_type_name": defined_type_name,
                "resource_doi": resource_doi,
                "resource_title": resource_title,
                "created_date": created_date,
                "project_id": project_id,
            }
        )
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline import Timeline  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        doi = d.pop("doi")

        handle = d.pop("handle")

        url = d.pop("url")

        url_public_html = d.pop("url_public_html")

        url_public_api = d.pop("url_public_api")

        url_private_html = d.pop("url_private_html")

        url_private_api = d.pop("url_private_api")

        timeline = Timeline.from_dict(d.pop("timeline"))

        thumb = d.pop("thumb")

        defined_type = d.pop("defined_type")

        defined_type_name = d.pop("defined_type_name")

        resource_doi = d.pop("resource_doi")

        resource_title = d.pop("resource_title")

        created_date = d.pop("created_date")

        project_id = d.pop("project_id")

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        group_id = d.pop("group_id", UNSET)

        article_with_project = cls(
            id=id,
            title=title,
            doi=doi,
            handle=handle,
            url=url,
            url_public_html=url_public_html,
            url_public_api=url_public_api,
            url_private_html=url_private_html,
            url_private_api=url_private_api,
            timeline=timeline,
            thumb=thumb,
            defined_type=defined_type,
            defined_type_name=defined_type_name,
            resource_doi=resource_doi,
            resource_title=resource_title,
            created_date=created_date,
            project_id=project_id,
            modified_date=modified_date,
            published_date=published_date,
            group_id=group_id,
        )

        article_with_project.additional_properties = d
        return article_with_project

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
