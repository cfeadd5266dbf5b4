"""The generator-neutral reference documents of ``dist/spec``, each made by a generated Overlay 1.0 document.

Upstream plus the hand-written overlays (``overlays/common`` and the API's own folder, never ``overlays/python``)
gives the *neutral* document. Rules then rewrite it, each a function over the whole document; what each rule
changed is written down as overlay actions (:func:`diff_actions`), so that

    upstream + the hand-written overlays + ``90-normalise.generated.yaml`` = the shipped document

holds for any Overlay 1.0 tool (``make dist-spec`` checks it with openapi-format, not with this package). The
rules, in order:

``operation_ids``
    Operation ids that repeat get ``_<method>`` appended, operations without an id or tags get derived ones
    (``generator.normalise``: only older upstream files need it, the pinned ones have nothing to change).
``standard_formats``
    ``format: url`` and ``format: link`` are not formats of OpenAPI or JSON Schema: validators that assert formats
    reject every value, others ignore them. The values are absolute URIs: ``format: uri``.
``open_objects``
    A schema ``type: object`` without ``properties`` (or with ``properties: {}``) is a free-form object:
    ``additionalProperties: true`` says so (openapi-typescript otherwise types it ``Record<string, never>``, an
    object that can hold nothing, as for ``folder_structure``). Every object a response can contain gets it too:
    Figshare adds keys to its responses over time, and a client that keeps unknown keys (as this SDK does) must be
    allowed to.

Those three give the *strict* document: upstream's ``required`` lists, enumerations, formats and nullability.
Then each variant relaxes it for reading responses:

``lenient``
    ``generator.normalise.relax_schema`` on everything a response can contain, the rule the Python client reads
    with: no property is required, every property may be ``null``, enumerations and the formats ``date``,
    ``date-time`` and ``uri`` become documentation (``x-known-values``, ``x-format``). It accepts every real
    response this project has seen and those it has not, at the price of weaker types.
``evidenced``
    Only what real responses contradict: every corpus response (not the mock recordings) is checked against the
    strict document (``generator.site_check``), and each schema site that refuses one is relaxed just enough and
    says why: ``x-observed-null`` (fixture ids) where ``null`` was sent, ``x-observed-missing`` (name -> fixture
    ids) beside a ``required`` list that lost names, ``x-observed-values`` (value, fixture ids) where an
    enumeration gained values or a format became ``x-format`` (``""`` for a URI, say). Everything no real
    response contradicts stays as upstream says.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.normalise import (
    LENIENT_FORMATS,
    name_unnamed_operations,
    nullable,
    relax_response_schemas,
    unique_operation_ids,
)
from generator.schema_walk import COMPONENT_REF_PREFIX, child_schemas, component_closure, response_schemas
from generator.site_check import Finding, Location, SiteChecker

LENIENT = "lenient"
EVIDENCED = "evidenced"
VARIANTS = (LENIENT, EVIDENCED)
NON_STANDARD_URI_FORMATS = ("url", "link")
READING_FORMATS = (*LENIENT_FORMATS, "uri")
"""Formats the lenient variant turns into documentation (``x-format``) in responses."""
RELAXABLE = ("null", "missing", "enum", "format")
NOT_SCHEMAS = frozenset({"example", "examples", "default", "enum", "x-known-values", "x-observed-values"})
MEMBER_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
OVERLAY_VERSION = "1.0.0"
SHOWN_FIXTURES = 3


class ReferenceError(ValueError):
    """The reference documents cannot be made (a real response contradicts what no rule relaxes)."""


@dataclass(frozen=True)
class Observation:
    """A schema site the evidenced variant relaxes, and the real responses that need it."""

    kind: str
    """``null``, ``missing``, ``enum`` or ``format`` (see ``generator.site_check``)."""
    site: Location
    name: str = ""
    value: Any = None
    fixtures: tuple[str, ...] = ()


@dataclass
class Reference:
    """The documents of one API version and the overlays that make them."""

    neutral: dict[str, Any]
    """Upstream plus the hand-written overlays."""
    strict: dict[str, Any]
    """The neutral document after the structural rules: what the relaxations start from."""
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Variant -> the shipped document."""
    overlays: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Variant -> the generated Overlay 1.0 document (neutral -> shipped)."""
    observations: list[Observation] = field(default_factory=list)
    rule_actions: dict[str, int] = field(default_factory=dict)
    """Rule -> how many overlay actions it wrote (the lenient and evidenced rules: for their variant)."""


# -- the structural rules ----------------------------------------------------------------------------------------


def operation_ids(document: dict[str, Any]) -> None:
    """Repeated ids made unique, missing ids and tags derived (``generator.normalise``)."""
    unique_operation_ids(document)
    name_unnamed_operations(document)


def standard_formats(document: dict[str, Any]) -> None:
    """``format: url`` / ``format: link`` -> ``format: uri``, in every schema of the document."""
    for schema in all_schemas(document):
        if schema.get("format") in NON_STANDARD_URI_FORMATS:
            schema["format"] = "uri"


def open_objects(document: dict[str, Any]) -> None:
    """``additionalProperties: true`` on free-form objects, and on every object a response can contain."""
    for schema in all_schemas(document):
        if is_free_form(schema):
            schema["additionalProperties"] = True
    for schema in response_closure_schemas(document):
        if "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = True


def is_free_form(schema: dict[str, Any]) -> bool:
    """A ``type: object`` schema that says nothing about its keys (no properties, or ``properties: {}``)."""
    described = ("additionalProperties", "allOf", "anyOf", "oneOf", "$ref", "patternProperties")
    return (
        schema.get("type") == "object" and not schema.get("properties") and not any(key in schema for key in described)
    )


def lenient(document: dict[str, Any]) -> None:
    """The lenient reading rule (``generator.normalise.relax_response_schemas``, with ``uri`` as well)."""
    relax_response_schemas(document, READING_FORMATS)


# -- walking the document ----------------------------------------------------------------------------------------


def all_schemas(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema object of the document: components, parameters, bodies, response headers, inline ones."""
    for _location, schema in schema_sites(document):
        yield schema


