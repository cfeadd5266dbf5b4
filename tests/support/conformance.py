"""Check that a parsed generated model holds values of the types its annotations promise.

openapi-python-client's union parsers fall back to the raw value when no member fits, so a response whose
shape drifted from the spec still "parses" - with a ``str`` where the annotation says ``Model``. Round-trip
equality cannot see that; this checker can. It returns the places where a runtime value does not match its
declared type, and the keys that only landed in ``additional_properties`` (not described by the spec).
"""

from __future__ import annotations

import sys
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import attrs


@dataclass
class Conformance:
    mismatches: list[str] = field(default_factory=list)
    undeclared: list[str] = field(default_factory=list)


def check(value: Any) -> Conformance:
    result = Conformance()
    _check_value(value, Any, "$", result)
    return result


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
