from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_update_custom_fields import ArticleUpdateCustomFields
    from ..models.author_input import AuthorInput
    from ..models.custom_article_field_add import CustomArticleFieldAdd
    from ..models.funding_create import FundingCreate
    from ..models.related_material import RelatedMaterial
    from ..models.timeline_update import TimelineUpdate


T = TypeVar("T", bound="ArticleUpdate")


@_attrs_define
class ArticleUpdate:
    title: str | Unset = UNSET
    """ Title of article """
    description: str | Unset = UNSET
    """ The article description. In a publisher case, usually this is the remote article description """
    is_metadata_record: bool | Unset = UNSET
    """ True if article has no files """
    metadata_reason: str | Unset = UNSET
    """ Article metadata reason """
    tags: list[str] | Unset = UNSET
    """ List of tags to be associated with the article. Keywords can be used instead """
    keywords: list[str] | Unset = UNSET
    """ List of tags to be associated with the article. Tags can be used instead """
    references: list[str] | Unset = UNSET
    """ List of links to be associated with the article (e.g ["http://link1", "http://link2", "http://link3"]) """
    related_materials: list[RelatedMaterial] | Unset = UNSET
    """ List of related materials; supersedes references and resource DOI/title. """
    categories: list[int] | Unset = UNSET
    """ List of category ids to be associated with the article(e.g [1, 23, 33, 66]) """
    categories_by_source_id: list[str] | Unset = UNSET
    """ List of category source ids to be associated with the article, supersedes the categories property """
    authors: list[AuthorInput] | Unset = UNSET
    """ List of authors to be associated with the article. The list can contain the following fields: id, name,
    first_name, last_name, email, orcid_id. If an id is supplied, it will take priority and everything else will be
    ignored. For adding more authors use the specific authors endpoint. """
    custom_fields: ArticleUpdateCustomFields | Unset = UNSET
    """ List of key, values pairs to be associated with the article """
    custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
    """ List of custom fields values, supersedes custom_fields parameter """
    defined_type: str | Unset = UNSET
    """ <b>One of:</b> <code>figure</code> <code>online resource</code> <code>preprint</code> <code>book</code>
    <code>conference contribution</code> <code>media</code> <code>dataset</code> <code>poster</code> <code>journal
    contribution</code> <code>presentation</code> <code>thesis</code> <code>software</code> """
    funding: str | Unset = UNSET
    """ Grant number or funding authority """
    funding_list: list[FundingCreate] | Unset = UNSET
    """ Funding creation / update items """
    license_: int | Unset = UNSET
    """ License id for this article. """
    doi: str | Unset = UNSET
    """ Not applicable for regular users. In an institutional case, make sure your group supports setting DOIs. This
    setting is applied by figshare via opening a ticket through our support/helpdesk system. """
    handle: str | Unset = UNSET
    """ Not applicable for regular users. In an institutional case, make sure your group supports setting Handles.
    This setting is applied by figshare via opening a ticket through our support/helpdesk system. """
    resource_doi: str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI. """
    resource_title: str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title. """
    timeline: TimelineUpdate | Unset = UNSET
    """ Legacy timeline input (used by /v2/account/articles). Items with item-type based metadata do not use this
    object — pass dates as stock fields inside fields: {} instead. """
    download_disabled: bool | Unset = UNSET
    """ If true, downloading of files for this article is disabled """
    group_id: int | Unset = UNSET
    """ Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        is_metadata_record = self.is_metadata_record

        metadata_reason = self.metadata_reason

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        references: list[str] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references

        related_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_materials, Unset):
            related_materials = []
            for related_materials_item_data in self.related_materials:
                related_materials_item = related_materials_item_data.to_dict()
                related_materials.append(related_materials_item)

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        categories_by_source_id: list[str] | Unset = UNSET
        if not isinstance(self.categories_by_source_id, Unset):
            categories_by_source_id = self.categories_by_source_id

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        custom_fields_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields_list, Unset):
            custom_fields_list = []
            for custom_fields_list_item_data in self.custom_fields_list:
                custom_fields_list_item = custom_fields_list_item_data.to_dict()
                custom_fields_list.append(custom_fields_list_item)

        defined_type = self.defined_type

        funding = self.funding

        funding_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_list, Unset):
            funding_list = []
            for funding_list_item_data in self.funding_list:
                funding_list_item = funding_list_item_data.to_dict()
                funding_list.append(funding_list_item)

        license_ = self.license_

        doi = self.doi

        handle = self.handle

        resource_doi = self.resource_doi

        resource_title = self.resource_title

        timeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeline, Unset):
            timeline = self.timeline.to_dict()

        download_disabled = self.download_disabled

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if is_metadata_record is not UNSET:
            field_dict["is_metadata_record"] = is_metadata_record
        if metadata_reason is not UNSET:
            field_dict["metadata_reason"] = metadata_reason
        if tags is not UNSET:
            field_dict["tags"] = tags
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if references is not UNSET:
            field_dict["references"] = references
        if related_materials is not UNSET:
            field_dict["related_materials"] = related_materials
        if categories is not UNSET:
            field_dict["categories"] = categories
        if categories_by_source_id is not UNSET:
            field_dict["categories_by_source_id"] = categories_by_source_id
        if authors is not UNSET:
            field_dict["authors"] = authors
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_fields_list is not UNSET:
            field_dict["custom_fields_list"] = custom_fields_list
        if defined_type is not UNSET:
            field_dict["defined_type"] = defined_type
        if funding is not UNSET:
            field_dict["funding"] = funding
        if funding_list is not UNSET:
            field_dict["funding_list"] = funding_list
        if license_ is not UNSET:
            field_dict["license"] = license_
        if doi is not UNSET:
            field_dict["doi"] = doi
        if handle is not UNSET:
            field_dict["handle"] = handle
        if resource_doi is not UNSET:
            field_dict["resource_doi"] = resource_doi
        if resource_title is not UNSET:
            field_dict["resource_title"] = resource_title
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if download_disabled is not UNSET:
            field_dict["download_disabled"] = download_disabled
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_update_custom_fields import ArticleUpdateCustomFields  # noqa: PLC0415
        from ..models.author_input import AuthorInput  # noqa: PLC0415
        from ..models.custom_article_field_add import CustomArticleFieldAdd  # noqa: PLC0415
        from ..models.funding_create import FundingCreate  # noqa: PLC0415
        from ..models.related_material import RelatedMaterial  # noqa: PLC0415
        from ..models.timeline_update import TimelineUpdate  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        is_metadata_record = d.pop("is_metadata_record", UNSET)

        metadata_reason = d.pop("metadata_reason", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        keywords = cast(list[str], d.pop("keywords", UNSET))

        references = cast(list[str], d.pop("references", UNSET))

        _related_materials = d.pop("related_materials", UNSET)
        related_materials: list[RelatedMaterial] | Unset = UNSET
        if _related_materials is not UNSET:
            related_materials = []
            for related_materials_item_data in _related_materials:
                related_materials_item = RelatedMaterial.from_dict(related_materials_item_data)

                related_materials.append(related_materials_item)

        categories = cast(list[int], d.pop("categories", UNSET))

        categories_by_source_id = cast(list[str], d.pop("categories_by_source_id", UNSET))

        _authors = d.pop("authors", UNSET)
        authors: list[AuthorInput] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = AuthorInput.from_dict(authors_item_data)

                authors.append(authors_item)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ArticleUpdateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ArticleUpdateCustomFields.from_dict(_custom_fields)

        _custom_fields_list = d.pop("custom_fields_list", UNSET)
        custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
        if _custom_fields_list is not UNSET:
            custom_fields_list = []
            for custom_fields_list_item_data in _custom_fields_list:
                custom_fields_list_item = CustomArticleFieldAdd.from_dict(custom_fields_list_item_data)

                custom_fields_list.append(custom_fields_list_item)

        defined_type = d.pop("defined_type", UNSET)

        funding = d.pop("funding", UNSET)

        _funding_list = d.pop("funding_list", UNSET)
        funding_list: list[FundingCreate] | Unset = UNSET
        if _funding_list is not UNSET:
            funding_list = []
            for funding_list_item_data in _funding_list:
                funding_list_item = FundingCreate.from_dict(funding_list_item_data)

                funding_list.append(funding_list_item)

        license_ = d.pop("license", UNSET)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        _timeline = d.pop("timeline", UNSET)
        timeline: TimelineUpdate | Unset
        if isinstance(_timeline, Unset):
            timeline = UNSET
        else:
            timeline = TimelineUpdate.from_dict(_timeline)

        download_disabled = d.pop("download_disabled", UNSET)

        group_id = d.pop("group_id", UNSET)

        article_update = cls(
            title=title,
            description=description,
            is_metadata_record=is_metadata_record,
            metadata_reason=metadata_reason,
            tags=tags,
            keywords=keywords,
            references=references,
            related_materials=related_materials,
            categories=categories,
            categories_by_source_id=categories_by_source_id,
            authors=authors,
            custom_fields=custom_fields,
            custom_fields_list=custom_fields_list,
            defined_type=defined_type,
            funding=funding,
            funding_list=funding_list,
            license_=license_,
            doi=doi,
            handle=handle,
            resource_doi=resource_doi,
            resource_title=resource_title,
            timeline=timeline,
            download_disabled=download_disabled,
            group_id=group_id,
        )

        article_update.additional_properties = d
        return article_update

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