def schema_sites(document: dict[str, Any]) -> Iterator[tuple[Location, dict[str, Any]]]:
    """Every schema object of the document with its location."""
    roots: list[tuple[Location, Any]] = [
        (("components", "schemas", name), schema)
        for name, schema in (document.get("components", {}).get("schemas") or {}).items()
    ]
    for path, item in (document.get("paths") or {}).items():
        for key, operation in item.items():
            if isinstance(operation, dict):
                roots += list(_operation_schemas(("paths", path, key), operation))
            elif key == "parameters" and isinstance(operation, list):
                roots += [
                    (("paths", path, key, index, "schema"), parameter.get("schema"))
                    for index, parameter in enumerate(operation)
                    if isinstance(parameter, dict)
                ]
    stack = [(location, schema) for location, schema in roots if isinstance(schema, dict)]
    stack.reverse()
    while stack:
        location, schema = stack.pop()
        yield location, schema
        children = list(_children(location, schema))
        stack.extend(reversed(children))


def _operation_schemas(location: Location, operation: dict[str, Any]) -> Iterator[tuple[Location, Any]]:
    for index, parameter in enumerate(operation.get("parameters") or []):
        if isinstance(parameter, dict):
            yield (*location, "parameters", index, "schema"), parameter.get("schema")
    for media, content in ((operation.get("requestBody") or {}).get("content") or {}).items():
        yield (*location, "requestBody", "content", media, "schema"), content.get("schema")
    for status, response in (operation.get("responses") or {}).items():
        if not isinstance(response, dict):
            continue
        for media, content in (response.get("content") or {}).items():
            yield (*location, "responses", status, "content", media, "schema"), content.get("schema")
        for name, header in (response.get("headers") or {}).items():
            if isinstance(header, dict):
                yield (*location, "responses", status, "headers", name, "schema"), header.get("schema")


def _children(location: Location, schema: dict[str, Any]) -> Iterator[tuple[Location, dict[str, Any]]]:
    for keyword in ("allOf", "anyOf", "oneOf"):
        for index, member in enumerate(schema.get(keyword) or []):
            if isinstance(member, dict):
                yield (*location, keyword, index), member
    for name, member in (schema.get("properties") or {}).items():
        if isinstance(member, dict):
            yield (*location, "properties", name), member
    for keyword in ("items", "not", "additionalProperties"):
        member = schema.get(keyword)
        if isinstance(member, dict):
            yield (*location, keyword), member


