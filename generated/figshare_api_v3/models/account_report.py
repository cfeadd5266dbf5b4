from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountReport")


@_attrs_define
class AccountReport:
    id: int | None | Unset = UNSET
    """ A unique ID for the AccountRecord """
    account_id: int | None | Unset = UNSET
    """ The ID of the account which generated this report. """
    created_date: None | str | Unset = UNSET
    """ Date when the AccountReport was requested """
    status: None | str | Unset = UNSET
    """ Status of the report """
    download_url: None | str | Unset = UNSET
    """ The download link for the generated XLSX """
    group_id: int | None | Unset = UNSET
    """ The group ID that was used to filter the report, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if status is not UNSET:
            field_dict["status"] = status
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        account_id = d.pop("account_id", UNSET)

        created_date = d.pop("created_date", UNSET)

        status = d.pop("status", UNSET)

        download_url = d.pop("download_url", UNSET)

        group_id = d.pop("group_id", UNSET)

        account_report = cls(
            id=id,
            account_id=account_id,
            created_date=created_date,
            status=status,
            download_url=download_url,
            group_id=group_id,
        )

        account_report.additional_properties = d
        return account_report

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
