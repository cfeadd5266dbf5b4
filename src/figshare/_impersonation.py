"""Act on behalf of another account (Figshare institutional administrators only).

Figshare takes the account to impersonate as `impersonate=<account_id>` in the query string of `GET` and
`DELETE` requests, and as an `impersonate` field of the JSON body of `POST` and `PUT` requests. This is not in
the OpenAPI description, so the SDK's requester (`figshare._operations`) adds it to every API request.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["BODY_METHODS", "apply_impersonation"]

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
"""Methods that carry `impersonate` in the JSON body; all others carry it in the query string."""

IMPERSONATE = "impersonate"


def apply_impersonation(
    method: str, params: httpx.QueryParams | None, json: Any, account_id: int
) -> tuple[httpx.QueryParams | None, Any]:
    """Return `(params, json)` with `impersonate=account_id` added where Figshare expects it.

    `GET`, `DELETE` (and other body-less methods) get it in the query; `POST`, `PUT` and `PATCH` get it in the
    JSON object body (a missing body becomes `{"impersonate": account_id}`). The inputs are not modified.

    Raises:
        TypeError: the JSON body of a `POST`/`PUT` is not an object, so the field cannot be added.
    """
    _check_account_id(account_id)
    if method.upper() in BODY_METHODS:
        if json is None:
            return params, {IMPERSONATE: account_id}
        if not isinstance(json, dict):
            raise TypeError(f"impersonation needs a JSON object body for {method.upper()}, not {type(json).__name__}")
        return params, {**json, IMPERSONATE: account_id}
    query = httpx.QueryParams(params) if params is not None else httpx.QueryParams()
    return query.set(IMPERSONATE, str(account_id)), json


def _check_account_id(account_id: int) -> None:
    if isinstance(account_id, bool) or not isinstance(account_id, int) or account_id <= 0:
        raise ValueError(f"account_id must be a positive integer, not {account_id!r}")
