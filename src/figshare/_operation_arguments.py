"""Check the arguments of a generated operation before its request is built (the rules: docs/limits-and-safety.md).

Every generated `Operation` says what its arguments may be (``parameters``: the `figshare_api.types.check`
spec of each path, query and header parameter; ``required``; ``request``: the model of the body). `checks_of`
turns that into one check per argument, once per operation; `OperationArguments.check` applies them to each
call. Failures are `InvalidArgumentError` / `InvalidArgumentTypeError` naming the argument. A value deep in a
body that no check sees but that has no JSON or UTF-8 form fails when the request is built;
`describe_unsendable_body` then names the field.
"""

from __future__ import annotations

import functools
import importlib
import math
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from figshare import _validate
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from figshare_api.types import UNSET, File, Operation, RequestModel, check

_MESSAGE_LIMIT = 300  # the longest part of a model's own error message quoted

PAGE_ARGUMENTS = ("page", "page_size", "limit", "offset")  # in the query or in a search body

Check = Callable[[Any], Any]


def _int_check(name: str, *, path: bool) -> Check:
    if path:
        return functools.partial(_validate.path_id, name=name)  # no frame of its own: every call of an id
    if name in PAGE_ARGUMENTS:
        return lambda value: _validate.page_argument(name, value)
    return lambda value: _validate.whole_number(value, name)


def _text_check(name: str, *, path: bool, header: bool) -> Check:
    def text(given: Any) -> str:
        if path:
            return quote(_validate.path_text(given, name), safe="")
        value = _validate.encodable_text(_validate.text(given, name), name)
        if header and not (value.isascii() and value.isprintable() and value == value.strip()):
            raise InvalidArgumentError(
                f"{name} must be printable ASCII without outer spaces (it is sent as a header): no control characters",
                argument=name,
            )
        return value

    return text


def _number_check(name: str) -> Check:
    def number(value: Any) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidArgumentTypeError(f"{name} must be a number, not {type(value).__name__}", argument=name)
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidArgumentError(f"{name} must be a finite number, got {_validate.show(value)}", argument=name)
        return value

    return number


