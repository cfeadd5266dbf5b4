"""Build the smallest valid call of a generated operation from the patched spec: required parameters and
body, with values taken from the spec's own examples where it gives them."""

from __future__ import annotations

import enum
import importlib
import io
import json
import types
import typing
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from figshare_api.types import File
from generator.schema_walk import COMPONENT_REF_PREFIX

FIELD_PREFIX = "field_"
TYPE_PLACEHOLDERS: dict[str, Any] = {"integer": 1, "number": 1.0, "boolean": True, "string": "example", "object": {}}


@dataclass
class OperationCall:
    """A generated operation module and the keyword arguments of a valid call."""

    module: ModuleType
    kwargs: dict[str, Any]
    success_status: int


def operation_module(operation: dict[str, Any], package: str = "figshare_api") -> ModuleType:
    tag = PythonIdentifier(operation["tags"][0], FIELD_PREFIX)
    return importlib.import_module(f"{package}.api.{tag}.{PythonIdentifier(operation['operationId'], FIELD_PREFIX)}")


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
    module = operation_module(operation, package)
    kwargs: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        if parameter.get("required") or parameter["in"] == "path":
            value = sample(spec, parameter.get("schema", {}))
            kwargs[PythonIdentifier(parameter["name"], FIELD_PREFIX)] = _typed_parameter(module, parameter, value)
    body = operation.get("requestBody")
    if body:
        kwargs["body"] = _body(spec, module, body)
    success = next((int(code) for code in operation["responses"] if code.startswith("2")), 200)
    return OperationCall(module, kwargs, success)


def _union_members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _typed_parameter(module: ModuleType, parameter: dict[str, Any], value: Any) -> Any:
    """Enum-typed parameters take the generated enum class."""
    annotation = module.sync_detailed.__annotations__.get(PythonIdentifier(parameter["name"], FIELD_PREFIX))
    for member in _union_members(annotation):
        if isinstance(member, type) and issubclass(member, enum.Enum):
            return member(value)
    return value


def _body(spec: dict[str, Any], module: ModuleType, body: dict[str, Any]) -> Any:
    content_type, media = next(iter(body["content"].items()))
    schema = resolve(spec, media["schema"])
    model = next(
        (m for m in _union_members(module._get_kwargs.__annotations__["body"]) if hasattr(m, "from_dict")), None
    )
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
