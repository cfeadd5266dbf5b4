"""Where in an OpenAPI 3.0 document a JSON value is refused: the schema *site* of every failure, and why.

A JSON Schema validator says which part of the *value* is wrong; to relax a document only where real responses
need it (``generator.reference``, the evidenced variant of ``dist/spec``), the question is which schema object of
the *document* refused it. :class:`SiteChecker` walks a value and the document's schemas together, following
``$ref`` into ``components``, and reports each failure with the location (a tuple of keys) of the schema object
that would have to change:

``null``
    ``null`` where the schema does not allow it; the site is the schema the value meets, before any ``$ref`` is
    followed (a property ``{"$ref": ...}`` is made nullable where it is used, not everywhere).
``missing``
    a name of a ``required`` list that the object lacks; the site holds that ``required`` list.
``enum``, ``format``
    a value outside the enumeration, or a string that is not of the format (as ajv-formats checks it,
    ``generator.formats``).
``type``, ``constraint``, ``closed``, ``no_alternative``
    the wrong JSON type, a bound (``minimum``, ``maxLength``...), a key ``additionalProperties: false`` refuses, no
    ``anyOf``/``oneOf`` alternative that accepts the value (or more than one ``oneOf`` alternative). These are not
    relaxed by any rule: they need an overlay written by hand, with its evidence.

The semantics are those of the OpenAPI 3.0 Schema Object read as JSON Schema, the way ajv reads the documents in
``make dist-spec``: ``nullable: true`` adds ``null``; annotations (``description``, ``example``, ``x-...``) assert
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.formats import conforms
from generator.schema_walk import COMPONENT_REF_PREFIX

Location = tuple[str | int, ...]
BOUNDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)
ASSERTIONS = frozenset(
    {"type", "enum", "format", "properties", "required", "items", "allOf", "anyOf", "oneOf", "not", "$ref"}
    | set(BOUNDS)
    | {"additionalProperties", "pattern", "uniqueItems", "minProperties", "maxProperties", "multipleOf"}
)


@dataclass(frozen=True)
class Finding:
    """One failure: what kind, at which schema site, where in the value."""

    kind: str
    site: Location
    pointer: str
    """JSON Pointer (RFC 6901) into the value."""
    name: str = ""
    """The missing property (``missing``), the refused key (``closed``) or the bound (``constraint``)."""
    value: Any = None
    """The refused value (``enum``, ``format``, ``type``)."""


class SiteChecker:
    """Checks values against the schemas of one document (which must not change while it is used)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def node(self, location: Location) -> Any:
        """The document's node at ``location``."""
        node: Any = self.document
        for step in location:
            node = node[step]
        return node

    def check(self, location: Location, value: Any, pointer: str = "") -> list[Finding]:
        """Every failure of ``value`` against the schema at ``location`` (empty: the value is accepted)."""
        return list(self._check(location, value, pointer))

    def _check(self, location: Location, value: Any, pointer: str) -> Iterator[Finding]:
        schema = self.node(location)
        if not isinstance(schema, dict):
            return
        if value is None and not self._accepts_null(location):
            yield Finding("null", location, pointer)
            return
        ref = schema.get("$ref")
        if isinstance(ref, str):
            yield from self._check(ref_location(ref), value, pointer)
            return
        if value is None:
            return
        expected = schema.get("type")
        if isinstance(expected, str) and not is_type(value, expected):
            yield Finding("type", location, pointer, value=json_type(value))
            return
        if "enum" in schema and not any(same(value, option) for option in schema["enum"]):
            yield Finding("enum", location, pointer, value=value)
        if isinstance(value, str) and isinstance(schema.get("format"), str) and not conforms(schema["format"], value):
            yield Finding("format", location, pointer, value=value)
        yield from self._bounds(schema, location, value, pointer)
        if isinstance(value, dict):
            yield from self._object(schema, location, value, pointer)
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            for index, item in enumerate(value):
                yield from self._check((*location, "items"), item, f"{pointer}/{index}")
        for index, member in enumerate(schema.get("allOf") or []):
            if isinstance(member, dict):
                yield from self._check((*location, "allOf", index), value, pointer)
        for keyword in ("anyOf", "oneOf"):
            members = schema.get(keyword)
            if isinstance(members, list):
                accepted = sum(1 for index in range(len(members)) if not self.check((*location, keyword, index), value))
                if accepted == 0 or (keyword == "oneOf" and accepted > 1):
                    yield Finding("no_alternative", location, pointer, name=keyword, value=accepted)

    def _accepts_null(self, location: Location) -> bool:
        schema = self.node(location)
        if schema.get("nullable") is True:
            return True
        if "$ref" in schema:
            return False
        if not any(key in schema for key in ASSERTIONS):
            return True  # {} and annotations only: any value
        if "type" in schema or "enum" in schema:
            return False
        alternatives = [
            (*location, keyword, index)
            for keyword in ("anyOf", "oneOf")
            for index in range(len(schema.get(keyword) or []))
        ]
        members = [(*location, "allOf", index) for index in range(len(schema.get("allOf") or []))]
        if alternatives:
            return any(self._accepts_null(alternative) for alternative in alternatives)
        return bool(members) and all(self._accepts_null(member) for member in members)

    def _bounds(self, schema: dict[str, Any], location: Location, value: Any, pointer: str) -> Iterator[Finding]:
        size = len(value) if isinstance(value, (str, list)) else None
        number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        tests = {
            "minimum": number is not None and number < schema.get("minimum", number),
            "maximum": number is not None and number > schema.get("maximum", number),
            "minLength": isinstance(value, str) and size is not None and size < schema.get("minLength", size),
            "maxLength": isinstance(value, str) and size is not None and size > schema.get("maxLength", size),
            "minItems": isinstance(value, list) and size is not None and size < schema.get("minItems", size),
            "maxItems": isinstance(value, list) and size is not None and size > schema.get("maxItems", size),
        }
        for bound, failed in tests.items():
            if bound in schema and failed:
                yield Finding("constraint", location, pointer, name=bound, value=value)

    def _object(
        self, schema: dict[str, Any], location: Location, value: dict[str, Any], pointer: str
    ) -> Iterator[Finding]:
        declared = schema.get("properties")
        properties: dict[str, Any] = declared if isinstance(declared, dict) else {}
        for key, item in value.items():
            where = f"{pointer}/{escape(key)}"
            if key in properties:
                yield from self._check((*location, "properties", key), item, where)
            elif schema.get("additionalProperties") is False:
                yield Finding("closed", location, where, name=key)
            elif isinstance(schema.get("additionalProperties"), dict):
                yield from self._check((*location, "additionalProperties"), item, where)
        for name in schema.get("required") or []:
            if name not in value:
                yield Finding("missing", location, pointer, name=name)


def ref_location(ref: str) -> Location:
    """The location a local ``$ref`` (``#/components/schemas/Name``) points at."""
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are followed: {ref}")
    if ref.startswith(COMPONENT_REF_PREFIX):
        return ("components", "schemas", ref[len(COMPONENT_REF_PREFIX) :])
    return tuple(step.replace("~1", "/").replace("~0", "~") for step in ref[2:].split("/"))


def is_type(value: Any, expected: str) -> bool:
    """Whether ``value`` is of the JSON Schema type ``expected`` (booleans are not numbers)."""
    if expected == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if expected == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return json_type(value) == expected


def json_type(value: Any) -> str:
    """The JSON type of a decoded JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number" if isinstance(value, float) else "integer"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def same(left: Any, right: Any) -> bool:
    """JSON equality (``1`` is not ``true``)."""
    return json_type(left) == json_type(right) and left == right


def escape(key: str) -> str:
    """A JSON Pointer reference token (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")
