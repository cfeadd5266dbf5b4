from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_version_update_internal_metadata import ArticleVersionUpdateInternalMetadata
    from ..models.article_version_update_supplementary_fields_item import ArticleVersionUpdateSupplementaryFieldsItem


T = TypeVar("T", bound="ArticleVersionUpdate")


@_attrs_define
class ArticleVersionUpdate:
    supplementary_fields: list[ArticleVersionUpdateSupplementaryFieldsItem] | Unset = UNSET
    """ List of supplementary fields to be associated with the article version """
    internal_metadata: ArticleVersionUpdateInternalMetadata | Unset = UNSET
    """ List of supplementary fields to be associated with the article version """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplementary_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplementary_fields, Unset):
            supplementary_fields = []
            for supplementary_fields_item_data in self.supplementary_fields:
                supplementary_fields_item = supplementary_fields_item_data.to_dict()
                supplementary_fields.append(supplementary_fields_item)

        internal_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal_metadata, Unset):
            internal_metadata = self.internal_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplementary_fields is not UNSET:
            field_dict["supplementary_fields"] = supplementary_fields
        if internal_metadata is not UNSET:
            field_dict["internal_metadata"] = internal_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_version_update_internal_metadata import ArticleVersionUpdateInternalMetadata  # noqa: PLC0415
        from ..models.article_version_update_supplementary_fields_item import (
            ArticleVersionUpdateSupplementaryFieldsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _supplementary_fields = d.pop("supplementary_fields", UNSET)
        supplementary_fields: list[ArticleVersionUpdateSupplementaryFieldsItem] | Unset = UNSET
        if _supplementary_fields is not UNSET:
            supplementary_fields = []
            for supplementary_fields_item_data in _supplementary_fields:
                supplementary_fields_item = ArticleVersionUpdateSupplementaryFieldsItem.from_dict(
                    supplementary_fields_item_data
                )

                supplementary_fields.append(supplementary_fields_item)

        _internal_metadata = d.pop("internal_metadata", UNSET)
        internal_metadata: ArticleVersionUpdateInternalMetadata | Unset
        if isinstance(_internal_metadata, Unset):
            internal_metadata = UNSET
        else:
            internal_metadata = ArticleVersionUpdateInternalMetadata.from_dict(_internal_metadata)

        article_version_update = cls(
            supplementary_fields=supplementary_fields,
            internal_metadata=internal_metadata,
        )

        article_version_update.additional_properties = d
        return article_version_update

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
