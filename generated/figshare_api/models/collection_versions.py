from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funding_information import FundingInformation


T = TypeVar("T", bound="CollectionVersions")


@_attrs_define
class CollectionVersions:
    version: int | None | Unset = UNSET
    """ Version number """
    url: None | str | Unset = UNSET
    """ Api endpoint for the collection version """
    funding: list[FundingInformation] | None | Unset = UNSET
    """ Full Collection funding information """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if url is not UNSET:
            field_dict["url"] = url
        if funding is not UNSET:
            field_dict["funding"] = funding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.funding_information import FundingInformation  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version", UNSET)

        url = d.pop("url", UNSET)

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

        collection_versions = cls(
            version=version,
            url=url,
            funding=funding,
        )

        collection_versions.additional_properties = d
        return collection_versions

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
