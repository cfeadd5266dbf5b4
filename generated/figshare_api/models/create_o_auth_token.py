from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check

if TYPE_CHECKING:
    from .create_o_auth_token_grant_type import CreateOAuthTokenGrantType


@define(init=False)
class CreateOAuthToken(RequestModel):
    """The ``CreateOAuthToken`` object."""

    client_id: str
    client_secret: str
    grant_type: CreateOAuthTokenGrantType
    code: str | Unset
    """Required if grant_type is 'authorization_code'"""
    refresh_token: str | Unset
    """Required if grant_type is 'refresh_token'"""
    username: str | Unset
    """Required if grant_type is 'password'"""
    password: str | Unset
    """Required if grant_type is 'password'"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "client_id": "client_id",
        "client_secret": "client_secret",
        "grant_type": "grant_type",
        "code": "code",
        "refresh_token": "refresh_token",
        "username": "username",
        "password": "password",
    }

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        grant_type: CreateOAuthTokenGrantType,
        *,
        code: str | Unset = UNSET,
        refresh_token: str | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.client_id = check(client_id, str, "CreateOAuthToken.client_id")
        self.client_secret = check(client_secret, str, "CreateOAuthToken.client_secret")
        self.grant_type = check(
            grant_type,
            frozenset(
                (
                    "authorization_code",
                    "client_credentials",
                    "password",
                    "refresh_token",
                )
            ),
            "CreateOAuthToken.grant_type",
        )
        self.code = check(code, str, "CreateOAuthToken.code")
        self.refresh_token = check(refresh_token, str, "CreateOAuthToken.refresh_token")
        self.username = check(username, str, "CreateOAuthToken.username")
        self.password = check(password, str, "CreateOAuthToken.password")
        self.additional_properties = {}
