"""Check the arguments of a generated operation before its request is built.

The generated resources pass their arguments straight to the operation module's ``_get_kwargs``, which puts
them into the URL as they are: ``articles.details(-5)``, ``("abc")``, ``(True)`` or ``(2**70)`` would all be
sent. `OperationArguments` reads ``_get_kwargs``'s signature once per operation and checks each call:

- path parameters (positional in ``_get_kwargs``): numeric ids are positive `int`s (never `bool`) within
  64 bits; text (a private link key, an institution's string id) is non-empty, not ``.``/``..``, without
  control characters;
- pagination parameters, in the query or in a search body: ``page_size``/``limit`` 1..1000, ``page`` 1 or
  more, ``offset`` 0 or more;
- every other parameter: of its annotated type (an enum member or its value, which is converted; an int
  within 64 bits; text that UTF-8 can encode), None meaning "not given" where the parameter is optional.

Failures are `InvalidArgumentError` / `InvalidArgumentTypeError` naming the argument.
"""

from __future__ import annotations

import enum
import inspect
import math
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from figshare import _validate
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = ["OperationArguments", "describe_unsendable_body"]

_PAGINATION = ("page", "page_size", "limit", "offset")
_HEADER_PARAMETERS = frozenset({"x_cursor"})

Check = Callable[[Any], Any]


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _is_unset_type(member: Any) -> bool:
    return isinstance(member, type) and member.__name__ == "Unset" and member.__module__.endswith(".types")


def _unset_value(member: type) -> Any:
    return sys.modules[member.__module__].UNSET


def _type_label(members: tuple[Any, ...]) -> str:
    names = []
    for member in members:
        if _is_unset_type(member) or member is type(None):
            continue
        origin = typing.get_origin(member) or member
        names.append(getattr(origin, "__name__", str(origin)))
    return " or ".join(names) or "a value"


def _text(value: str, name: str, *, header: bool) -> str:
    _validate.encodable_text(value, name)
    if header and any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):
        raise InvalidArgumentError(f"{name} must not contain control characters", argument=name)
    return value


def _conforming(value: Any, member: Any, name: str, header: bool) -> tuple[bool, Any]:
    """Whether `value` is a `member` (converting an enum value to its member), and the value to send."""
    if member is Any or member is inspect.Parameter.empty:
        return True, value
    if member is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return True, _validate.whole_number(value, name)
        return False, value
    if member is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            if isinstance(value, float) and not math.isfinite(value):
                raise InvalidArgumentError(
                    f"{name} must be a finite number, got {_validate.show(value)}", argument=name
                )
            return True, value
        return False, value
    if member is str:
        return (True, _text(value, name, header=header)) if isinstance(value, str) else (False, value)
    if member is bool:
        return isinstance(value, bool), value
    if isinstance(member, type) and issubclass(member, enum.Enum):
        if isinstance(value, member):
            return True, value
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            try:
                return True, member(value)
            except ValueError:
                allowed = ", ".join(repr(item.value) for item in member)
                raise InvalidArgumentError(
                    f"{name} must be one of {allowed}, got {_validate.show(value)}", argument=name
                ) from None
        return False, value
    origin = typing.get_origin(member) or member
    if isinstance(origin, type):
        return isinstance(value, origin), value
    return True, value  # an annotation this check does not understand: leave it to the operation


def _parameter_check(parameter: inspect.Parameter) -> Check:
    name = parameter.name
    members = _members(parameter.annotation)
    unset_types = [member for member in members if _is_unset_type(member)]
    unset = _unset_value(unset_types[0]) if unset_types else None
    accepts_none = type(None) in members
    is_path = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    header = name in _HEADER_PARAMETERS
    concrete = tuple(member for member in members if not _is_unset_type(member) and member is not type(None))

    def check(value: Any) -> Any:
        if unset is not None and value is unset:
            return value
        if value is None:
            if accepts_none:
                return value
            if unset is not None:
                return unset  # None means "not given" for an optional parameter
        if is_path and concrete == (int,):
            return _validate.path_id(value, name)
        if is_path and concrete == (str,):
            return _validate.path_text(value, name)
        if name in _PAGINATION:
            return _validate.page_argument(name, value)
        for member in concrete:
            matches, converted = _conforming(value, member, name, header)
            if matches:
                return converted
        raise InvalidArgumentTypeError(
            f"{name} must be {_type_label(concrete)}, not {type(value).__name__}", argument=name
        )

    return check


def _check_body_pagination(body: Any) -> None:
    if not attrs.has(type(body)):
        return
    for field in _PAGINATION:
        value = getattr(body, field, None)
        if value is None or type(value).__name__ == "Unset":
            continue
        _validate.page_argument(field, value, where=f"body.{field}")


class OperationArguments:
    """The checks of one generated operation's arguments (built once per operation module)."""

    def __init__(self, get_kwargs: Callable[..., Any]) -> None:
        parameters = inspect.signature(get_kwargs).parameters.values()
        self._checks: dict[str, Check] = {parameter.name: _parameter_check(parameter) for parameter in parameters}

    def check(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments to build the request from (enum values converted, None as "not given").

        Raises:
            InvalidArgumentError, InvalidArgumentTypeError: an argument the request must not carry.
        """
        checked = {}
        for name, value in arguments.items():
            check = self._checks.get(name)
            checked[name] = check(value) if check is not None else value
            if name == "body":
                _check_body_pagination(value)
        return checked


def describe_unsendable_body(body: Any) -> InvalidArgumentError | None:
    """Why `body` (a request model) cannot be sent as JSON: the first value that has no JSON/UTF-8 form."""
    try:
        document = body.to_dict() if hasattr(body, "to_dict") else body
    except Exception as error:  # a field of the wrong type (an enum field given a plain value, ...)
        return InvalidArgumentTypeError(
            f"body cannot be converted to JSON ({type(error).__name__}): check the types of its fields",
            argument="body",
        )
    found = _first_unsendable(document, "body")
    if found is None:
        return None
    path, problem = found
    return InvalidArgumentError(f"{path} cannot be sent: {problem}", argument=path)


def _first_unsendable(value: Any, path: str) -> tuple[str, str] | None:
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as error:
                return where, f"it contains {item[error.start]!r}, a lone surrogate that has no UTF-8 encoding"
        elif isinstance(item, float) and not math.isfinite(item):
            return where, f"{item!r} has no JSON form"
        elif isinstance(item, dict):
            for key, child in item.items():
                if isinstance(key, str):
                    try:
                        key.encode("utf-8")
                    except UnicodeEncodeError:
                        return where, "a key contains a lone surrogate that has no UTF-8 encoding"
                stack.append((child, f"{where}.{key}"))
        elif isinstance(item, list | tuple):
            stack.extend((child, f"{where}[{index}]") for index, child in enumerate(item))
        elif item is not None and not isinstance(item, bool | int | float):
            return where, f"a {type(item).__name__} has no JSON form"
    return None
