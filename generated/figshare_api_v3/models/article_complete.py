from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_article_embargo_type import ProjectArticleEmbargoType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_complete_folder_structure import ArticleCompleteFolderStructure
    from ..models.author import Author
    from ..models.category import Category
    from ..models.custom_article_field import CustomArticleField
    from ..models.funding_information import FundingInformation
    from ..models.group_embargo_options import GroupEmbargoOptions
    from ..models.license_ import License
    from ..models.public_file import PublicFile
    from ..models.related_material import RelatedMaterial
    from ..models.timeline import Timeline


T = TypeVar("T", bound="ArticleComplete")


@_attrs_define
class ArticleComplete:
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
    citation: str
    """ Article citation """
    confidential_reason: str
    """ Confidentiality reason """
    is_confidential: bool
    """ Article Confidentiality """
    size: int
    """ Article size """
    funding: str
    """ Article funding """
    funding_list: list[FundingInformation]
    """ Full Article funding information """
    tags: list[str]
    """ List of article tags. Keywords can be used instead """
    keywords: list[str]
    """ List of article keywords. Tags can be used instead """
    version: int
    """ Article version """
    is_metadata_record: bool
    """ True if article has no files """
    metadata_reason: str
    """ Article metadata reason """
    status: str
    """ Article status """
    description: str
    """ Article description """
    is_embargoed: bool
    """ True if article is embargoed """
    is_public: bool
    """ True if article is published """
    has_linked_file: bool
    """ True if any files are linked to the article """
    categories: list[Category]
    """ List of categories selected for the article """
    license_: License
    embargo_title: str
    """ Title for embargo """
    embargo_reason: str
    """ Reason for embargo """
    references: list[str]
    """ List of references """
    figshare_url: str
    """ Article public url """
    download_disabled: bool
    """ If true, downloading of files for this article is disabled """
    files: list[PublicFile]
    """ List of up to 10 article files. """
    folder_structure: ArticleCompleteFolderStructure
    """ Mapping of file ids to folder paths, if folders are used """
    authors: list[Author]
    """ List of article authors """
    custom_fields: list[CustomArticleField]
    """ List of custom fields values """
    embargo_options: list[GroupEmbargoOptions]
    """ List of embargo options """
    modified_date: str | Unset = UNSET
    """ Date when article was last modified """
    published_date: str | Unset = UNSET
    """ Date when article was first published, null if not published """
    group_id: int | Unset = UNSET
    """ Group ID of the article """
    embargo_date: str | Unset = UNSET
    """ Date when the embargo expires and the article gets published, null if not embargoed """
    embargo_type: ProjectArticleEmbargoType | Unset = UNSET
    """ Embargo level. Possible values: article, file """
    related_materials: list[RelatedMaterial] | Unset = UNSET
    """ List of related materials; supersedes references and resource DOI/title. """
    is_active: bool | Unset = UNSET
    """ False when the article has been deleted. """
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

        citation = self.citation

        confidential_reason = self.confidential_reason

        is_confidential = self.is_confidential

        size = self.size

        funding = self.funding

        funding_list = []
        for funding_list_item_data in self.funding_list:
            funding_list_item = funding_list_item_data.to_dict()
            funding_list.append(funding_list_item)

        tags = self.tags

        keywords = self.keywords

        version = self.version

        is_metadata_record = self.is_metadata_record

        metadata_reason = self.metadata_reason

        status = self.status

        description = self.description

        is_embargoed = self.is_embargoed

        is_public = self.is_public

        has_linked_file = self.has_linked_file

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        license_ = self.license_.to_dict()

        embargo_title = self.embargo_title

        embargo_reason = self.embargo_reason

        references = self.references

        figshare_url = self.figshare_url

        download_disabled = self.download_disabled

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        folder_structure = self.folder_structure.to_dict()

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        embargo_options = []
        for embargo_options_item_data in self.embargo_options:
            embargo_options_item = embargo_options_item_data.to_dict()
            embargo_options.append(embargo_options_item)

        modified_date = self.modified_date

        published_date = self.published_date

        group_id = self.group_id

        embargo_date = self.embargo_date

        embargo_type: str | Unset = UNSET
        if not isinstance(self.embargo_type, Unset):
            embargo_type = self.embargo_type.value

        related_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_materials, Unset):
            related_materials = []
            for related_materials_item_data in self.related_materials:
                related_materials_item = related_materials_item_data.to_dict()
                related_materials.append(related_materials_item)

        is_active = self.is_active

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
                "citation": citation,
                "confidential_reason": confidential_reason,
                "is_confidential": is_confidential,
                "size": size,
                "funding": funding,
                "funding_list": funding_list,
                "tags": tags,
                "keywords": keywords,
                "version": version,
                "is_metadata_record": is_metadata_record,
                "metadata_reason": metadata_reason,
                "status": status,
                "description": description,
                "is_embargoed": is_embargoed,
                "is_public": is_public,
                "has_linked_file": has_linked_file,
                "categories": categories,
                "license": license_,
                "embargo_title": embargo_title,
                "embargo_reason": embargo_reason,
                "references": references,
                "figshare_url": figshare_url,
                "download_disabled": download_disabled,
                "files": files,
                "folder_structure": folder_structure,
                "authors": authors,
                "custom_fields": custom_fields,
                "embargo_options": embargo_options,
            }
        )
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if embargo_date is not UNSET:
            field_dict["embargo_date"] = embargo_date
        if embargo_type is not UNSET:
            field_dict["embargo_type"] = embargo_type
        if related_materials is not UNSET:
            field_dict["related_materials"] = related_materials
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_complete_folder_structure import ArticleCompleteFolderStructure  # noqa: PLC0415
        from ..models.author import Author  # noqa: PLC0415
        from ..models.category import Category  # noqa: PLC0415
        from ..models.custom_article_field import CustomArticleField  # noqa: PLC0415
        from ..models.funding_information import FundingInformation  # noqa: PLC0415
        from ..models.group_embargo_options import GroupEmbargoOptions  # noqa: PLC0415
        from ..models.license_ import License  # noqa: PLC0415
        from ..models.public_file import PublicFile  # noqa: PLC0415
        from ..models.related_material import RelatedMaterial  # noqa: PLC0415
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

        citation = d.pop("citation")

        confidential_reason = d.pop("confidential_reason")

        is_confidential = d.pop("is_confidential")

        size = d.pop("size")

        funding = d.pop("funding")

        funding_list = []
        _funding_list = d.pop("funding_list")
        for funding_list_item_data in _funding_list:
            funding_list_item = FundingInformation.from_dict(funding_list_item_data)

            funding_list.append(funding_list_item)

        tags = cast(list[str], d.pop("tags"))

        keywords = cast(list[str], d.pop("keywords"))

        version = d.pop("version")

        is_metadata_record = d.pop("is_metadata_record")

        metadata_reason = d.pop("metadata_reason")

        status = d.pop("status")

        description = d.pop("description")

        is_embargoed = d.pop("is_embargoed")

        is_public = d.pop("is_public")

        has_linked_file = d.pop("has_linked_file")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = Category.from_dict(categories_item_data)

            categories.append(categories_item)

        license_ = License.from_dict(d.pop("license"))

        embargo_title = d.pop("embargo_title")

        embargo_reason = d.pop("embargo_reason")

        references = cast(list[str], d.pop("references"))

        figshare_url = d.pop("figshare_url")

        download_disabled = d.pop("download_disabled")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = PublicFile.from_dict(files_item_data)

            files.append(files_item)

        folder_structure = ArticleCompleteFolderStructure.from_dict(d.pop("folder_structure"))

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = Author.from_dict(authors_item_data)

            authors.append(authors_item)

        custom_fields = []
        _custom_fields = d.pop("custom_fields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomArticleField.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        embargo_options = []
        _embargo_options = d.pop("embargo_options")
        for embargo_options_item_data in _embargo_options:
            embargo_options_item = GroupEmbargoOptions.from_dict(embargo_options_item_data)

            embargo_options.append(embargo_options_item)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        group_id = d.pop("group_id", UNSET)

        embargo_date = d.pop("embargo_date", UNSET)

        _embargo_type = d.pop("embargo_type", UNSET)
        embargo_type: ProjectArticleEmbargoType | Unset
        if isinstance(_embargo_type, Unset):
            embargo_type = UNSET
        else:
            embargo_type = ProjectArticleEmbargoType(_embargo_type)

        _related_materials = d.pop("related_materials", UNSET)
        related_materials: list[RelatedMaterial] | Unset = UNSET
        if _related_materials is not UNSET:
            related_materials = []
            for related_materials_item_data in _related_materials:
                related_materials_item = RelatedMaterial.from_dict(related_materials_item_data)

                related_materials.append(related_materials_item)

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
            references=references,
            figshare_url=figshare_url,
            download_disabled=download_disabled,
            files=files,
            folder_structure=folder_structure,
            authors=authors,
            custom_fields=custom_fields,
            embargo_options=embargo_options,
            modified_date=modified_date,
            published_date=published_date,
            group_id=group_id,
            embargo_date=embargo_date,
            embargo_type=embargo_type,
            related_materials=related_materials,
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
