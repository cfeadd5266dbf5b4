"""Impersonation: query string for GET/DELETE, JSON body for POST/PUT."""

from __future__ import annotations

import httpx
import pytest

from figshare._operations import apply_impersonation


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
