"""Impersonation: query string for GET/DELETE, JSON body for POST/PUT."""

from __future__ import annotations

import json

import httpx
import pytest

from figshare._impersonation import apply_impersonation, impersonation_hook
from tests.core.core_fakes import API


@pytest.mark.parametrize("method", ["GET", "get", "DELETE", "HEAD"])
def test_query_methods(method: str) -> None:
    params, body = apply_impersonation(method, httpx.QueryParams({"page": "2"}), None, 1000009)
    assert params == httpx.QueryParams({"page": "2", "impersonate": "1000009"})
    assert body is None


def test_query_without_params_and_replacing_a_previous_value() -> None:
    params, _ = apply_impersonation("GET", None, None, 5)
    assert str(params) == "impersonate=5"
    params, _ = apply_impersonation("GET", httpx.QueryParams("impersonate=4&a=1"), None, 5)
    assert params is not None
    assert params.get_list("impersonate") == ["5"]


@pytest.mark.parametrize("method", ["POST", "PUT", "patch"])
def test_body_methods(method: str) -> None:
    original = {"title": "test"}
    params, body = apply_impersonation(method, None, original, 1000009)
    assert body == {"title": "test", "impersonate": 1000009}
    assert original == {"title": "test"}  # not modified
    assert params is None


def test_body_method_without_body_gets_one() -> None:
    assert apply_impersonation("POST", None, None, 3) == (None, {"impersonate": 3})


def test_body_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(TypeError, match="JSON object body"):
        apply_impersonation("POST", None, [1, 2], 3)


@pytest.mark.parametrize("account_id", [0, -1, True, "12", 1.5])
def test_bad_account_ids(account_id: object) -> None:
    with pytest.raises(ValueError):
        apply_impersonation("GET", None, None, account_id)  # type: ignore[arg-type]


def test_hook_only_touches_requests_under_the_prefixes() -> None:
    hook = impersonation_hook(9, url_prefixes=[API + "/"])
    upload = httpx.Request("PUT", "https://fup1.figshare.com/upload/t/1", content=b"raw")
    assert hook(upload) is upload
    get = hook(httpx.Request("GET", f"{API}/account/articles?page=1"))
    assert str(get.url) == f"{API}/account/articles?page=1&impersonate=9"


def test_hook_rewrites_json_bodies_and_fixes_length() -> None:
    hook = impersonation_hook(9, url_prefixes=[API + "/"])
    request = hook(httpx.Request("PUT", f"{API}/account/articles/1", json={"title": "é"}, headers={"X-A": "1"}))
    assert json.loads(request.content) == {"title": "é", "impersonate": 9}
    assert request.headers["Content-Length"] == str(len(request.content))
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-A"] == "1"
    empty = hook(httpx.Request("POST", f"{API}/account/articles/1/publish"))
    assert json.loads(empty.content) == {"impersonate": 9}


def test_hook_refuses_non_json_bodies() -> None:
    hook = impersonation_hook(9, url_prefixes=[API + "/"])
    with pytest.raises(TypeError, match="needs a JSON body"):
        hook(httpx.Request("POST", f"{API}/token", data={"grant_type": "x"}))


def test_hook_default_prefix_is_the_production_api() -> None:
    hook = impersonation_hook(9)
    assert "impersonate" in str(hook(httpx.Request("GET", f"{API}/account")).url)
    staging = httpx.Request("GET", "https://api.figsh.com/v2/account")
    assert hook(staging) is staging
