"""What a caller of an API can see in its OpenAPI 3 document, in a form two versions can be compared in.

An :class:`ApiSurface` reads one document (never changing it) and answers, for ``generator.diff``:

- its operations, each with its parameters (path-level ones merged in, ``$ref`` resolved), request body,
  success response, effective security, ``operationId`` and ``deprecated`` flag;
- the *effective* properties of any schema: ``allOf`` members (through ``$ref``) merged with the schema's own
  properties, so that the same shape written as one flat object or as ``allOf: [Base, {...}]`` compares equal.
  Inline objects nested in a property are expanded under dotted names (``timeline.posted``, ``files[].name``);
  references are not followed there, since the referenced component is compared on its own.

A type is summarised as a :class:`TypeShape`. Integer and number formats (``int32``, ``int64``, ``float``,
``double``) are left out: they do not change what JSON carries, and Swagger 2.0 files write ``int64`` on almost
every integer while Figshare's OpenAPI 3 files do not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.schema_walk import COMPONENT_REF_PREFIX, HTTP_METHODS, Schema, component_closure, request_schemas

PARAMETER_REF_PREFIX = "#/components/parameters/"
REQUEST_BODY_REF_PREFIX = "#/components/requestBodies/"
RESPONSE_REF_PREFIX = "#/components/responses/"
PATH_PARAMETER = re.compile(r"\{([^}]*)\}")
JSON_MEDIA_TYPE = re.compile(r"^application/(?:[\w.+-]+\+)?json\b")
STRING_KINDS = frozenset({"string"})
ANONYMOUS = "anonymous"

SecurityRequirement = tuple[tuple[str, tuple[str, ...]], ...]
"""One way to authenticate: (scheme, scopes) pairs, all needed; ``()`` needs no credentials."""


@dataclass(frozen=True)
class TypeShape:
    """The type of a value, as far as a caller can tell: what JSON it carries and which values are allowed.

    ``kind`` is a JSON type (``string``, ``integer``, ``number``, ``boolean``, ``array``, ``object``), ``any``
    (no type given), ``ref`` (a component, named by ``ref``) or ``union`` (``oneOf``/``anyOf``, in ``variants``).
    """

    kind: str
    ref: str | None = None
    format: str | None = None
    nullable: bool = False
    enum: tuple[str, ...] | None = None
    items: TypeShape | None = None
    variants: tuple[TypeShape, ...] = ()

    def __str__(self) -> str:
        if self.kind == "ref":
            text = str(self.ref)
        elif self.kind == "array":
            text = f"array<{self.items or 'any'}>"
        elif self.kind == "union":
            text = " | ".join(str(variant) for variant in self.variants)
        else:
            text = self.kind
        if self.format:
            text += f"({self.format})"
        if self.enum is not None:
            text += " one of " + ", ".join(self.enum)
        if self.nullable:
            text += " | null"
        return text


@dataclass(frozen=True)
class Property:
    """One effective property of a schema."""

    type: TypeShape
    required: bool


@dataclass(frozen=True)
class Parameter:
    """One parameter of an operation (path, query, header or cookie)."""

    name: str
    location: str
    required: bool
    type: TypeShape


@dataclass(frozen=True)
class Body:
    """A request or response body: its media types and the schema of its main (JSON, else first) one.

    ``properties`` are the effective properties of that schema, or of its items (``[].name``) for an array.
    """

    media_types: tuple[str, ...]
    type: TypeShape
    properties: Mapping[str, Property]
    required: bool = True


@dataclass(frozen=True)
class Operation:
    """One operation, as its callers see it."""

    method: str
    path: str
    operation_id: str | None
    parameters: tuple[Parameter, ...]
    request_body: Body | None
    success_status: str | None
    response: Body | None
    security: tuple[SecurityRequirement, ...]
    deprecated: bool

    @property
    def name(self) -> str:
        """``"METHOD /path"``, the operation's name in reports."""
        return f"{self.method} {self.path}"

    @property
    def match_key(self) -> tuple[str, str]:
        """What stays the same when only a trailing slash or a path parameter's name changes."""
        return self.method, canonical_path(self.path)


def canonical_path(path: str) -> str:
    """``/articles/{article_id}/`` and ``/articles/{id}`` both become ``/articles/{}``."""
    return PATH_PARAMETER.sub("{}", path.rstrip("/") or "/")


