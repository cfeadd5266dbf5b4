from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.author_input import AuthorInput
    from ..models.collection_create_custom_fields import CollectionCreateCustomFields
    from ..models.collection_create_fields import CollectionCreateFields
    from ..models.custom_article_field_add import CustomArticleFieldAdd
    from ..models.funding_create import FundingCreate
    from ..models.related_material import RelatedMaterial
    from ..models.timeline_update import TimelineUpdate


T = TypeVar("T", bound="CollectionCreate")


@_attrs_define
class CollectionCreate:
    funding: str | Unset = UNSET
    """ Grant number or funding authority """
    funding_list: list[FundingCreate] | Unset = UNSET
    """ Funding creation / update items """
    title: str | Unset = UNSET
    """ Title of the collection. Required. Legacy requests send it at the top level; requests for institutions with
    item-type based metadata enabled send it inside the `fields` object, where it is validated. Not listed in top-
    level `required` because those payloads carry it within `fields`. """
    description: str | Unset = UNSET
    """ The collection description. In a publisher case, usually this is the remote collection description """
    articles: list[int] | Unset = UNSET
    """ List of articles to be associated with the collection """
    authors: list[AuthorInput] | Unset = UNSET
    """ List of authors to be associated with the collection. The list can contain the following fields: id, name,
    first_name, last_name, email, orcid_id. If an id is supplied, it will take priority and everything else will be
    ignored. For adding more authors use the specific authors endpoint. """
    categories: list[int] | Unset = UNSET
    """ List of category ids to be associated with the collection(e.g [1, 23, 33, 66]) """
    categories_by_source_id: list[str] | Unset = UNSET
    """ List of category source ids to be associated with the collection, supersedes the categories property """
    tags: list[str] | Unset = UNSET
    """ List of tags to be associated with the collection. Keywords can be used instead """
    keywords: list[str] | Unset = UNSET
    """ List of tags to be associated with the collection. Tags can be used instead """
    references: list[str] | Unset = UNSET
    """ List of links to be associated with the collection (e.g ["http://link1", "http://link2", "http://link3"])
    """
    related_materials: list[RelatedMaterial] | Unset = UNSET
    """ List of related materials; supersedes references and resource DOI/title. """
    custom_fields: CollectionCreateCustomFields | Unset = UNSET
    """ List of key, values pairs to be associated with the collection """
    custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
    """ List of custom fields values, supersedes custom_fields parameter """
    doi: str | Unset = UNSET
    """ Not applicable for regular users. In an institutional case, make sure your group supports setting DOIs. This
    setting is applied by figshare via opening a ticket through our support/helpdesk system. """
    handle: str | Unset = UNSET
    """ Not applicable for regular users. In an institutional case, make sure your group supports setting Handles.
    This setting is applied by figshare via opening a ticket through our support/helpdesk system. """
    resource_id: str | Unset = UNSET
    """ Not applicable to regular users. In a publisher case, this is the publisher article id """
    resource_doi: str | Unset = UNSET
    """ Not applicable to regular users. In a publisher case, this is the publisher article DOI. """
    resource_link: str | Unset = UNSET
    """ Not applicable to regular users. In a publisher case, this is the publisher article link """
    resource_title: str | Unset = UNSET
    """ Not applicable to regular users. In a publisher case, this is the publisher article title. """
    resource_version: int | Unset = UNSET
    """ Not applicable to regular users. In a publisher case, this is the publisher article version """
    group_id: int | Unset = UNSET
    """ Not applicable to regular users. This field is reserved to institutions/publishers with access to assign to
    specific groups """
    timeline: TimelineUpdate | Unset = UNSET
    """ Legacy timeline input (used by /v2/account/articles). Items with item-type based metadata do not use this
    object — pass dates as stock fields inside fields: {} instead. """
    fields: CollectionCreateFields | Unset = UNSET
    """ Institutions with item-type based metadata only: all metadata fields keyed by underlying field name (e.g.
    title, description, keywords, publisher, funding_list). When present, the fields object is the authoritative
    source for all metadata; top-level metadata keys are ignored. `categories` inside `fields` is a list of objects,
    each identified by either an `id` (integer) or a `source_id` (string); entries may be mixed. Unresolved
    `source_id` values are reported in the response `warnings` array. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        funding = self.funding

        funding_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_list, Unset):
            funding_list = []
            for funding_list_item_data in self.funding_list:
                funding_list_item = funding_list_item_data.to_dict()
                funding_list.append(funding_list_item)

        title = self.title

        description = self.description

        articles: list[int] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = self.articles

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        categories_by_source_id: list[str] | Unset = UNSET
        if not isinstance(self.categories_by_source_id, Unset):
            categories_by_source_id = self.categories_by_source_id

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

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        custom_fields_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields_list, Unset):
            custom_fields_list = []
            for custom_fields_list_item_data in self.custom_fields_list:
                custom_fields_list_item = custom_fields_list_item_data.to_dict()
                custom_fields_list.append(custom_fields_list_item)

        doi = self.doi

        handle = self.handle

        resource_id = self.resource_id

        resource_doi = self.resource_doi

        resource_link = self.resource_link

        resource_title = self.resource_title

        resource_version = self.resource_version

        group_id = self.group_id

        timeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeline, Unset):
            timeline = self.timeline.to_dict()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funding is not UNSET:
            field_dict["funding"] = funding
        if funding_list is not UNSET:
            field_dict["funding_list"] = funding_list
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if articles is not UNSET:
            field_dict["articles"] = articles
        if authors is not UNSET:
            field_dict["authors"] = authors
        if categories is not UNSET:
            field_dict["categories"] = categories
        if categories_by_source_id is not UNSET:
            field_dict["categories_by_source_id"] = categories_by_source_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if references is not UNSET:
            field_dict["references"] = references
        if related_materials is not UNSET:
            field_dict["related_materials"] = related_materials
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if custom_fields_list is not UNSET:
            field_dict["custom_fields_list"] = custom_fields_list
        if doi is not UNSET:
            field_dict["doi"] = doi
        if handle is not UNSET:
            field_dict["handle"] = handle
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_doi is not UNSET:
            field_dict["resource_doi"] = resource_doi
        if resource_link is not UNSET:
            field_dict["resource_link"] = resource_link
        if resource_title is not UNSET:
            field_dict["resource_title"] = resource_title
        if resource_version is not UNSET:
            field_dict["resource_version"] = resource_version
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.author_input import AuthorInput  # noqa: PLC0415
        from ..models.collection_create_custom_fields import CollectionCreateCustomFields  # noqa: PLC0415
        from ..models.collection_create_fields import CollectionCreateFields  # noqa: PLC0415
        from ..models.custom_article_field_add import CustomArticleFieldAdd  # noqa: PLC0415
        from ..models.funding_create import FundingCreate  # noqa: PLC0415
        from ..models.related_material import RelatedMaterial  # noqa: PLC0415
        from ..models.timeline_update import TimelineUpdate  # noqa: PLC0415

        d = dict(src_dict)
        funding = d.pop("funding", UNSET)

        _funding_list = d.pop("funding_list", UNSET)
        funding_list: list[FundingCreate] | Unset = UNSET
        if _funding_list is not UNSET:
            funding_list = []
            for funding_list_item_data in _funding_list:
                funding_list_item = FundingCreate.from_dict(funding_list_item_data)

                funding_list.append(funding_list_item)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        articles = cast(list[int], d.pop("articles", UNSET))

        _authors = d.pop("authors", UNSET)
        authors: list[AuthorInput] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = AuthorInput.from_dict(authors_item_data)

                authors.append(authors_item)

        categories = cast(list[int], d.pop("categories", UNSET))

        categories_by_source_id = cast(list[str], d.pop("categories_by_source_id", UNSET))

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

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CollectionCreateCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CollectionCreateCustomFields.from_dict(_custom_fields)

        _custom_fields_list = d.pop("custom_fields_list", UNSET)
        custom_fields_list: list[CustomArticleFieldAdd] | Unset = UNSET
        if _custom_fields_list is not UNSET:
            custom_fields_list = []
            for custom_fields_list_item_data in _custom_fields_list:
                custom_fields_list_item = CustomArticleFieldAdd.from_dict(custom_fields_list_item_data)

                custom_fields_list.append(custom_fields_list_item)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_link = d.pop("resource_link", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        resource_version = d.pop("resource_version", UNSET)

        group_id = d.pop("group_id", UNSET)

        _timeline = d.pop("timeline", UNSET)
        timeline: TimelineUpdate | Unset
        if isinstance(_timeline, Unset):
            timeline = UNSET
        else:
            timeline = TimelineUpdate.from_dict(_timeline)

        _fields = d.pop("fields", UNSET)
        fields: CollectionCreateFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = CollectionCreateFields.from_dict(_fields)

        collection_create = cls(
            funding=funding,
            funding_list=funding_list,
            title=title,
            description=description,
            articles=articles,
            authors=authors,
            categories=categories,
            categories_by_source_id=categories_by_source_id,
            tags=tags,
            keywords=keywords,
            references=references,
            related_materials=related_materials,
            custom_fields=custom_fields,
            custom_fields_list=custom_fields_list,
            doi=doi,
            handle=handle,
            resource_id=resource_id,
            resource_doi=resource_doi,
            resource_link=resource_link,
            resource_title=resource_title,
            resource_version=resource_version,
            group_id=group_id,
            timeline=timeline,
            fields=fields,
        )

        collection_create.additional_properties = d
        return collection_create

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
