"""The shapes of values in openapi-python-client's model of a spec, and the Python code that handles them.

openapi-python-client (its parser only) turns the patched spec into properties: ``IntProperty``,
``ModelProperty``, ``ListProperty``, ``UnionProperty``... A `Shape` is the part of that which the generated
code needs: which Python type a value has, and which models it contains. From a shape come the annotation of a
field or argument, the expression that parses a response value, and the check of a request value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.schema.untrusted_string import UntrustedString

SCALARS = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "AnyProperty": "Any",
    "NoneProperty": "None",
    "FileProperty": "File",
    "DateProperty": "str",
    "DateTimeProperty": "str",
    "UuidProperty": "str",
}


def text(value: Any) -> str:
    """The plain text of one of openapi-python-client's (possibly untrusted) strings."""
    if value is None:
        return ""
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return str(value)


_HTML_INLINE = (
    (re.compile(r"</code>\s*<code>", re.IGNORECASE), "`, `"),  # a run of values: "`a`, `b`"
    (re.compile(r"</?code>", re.IGNORECASE), "`"),
    (re.compile(r"</?(?:b|strong)>", re.IGNORECASE), "**"),
    (re.compile(r"</?(?:i|em)>", re.IGNORECASE), "*"),
    (re.compile(r"<br\s*/?>|</?p>", re.IGNORECASE), " "),
    (re.compile(r"<a\s[^<>]*>([^<>]*)</a>", re.IGNORECASE), r"\1"),  # links into Figshare's HTML page: the text
)


def doc_text(value: Any) -> str:
    """A spec description as one line of docstring text: the few HTML tags Figshare's descriptions use
    (``code``, ``b``, ``i``, ``br``, ``p``, ``a``) as Markdown, whitespace collapsed, safe inside triple quotes.

    Other ``<...>`` text (``{"id": <int>}``) is kept as written.
    """
    result = text(value)
    for pattern, replacement in _HTML_INLINE:
        result = pattern.sub(replacement, result)
    return " ".join(result.split()).replace("\\", "\\\\").replace('"""', "'''")


@dataclass(frozen=True)
class Shape:
    """``kind``: a scalar type name (``str``, ``int``, ``float``, ``bool``, ``Any``, ``None``, ``File``),
    ``model``, ``literal``, ``list`` or ``union``."""

    kind: str
    name: str = ""
    module: str = ""
    values: tuple[str, ...] = ()
    items: tuple[Shape, ...] = ()

    def models(self) -> set[tuple[str, str]]:
        """(module, class) of every model this shape contains, at any depth."""
        found = {(self.module, self.name)} if self.kind == "model" else set()
        for item in self.items:
            found |= item.models()
        return found

    def literals(self) -> set[tuple[str, str]]:
        found = {(self.module, self.name)} if self.kind == "literal" else set()
        for item in self.items:
            found |= item.literals()
        return found

    @property
    def nullable(self) -> bool:
        return self.kind == "None" or any(item.kind == "None" for item in self.items if self.kind == "union")

    def without_none(self) -> Shape:
        if self.kind != "union":
            return self
        kept = tuple(item for item in self.items if item.kind != "None")
        return kept[0] if len(kept) == 1 else Shape("union", items=kept)


def shape_of(prop: Any) -> Shape:
    """The shape of an openapi-python-client property."""
    kind = type(prop).__name__
    if kind in SCALARS:
        return Shape(SCALARS[kind])
    if kind == "ModelProperty":
        return Shape("model", name=prop.class_info.name, module=prop.class_info.module_name)
    if kind == "LiteralEnumProperty":
        values = tuple(sorted(str(value) for value in prop.values))
        return Shape("literal", name=prop.class_info.name, module=prop.class_info.module_name, values=values)
    if kind == "ListProperty":
        return Shape("list", items=(shape_of(prop.inner_property),))
    if kind == "UnionProperty":
        members: list[Shape] = []
        for inner in prop.inner_properties:
            member = shape_of(inner)
            for flat in member.items if member.kind == "union" else (member,):
                if flat not in members:
                    members.append(flat)
        members.sort(key=lambda member: member.kind == "None")
        return members[0] if len(members) == 1 else Shape("union", items=tuple(members))
    raise ValueError(f"no shape for {kind} {text(getattr(prop, 'name', ''))!r}")


