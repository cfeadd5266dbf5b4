from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_embargo_options import GroupEmbargoOptions
    from ..models.item_complete_private_fields_type_0 import ItemCompletePrivateFieldsType0
    from ..models.item_complete_private_folder_structure_type_0 import ItemCompletePrivateFolderStructureType0
    from ..models.public_file import PublicFile


T = TypeVar("T", bound="ItemCompletePrivate")


@_attrs_define
class ItemCompletePrivate:
    """Full item representation including item-type based metadata fields (private). Same as ArticleCompletePrivate plus
    optional fields property.

    """

    id: int | None | Unset = UNSET
    """ Unique identifier for article """
    doi: None | str | Unset = UNSET
    """ DOI """
    handle: None | str | Unset = UNSET
    """ Handle """
    url: None | str | Unset = UNSET
    """ Api endpoint for article """
    url_private_api: None | str | Unset = UNSET
    """ Private Api endpoint for article """
    url_public_api: None | str | Unset = UNSET
    """ Public Api endpoint for article """
    url_private_html: None | str | Unset = UNSET
    """ Private site endpoint for article """
    url_public_html: None | str | Unset = UNSET
    """ Public site endpoint for article """
    figshare_url: None | str | Unset = UNSET
    """ Article public url """
    thumb: None | str | Unset = UNSET
    """ Thumbnail image """
    files: list[PublicFile] | None | Unset = UNSET
    """ List of up to 10 article files. """
    folder_structure: ItemCompletePrivateFolderStructureType0 | None | Unset = UNSET
    """ Mapping of file ids to folder paths, if folders are used """
    size: int | None | Unset = UNSET
    """ Article size """
    status: None | str | Unset = UNSET
    """ Article status """
    version: int | None | Unset = UNSET
    """ Article version """
    item_type_id: int | None | Unset = UNSET
    """ Item type identifier. """
    item_type_name: None | str | Unset = UNSET
    """ Human-readable item type name (e.g. "dataset", "journal article"). """
    group_id: int | None | Unset = UNSET
    """ Group id """
    resource_doi: None | str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article DOI. """
    resource_title: None | str | Unset = UNSET
    """ Deprecated by related materials. Not applicable to regular users. In a publisher case, this is the publisher
    article title. """
    is_public: bool | None | Unset = UNSET
    """ True if article is published """
    is_metadata_record: bool | None | Unset = UNSET
    """ True if article has no files """
    metadata_reason: None | str | Unset = UNSET
    """ Article metadata reason """
    is_confidential: bool | None | Unset = UNSET
    """ Article Confidentiality """
    confidential_reason: None | str | Unset = UNSET
    """ Confidentiality reason """
    download_disabled: bool | None | Unset = UNSET
    """ If true, downloading of files for this article is disabled """
    is_embargoed: bool | None | Unset = UNSET
    """ True if article is embargoed """
    embargo_type: None | str | Unset = UNSET
    """ Embargo can be enabled at the article or the file level. Possible values: article, file """
    embargo_date: None | str | Unset = UNSET
    """ Date when the embargo expires and the article gets published, '0' value will set up permanent embargo """
    embargo_title: None | str | Unset = UNSET
    """ Title for embargo """
    embargo_reason: None | str | Unset = UNSET
    """ Reason for embargo """
    embargo_options: list[GroupEmbargoOptions] | None | Unset = UNSET
    """ List of embargo options """
    created_date: None | str | Unset = UNSET
    """ Date when article was created """
    modified_date: None | str | Unset = UNSET
    """ Date of last modification """
    published_date: None | str | Unset = UNSET
    """ Date when first published """
    fields: ItemCompletePrivateFieldsType0 | None | Unset = UNSET
    """ Item-type based metadata field values keyed by field name. Only present for items with item-type based
    metadata enabled. Scalar/text/date/dropdown stock fields and custom fields are returned as-is. Relational fields
    are hydrated on GET as follows: authors → [{id, name, first_name, last_name, is_active, url_name, orcid_id,
    affiliations}]; funding_list → [{id, title, grant_code, funder_name, is_user_defined, url}] (url only when a
    Dimensions grant id exists); related_materials → [{id, title, relation, identifier, identifier_type}];
    categories → [{id, title, parent_id, path, source_id, taxonomy_id}]; licence → {id, value, name, url}. """
    account_id: int | None | Unset = UNSET
    """ ID of the account owning the article """
    group_resource_id: None | str | Unset = UNSET
    """ Group resource id """
    curation_status: None | str | Unset = UNSET
    """ Curation status of the article """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.item_complete_private_fields_type_0 import ItemCompletePrivateFieldsType0  # noqa: PLC0415
        from ..models.item_complete_private_folder_structure_type_0 import ItemCompletePrivateFolderStructureType0  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        url_private_api: None | str | Unset
        if isinstance(self.url_private_api, Unset):
            url_private_api = UNSET
        else:
            url_private_api = self.url_private_api

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

        url_public_html: None | str | Unset
        if isinstance(self.url_public_html, Unset):
            url_public_html = UNSET
        else:
            url_public_html = self.url_public_html

        figshare_url: None | str | Unset
        if isinstance(self.figshare_url, Unset):
            figshare_url = UNSET
        else:
            figshare_url = self.figshare_url

        thumb: None | str | Unset
        if isinstance(self.thumb, Unset):
            thumb = UNSET
        else:
            thumb = self.thumb

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
        elif isinstance(self.folder_structure, ItemCompletePrivateFolderStructureType0):
            folder_structure = self.folder_structure.to_dict()
        else:
            folder_structure = self.folder_structure

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

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

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

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

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

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

        is_confidential: bool | None | Unset
        if isinstance(self.is_confidential, Unset):
            is_confidential = UNSET
        else:
            is_confidential = self.is_confidential

        confidential_reason: None | str | Unset
        if isinstance(self.confidential_reason, Unset):
            confidential_reason = UNSET
        else:
            confidential_reason = self.confidential_reason

        download_disabled: bool | None | Unset
        if isinstance(self.download_disabled, Unset):
            download_disabled = UNSET
        else:
            download_disabled = self.download_disabled

        is_embargoed: bool | None | Unset
        if isinstance(self.is_embargoed, Unset):
            is_embargoed = UNSET
        else:
            is_embargoed = self.is_embargoed

        embargo_type: None | str | Unset
        if isinstance(self.embargo_type, Unset):
            embargo_type = UNSET
        else:
            embargo_type = self.embargo_type

        embargo_date: None | str | Unset
        if isinstance(self.embargo_date, Unset):
            embargo_date = UNSET
        else:
            embargo_date = self.embargo_date

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

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, ItemCompletePrivateFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        group_resource_id: None | str | Unset
        if isinstance(self.group_resource_id, Unset):
            group_resource_id = UNSET
        else:
            group_resource_id = self.group_resource_id

        curation_status: None | str | Unset
        if isinstance(self.curation_status, Unset):
            curation_status = UNSET
        else:
            curation_status = self.curation_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if doi is not UNSET:
            field_dict["doi"] = doi
        if handle is not UNSET:
            field_dict["handle"] = handle
        if url is not UNSET:
            field_dict["url"] = url
        if url_private_api is not UNSET:
            field_dict["url_private_api"] = url_private_api
        if url_public_api is not UNSET:
            field_dict["url_public_api"] = url_public_api
        if url_private_html is not UNSET:
            field_dict["url_private_html"] = url_private_html
        if url_public_html is not UNSET:
            field_dict["url_public_html"] = url_public_html
        if figshare_url is not UNSET:
            field_dict["figshare_url"] = figshare_url
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if files is not UNSET:
            field_dict["files"] = files
        if folder_structure is not UNSET:
            field_dict["folder_structure"] = folder_structure
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if version is not UNSET:
            field_dict["version"] = version
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if item_type_name is not UNSET:
            field_dict["item_type_name"] = item_type_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if resource_doi is not UNSET:
            field_dict["resource_doi"] = resource_doi
        if resource_title is not UNSET:
            field_dict["resource_title"] = resource_title
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if is_metadata_record is not UNSET:
            field_dict["is_metadata_record"] = is_metadata_record
        if metadata_reason is not UNSET:
            field_dict["metadata_reason"] = metadata_reason
        if is_confidential is not UNSET:
            field_dict["is_confidential"] = is_confidential
        if confidential_reason is not UNSET:
            field_dict["confidential_reason"] = confidential_reason
        if download_disabled is not UNSET:
            field_dict["download_disabled"] = download_disabled
        if is_embargoed is not UNSET:
            field_dict["is_embargoed"] = is_embargoed
        if embargo_type is not UNSET:
            field_dict["embargo_type"] = embargo_type
        if embargo_date is not UNSET:
            field_dict["embargo_date"] = embargo_date
        if embargo_title is not UNSET:
            field_dict["embargo_title"] = embargo_title
        if embargo_reason is not UNSET:
            field_dict["embargo_reason"] = embargo_reason
        if embargo_options is not UNSET:
            field_dict["embargo_options"] = embargo_options
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if fields is not UNSET:
            field_dict["fields"] = fields
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if group_resource_id is not UNSET:
            field_dict["group_resource_id"] = group_resource_id
        if curation_status is not UNSET:
            field_dict["curation_status"] = curation_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_embargo_options import GroupEmbargoOptions  # noqa: PLC0415
        from ..models.item_complete_private_fields_type_0 import ItemCompletePrivateFieldsType0  # noqa: PLC0415
        from ..models.item_complete_private_folder_structure_type_0 import ItemCompletePrivateFolderStructureType0  # noqa: PLC0415
        from ..models.public_file import PublicFile  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        url = d.pop("url", UNSET)

        url_private_api = d.pop("url_private_api", UNSET)

        url_public_api = d.pop("url_public_api", UNSET)

        url_private_html = d.pop("url_private_html", UNSET)

        url_public_html = d.pop("url_public_html", UNSET)

        figshare_url = d.pop("figshare_url", UNSET)

        thumb = d.pop("thumb", UNSET)

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

        def _parse_folder_structure(data: object) -> ItemCompletePrivateFolderStructureType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                folder_structure_type_0 = ItemCompletePrivateFolderStructureType0.from_dict(data)

                return folder_structure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemCompletePrivateFolderStructureType0 | None | Unset, data)

        folder_structure = _parse_folder_structure(d.pop("folder_structure", UNSET))

        size = d.pop("size", UNSET)

        status = d.pop("status", UNSET)

        version = d.pop("version", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        item_type_name = d.pop("item_type_name", UNSET)

        group_id = d.pop("group_id", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        is_public = d.pop("is_public", UNSET)

        is_metadata_record = d.pop("is_metadata_record", UNSET)

        metadata_reason = d.pop("metadata_reason", UNSET)

        is_confidential = d.pop("is_confidential", UNSET)

        confidential_reason = d.pop("confidential_reason", UNSET)

        download_disabled = d.pop("download_disabled", UNSET)

        is_embargoed = d.pop("is_embargoed", UNSET)

        embargo_type = d.pop("embargo_type", UNSET)

        embargo_date = d.pop("embargo_date", UNSET)

        embargo_title = d.pop("embargo_title", UNSET)

        embargo_reason = d.pop("embargo_reason", UNSET)

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

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        def _parse_fields(data: object) -> ItemCompletePrivateFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = ItemCompletePrivateFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemCompletePrivateFieldsType0 | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        account_id = d.pop("account_id", UNSET)

        group_resource_id = d.pop("group_resource_id", UNSET)

        curation_status = d.pop("curation_status", UNSET)

        item_complete_private = cls(
            id=id,
            doi=doi,
            handle=handle,
            url=url,
            url_private_api=url_private_api,
            url_public_api=url_public_api,
            url_private_html=url_private_html,
            url_public_html=url_public_html,
            figshare_url=figshare_url,
            thumb=thumb,
            files=files,
            folder_structure=folder_structure,
            size=size,
            status=status,
            version=version,
            item_type_id=item_type_id,
            item_type_name=item_type_name,
            group_id=group_id,
            resource_doi=resource_doi,
            resource_title=resource_title,
            is_public=is_public,
            is_metadata_record=is_metadata_record,
            metadata_reason=metadata_reason,
            is_confidential=is_confidential,
            confidential_reason=confidential_reason,
            download_disabled=download_disabled,
            is_embargoed=is_embargoed,
            embargo_type=embargo_type,
            embargo_date=embargo_date,
            embargo_title=embargo_title,
            embargo_reason=embargo_reason,
            embargo_options=embargo_options,
            created_date=created_date,
            modified_date=modified_date,
            published_date=published_date,
            fields=fields,
            account_id=account_id,
            group_resource_id=group_resource_id,
            curation_status=curation_status,
        )

        item_complete_private.additional_properties = d
        return item_complete_private

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
