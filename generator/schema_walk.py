"""Walking the schemas of an OpenAPI 3.0 document: where schemas live, what they reference."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_REF_PREFIX = "#/components/schemas/"

Schema = dict[str, Any]


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the document, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def child_schemas(schema: Schema) -> Iterator[Schema]:
    """The schemas written inline inside ``schema`` (one level down; references are not followed)."""
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key, []):
            if isinstance(member, dict):
                yield member
    for member in (schema.get("properties") or {}).values():
        if isinstance(member, dict):
            yield member
    for key in ("items", "not", "additionalProperties"):
        member = schema.get(key)
        if isinstance(member, dict):
            yield member


def request_schemas(spec: dict[str, Any]) -> Iterator[Schema]:
    """Top-level schemas of what clients send: request bodies and parameters."""
    for _path, _method, operation in operations(spec):
        for parameter in operation.get("parameters", []):
            if isinstance(parameter.get("schema"), dict):
                yield parameter["schema"]
        for media in (operation.get("requestBody") or {}).get("content", {}).values():
            if isinstance(media.get("schema"), dict):
                yield media["schema"]


def response_schemas(spec: dict[str, Any]) -> Iterator[Schema]:
    """Top-level schemas of what servers send: every response body of every status."""
    for _path, _method, operation in operations(spec):
        for response in (operation.get("responses") or {}).values():
            for media in (response.get("content") or {}).values():
                if isinstance(media.get("schema"), dict):
                    yield media["schema"]


def _component_refs(node: Any) -> Iterator[tuple[dict[str, Any], str]]:
    """Every object inside ``node`` that references a component schema, with the component's name."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX):
                yield current, ref[len(COMPONENT_REF_PREFIX) :]
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def referenced_components(node: Any) -> set[str]:
    """Names of the component schemas that ``node`` references directly (anywhere inside it)."""
    return {name for _holder, name in _component_refs(node)}


def component_closure(spec: dict[str, Any], roots: list[Schema]) -> set[str]:
    """Every component schema reachable from ``roots`` through references."""
    components = spec.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    pending = set().union(*(referenced_components(root) for root in roots)) if roots else set()
    while pending:
        name = pending.pop()
        if name in seen or name not in components:
            continue
        seen.add(name)
        pending |= referenced_components(components[name]) - seen
    return seen


def rewrite_refs(node: Any, renames: dict[str, str]) -> None:
    """Point references to component ``old`` at component ``renames[old]``, in place."""
    for holder, name in list(_component_refs(node)):
        if name in renames:
            holder["$ref"] = COMPONENT_REF_PREFIX + renames[name]
