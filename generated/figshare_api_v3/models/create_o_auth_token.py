from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_o_auth_token_grant_type import CreateOAuthTokenGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOAuthToken")


@_attrs_define
class CreateOAuthToken:
    client_id: str
    client_secret: str
    grant_type: CreateOAuthTokenGrantType
    code: str | Unset = UNSET
    """ Required if grant_type is 'authorization_code' """
    refresh_token: str | Unset = UNSET
    """ Required if grant_type is 'refresh_token' """
    username: str | Unset = UNSET
    """ Required if grant_type is 'password' """
    password: str | Unset = UNSET
    """ Required if grant_type is 'password' """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        grant_type = self.grant_type.value

        code = self.code

        refresh_token = self.refresh_token

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        grant_type = CreateOAuthTokenGrantType(d.pop("grant_type"))

        code = d.pop("code", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        create_o_auth_token = cls(
            client_id=client_id,
            client_secret=client_secret,
            grant_type=grant_type,
            code=code,
            refresh_token=refresh_token,
            username=username,
            password=password,
        )

        create_o_auth_token.additional_properties = d
        return create_o_auth_token

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
