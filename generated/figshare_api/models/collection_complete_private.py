from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.author import Author
    from ..models.category import Category
    from ..models.collection_complete_private_fields_type_0 import CollectionCompletePrivateFieldsType0
    from ..models.custom_article_field import CustomArticleField
    from ..models.funding_information import FundingInformation
    from ..models.related_material_response import RelatedMaterialResponse
    from ..models.timeline import Timeline


T = TypeVar("T", bound="CollectionCompletePrivate")


@_attrs_define
class CollectionCompletePrivate:
    id: int | None | Unset = UNSET
    """ Collection id """
    title: None | str | Unset = UNSET
    """ Collection title """
    doi: None | str | Unset = UNSET
    """ Collection DOI """
    handle: None | str | Unset = UNSET
    """ Collection Handle """
    url: None | str | Unset = UNSET
    """ Api endpoint """
    timeline: None | Timeline | Unset = UNSET
    published_date: None | str | Unset = UNSET
    """ Date when collection was first published, null if not published """
    account_id: int | None | Unset = UNSET
    """ ID of the account owning the collection """
    funding: list[FundingInformation] | None | Unset = UNSET
    """ Full Collection funding information """
    resource_id: None | str | Unset = UNSET
    """ Collection resource id """
    resource_doi: None | str | Unset = UNSET
    """ Collection resource doi """
    resource_title: None | str | Unset = UNSET
    """ Collection resource title """
    resource_link: None | str | Unset = UNSET
    """ Collection resource link """
    resource_version: int | None | Unset = UNSET
    """ Collection resource version """
    version: int | None | Unset = UNSET
    """ Collection version """
    description: None | str | Unset = UNSET
    """ Collection description """
    categories: list[Category] | None | Unset = UNSET
    """ List of collection categories """
    references: list[str] | None | Unset = UNSET
    """ List of collection references """
    related_materials: list[RelatedMaterialResponse] | None | Unset = UNSET
    """ List of related materials; supersedes references and resource DOI/title. """
    tags: list[str] | None | Unset = UNSET
    """ List of collection tags. Keywords can be used instead """
    keywords: list[str] | None | Unset = UNSET
    """ List of collection keywords. Tags can be used instead """
    authors: list[Author] | None | Unset = UNSET
    """ List of collection authors """
    institution_id: int | None | Unset = UNSET
    """ Collection institution """
    group_id: int | None | Unset = UNSET
    """ Collection group """
    articles_count: int | None | Unset = UNSET
    """ Number of articles in collection """
    public: bool | None | Unset = UNSET
    """ True if collection is published """
    citation: None | str | Unset = UNSET
    """ Collection citation """
    custom_fields: list[CustomArticleField] | None | Unset = UNSET
    """ Collection custom fields """
    modified_date: None | str | Unset = UNSET
    """ Date when collection was last modified """
    created_date: None | str | Unset = UNSET
    """ Date when collection was created """
    fields: CollectionCompletePrivateFieldsType0 | None | Unset = UNSET
    """ Item-type based metadata field values keyed by field name. Only present when the collection belongs to an
    institution with item-type based metadata enabled. Scalar/text stock fields (e.g. publisher) and custom fields
    are returned as-is. Relational fields are hydrated on GET as follows: authors → [{id, name, first_name,
    last_name, is_active, url_name, orcid_id, affiliations}]; funding_list → [{id, title, grant_code, funder_name,
    is_user_defined, url}] (url only when a Dimensions grant id exists); related_materials → [{id, title, relation,
    identifier, identifier_type}]; categories → [{id, title, parent_id, path, source_id, taxonomy_id}]. """
    group_resource_id: None | str | Unset = UNSET
    """ Group resource ID of the collection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.collection_complete_private_fields_type_0 import CollectionCompletePrivateFieldsType0  # noqa: PLC0415
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

        timeline: dict[str, Any] | None | Unset
        if isinstance(self.timeline, Unset):
            timeline = UNSET
        elif isinstance(self.timeline, Timeline):
            timeline = self.timeline.to_dict()
        else:
            timeline = self.timeline

        published_date: None | str | Unset
        if isinstance(self.published_date, Unset):
            published_date = UNSET
        else:
            published_date = self.published_date

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        funding: list[dict[str, Any]] | None | Unset
        if isinstance(self.funding, Unset):
            funding = UNSET
        elif isinstance(self.funding, list):
            funding = []
            for funding_type_0_item_data in self.funding:
                funding_type_0_item = funding_type_0_item_data.to_dict()
                funding.append(funding_type_0_item)

        else:
            funding = self.funding

        resource_id: None | str | Unset
        if isinstance(self.resource_id, Unset):
            resource_id = UNSET
        else:
            resource_id = self.resource_id

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

        resource_link: None | str | Unset
        if isinstance(self.resource_link, Unset):
            resource_link = UNSET
        else:
            resource_link = self.resource_link

        resource_version: int | None | Unset
        if isinstance(self.resource_version, Unset):
            resource_version = UNSET
        else:
            resource_version = self.resource_version

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        references: list[str] | None | Unset
        if isinstance(self.references, Unset):
            references = UNSET
        elif isinstance(self.references, list):
            references = self.references

        else:
            references = self.references

        related_materials: list[dict[str, Any]] | None | Unset
        if isinstance(self.related_materials, Unset):
            related_materials = UNSET
        elif isinstance(self.related_materials, list):
            related_materials = []
            for related_materials_type_0_item_data in self.related_materials:
                related_materials_type_0_item = related_materials_type_0_item_data.to_dict()
                related_materials.append(related_materials_type_0_item)

        else:
            related_materials = self.related_materials

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        authors: list[dict[str, Any]] | None | Unset
        if isinstance(self.authors, Unset):
            authors = UNSET
        elif isinstance(self.authors, list):
            authors = []
            for authors_type_0_item_data in self.authors:
                authors_type_0_item = authors_type_0_item_data.to_dict()
                authors.append(authors_type_0_item)

        else:
            authors = self.authors

        institution_id: int | None | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        articles_count: int | None | Unset
        if isinstance(self.articles_count, Unset):
            articles_count = UNSET
        else:
            articles_count = self.articles_count

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        citation: None | str | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

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

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, CollectionCompletePrivateFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        group_resource_id: None | str | Unset
        if isinstance(self.group_resource_id, Unset):
            group_resource_id = UNSET
        else:
            group_resource_id = self.group_resource_id

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
        if timeline is not UNSET:
            field_dict["timeline"] = timeline
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if funding is not UNSET:
            field_dict["funding"] = funding
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_doi is not UNSET:
            field_dict["resource_doi"] = resource_doi
        if resource_title is not UNSET:
            field_dict["resource_title"] = resource_title
        if resource_link is not UNSET:
            field_dict["resource_link"] = resource_link
        if resource_version is not UNSET:
            field_dict["resource_version"] = resource_version
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if categories is not UNSET:
            field_dict["categories"] = categories
        if references is not UNSET:
            field_dict["references"] = references
        if related_materials is not UNSET:
            field_dict["related_materials"] = related_materials
        if tags is not UNSET:
            field_dict["tags"] = tags
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if authors is not UNSET:
            field_dict["authors"] = authors
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if articles_count is not UNSET:
            field_dict["articles_count"] = articles_count
        if public is not UNSET:
            field_dict["public"] = public
        if citation is not UNSET:
            field_dict["citation"] = citation
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if fields is not UNSET:
            field_dict["fields"] = fields
        if group_resource_id is not UNSET:
            field_dict["group_resource_id"] = group_resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.author import Author  # noqa: PLC0415
        from ..models.category import Category  # noqa: PLC0415
        from ..models.collection_complete_private_fields_type_0 import CollectionCompletePrivateFieldsType0  # noqa: PLC0415
        from ..models.custom_article_field import CustomArticleField  # noqa: PLC0415
        from ..models.funding_information import FundingInformation  # noqa: PLC0415
        from ..models.related_material_response import RelatedMaterialResponse  # noqa: PLC0415
        from ..models.timeline import Timeline  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        url = d.pop("url", UNSET)

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

        published_date = d.pop("published_date", UNSET)

        account_id = d.pop("account_id", UNSET)

        def _parse_funding(data: object) -> list[FundingInformation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                funding_type_0 = []
                _funding_type_0 = data
                for funding_type_0_item_data in _funding_type_0:
                    funding_type_0_item = FundingInformation.from_dict(funding_type_0_item_data)

                    funding_type_0.append(funding_type_0_item)

                return funding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FundingInformation] | None | Unset, data)

        funding = _parse_funding(d.pop("funding", UNSET))

        resource_id = d.pop("resource_id", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        resource_link = d.pop("resource_link", UNSET)

        resource_version = d.pop("resource_version", UNSET)

        version = d.pop("version", UNSET)

        description = d.pop("description", UNSET)

        def _parse_categories(data: object) -> list[Category] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = Category.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Category] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_references(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                references_type_0 = cast(list[str], data)

                return references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        references = _parse_references(d.pop("references", UNSET))

        def _parse_related_materials(data: object) -> list[RelatedMaterialResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_materials_type_0 = []
                _related_materials_type_0 = data
                for related_materials_type_0_item_data in _related_materials_type_0:
                    related_materials_type_0_item = RelatedMaterialResponse.from_dict(
                        related_materials_type_0_item_data
                    )

                    related_materials_type_0.append(related_materials_type_0_item)

                return related_materials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RelatedMaterialResponse] | None | Unset, data)

        related_materials = _parse_related_materials(d.pop("related_materials", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_authors(data: object) -> list[Author] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authors_type_0 = []
                _authors_type_0 = data
                for authors_type_0_item_data in _authors_type_0:
                    authors_type_0_item = Author.from_dict(authors_type_0_item_data)

                    authors_type_0.append(authors_type_0_item)

                return authors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Author] | None | Unset, data)

        authors = _parse_authors(d.pop("authors", UNSET))

        institution_id = d.pop("institution_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        articles_count = d.pop("articles_count", UNSET)

        public = d.pop("public", UNSET)

        citation = d.pop("citation", UNSET)

        def _parse_custom_fields(data: object) -> list[CustomArticleField] | None | Unset:
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
                    custom_fields_type_0_item = CustomArticleField.from_dict(custom_fields_type_0_item_data)

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomArticleField] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        modified_date = d.pop("modified_date", UNSET)

        created_date = d.pop("created_date", UNSET)

        def _parse_fields(data: object) -> CollectionCompletePrivateFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = CollectionCompletePrivateFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionCompletePrivateFieldsType0 | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        group_resource_id = d.pop("group_resource_id", UNSET)

        collection_complete_private = cls(
            id=id,
            title=title,
            doi=doi,
            handle=handle,
            url=url,
            timeline=timeline,
            published_date=published_date,
            account_id=account_id,
            funding=funding,
            resource_id=resource_id,
            resource_doi=resource_doi,
            resource_title=resource_title,
            resource_link=resource_link,
            resource_version=resource_version,
            version=version,
            description=description,
            categories=categories,
            references=references,
            related_materials=related_materials,
            tags=tags,
            keywords=keywords,
            authors=authors,
            institution_id=institution_id,
            group_id=group_id,
            articles_count=articles_count,
            public=public,
            citation=citation,
            custom_fields=custom_fields,
            modified_date=modified_date,
            created_date=created_date,
            fields=fields,
            group_resource_id=group_resource_id,
        )

        collection_complete_private.additional_properties = d
        return collection_complete_private

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