def _choice_check(name: str, allowed: frozenset[str]) -> Check:
    listed = ", ".join(repr(value) for value in sorted(allowed))

    def choice(value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidArgumentTypeError(f"{name} must be one of {listed}, not {type(value).__name__}", argument=name)
        if value not in allowed:
            raise InvalidArgumentError(f"{name} must be one of {listed}, got {_validate.show(value)}", argument=name)
        return value if type(value) is str else str.__str__(value)  # a str enum member: its plain value

    return choice


def _quoted(error: Exception) -> str:
    text = str(error)
    return text if len(text) <= _MESSAGE_LIMIT else text[: _MESSAGE_LIMIT - 1] + "…"


def _spec_check(name: str, spec: Any) -> Check:  # a list, a union: `check`'s errors made argument errors

    def checked(value: Any) -> Any:
        try:
            return check(value, spec, name)
        except TypeError as error:
            raise InvalidArgumentTypeError(_quoted(error), argument=name) from None
        except ValueError as error:
            raise InvalidArgumentError(_quoted(error), argument=name) from None

    return checked


def _parameter_check(name: str, spec: Any, *, path: bool, header: bool) -> Check:
    if spec is int:
        return _int_check(name, path=path)
    if spec is str:
        return _text_check(name, path=path, header=header)
    if spec is float:
        return _number_check(name)
    if spec is bool:
        return functools.partial(_validate.flag, name=name)
    if isinstance(spec, frozenset):
        return _choice_check(name, spec)
    return _spec_check(name, spec)


def given(value: Any) -> bool:
    """Whether an argument was given: neither `UNSET` nor None."""
    return value is not UNSET and value is not None


def check_page_arguments(values: Mapping[str, Any], prefix: str = "") -> None:
    """Check each given pagination argument of ``values`` (``prefix``: ``body.`` for a search body's fields)."""
    for name in PAGE_ARGUMENTS:
        if given(value := values.get(name)):
            _validate.page_argument(name, value, where=prefix + name)


def _body_check(operation: Operation[Any]) -> Check:
    """The check of ``body``: a model of the operation's request type, or a dict converted to one."""

    @functools.cache  # imported on the first body given, not when the operation's checks are made
    def model() -> type[RequestModel]:
        cls: type[RequestModel] = getattr(importlib.import_module(operation.models), operation.request or "")
        return cls

    def body(value: Any) -> Any:
        cls = model()
        if not isinstance(value, cls):
            if not isinstance(value, Mapping):
                raise InvalidArgumentTypeError(
                    f"body must be a {cls.__name__} or a dict, not {type(value).__name__}", argument="body"
                )
            value = _from_dict(cls, value)
        check_page_arguments({name: getattr(value, name, None) for name in PAGE_ARGUMENTS}, "body.")
        return value

    return body


def _from_dict(cls: type[RequestModel], value: Mapping[str, Any]) -> RequestModel:
    name = cls.__name__
    try:
        return cls.from_dict(value)
    except RecursionError:
        raise InvalidArgumentError(f"body is nested too deeply to be a {name}", argument="body") from None
    except ValueError as error:
        raise InvalidArgumentError(f"body is not a valid {name}: {_quoted(error)}", argument="body") from None
    except Exception as error:  # TypeError: a value of the wrong type, a missing field, a key it does not have
        raise InvalidArgumentTypeError(f"body is not a valid {name}: {_quoted(error)}", argument="body") from None


class OperationArguments:
    """The checks of one generated operation's arguments (made once per operation: see `checks_of`)."""

    __slots__ = ("_checks", "_optional")

    def __init__(self, operation: Operation[Any]) -> None:
        headers = {name for name, _wire in operation.headers}
        checks: dict[str, Check] = {}
        for name, spec in operation.parameters:
            path = "{" + name + "}" in operation.path
            checks[name] = _parameter_check(name, spec, path=path, header=name in headers)
        if operation.body is not None and operation.request is not None:
            checks["body"] = _body_check(operation)
        self._checks = checks
        self._optional = frozenset(checks) - frozenset(operation.required)

    def check(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments to build the request from: the same dict when every value is sent as it is, else a
        copy with the values converted (a dict body to its model, path text percent-encoded, None "not given").

        Raises:
            InvalidArgumentError, InvalidArgumentTypeError: an argument the request must not carry.
        """
        checks = self._checks
        changed: dict[str, Any] | None = None
        for name, value in arguments.items():
            if value is UNSET:
                continue
            checker = checks.get(name)
            if checker is None:
                continue
            new = UNSET if value is None and name in self._optional else checker(value)
            if new is not value:
                if changed is None:
                    changed = dict(arguments)
                changed[name] = new
        return arguments if changed is None else changed


checks_of: Callable[[Operation[Any]], OperationArguments] = functools.cache(OperationArguments)
"""The argument checks of an operation (made on its first call, then looked up)."""


def describe_unsendable_body(body: Any) -> InvalidArgumentError | None:
    """Why `body` (a request model or its dict) cannot be sent: the first value with no JSON/UTF-8 form."""
    try:
        document = body.to_dict() if hasattr(body, "to_dict") else body
    except Exception as error:  # a to_dict that fails on a field set to something it cannot dump
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
                elif key is not None and not isinstance(key, int | float):  # what json makes a key of
                    return where, f"a key of type {type(key).__name__} has no JSON form"
                stack.append((child, f"{where}.{key}"))
        elif isinstance(item, list | tuple):
            stack.extend((child, f"{where}[{index}]") for index, child in enumerate(item))
        elif isinstance(item, File):
            if item.file_name is not None:
                stack.append((item.file_name, f"{where}.file_name"))
        elif item is not None and not isinstance(item, bool | int | float):
            return where, f"a {type(item).__name__} has no JSON form"
    return None