def path_parameter_names(path: str) -> list[str]:
    return PATH_PARAMETER.findall(path)


@dataclass
class ApiSurface:
    """The comparable surface of one OpenAPI 3 document (see the module docstring)."""

    document: Mapping[str, Any]
    _properties_cache: dict[str, dict[str, Property]] = field(default_factory=dict, repr=False)

    @property
    def schemas(self) -> Mapping[str, Schema]:
        """The component schemas, by name."""
        schemas: Mapping[str, Schema] = self.document.get("components", {}).get("schemas", {})
        return schemas

    def operations(self) -> Iterator[Operation]:
        """Every operation, in document order."""
        for path, item in self.document.get("paths", {}).items():
            shared = [self._parameter(raw) for raw in item.get("parameters", [])]
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    yield self._operation(path, method, operation, shared)

    def request_components(self) -> set[str]:
        """The components that callers send (reachable from request bodies and parameters)."""
        return component_closure(dict(self.document), list(request_schemas(dict(self.document))))

    def component_properties(self, name: str) -> dict[str, Property]:
        """The effective properties of component ``name`` (cached: documents are not changed)."""
        if name not in self._properties_cache:
            self._properties_cache[name] = self.properties(self.schemas.get(name, {}))
        return self._properties_cache[name]

    def properties(self, schema: Schema) -> dict[str, Property]:
        """The effective properties of ``schema``, nested inline objects under dotted names."""
        found: dict[str, Property] = {}
        self._collect(schema, "", found)
        return dict(sorted(found.items()))

    def shape(self, schema: Schema) -> TypeShape:
        """The :class:`TypeShape` of ``schema``."""
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return TypeShape("ref", ref=ref.rsplit("/", 1)[-1])
        nullable = schema.get("nullable") is True
        members = schema.get("allOf")
        if isinstance(members, list) and len(members) == 1 and not schema.get("properties"):
            inner = self.shape(members[0])
            return _with_nullable(inner, inner.nullable or nullable)
        for key in ("oneOf", "anyOf"):
            variants = schema.get(key)
            if isinstance(variants, list):
                return TypeShape("union", nullable=nullable, variants=tuple(self.shape(v) for v in variants))
        kind = schema.get("type")
        if isinstance(kind, list):  # JSON Schema style, not valid OpenAPI 3.0 but seen in the wild
            nullable = nullable or "null" in kind
            kind = next((k for k in kind if k != "null"), None)
        if not isinstance(kind, str):
            kind = "object" if "properties" in schema or isinstance(members, list) else "any"
        enum = schema.get("enum")
        return TypeShape(
            kind,
            format=schema.get("format") if kind in STRING_KINDS else None,
            nullable=nullable,
            enum=tuple(sorted(json.dumps(value) for value in enum)) if isinstance(enum, list) else None,
            items=self.shape(schema["items"]) if kind == "array" and isinstance(schema.get("items"), dict) else None,
        )

    def resolve(self, schema: Schema) -> Schema:
        """The component a ``$ref`` points at (``{}`` when it points nowhere), or ``schema`` itself."""
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(COMPONENT_REF_PREFIX):
            resolved: Schema = self.schemas.get(ref[len(COMPONENT_REF_PREFIX) :], {})
            return resolved
        return schema

    def _collect(self, schema: Schema, prefix: str, found: dict[str, Property]) -> None:
        own, required = self._effective(schema, set())
        for name, member in own.items():
            key = prefix + name
            found[key] = Property(self.shape(member), name in required)
            self._collect_nested(member, key, found)

    def _collect_nested(self, member: Schema, key: str, found: dict[str, Property]) -> None:
        if "$ref" in member:
            return
        if member.get("type") == "array" and isinstance(member.get("items"), dict):
            self._collect_nested(member["items"], key + "[]", found)
        elif member.get("properties") or len(member.get("allOf", [])) > 1:
            self._collect(member, key + ".", found)

    def _effective(self, schema: Schema, seen: set[int]) -> tuple[dict[str, Schema], set[str]]:
        schema = self.resolve(schema)
        if id(schema) in seen:
            return {}, set()
        seen = seen | {id(schema)}
        properties: dict[str, Schema] = {}
        required: set[str] = set()
        for member in schema.get("allOf", []):
            if isinstance(member, dict):
                inherited, inherited_required = self._effective(member, seen)
                properties.update(inherited)
                required |= inherited_required
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or [])
        return properties, required

    def _operation(self, path: str, method: str, raw: dict[str, Any], shared: list[Parameter]) -> Operation:
        own = [self._parameter(parameter) for parameter in raw.get("parameters", [])]
        merged = {(p.location, p.name): p for p in shared}
        merged.update({(p.location, p.name): p for p in own})
        success = sorted(code for code in (raw.get("responses") or {}) if str(code).startswith("2"))
        success_status = str(success[0]) if success else None
        response = None
        if success_status is not None:
            raw_response = raw["responses"][success_status]
            response = self._body(self._dereference(raw_response, RESPONSE_REF_PREFIX, "responses"))
        request = raw.get("requestBody")
        request_body = None
        if isinstance(request, dict):
            request = self._dereference(request, REQUEST_BODY_REF_PREFIX, "requestBodies")
            request_body = self._body(request, required=request.get("required") is True)
        return Operation(
            method=method.upper(),
            path=path,
            operation_id=raw.get("operationId"),
            parameters=tuple(merged.values()),
            request_body=request_body,
            success_status=success_status,
            response=response,
            security=self._security(raw),
            deprecated=raw.get("deprecated") is True,
        )

    def _dereference(self, node: dict[str, Any], prefix: str, section: str) -> dict[str, Any]:
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix):
            target: dict[str, Any] = self.document.get("components", {}).get(section, {}).get(ref[len(prefix) :], {})
            return target
        return node

    def _parameter(self, raw: dict[str, Any]) -> Parameter:
        raw = self._dereference(raw, PARAMETER_REF_PREFIX, "parameters")
        schema = raw.get("schema")
        if not isinstance(schema, dict):  # a parameter described by `content` instead of `schema`
            media: dict[str, Any] = next(iter((raw.get("content") or {}).values()), {})
            schema = media.get("schema")
        if not isinstance(schema, dict):
            schema = {}
        location = str(raw.get("in", ""))
        return Parameter(
            name=str(raw.get("name", "")),
            location=location,
            required=location == "path" or raw.get("required") is True,
            type=self.shape(schema),
        )

    def _body(self, raw: dict[str, Any], *, required: bool = True) -> Body | None:
        content = raw.get("content") or {}
        if not content:
            return None
        media_types = tuple(sorted(content))
        main = next((m for m in media_types if JSON_MEDIA_TYPE.match(m)), media_types[0])
        schema = (content[main] or {}).get("schema")
        if not isinstance(schema, dict):
            return Body(media_types, TypeShape("any"), {}, required)
        items = self.resolve(schema).get("items")
        if self.resolve(schema).get("type") == "array" and isinstance(items, dict):
            properties = {f"[].{name}": value for name, value in self.properties(items).items()}
        else:
            properties = self.properties(schema)
        return Body(media_types, self.shape(schema), properties, required)

    def _security(self, raw: dict[str, Any]) -> tuple[SecurityRequirement, ...]:
        requirements = raw["security"] if "security" in raw else self.document.get("security")
        if not requirements:
            return ((),)
        alternatives = {
            tuple(sorted((str(scheme), tuple(sorted(scopes or []))) for scheme, scopes in requirement.items()))
            for requirement in requirements
        }
        return tuple(sorted(alternatives))


def describe_security(requirement: SecurityRequirement) -> str:
    """``"OAuth2(all)"``, ``"OAuth2"``, or ``"anonymous"`` for the empty requirement (no credentials)."""
    if not requirement:
        return ANONYMOUS
    return " + ".join(f"{scheme}({', '.join(scopes)})" if scopes else scheme for scheme, scopes in requirement)


def satisfies(held: SecurityRequirement, wanted: SecurityRequirement) -> bool:
    """Whether a caller holding the credentials of ``held`` meets ``wanted`` (every scheme, every scope)."""
    held_scopes = dict(held)
    return all(scheme in held_scopes and set(scopes) <= set(held_scopes[scheme]) for scheme, scopes in wanted)


def _with_nullable(shape: TypeShape, nullable: bool) -> TypeShape:
    if shape.nullable == nullable:
        return shape
    return TypeShape(shape.kind, shape.ref, shape.format, nullable, shape.enum, shape.items, shape.variants)
