"""Structural normalisation of the Python build: rewrites that keep the API's meaning but that no overlay can express.

Each rule is a function over the whole document, applied after the overlays (``overlays/python`` included). The
reference for other languages (``generator.reference``, ``dist/spec``) applies ``unique_operation_ids``,
``name_unnamed_operations`` and ``relax_response_schemas`` too, written out as overlay actions; the others exist
only for openapi-python-client:

``unique_operation_ids``
    Older upstream files give two operations the same ``operationId`` (GET and POST
    ``/account/institution/review/{curation_id}/comments`` until 2024-11), which is invalid OpenAPI and would
    make one generated function overwrite the other. Every repeat after the first gets ``_<method>`` appended.
    Ids that differ only in spelling (``articleList``, ``article_list``) count as repeats: they would name the
    same thing in Python. An id that is not a Python identifier (``get-articles``) becomes its snake_case
    spelling (``get_articles``): each operation is the constant ``_<operation id>`` of its resource module.
``name_unnamed_operations``
    Some upstream files leave out an operation's ``operationId`` (five ``/account/articles/{id}/files``
    operations, 2017-06) or its ``tags`` (``/account/articles/export``, 2019-12). Every operation gets both, so
    that each has an `Operation` and a facade method: the id is derived from the method and the path as
    openapi-python-client would derive it (``get_account_articles_article_id_files``; ``_2``, ``_3``... on a
    clash), the tag is that of another operation on the same path, else on the nearest enclosing path, else the
    path's first segment (the second under ``/account``). Both depend on the method and path alone.
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
``relax_redeclared_properties``
    A schema outside every response (v3's ``ProjectArticle`` in 2026-06/07) can compose a relaxed one with
    ``allOf`` and redeclare one of its properties (``created_date``). The redeclaration is relaxed like the
    property it redeclares, so that the two can be merged into one model (openapi-python-client otherwise drops
    the schema and every schema built on it: "None | str can't be merged with str").
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.schema_walk import (
    COMPONENT_REF_PREFIX,
    HTTP_METHODS,
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


class NormalisationError(ValueError):
    """A rule cannot be applied. ``rule`` names it; ``malformed`` when the document has a shape no OpenAPI
    document has (the validator can then say where)."""

    def __init__(self, rule: str, message: str, *, malformed: bool = False) -> None:
        super().__init__(message)
        self.rule = rule
        self.malformed = malformed


@dataclass
class NormalisationReport:
    """What the normaliser changed, for the build log and the tests."""

    renamed_operations: dict[str, str] = field(default_factory=dict)
    named_operations: dict[str, str] = field(default_factory=dict)
    tagged_operations: dict[str, str] = field(default_factory=dict)
    folded: list[str] = field(default_factory=list)
    flattened: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    split: dict[str, str] = field(default_factory=dict)
    relaxed: list[str] = field(default_factory=list)
    redeclared: list[str] = field(default_factory=list)


def normalise(spec: dict[str, Any], *, relax: bool = True) -> NormalisationReport:
    """Apply every rule, in order, in place. Raises NormalisationError naming the rule that failed.

    ``relax=False`` leaves out the two relaxing rules: the document is then as strict as upstream says.
    """
    report = NormalisationReport()
    report.renamed_operations = _run("unique_operation_ids", unique_operation_ids, spec)
    report.named_operations, report.tagged_operations = _run("name_unnamed_operations", name_unnamed_operations, spec)
    report.folded = _run("fold_allof_siblings", fold_allof_siblings, spec)
    report.flattened = _run("flatten_overriding_allofs", flatten_overriding_allofs, spec)
    report.aliases = _run("give_aliases_their_own_model", give_aliases_their_own_model, spec)
    report.split = _run("split_shared_schemas", split_shared_schemas, spec)
    if relax:
        report.relaxed = _run("relax_response_schemas", relax_response_schemas, spec)
        report.redeclared = _run("relax_redeclared_properties", relax_redeclared_properties, spec)
    return report


def _run(name: str, rule: Callable[[dict[str, Any]], Any], spec: dict[str, Any]) -> Any:
    try:
        return rule(spec)
    except ValueError as error:
        raise NormalisationError(name, str(error)) from error
    except (AttributeError, TypeError, KeyError, IndexError) as error:  # a shape no OpenAPI document has
        raise NormalisationError(name, f"{type(error).__name__}: {error}", malformed=True) from error


def module_key(operation_id: str) -> str:
    """An operation id in snake_case, roughly: ids with equal keys would name the same thing in Python."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_")


