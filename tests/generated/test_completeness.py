"""Every operation of the patched spec exists in figshare_api, and every schema an operation reaches is a model
with every property.

The checks read the patched spec, not a list written down here, so they keep holding when the spec changes.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier

import figshare_api.models
from generator.schema_walk import COMPONENT_REF_PREFIX, operations, request_schemas, response_schemas

FIELD_PREFIX = "field_"
PACKAGES = {"v2": ("figshare_api", 158, 98), "v3": ("figshare_api_v3", 163, 89)}


@pytest.fixture(params=sorted(PACKAGES), scope="module")
def api(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def spec(api: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    path: Path = request.getfixturevalue("patched_spec_path" if api == "v2" else "patched_v3_spec_path")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def all_properties(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    ref = schema.get("$ref")
    if ref:
        schema = spec["components"]["schemas"][ref[len(COMPONENT_REF_PREFIX) :]]
    names = set(schema.get("properties") or {})
    for member in schema.get("allOf", []):
        names |= all_properties(spec, member)
    return names


def test_every_operation_is_generated_with_its_method_and_path(api: str, spec: dict[str, Any]) -> None:
    """Sync and async methods for each are the reachability tests' job (tests/client/test_reachability.py)."""
    package, expected_operations, _schemas = PACKAGES[api]
    resources = importlib.import_module(f"{package}.resources")
    found = list(operations(spec))
    assert len(found) >= expected_operations
    for path, method, operation in found:
        generated = resources.operation(operation["operationId"])
        assert generated.method == method.upper()
        assert re.sub(r"\{[^}]+\}", "{}", generated.path) == re.sub(r"\{[^}]+\}", "{}", path)


def _refs_outside_allof(node: Any, found: set[str]) -> None:
    """Components referenced by ``node`` as values (a component used only as an ``allOf`` base is merged)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX):
            found.add(ref[len(COMPONENT_REF_PREFIX) :])
        for key, value in node.items():
            if key == "allOf":
                for member in value:
                    if "$ref" not in member:
                        _refs_outside_allof(member, found)
            else:
                _refs_outside_allof(value, found)
    elif isinstance(node, list):
        for item in node:
            _refs_outside_allof(item, found)


def model_schemas(spec: dict[str, Any]) -> set[str]:
    """The components that operations reach as values of their own (each must be a model)."""
    found: set[str] = set()
    _refs_outside_allof([*request_schemas(spec), *response_schemas(spec)], found)
    pending = set(found)
    while pending:
        name = pending.pop()
        more: set[str] = set()
        _refs_outside_allof(spec["components"]["schemas"][name], more)
        pending |= more - found
        found |= more
    return found


def test_every_schema_an_operation_reaches_is_a_model_with_every_property(api: str, spec: dict[str, Any]) -> None:
    package, _operations, expected_schemas = PACKAGES[api]
    models = importlib.import_module(f"{package}.models")
    reached = model_schemas(spec)
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        if name not in reached or name == "ErrorMessage":  # error bodies are figshare.errors' job
            continue
        expected = all_properties(spec, schema)
        if not expected and schema.get("type") != "object":
            continue
        model = getattr(models, ClassName(name, FIELD_PREFIX), None)
        assert model is not None, f"schema {name} has no model"
        fields = {field.name for field in attrs.fields(model)}
        missing = {key for key in expected if PythonIdentifier(key, FIELD_PREFIX) not in fields}
        assert not missing, f"model {model.__name__} lacks properties {sorted(missing)} of schema {name}"
        checked += 1
    assert checked >= expected_schemas


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        ("ArticleComplete", {"files", "authors", "description", "figshare_url", "is_active", "timeline"}),
        ("ArticleCompletePrivate", {"files", "authors", "account_id", "curation_status"}),
        ("PrivateFile", {"upload_url", "upload_token", "computed_md5", "name"}),
        ("ArticleWithProject", {"project_id", "title", "doi"}),
        ("Timeline", {"posted", "revision", "first_online"}),
    ],
)
def test_schemas_that_naive_generation_loses(model: str, fields: set[str]) -> None:
    """openapi-python-client 0.29.1 alone drops these models or their own fields (see generator/normalise.py)."""
    names = {field.name for field in attrs.fields(getattr(figshare_api.models, model))}
    assert fields <= names
