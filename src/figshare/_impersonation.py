"""Act on behalf of another account (Figshare institutional administrators only).

Figshare takes the account to impersonate as `impersonate=<account_id>` in the query string of `GET` and
`DELETE` requests, and as an `impersonate` field of the JSON body of `POST` and `PUT` requests. This is not in
the OpenAPI description, so the SDK adds it to every outgoing API request with a request hook.
"""

from __future__ import annotations

import json as jsonlib
from collections.abc import Callable, Iterable
from typing import Any

import httpx

__all__ = ["BODY_METHODS", "apply_impersonation", "impersonation_hook"]

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


def impersonation_hook(
    account_id: int, *, url_prefixes: Iterable[str] = ("https://api.figshare.com/v2/",)
) -> Callable[[httpx.Request], httpx.Request]:
    """A request hook for `HTTPCore` that impersonates `account_id` on requests under `url_prefixes`.

    Requests elsewhere (the upload service, storage redirects) are returned unchanged.

    Raises (when a request is transformed):
        TypeError: a `POST`/`PUT` body under the prefixes is not a JSON object (or not JSON at all).
    """
    _check_account_id(account_id)
    prefixes = tuple(url_prefixes)

    def hook(request: httpx.Request) -> httpx.Request:
        if not str(request.url).startswith(prefixes):
            return request
        if request.method.upper() not in BODY_METHODS:
            params, _ = apply_impersonation(request.method, request.url.params, None, account_id)
            return httpx.Request(
                request.method,
                request.url.copy_with(params=params),
                headers=request.headers,
                stream=request.stream,
                extensions=request.extensions,
            )
        _, body = apply_impersonation(request.method, None, _json_body(request), account_id)
        headers = httpx.Headers(request.headers)
        headers.pop("content-length", None)
        headers.pop("content-type", None)
        return httpx.Request(request.method, request.url, headers=headers, json=body, extensions=request.extensions)

    return hook


def _json_body(request: httpx.Request) -> Any:
    content = request.read()
    if not content.strip():
        return None
    content_type = request.headers.get("content-type", "")
    if "json" not in content_type.lower():
        raise TypeError(
            f"impersonation needs a JSON body for {request.method}, but the body is {content_type or 'untyped'}"
        )
    return jsonlib.loads(content)


def _check_account_id(account_id: int) -> None:
    if isinstance(account_id, bool) or not isinstance(account_id, int) or account_id <= 0:
        raise ValueError(f"account_id must be a positive integer, not {account_id!r}")