def annotation(shape: Shape, *, argument: bool = False, builtin_list: str = "list") -> str:
    """The Python annotation of a value of ``shape``.

    ``argument`` widens it to what a request accepts: a model or the dict of its JSON, any sequence for a list.
    ``builtin_list`` spells ``list`` where a method named ``list`` would shadow it.
    """
    if shape.kind in ("model", "literal"):
        return f"{shape.name} | Mapping[str, Any]" if argument and shape.kind == "model" else shape.name
    if shape.kind == "list":
        inner = annotation(shape.items[0], argument=argument, builtin_list=builtin_list)
        return f"Sequence[{inner}]" if argument else f"{builtin_list}[{inner}]"
    if shape.kind == "union":
        return " | ".join(annotation(item, argument=argument, builtin_list=builtin_list) for item in shape.items)
    return shape.kind


def _converted(shape: Shape, source: str, depth: int) -> tuple[str, str] | None:
    """(JSON type, expression) that converts ``source`` once it has that JSON type; None: kept as it is."""
    if shape.kind == "model":
        return "dict", f"{shape.name}.from_dict({source})"
    if shape.kind == "list":
        item = f"i{depth}"
        inner = parse_expression(shape.items[0], item, depth + 1)
        return None if inner is None else ("list", f"[({inner}) for {item} in {source}]")
    return None


def parse_expression(shape: Shape, source: str, depth: int = 0) -> str | None:
    """The expression that turns the JSON ``source`` into ``shape``; None when the value is kept as it is.

    Lenient and lossless: a value that does not have the documented JSON type is kept as it came (the
    conformance tests find such values in real responses).
    """
    members = shape.items if shape.kind == "union" else (shape,)
    conversions: dict[str, str] = {}
    for member in members:
        converted = _converted(member, source, depth)
        if converted is None:
            continue
        if converted[0] in conversions:
            raise ValueError(f"ambiguous union {shape}: two members read a JSON {converted[0]}")
        conversions[converted[0]] = converted[1]
    if not conversions:
        return None
    expression = source
    for json_type, converted_expression in sorted(conversions.items(), reverse=True):
        expression = f"{converted_expression} if type({source}) is {json_type} else {expression}"
    return expression


def check_spec(shape: Shape, *, compact: bool = False) -> str:
    """The spec that `figshare_api.types.check` checks a request value of ``shape`` against (see there).

    ``compact``: the allowed values of a literal on one line (no trailing comma for ruff to unfold).
    """
    if shape.kind == "model":
        return shape.name
    if shape.kind == "literal":
        if compact:
            return f"frozenset({tuple(shape.values)!r})"
        return "frozenset((" + "".join(f"{value!r}, " for value in shape.values) + "))"
    if shape.kind == "list":
        return f"[{check_spec(shape.items[0], compact=compact)}]"
    if shape.kind == "union":
        return "(" + ", ".join(check_spec(item, compact=compact) for item in shape.items) + ",)"
    return {"Any": "object", "None": "None"}.get(shape.kind, shape.kind)


def wrap(words: str, width: int, indent: str) -> str:
    lines: list[str] = []
    current = ""
    for word in words.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return ("\n" + indent).join(lines)


def endpoints(data: Any) -> list[Any]:
    return [endpoint for collection in data.endpoint_collections_by_tag.values() for endpoint in collection.endpoints]


def success_responses(endpoint: Any) -> list[Any]:
    return [response for response in endpoint.responses if re.match(r"2", _status(response))]


def _status(response: Any) -> str:
    return re.sub(r"\D", "", str(response.status_code)) or "200"
