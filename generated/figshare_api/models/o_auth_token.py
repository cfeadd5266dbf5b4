from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define
class OAuthToken(ResponseModel):
    """The ``OAuthToken`` object."""

    access_token: str | None = None
    """The OAuth access token"""
    token: str | None = None
    """The OAuth access token"""
    token_type: str | None = None
    """The type of token issued"""
    expires_in: int | None = None
    """Token expiration time in seconds"""
    refresh_token: str | None = None
    """The refresh token (only provided for certain grant types)"""
    scope: str | None = None
    """The scope of the access token"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "access_token": "access_token",
        "token": "token",
        "token_type": "token_type",
        "expires_in": "expires_in",
        "refresh_token": "refresh_token",
        "scope": "scope",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> OAuthToken:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        get = src_dict.get
        model = cls.__new__(cls)
        model.access_token = get("access_token")
        model.token = get("token")
        model.token_type = get("token_type")
        model.expires_in = get("expires_in")
        model.refresh_token = get("refresh_token")
        model.scope = get("scope")
        model.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {k: x for k, x in src_dict.items() if k not in _KNOWN}
        )
        model._keys = tuple(src_dict)
        return model


_KNOWN = frozenset(OAuthToken._fields)
