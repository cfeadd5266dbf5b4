"""Structural normalisation: rewrites that keep the API's meaning but that no overlay can express.

Each rule is a function over the whole document, applied after the overlays:

``unique_operation_ids``
    Older upstream files give two operations the same ``operationId`` (GET and POST
    ``/account/institution/review/{curation_id}/comments`` until 2024-11), which is invalid OpenAPI and would
    make one generated function overwrite the other. Every repeat after the first gets ``_<method>`` appended.
``fold_allof_siblings``
    openapi-python-client (0.29) turns a schema that has ``allOf: [$ref]`` *and* its own ``properties`` into the
    referenced schema, silently dropping the own properties (``ArticleComplete`` loses ``files``, ``authors``...).
    The own ``properties``/``required`` move into a second ``allOf`` member, which the generator merges.
``flatten_overriding_allofs``
    When an ``allOf`` schema redefines a property it inherits with a different schema (the private article's
    ``files`` are ``PrivateFile``, not the inherited ``PublicFile``), openapi-python-client silently keeps the
    inherited one. Such a schema is flattened into one object whose own definitions win.
``give_aliases_their_own_model``
    A component that is only ``allOf: [$ref]`` (``Timeline``) gets no model of its own; an empty object member
    makes it one, so that every schema of the spec exists as a model.
``split_shared_schemas``
    A component used both in requests and in responses is copied: requests keep the original, exact one;
    responses use ``<Name>Response``, which the next rule relaxes.
``relax_response_schemas``
    The SDK's core design choice, *strict on write, lenient and lossless on read* (see README): in everything a
    response can contain, no property is required, every property may be ``null``, enumerations and date
    formats become documentation (``x-known-values``, ``x-format``) instead of parse-time checks, and unknown
    keys are kept (``additionalProperties`` is never false). Real Figshare responses omit "required" keys, send
    ``null`` for blank fields (documented in api/index.md) and grow new keys and values.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from generator.schema_walk import (
    COMPONENT_REF_PREFIX,
    Schema,
    child_schemas,
    component_closure,
    operations,
    request_schemas,
    response_schemas,
    rewrite_refs,
)

RESPONSE_COPY_SUFFIX = "Response"
LENIENT_FORMATS = ("date", "date-time")


@dataclass
class NormalisationReport:
    """What the normaliser changed, for the build log and the tests."""

    renamed_operations: dict[str, str] = field(default_factory=dict)
    folded: list[str] = field(default_factory=list)
    flattened: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    split: dict[str, str] = field(default_factory=dict)
    relaxed: list[str] = field(default_factory=list)


def normalise(spec: dict[str, Any]) -> NormalisationReport:
    """Apply every rule, in order, in place."""
    report = NormalisationReport()
    report.renamed_operations = unique_operation_ids(spec)
    report.folded = fold_allof_siblings(spec)
    report.flattened = flatten_overriding_allofs(spec)
    report.aliases = give_aliases_their_own_model(spec)
    report.split = split_shared_schemas(spec)
    report.relaxed = relax_response_schemas(spec)
    return report


def unique_operation_ids(spec: dict[str, Any]) -> dict[str, str]:
    """Rename repeated operation ids. Returns {"METHOD /path": new id}."""
    seen: set[str] = set()
    renamed: dict[str, str] = {}
    for path, method, operation in operations(spec):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        if operation_id in seen:
            operation_id = f"{operation_id}_{method}"
            if operation_id in seen:
                raise ValueError(f"cannot make operationId unique for {method.upper()} {path}: {operation_id}")
            operation["operationId"] = operation_id
            renamed[f"{method.upper()} {path}"] = operation_id
        seen.add(operation_id)
    return renamed


def _components(spec: dict[str, Any]) -> dict[str, Schema]:
    schemas: dict[str, Schema] = spec.setdefault("components", {}).setdefault("schemas", {})
    return schemas


def _all_schemas(spec: dict[str, Any]) -> list[Schema]:
    """Every schema object of the document, inline ones included (depth first)."""
    roots = list(_components(spec).values()) + list(request_schemas(spec)) + list(response_schemas(spec))
    found: list[Schema] = []
    stack = roots
    while stack:
        schema = stack.pop()
        found.append(schema)
        stack.extend(child_schemas(schema))
    return found


def fold_allof_siblings(spec: dict[str, Any]) -> list[str]:
    """Move the own ``properties``/``required`` of an ``allOf`` schema into an extra ``allOf`` member."""
    folded: list[str] = []
    names = {id(schema): name for name, schema in _components(spec).items()}
    for schema in _all_schemas(spec):
        if "allOf" not in schema or not ("properties" in schema or "required" in schema):
            continue
        member: Schema = {"type": "object"}
        for key in ("properties", "required"):
            if key in schema:
                member[key] = schema.pop(key)
        schema["allOf"].append(member)
        folded.append(names.get(id(schema), "(inline schema)"))
    return sorted(folded)


def flatten_overriding_allofs(spec: dict[str, Any]) -> list[str]:
    """Flatten component ``allOf`` schemas that override an inherited property with a different schema."""
    components = _components(spec)
    flattened: list[str] = []
    for name, schema in components.items():
        members = schema.get("allOf")
        if not isinstance(members, list):
            continue
        inherited: dict[str, Schema] = {}
        own: dict[str, Schema] = {}
        for member in members:
            if "$ref" in member:
                inherited.update(_all_properties(components, member, set()))
            else:
                own.update(_all_properties(components, member, set()))
        if not any(key in inherited and inherited[key] != value for key, value in own.items()):
            continue
        required = sorted(_all_required(components, schema, set()))
        del schema["allOf"]
        schema["type"] = "object"
        schema["properties"] = copy.deepcopy({**inherited, **own})
        if required:
            schema["required"] = required
        flattened.append(name)
    return sorted(flattened)


def _resolve(components: dict[str, Schema], schema: Schema) -> Schema:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX):
        return components[ref[len(COMPONENT_REF_PREFIX) :]]
    return schema


def _all_properties(components: dict[str, Schema], schema: Schema, seen: set[int]) -> dict[str, Schema]:
    """The properties of ``schema`` including those of its ``allOf`` members, later definitions winning."""
    schema = _resolve(components, schema)
    if id(schema) in seen:
        return {}
    seen = seen | {id(schema)}
    found: dict[str, Schema] = {}
    for member in schema.get("allOf", []):
        found.update(_all_properties(components, member, seen))
    found.update(schema.get("properties") or {})
    return found


def _all_required(components: dict[str, Schema], schema: Schema, seen: set[int]) -> set[str]:
    schema = _resolve(components, schema)
    if id(schema) in seen:
        return set()
    seen = seen | {id(schema)}
    found = set(schema.get("required") or [])
    for member in schema.get("allOf", []):
        found |= _all_required(components, member, seen)
    return found


def give_aliases_their_own_model(spec: dict[str, Any]) -> list[str]:
    """Give components that are a bare ``allOf: [$ref]`` an object member so they become models."""
    aliases: list[str] = []
    for name, schema in _components(spec).items():
        members = schema.get("allOf")
        if isinstance(members, list) and members and all(set(m) == {"$ref"} for m in members):
            members.append({"type": "object"})
            aliases.append(name)
    return sorted(aliases)


def split_shared_schemas(spec: dict[str, Any]) -> dict[str, str]:
    """Copy components used in both directions; responses get the copy. Returns {original: copy}."""
    components = _components(spec)
    request_roots = list(request_schemas(spec))
    response_roots = list(response_schemas(spec))
    shared = component_closure(spec, request_roots) & component_closure(spec, response_roots)
    renames = {name: name + RESPONSE_COPY_SUFFIX for name in sorted(shared)}
    for original, copy_name in renames.items():
        if copy_name in components:
            raise ValueError(f"cannot copy {original} for responses: {copy_name} already exists")
    response_only = component_closure(spec, response_roots) - shared
    for original, copy_name in renames.items():
        components[copy_name] = copy.deepcopy(components[original])
    for node in [
        *response_roots,
        *(components[n] for n in response_only),
        *(components[c] for c in renames.values()),
    ]:
        rewrite_refs(node, renames)
    return renames


def relax_response_schemas(spec: dict[str, Any]) -> list[str]:
    """Make everything a response can contain lenient (see the module docstring). Returns component names."""
    components = _components(spec)
    response_roots = list(response_schemas(spec))
    names = sorted(component_closure(spec, response_roots))
    for name in names:
        _relax(components[name])
    for root in response_roots:
        if "$ref" not in root:
            _relax(root)
    return names


def _relax(schema: Schema) -> None:
    schema.pop("required", None)
    if schema.get("additionalProperties") is False:
        del schema["additionalProperties"]
    if "enum" in schema:
        schema["x-known-values"] = schema.pop("enum")
    if schema.get("format") in LENIENT_FORMATS:
        schema["x-format"] = schema.pop("format")
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for key, value in properties.items():
            properties[key] = _nullable(value)
    for child in child_schemas(schema):
        if "$ref" not in child:
            _relax(child)


def _nullable(schema: Schema) -> Schema:
    """The same schema, also accepting ``null`` (a bare ``$ref`` is wrapped, as OpenAPI 3.0 requires)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX):
        wrapped: Schema = {key: value for key, value in schema.items() if key != "$ref"}
        wrapped["allOf"] = [{"$ref": ref}]
        wrapped["nullable"] = True
        return wrapped
    schema["nullable"] = True
    return schema
