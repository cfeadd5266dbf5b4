from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeline import Timeline


T = TypeVar("T", bound="ArticleWithProject")


@_attrs_define
class ArticleWithProject:
    id: int | None | Unset = UNSET
    """ Unique identifier for article """
    title: None | str | Unset = UNSET
    """ Title of article """
    doi: None | str | Unset = UNSET
    """ DOI """
    handle: None | str | Unset = UNSET
    """ Handle """
    url: None | str | Unset = UNSET
    """ Api endpoint for article """
    url_public_html: None | str | Unset = UNSET
    """ Public site endpoint for article """
    url_public_api: None | str | Unset = UNSET
    """ Public Api endpoint for article """
    url_private_html: None | str | Unset = UNSET
    """ Private site endpoint for article """
    url_private_api: None | str | Unset = UNSET
    """ Private Api endpoint for article """
    timeline: None | Timeline | Unset = UNSET
    thumb: None | str | Unset = UNSET
    """ Thumbnail image """
    defined_type: int | None | Unset = UNSET
    """ Type of article identifier """
    defined_type_name: None | str | Unset = UNSET
    """ Name of the article type identifier """
    resource_doi: None | str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI. """
    resource_title: None | str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title. """
    created_date: None | str | Unset = UNSET
    """ Date when article was created """
    modified_date: None | str | Unset = UNSET
    """ Date when article was last modified """
    published_date: None | str | Unset = UNSET
    """ Date when article was first published, null if not published """
    group_id: int | None | Unset = UNSET
    """ Group ID of the article """
    project_id: int | None | Unset = UNSET
    """ Project id for this article. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timeline import Timeline  # noqa: PLC0415

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

        timeline: dict[str, Any] | None | Unset
        if isinstance(self.timeline, Unset):
            timeline = UNSET
        elif isinstance(self.timeline, Timeline):
            timeline = self.timeline.to_dict()
        else:
            timeline = self.timeline

        thumb: None | str | Unset
        if isinstance(self.thumb, Unset):
            thumb = UNSET
        else:
            thumb = self.thumb

        defined_type: int | None | Unset
        if isinstance(self.defined_type, Unset):
            defined_type = UNSET
        else:
            defined_type = self.defined_type

        defined_type_name: None | str | Unset
        if isinstance(self.defined_type_name, Unset):
            defined_type_name = UNSET
        else:
            defined_type_name = self.defined_type_name

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
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if defined_type is not UNSET:
            field_dict["defined_type"] = defined_type
        if defined_type_name is not UNSET:
            field_dict["defined_type_name"] = defined_type_name
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
        from ..models.timeline import Timeline  # noqa: PLC0415

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

        def _parse_timeline(data: object) -> None | Timeline | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeline_type_1 = Timeline.from_dict(data)

                return timeline_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timeline | Unset, data)

        timeline = _parse_timeline(d.pop("timeline", UNSET))

        thumb = d.pop("thumb", UNSET)

        defined_type = d.pop("defined_type", UNSET)

        defined_type_name = d.pop("defined_type_name", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        group_id = d.pop("group_id", UNSET)

        project_id = d.pop("project_id", UNSET)

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
            modified_date=modified_date,
            published_date=published_date,
            group_id=group_id,
            project_id=project_id,
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
