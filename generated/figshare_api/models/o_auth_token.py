from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
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
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        if _KNOWN.issuperset(src_dict):
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


_KNOWN = OAuthToken._prepare({})
