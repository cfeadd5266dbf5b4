"""Every operation and every schema of the patched spec exists in figshare_api, with every property.

The checks read the patched spec, not a list written down here, so they keep holding when the spec changes.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier

import figshare_api.models
from generator.schema_walk import COMPONENT_REF_PREFIX, operations

FIELD_PREFIX = "field_"
PACKAGES = {"v2": ("figshare_api", 158, 109), "v3": ("figshare_api_v3", 163, 110)}


@pytest.fixture(params=sorted(PACKAGES), scope="module")
def api(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def spec(api: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    path: Path = request.getfixturevalue("patched_spec_path" if api == "v2" else "patched_v3_spec_path")
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def operation_module(package: str, operation: dict[str, Any]) -> str:
    tag = PythonIdentifier(operation["tags"][0], FIELD_PREFIX)
    return f"{package}.api.{tag}.{PythonIdentifier(operation['operationId'], FIELD_PREFIX)}"


def all_properties(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    ref = schema.get("$ref")
    if ref:
        schema = spec["components"]["schemas"][ref[len(COMPONENT_REF_PREFIX) :]]
    names = set(schema.get("properties") or {})
    for member in schema.get("allOf", []):
        names |= all_properties(spec, member)
    return names


def test_every_operation_is_generated_sync_and_async(api: str, spec: dict[str, Any]) -> None:
    package, expected_operations, _schemas = PACKAGES[api]
    found = list(operations(spec))
    assert len(found) >= expected_operations
    for path, method, operation in found:
        module = importlib.import_module(operation_module(package, operation))
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function, None)), f"{method.upper()} {path}: no {function}()"


def test_every_schema_is_a_model_with_every_property(api: str, spec: dict[str, Any]) -> None:
    package, _operations, expected_schemas = PACKAGES[api]
    models = importlib.import_module(f"{package}.models")
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
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