def response_closure_schemas(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every schema object a response can contain (component closure and inline response schemas, nested)."""
    components = document.get("components", {}).get("schemas") or {}
    roots = list(response_schemas(document))
    stack = [components[name] for name in sorted(component_closure(document, roots))]
    stack += [root for root in roots if "$ref" not in root]
    while stack:
        schema = stack.pop()
        yield schema
        stack.extend(child for child in child_schemas(schema) if "$ref" not in child)


def response_schema_location(document: dict[str, Any], operation: dict[str, Any], status: int) -> Location | None:
    """Where the JSON schema of ``operation``'s ``status`` response is (None: it declares none)."""
    method = operation["method"].lower()
    declared = document.get("paths", {}).get(operation["path"], {}).get(method, {}).get("responses", {})
    response = declared.get(str(status))
    if not isinstance(response, dict):
        return None
    schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
    if not isinstance(schema, dict):
        return None
    return ("paths", operation["path"], method, "responses", str(status), "content", "application/json", "schema")


# -- the evidenced variant ---------------------------------------------------------------------------------------


def evidence_fixtures(fixtures: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fixtures that are evidence: real responses and documentation examples, never mock recordings."""
    return [f for f in fixtures if f["source"].get("authority") in ("recorded", "documentation")]


def observe(document: dict[str, Any], fixtures: Iterable[dict[str, Any]]) -> tuple[dict[str, Any], list[Observation]]:
    """The evidenced document: ``document`` relaxed exactly where the fixtures' responses need it.

    Raises:
        ReferenceError: a response breaks the document in a way no relaxation covers (a wrong type, say).
    """
    evidenced = copy.deepcopy(document)
    found: dict[tuple[str, Location, str, str], set[str]] = {}
    values: dict[tuple[str, Location, str, str], Any] = {}
    chosen = evidence_fixtures(fixtures)
    for _round in range(10):
        fresh: dict[tuple[str, Location, str, str], set[str]] = {}
        checker = SiteChecker(evidenced)
        problems = []
        for fixture, finding in _findings(checker, evidenced, chosen):
            if finding.kind not in RELAXABLE:
                problems.append(
                    f"{fixture['id']} at {finding.pointer or '/'}: {finding.kind} at {pointer_of(finding.site)}"
                )
                continue
            key = (finding.kind, finding.site, finding.name, canonical(finding.value))
            fresh.setdefault(key, set()).add(str(fixture["id"]))
            values[key] = finding.value
        if problems:
            raise ReferenceError(
                "real responses the strict document refuses and no rule relaxes: " + "; ".join(problems[:5])
            )
        if not fresh:
            break
        for key, ids in fresh.items():
            found.setdefault(key, set()).update(ids)
        _relax_sites(evidenced, {key: (values[key], found[key]) for key in fresh})
    else:  # pragma: no cover - the relaxations always converge: each round only adds
        raise ReferenceError("the evidenced relaxations do not converge")
    observations = [
        Observation(kind, site, name, values[(kind, site, name, value)], tuple(sorted(ids)))
        for (kind, site, name, value), ids in sorted(found.items(), key=lambda item: (pointer_of(item[0][1]), item[0]))
    ]
    return evidenced, observations


def _findings(
    checker: SiteChecker, document: dict[str, Any], fixtures: list[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], Finding]]:
    for fixture in fixtures:
        body = fixture["response"].get("body")
        status = fixture["response"]["status"] or fixture["operation"]["success_status"]
        if body is None or status is None:
            continue
        location = response_schema_location(document, fixture["operation"], status)
        if location is None:
            continue
        rewritten = {entry["pointer"] for entry in fixture.get("rewritten", [])}
        for finding in checker.check(location, body):
            if finding.kind == "format" and "/response/body" + finding.pointer in rewritten:
                continue  # the source project rewrote the value: it says nothing about Figshare's format
            yield fixture, finding


def _relax_sites(document: dict[str, Any], sites: dict[tuple[str, Location, str, str], tuple[Any, set[str]]]) -> None:
    for (kind, location, name, _value), (value, ids) in sorted(sites.items(), key=lambda item: pointer_of(item[0][1])):
        parent, key = _parent(document, location)
        schema = parent[key]
        fixtures = sorted(ids)
        if kind == "null":
            if "$ref" in schema:
                schema = nullable(schema)
                parent[key] = schema
            schema["nullable"] = True
            if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
                schema["enum"] = [*schema["enum"], None]  # OpenAPI 3.0.3: an enumeration must list null too
            schema["x-observed-null"] = sorted(set(schema.get("x-observed-null", [])) | set(fixtures))
        elif kind == "missing":
            schema["required"] = [entry for entry in schema["required"] if entry != name]
            if not schema["required"]:
                del schema["required"]
            observed = schema.setdefault("x-observed-missing", {})
            observed[name] = sorted(set(observed.get(name, [])) | set(fixtures))
        elif kind == "enum":
            if not any(json.dumps(option) == json.dumps(value) for option in schema["enum"]):
                schema["enum"] = [*schema["enum"], value]
            _observed_value(schema, value, fixtures)
        elif kind == "format":
            if "format" in schema:
                schema["x-format"] = schema.pop("format")
            _observed_value(schema, value, fixtures)


def _observed_value(schema: dict[str, Any], value: Any, fixtures: list[str]) -> None:
    entries = schema.setdefault("x-observed-values", [])
    for entry in entries:
        if canonical(entry["value"]) == canonical(value):
            entry["fixtures"] = sorted(set(entry["fixtures"]) | set(fixtures))
            return
    entries.append({"value": value, "fixtures": fixtures})
    entries.sort(key=lambda entry: canonical(entry["value"]))


def _parent(document: dict[str, Any], location: Location) -> tuple[Any, str | int]:
    node: Any = document
    for step in location[:-1]:
        node = node[step]
    return node, location[-1]


def canonical(value: Any) -> str:
    """A stable text for a JSON value (to compare and sort observed values)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


# -- overlays from differences -----------------------------------------------------------------------------------


Describe = Callable[[Location, dict[str, Any], dict[str, Any]], str]
"""(anchor location, node before, node after) -> the description of the update action at the anchor."""
DescribeRemoval = Callable[[Location, Any], str]
"""(removed location, removed value) -> the description of its remove action."""


def diff_actions(
    before: dict[str, Any], after: dict[str, Any], describe: Describe, describe_removal: DescribeRemoval
) -> list[dict[str, Any]]:
    """Overlay 1.0 actions that turn ``before`` into ``after``, grouped by component schema and by operation.

    For each group: one ``remove`` per key that goes (or whose list or type changes), then one ``update`` that merges
    what is new (objects merge, scalars replace; every list it carries lands where there is none). No action
    appends to a list: Overlay tools disagree on how.
    """
    actions: list[dict[str, Any]] = []
    unanchored = _without_anchors(before) != _without_anchors(after)
    if unanchored:
        raise ReferenceError("a rule changed the document outside its component schemas and operations")
    for anchor in _anchors(before, after):
        old, new = _node(before, anchor), _node(after, anchor)
        if old == new:
            continue
        if not isinstance(old, dict) or not isinstance(new, dict):
            raise ReferenceError(f"a rule replaced or removed {pointer_of(anchor)}")
        removals, patch = _diff(old, new, anchor)
        actions += [
            {
                "target": jsonpath(location),
                "description": describe_removal(location, _node(before, location)),
                "remove": True,
            }
            for location in removals
        ]
        if patch:
            actions.append({"target": jsonpath(anchor), "description": describe(anchor, old, new), "update": patch})
    return actions


def _diff(old: dict[str, Any], new: dict[str, Any], location: Location) -> tuple[list[Location], dict[str, Any]]:
    removals: list[Location] = []
    patch: dict[str, Any] = {}
    for key in old:
        if key not in new:
            removals.append((*location, key))
    for key, value in new.items():
        if key not in old:
            patch[key] = copy.deepcopy(value)
        elif old[key] == value:
            continue
        elif isinstance(old[key], dict) and isinstance(value, dict):
            inner_removals, inner_patch = _diff(old[key], value, (*location, key))
            removals += inner_removals
            if inner_patch:
                patch[key] = inner_patch
        elif isinstance(old[key], (dict, list)) or isinstance(value, (dict, list)):
            removals.append((*location, key))
            patch[key] = copy.deepcopy(value)
        else:
            patch[key] = value
    return removals, patch


def _anchors(before: dict[str, Any], after: dict[str, Any]) -> list[Location]:
    anchors: list[Location] = []
    for document in (before, after):
        for name in document.get("components", {}).get("schemas") or {}:
            anchors.append(("components", "schemas", name))
        for path, item in (document.get("paths") or {}).items():
            anchors += [("paths", path, key) for key in item]
    return list(dict.fromkeys(anchors))


def _without_anchors(document: dict[str, Any]) -> dict[str, Any]:
    rest = copy.copy(document)
    rest["paths"] = {path: None for path in document.get("paths") or {}}
    components = dict(document.get("components") or {})
    components["schemas"] = sorted(components.get("schemas") or {})
    rest["components"] = components
    return rest


def _node(document: Any, location: Location) -> Any:
    node = document
    for step in location:
        inside_list = isinstance(node, list) and isinstance(step, int) and step < len(node)
        if (isinstance(node, dict) and step in node) or inside_list:
            node = node[step]
        else:
            return None
    return node


def jsonpath(location: Location) -> str:
    """The RFC 9535 query that selects exactly ``location`` (dot notation where the name allows it)."""
    text = "$"
    for step in location:
        if isinstance(step, int):
            text += f"[{step}]"
        elif MEMBER_NAME.match(step):
            text += f".{step}"
        else:
            text += "['" + step.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return text


def pointer_of(location: Location) -> str:
    """The location as a JSON Pointer fragment (``#/components/schemas/Article``)."""
    return "#/" + "/".join(str(step).replace("~", "~0").replace("/", "~1") for step in location)


def component_name(location: Location) -> str:
    """``Article`` for a location inside ``components/schemas/Article``, else ``METHOD /path``."""
    if location[:2] == ("components", "schemas"):
        return str(location[2])
    if location[:1] == ("paths",) and len(location) >= 3:
        return f"{str(location[2]).upper()} {location[1]}"
    return pointer_of(location)


__all__ = [
    "COMPONENT_REF_PREFIX",
    "EVIDENCED",
    "LENIENT",
    "VARIANTS",
    "Observation",
    "Reference",
    "ReferenceError",
    "diff_actions",
    "jsonpath",
    "observe",
]
