"""Build the smallest valid call of a generated operation from the patched spec: required parameters and
body, with values taken from the spec's own examples where it gives them."""

from __future__ import annotations

import importlib
import io
import json
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier

from figshare_api.types import File, Operation
from generator.schema_walk import COMPONENT_REF_PREFIX

FIELD_PREFIX = "field_"
TYPE_PLACEHOLDERS: dict[str, Any] = {"integer": 1, "number": 1.0, "boolean": True, "string": "example", "object": {}}


@dataclass
class OperationCall:
    """A generated operation and the keyword arguments of a valid call of its resource method."""

    operation: Operation[Any]
    kwargs: dict[str, Any]
    success_status: int


def generated_operation(operation: dict[str, Any], package: str = "figshare_api") -> Operation[Any]:
    """The generated `Operation` of a spec operation (what its resource method sends and how it parses)."""
    found: Operation[Any] = importlib.import_module(f"{package}.resources").operation(operation["operationId"])
    return found


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"][len(COMPONENT_REF_PREFIX) :]]
    return schema


def sample(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A value valid for ``schema``: its example, else its first enum value, else one built from its type."""
    schema = resolve(spec, schema)
    if "example" in schema and schema.get("type") != "object":
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = sample(spec, member)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(spec, schema[key][0])
    kind = schema.get("type", "object")
    if kind == "array":
        return [sample(spec, schema.get("items", {}))]
    if kind == "object":
        properties = schema.get("properties") or {}
        return {name: sample(spec, properties[name]) for name in schema.get("required", []) if name in properties}
    if kind == "integer" and "minimum" in schema:
        return max(1, int(schema["minimum"]))
    return TYPE_PLACEHOLDERS[kind]


def build_call(spec: dict[str, Any], operation: dict[str, Any], package: str = "figshare_api") -> OperationCall:
    kwargs: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        if parameter.get("required") or parameter["in"] == "path":
            kwargs[PythonIdentifier(parameter["name"], FIELD_PREFIX)] = sample(spec, parameter.get("schema", {}))
    body = operation.get("requestBody")
    if body:
        kwargs["body"] = _body(spec, operation, body, package)
    success = next((int(code) for code in operation["responses"] if code.startswith("2")), 200)
    return OperationCall(generated_operation(operation, package), kwargs, success)


def _body(spec: dict[str, Any], operation: dict[str, Any], body: dict[str, Any], package: str) -> Any:
    """The body model (a component's, or the inline one openapi-python-client names ``<OperationId>Body``)."""
    content_type, media = next(iter(body["content"].items()))
    schema = resolve(spec, media["schema"])
    ref = media["schema"].get("$ref")
    name = ref[len(COMPONENT_REF_PREFIX) :] if ref else operation["operationId"] + "_body"
    model = getattr(importlib.import_module(f"{package}.models"), ClassName(name, FIELD_PREFIX), None)
    if model is None:
        return sample(spec, schema)
    if content_type == "multipart/form-data":
        fields = {}
        for name, prop in (schema.get("properties") or {}).items():
            if prop.get("format") == "binary":
                fields[PythonIdentifier(name, FIELD_PREFIX)] = File(
                    payload=io.BytesIO(b"a,b\n1,2\n"), file_name="data.csv"
                )
            elif name in schema.get("required", []):
                fields[PythonIdentifier(name, FIELD_PREFIX)] = sample(spec, prop)
        return model(**fields)
    return model.from_dict(json.loads(json.dumps(sample(spec, schema))))
