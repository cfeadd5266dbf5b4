"""Fidelity of a response to the spec: it parses into the generated models, typed, lossless, nothing undeclared.

The generated parsers are lenient: a value that does not have its documented type is kept as it came, so a
response whose shape drifted from the spec still "parses" - with a ``str`` where the annotation says ``Model``.
Round-trip equality cannot see that; :func:`check` can. It returns the places where a runtime value does not
match its declared type, and the keys that only landed in ``additional_properties`` (not described by the spec).
:func:`response_fidelity` runs a whole success body through the operation's `Operation.parse` (what the client
does with it) and all three checks (used by the corpus tests and by ``make live-check``).
"""

from __future__ import annotations

import importlib
import json
import sys
import types
import typing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from figshare_api.types import Operation


@dataclass
class Conformance:
    """Where parsed values do not have their declared type, and which keys the spec does not declare."""

    mismatches: list[str] = field(default_factory=list)
    undeclared: list[str] = field(default_factory=list)


def check(value: Any) -> Conformance:
    """Walk a parsed response (a model, a list of models, a value) against its type annotations.

    Args:
        value: what a generated `Operation.parse` returned.

    Returns:
        The type mismatches and undeclared keys, each as a path like ``$.files[0].size``.
    """
    result = Conformance()
    _check_value(value, Any, "$", result)
    return result


@dataclass
class Fidelity:
    """What one response gives back through the generated code: parse error, lost data, types, undeclared keys."""

    error: str = ""
    lossless: bool = True
    mismatches: list[str] = field(default_factory=list)
    undeclared: list[str] = field(default_factory=list)

    @property
    def drift(self) -> list[str]:
        """Every finding, one line each (empty: the response is exactly what the spec says)."""
        lines = [f"does not parse: {self.error}"] if self.error else []
        lines += [] if self.lossless or self.error else ["not lossless: to_dict() differs from the body"]
        lines += [f"type: {mismatch}" for mismatch in self.mismatches]
        lines += [f"undeclared key: {key}" for key in self.undeclared]
        return lines


def operation_of(package: str, operation: dict[str, Any]) -> Operation[Any]:
    """The generated `Operation` of an operation of the patched spec (``<package>.resources.operation(id)``)."""
    resources = importlib.import_module(f"{package}.resources")
    found: Operation[Any] = resources.operation(operation["operationId"])
    return found


def to_plain(parsed: Any) -> Any:
    """A parsed response back as JSON values (models through ``to_dict()``)."""
    if isinstance(parsed, list):
        return [to_plain(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def response_fidelity(package: str, operation: dict[str, Any], body: bytes) -> Fidelity:
    """Parse a success ``body`` as the client does (the operation's `Operation.parse`) and check it.

    Args:
        package: the generated package (``figshare_api``).
        operation: the operation object of the patched spec.
        body: the response body (JSON).

    Returns:
        The findings; ``Fidelity().drift`` is empty when the response is what the spec says.
    """
    try:
        expected = json.loads(body)
        parsed = operation_of(package, operation).parse(expected)
    except Exception as error:  # any failure to parse is a finding, not a crash of the check
        return Fidelity(error=f"{type(error).__name__}: {str(error)[:200]}")
    conformance = check(parsed)
    return Fidelity(
        lossless=to_plain(parsed) == expected, mismatches=conformance.mismatches, undeclared=conformance.undeclared
    )


def _hints(cls: type) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):  # the base classes' own annotations resolve in their modules
        namespace.update(vars(sys.modules[klass.__module__]))
    # Resolve the names of nested models from the models package too.
    models = __import__(cls.__module__.rsplit(".", 1)[0], fromlist=["*"])
    for name in dir(models):
        namespace.setdefault(name, getattr(models, name))
    return typing.get_type_hints(cls, globalns=namespace)


def _check_model(model: Any, path: str, result: Conformance) -> None:
    hints = _hints(type(model))
    for attribute in attrs.fields(type(model)):
        if attribute.name == "additional_properties":
            for key in getattr(model, attribute.name):
                result.undeclared.append(f"{path}.{key}")
            continue
        _check_value(getattr(model, attribute.name), hints[attribute.name], f"{path}.{attribute.name}", result)


def _check_value(value: Any, hint: Any, path: str, result: Conformance) -> None:
    if attrs.has(type(value)):
        if hint is not Any and not _matches(value, hint):
            result.mismatches.append(f"{path}: {type(value).__name__} is not {hint}")
        _check_model(value, path, result)
        return
    if hint is Any:
        if isinstance(value, list):
            for index, item in enumerate(value):
                _check_value(item, Any, f"{path}[{index}]", result)
        return
    if not _matches(value, hint):
        result.mismatches.append(f"{path}: {type(value).__name__} {str(value)[:60]!r} is not {hint}")
        return
    if isinstance(value, list):
        item_hint = _list_item_hint(hint)
        for index, item in enumerate(value):
            _check_value(item, item_hint, f"{path}[{index}]", result)


def _members(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _list_item_hint(hint: Any) -> Any:
    for member in _members(hint):
        if typing.get_origin(member) is list:
            return typing.get_args(member)[0] if typing.get_args(member) else Any
    return Any


def _matches(value: Any, hint: Any) -> bool:
    for member in _members(hint):
        if member is Any:
            return True
        if member is type(None):
            if value is None:
                return True
            continue
        origin = typing.get_origin(member)
        if origin is list:
            if isinstance(value, list):
                return True
            continue
        if origin is dict:
            if isinstance(value, dict):
                return True
            continue
        if member is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return True
        if member is int and isinstance(value, bool):
            continue
        if isinstance(member, type) and isinstance(value, member):
            return True
    return False
