from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_complete_fields_type_0 import CollectionCompleteFieldsType0


T = TypeVar("T", bound="CollectionComplete")


@_attrs_define
class CollectionComplete:
    id: int | None | Unset = UNSET
    """ Collection id """
    doi: None | str | Unset = UNSET
    """ Collection DOI """
    handle: None | str | Unset = UNSET
    """ Collection Handle """
    url: None | str | Unset = UNSET
    """ Api endpoint """
    version: int | None | Unset = UNSET
    """ Collection version """
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
    group_id: int | None | Unset = UNSET
    """ Collection group """
    group_resource_id: None | str | Unset = UNSET
    """ Group resource id """
    institution_id: int | None | Unset = UNSET
    """ Collection institution """
    items_count: int | None | Unset = UNSET
    """ Number of items in collection """
    public: bool | None | Unset = UNSET
    """ True if collection is published """
    created_date: None | str | Unset = UNSET
    """ Date when collection was created """
    modified_date: None | str | Unset = UNSET
    """ Date when collection was last modified """
    published_date: None | str | Unset = UNSET
    """ Date when first published """
    fields: CollectionCompleteFieldsType0 | None | Unset = UNSET
    """ Item-type based metadata field values keyed by field name. Only present when the collection belongs to an
    institution with item-type based metadata enabled. Scalar/text stock fields (e.g. publisher) and custom fields
    are returned as-is. Relational fields are hydrated on GET as follows: authors → [{id, name, first_name,
    last_name, is_active, url_name, orcid_id, affiliations}]; funding_list → [{id, title, grant_code, funder_name,
    is_user_defined, url}] (url only when a Dimensions grant id exists); related_materials → [{id, title, relation,
    identifier, identifier_type}]; categories → [{id, title, parent_id, path, source_id, taxonomy_id}]. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.collection_complete_fields_type_0 import CollectionCompleteFieldsType0  # noqa: PLC0415

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

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

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

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        group_resource_id: None | str | Unset
        if isinstance(self.group_resource_id, Unset):
            group_resource_id = UNSET
        else:
            group_resource_id = self.group_resource_id

        institution_id: int | None | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        items_count: int | None | Unset
        if isinstance(self.items_count, Unset):
            items_count = UNSET
        else:
            items_count = self.items_count

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

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
        elif isinstance(self.fields, CollectionCompleteFieldsType0):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

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
        if version is not UNSET:
            field_dict["version"] = version
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
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_resource_id is not UNSET:
            field_dict["group_resource_id"] = group_resource_id
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if items_count is not UNSET:
            field_dict["items_count"] = items_count
        if public is not UNSET:
            field_dict["public"] = public
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if published_date is not UNSET:
            field_dict["published_date"] = published_date
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_complete_fields_type_0 import CollectionCompleteFieldsType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        doi = d.pop("doi", UNSET)

        handle = d.pop("handle", UNSET)

        url = d.pop("url", UNSET)

        version = d.pop("version", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        resource_doi = d.pop("resource_doi", UNSET)

        resource_title = d.pop("resource_title", UNSET)

        resource_link = d.pop("resource_link", UNSET)

        resource_version = d.pop("resource_version", UNSET)

        group_id = d.pop("group_id", UNSET)

        group_resource_id = d.pop("group_resource_id", UNSET)

        institution_id = d.pop("institution_id", UNSET)

        items_count = d.pop("items_count", UNSET)

        public = d.pop("public", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        published_date = d.pop("published_date", UNSET)

        def _parse_fields(data: object) -> CollectionCompleteFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = CollectionCompleteFieldsType0.from_dict(data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectionCompleteFieldsType0 | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))

        collection_complete = cls(
            id=id,
            doi=doi,
            handle=handle,
            url=url,
            version=version,
            resource_id=resource_id,
            resource_doi=resource_doi,
            resource_title=resource_title,
            resource_link=resource_link,
            resource_version=resource_version,
            group_id=group_id,
            group_resource_id=group_resource_id,
            institution_id=institution_id,
            items_count=items_count,
            public=public,
            created_date=created_date,
            modified_date=modified_date,
            published_date=published_date,
            fields=fields,
        )

        collection_complete.additional_properties = d
        return collection_complete

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
