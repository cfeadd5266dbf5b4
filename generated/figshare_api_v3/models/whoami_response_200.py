from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from ..types import ResponseModel


@define(slots=False)
class WhoamiResponse200(ResponseModel):
    """The ``WhoamiResponse200`` object."""

    account: Account | None = None
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "account": "account",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> WhoamiResponse200:
        """Parse a JSON object (lenient: values that do not have the documented type are kept as they came)."""
        model = object.__new__(cls)
        values = model.__dict__
        values.update(src_dict)
        ordered = _KNOWN.issuperset(src_dict)  # then the instance dict keeps the body's order, unless changed
        if ordered:
            values["additional_properties"] = {}
        else:
            model._rekey(src_dict)
        # Nested models are made on first read (_Nested): their JSON values wait in _raw. An absent or null
        # one is read from the instance dict, after additional_properties (to_dict() leaves it out unless
        # _keys names it).
        raw = {}
        if (value := values.pop("account", None)) is not None:
            raw["account"] = value
        else:
            values["account"] = None
            if "account" in src_dict:
                ordered = False
        if raw:
            object.__setattr__(model, "_raw", raw)
            ordered = False
        if not ordered:
            object.__setattr__(model, "_keys", tuple(src_dict))
        return model


def _account(v: Any) -> Any:
    return Account.from_dict(v) if type(v) is dict else v


_KNOWN = WhoamiResponse200._prepare({"account": _account})

# At the end: models may refer to each other.

from figshare_api.models.account import Account  # noqa: E402