def unique_operation_ids(spec: dict[str, Any]) -> dict[str, str]:
    """Rename repeated operation ids. Returns {"METHOD /path": new id}."""
    seen: set[str] = set()
    renamed: dict[str, str] = {}
    for path, method, operation in operations(spec):
        if not _has_id(operation):
            continue
        operation_id = str(operation["operationId"])
        if not f"_{operation_id}".isidentifier():  # the facade's constant for it is ``_<operation id>``
            operation_id = module_key(operation_id) or method
            operation["operationId"] = operation_id
            renamed[f"{method.upper()} {path}"] = operation_id
        if module_key(operation_id) in seen:
            operation_id = f"{operation_id}_{method}"
            if module_key(operation_id) in seen:
                raise ValueError(f"cannot make operationId unique for {method.upper()} {path}: {operation_id}")
            operation["operationId"] = operation_id
            renamed[f"{method.upper()} {path}"] = operation_id
        seen.add(module_key(operation_id))
    return renamed


def derived_operation_id(method: str, path: str) -> str:
    """The id openapi-python-client gives an operation without one: ``get_account_articles_article_id_files``."""
    return f"{method}_" + path.replace("{", "").replace("}", "").replace("/", "_").strip("_")


def name_unnamed_operations(spec: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """Give operations without an ``operationId`` or ``tags`` stable derived ones (see the module docstring).

    Returns ({"METHOD /path": derived id}, {"METHOD /path": derived tag}).
    """
    taken = {module_key(str(op["operationId"])) for _p, _m, op in operations(spec) if _has_id(op)}
    named: dict[str, str] = {}
    for path, method, operation in operations(spec):
        if _has_id(operation):
            continue
        base = derived_operation_id(method, path)
        candidate, number = base, 1
        while module_key(candidate) in taken:
            number += 1
            candidate = f"{base}_{number}"
        operation["operationId"] = candidate
        taken.add(module_key(candidate))
        named[f"{method.upper()} {path}"] = candidate
    upstream_tags = {(path, method): str(op["tags"][0]) for path, method, op in operations(spec) if _has_tag(op)}
    tagged: dict[str, str] = {}
    for path, method, operation in operations(spec):
        if not _has_tag(operation):
            tag = _derived_tag(path, upstream_tags)
            operation["tags"] = [tag]
            tagged[f"{method.upper()} {path}"] = tag
    return named, tagged


def _has_id(operation: dict[str, Any]) -> bool:
    operation_id = operation.get("operationId")
    return isinstance(operation_id, str) and bool(operation_id.strip())


def _has_tag(operation: dict[str, Any]) -> bool:
    tags = operation.get("tags")
    return isinstance(tags, list) and bool(tags) and isinstance(tags[0], str) and bool(tags[0].strip())


def _derived_tag(path: str, upstream_tags: dict[tuple[str, str], str]) -> str:
    """The tag of another operation on ``path``, else on the nearest enclosing path, else a path segment."""
    segments = path.rstrip("/").split("/")
    while len(segments) > 1:
        prefix = "/".join(segments)
        for candidate in (prefix, prefix + "/"):
            for method in HTTP_METHODS:
                if (candidate, method) in upstream_tags:
                    return upstream_tags[(candidate, method)]
        segments.pop()
    static = [segment for segment in path.strip("/").split("/") if segment and not segment.startswith("{")]
    if static[:1] == ["account"] and len(static) > 1:
        return static[1]
    return static[0] if static else "default"


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


def relax_response_schemas(spec: dict[str, Any], formats: tuple[str, ...] = LENIENT_FORMATS) -> list[str]:
    """Make everything a response can contain lenient (see the module docstring). Returns component names.

    ``formats``: the formats that become documentation (``x-format``); the reference for other languages
    (``generator.reference``) adds ``uri``.
    """
    components = _components(spec)
    response_roots = list(response_schemas(spec))
    names = sorted(component_closure(spec, response_roots))
    for name in names:
        relax_schema(components[name], formats)
    for root in response_roots:
        if "$ref" not in root:
            relax_schema(root, formats)
    return names


def relax_schema(schema: Schema, formats: tuple[str, ...] = LENIENT_FORMATS) -> None:
    """Relax one schema and the schemas written inside it (see ``relax_response_schemas``), in place."""
    schema.pop("required", None)
    if schema.get("additionalProperties") is False:
        del schema["additionalProperties"]
    if "enum" in schema:
        schema["x-known-values"] = schema.pop("enum")
    if schema.get("format") in formats:
        schema["x-format"] = schema.pop("format")
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for key, value in properties.items():
            properties[key] = nullable(value)
    for child in child_schemas(schema):
        if "$ref" not in child:
            relax_schema(child, formats)


def nullable(schema: Schema) -> Schema:
    """The same schema, also accepting ``null`` (a bare ``$ref`` is wrapped, as OpenAPI 3.0 requires)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX):
        wrapped: Schema = {key: value for key, value in schema.items() if key != "$ref"}
        wrapped["allOf"] = [{"$ref": ref}]
        wrapped["nullable"] = True
        return wrapped
    schema["nullable"] = True
    return schema


def relax_redeclared_properties(spec: dict[str, Any]) -> list[str]:
    """Relax the properties that a schema outside the responses redeclares from a relaxed one it composes.

    Returns the names of the schemas changed.
    """
    components = _components(spec)
    relaxed = component_closure(spec, list(response_schemas(spec)))
    changed: list[str] = []
    for name, schema in components.items():
        if name in relaxed or not isinstance(schema.get("allOf"), list):
            continue
        inherited = _relaxed_inherited_properties(components, schema, relaxed)
        if not inherited:
            continue
        redeclared = False
        for holder in [schema, *(m for m in schema["allOf"] if isinstance(m, dict) and "$ref" not in m)]:
            properties = holder.get("properties")
            if isinstance(properties, dict):
                for key in [key for key in properties if key in inherited and properties[key] != inherited[key]]:
                    relax_schema(properties[key])
                    properties[key] = nullable(properties[key])
                    redeclared = True
            if redeclared and isinstance(holder.get("required"), list):
                holder["required"] = [key for key in holder["required"] if key not in inherited]
                if not holder["required"]:
                    del holder["required"]
        if redeclared:
            changed.append(name)
    return sorted(changed)


def _relaxed_inherited_properties(
    components: dict[str, Schema], schema: Schema, relaxed: set[str]
) -> dict[str, Schema]:
    """The properties ``schema`` inherits through ``allOf`` from relaxed components (directly or further up)."""
    found: dict[str, Schema] = {}
    pending = [member for member in schema.get("allOf", []) if isinstance(member, dict)]
    seen: set[str] = set()
    while pending:
        member = pending.pop(0)
        ref = member.get("$ref")
        if not (isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX)):
            continue
        name = ref[len(COMPONENT_REF_PREFIX) :]
        if name in seen or name not in components:
            continue
        seen.add(name)
        if name in relaxed:
            for key, value in _all_properties(components, components[name], set()).items():
                found.setdefault(key, value)
        pending.extend(m for m in components[name].get("allOf", []) if isinstance(m, dict))
    return found
