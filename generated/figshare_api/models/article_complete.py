from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_complete_folder_structure_type_0 import ArticleCompleteFolderStructureType0
    from ..models.author import Author
    from ..models.category import Category
    from ..models.custom_article_field import CustomArticleField
    from ..models.funding_information import FundingInformation
    from ..models.group_embargo_options import GroupEmbargoOptions
    from ..models.license_ import License
    from ..models.public_file import PublicFile
    from ..models.related_material_response import RelatedMaterialResponse
    from ..models.timeline import Timeline


T = TypeVar("T", bound="ArticleComplete")


@_attrs_define
class ArticleComplete:
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
    citation: None | str | Unset = UNSET
    """ Article citation """
    confidential_reason: None | str | Unset = UNSET
    """ Confidentiality reason """
    is_confidential: bool | None | Unset = UNSET
    """ Article Confidentiality """
    size: int | None | Unset = UNSET
    """ Article size """
    funding: None | str | Unset = UNSET
    """ Article funding """
    funding_list: list[FundingInformation] | None | Unset = UNSET
    """ Full Article funding information """
    tags: list[str] | None | Unset = UNSET
    """ List of article tags. Keywords can be used instead """
    keywords: list[str] | None | Unset = UNSET
    """ List of article keywords. Tags can be used instead """
    version: int | None | Unset = UNSET
    """ Article version """
    is_metadata_record: bool | None | Unset = UNSET
    """ True if article has no files """
    metadata_reason: None | str | Unset = UNSET
    """ Article metadata reason """
    status: None | str | Unset = UNSET
    """ Article status """
    description: None | str | Unset = UNSET
    """ Article description """
    is_embargoed: bool | None | Unset = UNSET
    """ True if article is embargoed """
    is_public: bool | None | Unset = UNSET
    """ True if article is published """
    has_linked_file: bool | None | Unset = UNSET
    """ True if any files are linked to the article """
    categories: list[Category] | None | Unset = UNSET
    """ List of categories selected for the article """
    license_: License | None | Unset = UNSET
    embargo_title: None | str | Unset = UNSET
    """ Title for embargo """
    embargo_reason: None | str | Unset = UNSET
    """ Reason for embargo """
    embargo_date: None | str | Unset = UNSET
    """ Date when the embargo expires and the article gets published, null if not embargoed """
    embargo_type: None | str | Unset = UNSET
    """ Embargo level. Possible values: article, file """
    references: list[str] | None | Unset = UNSET
    """ List of references """
    related_materials: list[RelatedMaterialResponse] | None | Unset = UNSET
    """ List of related materials; supersedes references and resource DOI/title. """
    figshare_url: None | str | Unset = UNSET
    """ Article public url """
    download_disabled: bool | None | Unset = UNSET
    """ If true, downloading of files for this article is disabled """
    files: list[PublicFile] | None | Unset = UNSET
    """ List of up to 10 article files. """
    folder_structure: ArticleCompleteFolderStructureType0 | None | Unset = UNSET
    """ Mapping of file ids to folder paths, if folders are used """
    authors: list[Author] | None | Unset = UNSET
    """ List of article authors """
    custom_fields: list[CustomArticleField] | None | Unset = UNSET
    """ List of custom fields values """
    embargo_options: list[GroupEmbargoOptions] | None | Unset = UNSET
    """ List of embargo options """
    is_active: bool | None | Unset = UNSET
    """ False when the article has been deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.article_complete_folder_structure_type_0 import ArticleCompleteFolderStructureType0  # noqa: PLC0415
        from ..models.license_ import License  # noqa: PLC0415
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

        citation: None | str | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

        confidential_reason: None | str | Unset
        if isinstance(self.confidential_reason, Unset):
            confidential_reason = UNSET
        else:
            confidential_reason = self.confidential_reason

        is_confidential: bool | None | Unset
        if isinstance(self.is_confidential, Unset):
            is_confidential = UNSET
        else:
            is_confidential = self.is_confidential

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

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

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        is_metadata_record: bool | None | Unset
        if isinstance(self.is_metadata_record, Unset):
            is_metadata_record = UNSET
        else:
            is_metadata_record = self.is_metadata_record

        metadata_reason: None | str | Unset
        if isinstance(self.metadata_reason, Unset):
            metadata_reason = UNSET
        else:
            metadata_reason = self.metadata_reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_embargoed: bool | None | Unset
        if isinstance(self.is_embargoed, Unset):
            is_embargoed = UNSET
        else:
            is_embargoed = self.is_embargoed

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        has_linked_file: bool | None | Unset
        if isinstance(self.has_linked_file, Unset):
            has_linked_file = UNSET
        else:
            has_linked_file = self.has_linked_file

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

        license_: dict[str, Any] | None | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        elif isinstance(self.license_, License):
            license_ = self.license_.to_dict()
        else:
            license_ = self.license_

        embargo_title: None | str | Unset
        if isinstance(self.embargo_title, Unset):
            embargo_title = UNSET
        else:
            embargo_title = self.embargo_title

        embargo_reason: None | str | Unset
        if isinstance(self.embargo_reason, Unset):
            embargo_reason = UNSET
        else:
            embargo_reason = self.embargo_reason

        embargo_date: None | str | Unset
        if isinstance(self.embargo_date, Unset):
            embargo_date = UNSET
        else:
            embargo_date = self.embargo_date

        embargo_type: None | str | Unset
        if isinstance(self.embargo_type, Unset):
            embargo_type = UNSET
        else:
            embargo_type = self.embargo_type

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

        figshare_url: None | str | Unset
        if isinstance(self.figshare_url, Unset):
            figshare_url = UNSET
        else:
            figshare_url = self.figshare_url

        download_disabled: bool | None | Unset
        if isinstance(self.download_disabled, Unset):
            download_disabled = UNSET
        else:
            download_disabled = self.download_disabled

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        folder_structure: dict[str, Any] | None | Unset
        if isinstance(self.folder_structure, Unset):
            folder_structure = UNSET
        elif isinstance(self.folder_structure, ArticleCompleteFolderStructureType0):
            folder_structure = self.folder_structure.to_dict()
        else:
            folder_structure = self.folder_structure

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

        embargo_options: list[dict[str, Any]] | None | Unset
        if isinstance(self.embargo_options, Unset):
            embargo_options = UNSET
        elif isinstance(self.embargo_options, list):
            embargo_options = []
            for embargo_options_type_0_item_data in self.embargo_options:
                embargo_options_type_0_item = embargo_options_type_0_item_data.to_dict()
                embargo_options.append(embargo_options_type_0_item)

        else:
            embargo_options = self.embargo_options

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

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
        if citation is not UNSET:
            field_dict["citation"] = citation
        if confidential_reason is not UNSET:
            field_dict["confidential_reason"] = confidential_reason
        if is_confidential is not UNSET:
            field_dict["is_confidential"] = is_confidential
        if size is not UNSET:
            field_dict["size"] = size
        if funding is not UNSET:
            field_dict["funding"] = funding
        if funding_list is not UNSET:
            field_dict["funding_list"] = funding_list
        if tags is not UNSET:
            field_dict["tags"] = tags
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if version is not UNSET:
            field_dict["version"] = version
        if is_metadata_record is not UNSET:
            field_dict["is_metadata_record"] = is_metadata_record
        if metadata_reason is not UNSET:
            field_dict["metadata_reason"] = metadata_reason
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if is_embargoed is not UNSET:
            field_dict["is_embargoed"] = is_embargoed
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if has_linked_file is not UNSET:
            field_dict["has_linked_file"] = has_linked_file
        if categories is not UNSET:
            field_dict["categories"] = categories
        if license_ is not UNSET:
            field_dict["license"] = license_
        if embargo_title is not UNSET:
            field_dict["embargo_title"] = embargo_title
        if embargo_reason is not UNSET:
            field_dict["embargo_reason"] = embargo_reason
        if embargo_date is not UNSET:
            field_dict["embargo_date"] = embargo_date
        if embargo_type is not UNSET:
            field_dict["embargo_type"] = embargo_type
        if references is not UNSET:
            field_dict["references"] = references
        if related_materials is not UNSET:
            field_dict["related_materials"] = related_materials
        if figshare_url is not UNSET:
            field_dict["figshare_url"] = figshare_url
        if download_disabled is not UNSET:
            field_dict["download_disabled"] = download_disabled
        if files is not UNSET:
            field_dict["files"] = files
        if folder_structure is not UNSET:
            field_dict["folder_structure"] = folder_structure
        if authors is not UNSET:
            field_dict["authors"] = authors
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if embargo_options is not UNSET:
            field_dict["embargo_options"] = embargo_options
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_complete_folder_structure_type_0 import ArticleCompleteFolderStructureType0  # noqa: PLC0415
        from ..models.author import Author  # noqa: PLC0415
        from ..models.category import Category  # noqa: PLC0415
        from ..models.custom_article_field import CustomArticleField  # noqa: PLC0415
        from ..models.funding_information import FundingInformation  # noqa: PLC0415
        from ..models.group_embargo_options import GroupEmbargoOptions  # noqa: PLC0415
        from ..models.license_ import License  # noqa: PLC0415
        from ..models.public_file import PublicFile  # noqa: PLC0415
        from ..models.related_material_response import RelatedMaterialResponse  # noqa: PLC0415
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

        citation = d.pop("citation", UNSET)

        confidential_reason = d.pop("confidential_reason", UNSET)

        is_confidential = d.pop("is_confidential", UNSET)

        size = d.pop("size", UNSET)

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

        version = d.pop("version", UNSET)

        is_metadata_record = d.pop("is_metadata_record", UNSET)

        metadata_reason = d.pop("metadata_reason", UNSET)

        status = d.pop("status", UNSET)

        description = d.pop("description", UNSET)

        is_embargoed = d.pop("is_embargoed", UNSET)

        is_public = d.pop("is_public", UNSET)

        has_linked_file = d.pop("has_linked_file", UNSET)

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

        def _parse_license_(data: object) -> License | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                license_type_1 = License.from_dict(data)

                return license_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(License | None | Unset, data)

        license_ = _parse_license_(d.pop("license", UNSET))

        embargo_title = d.pop("embargo_title", UNSET)

        embargo_reason = d.pop("embargo_reason", UNSET)

        embargo_date = d.pop("embargo_date", UNSET)

        embargo_type = d.pop("embargo_type", UNSET)

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

        figshare_url = d.pop("figshare_url", UNSET)

        download_disabled = d.pop("download_disabled", UNSET)

        def _parse_files(data: object) -> list[PublicFile] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = PublicFile.from_dict(files_type_0_item_data)

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PublicFile] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_folder_structure(data: object) -> ArticleCompleteFolderStructureType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                folder_structure_type_0 = ArticleCompleteFolderStructureType0.from_dict(data)

                return folder_structure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleCompleteFolderStructureType0 | None | Unset, data)

        folder_structure = _parse_folder_structure(d.pop("folder_structure", UNSET))

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

        def _parse_embargo_options(data: object) -> list[GroupEmbargoOptions] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embargo_options_type_0 = []
                _embargo_options_type_0 = data
                for embargo_options_type_0_item_data in _embargo_options_type_0:
                    embargo_options_type_0_item = GroupEmbargoOptions.from_dict(embargo_options_type_0_item_data)

                    embargo_options_type_0.append(embargo_options_type_0_item)

                return embargo_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GroupEmbargoOptions] | None | Unset, data)

        embargo_options = _parse_embargo_options(d.pop("embargo_options", UNSET))

        is_active = d.pop("is_active", UNSET)

        article_complete = cls(
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
            citation=citation,
            confidential_reason=confidential_reason,
            is_confidential=is_confidential,
            size=size,
            funding=funding,
            funding_list=funding_list,
            tags=tags,
            keywords=keywords,
            version=version,
            is_metadata_record=is_metadata_record,
            metadata_reason=metadata_reason,
            status=status,
            description=description,
            is_embargoed=is_embargoed,
            is_public=is_public,
            has_linked_file=has_linked_file,
            categories=categories,
            license_=license_,
            embargo_title=embargo_title,
            embargo_reason=embargo_reason,
            embargo_date=embargo_date,
            embargo_type=embargo_type,
            references=references,
            related_materials=related_materials,
            figshare_url=figshare_url,
            download_disabled=download_disabled,
            files=files,
            folder_structure=folder_structure,
            authors=authors,
            custom_fields=custom_fields,
            embargo_options=embargo_options,
            is_active=is_active,
        )

        article_complete.additional_properties = d
        return article_complete

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
