"""Fuzz every public argument of the clients: ids, names and other text, URLs, sizes, dates, page sizes, bodies.

Each of the ~300 operations of ``client`` and ``client.v3`` is called with hostile values in each parameter
(the others valid); the constructors, `with_options`, `paginate`, `impersonate` and every Stats method get
hostile values too. Whatever the value, the call either sends a sane request or raises a `FigshareError`
before sending anything (`InvalidArgumentError` / `InvalidArgumentTypeError`, a `ValueError` / `TypeError`,
naming the argument); never another exception, and never with the token (the canary) in its text.

The operations and their parameters come from the generated `Operation`s (``figshare_api.resources.OPERATIONS``
and ``operation()``): the spec of each parameter's values, which are required, the model of the body.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from figshare_api_v3 import resources as v3_resources
from hypothesis import given, settings
from hypothesis import strategies as st

from figshare import AsyncFigshare, Figshare, FigshareError, InvalidArgumentError
from figshare._retry import RetryPolicy
from figshare.stats import Stats
from figshare_api import resources as v2_resources
from figshare_api.types import Operation, RequestModel
from tests.fuzz.conftest import LONG_EXAMPLES
from tests.fuzz.strategies import (
    _SPECIAL_TEXT,
    CANARY,
    assert_no_canary,
    hostile_dates,
    hostile_ints,
    hostile_numbers,
    hostile_text,
    hostile_urls,
    json_values,
    texts_of,
)

INT64_MAX = 2**63 - 1
BAD_IDS = [-5, -1, 0, True, False, 2**63, 2**70, "abc", "12", 1.5, math.nan, None, [1]]
BAD_TEXT = [*_SPECIAL_TEXT, 5, None, b"bytes"]
BAD_BODIES = [
    {},
    {"title": "x"},
    "body",
    5,
    [1],
    {"title": "\ud800"},
    {"title": "x", "extra": math.nan},
    {"title": "x", "name": CANARY},
    {"page_size": 0, "limit": True},
    {"title": "x", "authors": [{"name": "\udfff"}], "keywords": [object()]},
]
BAD_ENUMS = ["nonsense", 5, True, CANARY]


# -- the operations -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    name: str
    spec: Any  # the `figshare_api.types.check` spec of its values; for ``body``, the model class (or None)
    positional: bool  # a path parameter (positional in the resource method)
    optional: bool


@dataclass(frozen=True)
class FacadeOperation:
    path: tuple[str, ...]  # attribute path from the client: ("account", "articles", "create")
    operation: Operation[Any]
    parameters: tuple[Parameter, ...]

    def method(self, client: Any) -> Callable[..., Any]:
        target = client
        for name in self.path:
            target = getattr(target, name)
        return target  # type: ignore[no-any-return]

    def __str__(self) -> str:
        return ".".join(self.path)


def _parameters(operation: Operation[Any]) -> tuple[Parameter, ...]:
    found = [
        Parameter(name, spec, "{" + name + "}" in operation.path, name not in operation.required)
        for name, spec in operation.parameters
    ]
    if operation.body is not None:
        model = getattr(importlib.import_module(operation.models), operation.request) if operation.request else None
        found.append(Parameter("body", model, False, "body" not in operation.required))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def operations() -> tuple[FacadeOperation, ...]:
    found: list[FacadeOperation] = []
    for prefix, package in (((), v2_resources), (("v3",), v3_resources)):
        for operation_id, (resource, method) in package.OPERATIONS.items():
            operation = package.operation(operation_id)
            path = (*prefix, *resource.split("."), method)
            found.append(FacadeOperation(path, operation, _parameters(operation)))
    return tuple(sorted(found, key=str))


def _is_model(spec: Any) -> bool:
    return isinstance(spec, type) and issubclass(spec, RequestModel)


def _valid(parameter: Parameter) -> tuple[bool, Any]:
    """A valid value for `parameter`, or (False, None) when none can be made without knowing the API."""
    spec = parameter.spec
    if spec is int:
        return True, 1
    if spec is str:
        return True, "abc"
    if isinstance(spec, frozenset):
        return True, sorted(spec)[0]
    if _is_model(spec):
        try:
            return True, spec.from_dict({})
        except (TypeError, ValueError):
            return False, None
    return False, None


def _hostile(parameter: Parameter) -> list[Any]:
    if parameter.spec is int:
        return BAD_IDS
    if parameter.spec is str:
        return BAD_TEXT
    if isinstance(parameter.spec, frozenset):
        return BAD_ENUMS
    return BAD_BODIES


# -- the checks -----------------------------------------------------------------------------------------


class Answering:
    """Answers every request with 200 ``{}`` and counts them."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json={})


def _client(api: Answering) -> Figshare:
    return Figshare(
        CANARY,
        rate_limit=None,
        retry=RetryPolicy(max_retries=0),
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
    )


def check_call(client: Figshare, api: Answering, operation: FacadeOperation, name: str, value: Any) -> None:
    """Call `operation` with `value` for `name` and valid values elsewhere; check what happened."""
    arguments: dict[str, Any] = {}
    all_valid = True
    for parameter in operation.parameters:
        if parameter.name == name:
            arguments[name] = value
        elif not parameter.optional:
            ok, valid = _valid(parameter)
            all_valid &= ok
            arguments[parameter.name] = valid
    positional = [arguments.pop(p.name) for p in operation.parameters if p.positional]
    before = len(api.sent)
    try:
        operation.method(client)(*positional, **arguments)
    except InvalidArgumentError as error:
        assert len(api.sent) == before, f"{operation}({name}={value!r}) sent a request and then refused it"
        if all_valid:
            assert error.argument is None or error.argument.split(".")[0].split("[")[0] in (name, "body"), (
                f"{operation}({name}={value!r}) blamed {error.argument}"
            )
        assert_no_canary(texts_of(error))
    except FigshareError as error:
        assert_no_canary(texts_of(error))
    except Exception as error:
        pytest.fail(f"{operation}({name}={value!r}) raised {type(error).__name__}: {error}")
    sent = api.sent[before:]
    parameter = next((p for p in operation.parameters if p.name == name), None)
    if sent and parameter is not None and parameter.positional:
        if parameter.spec is int:
            assert type(value) is int and 1 <= value <= INT64_MAX, f"{operation} sent the id {value!r}"
        else:
            assert isinstance(value, str) and value.strip() not in ("", ".", ".."), f"{operation} sent {value!r}"
            assert "/" not in value or "%2F" in sent[0].url.raw_path.decode(), f"{operation} put {value!r} in the path"
    if sent and parameter is not None and isinstance(parameter.spec, frozenset) and value is not None:
        assert value in parameter.spec, f"{operation} sent {name}={value!r}"


def test_operations_were_found() -> None:
    assert len(operations()) > 250
    assert any(str(operation) == "articles.details" for operation in operations())
    assert any(str(operation).startswith("v3.") for operation in operations())


def test_every_parameter_of_every_operation_refuses_hostile_values() -> None:
    api = Answering()
    with _client(api) as client:
        for operation in operations():
            for parameter in operation.parameters:
                for value in _hostile(parameter):
                    check_call(client, api, operation, parameter.name, value)


def test_ids_that_are_not_positive_64_bit_ints_are_refused_naming_the_parameter() -> None:
    api = Answering()
    with _client(api) as client:
        for operation in operations():
            for parameter in operation.parameters:
                if not parameter.positional or parameter.spec is not int:
                    continue
                for value in (-5, 0, True, "abc", 2**70):
                    arguments = {p.name: 1 if p.spec is int else "abc" for p in operation.parameters if p.positional}
                    arguments[parameter.name] = value
                    keywords = {
                        p.name: _valid(p)[1] for p in operation.parameters if not p.positional and not p.optional
                    }
                    with pytest.raises(InvalidArgumentError) as raised:
                        operation.method(client)(*arguments.values(), **keywords)
                    assert raised.value.argument == parameter.name, f"{operation} {parameter.name}={value!r}"
    assert api.sent == []


def test_every_operation_describes_its_arguments() -> None:
    """The checks come from the generated metadata: every argument of every method has a spec there."""
    with _client(Answering()) as client:
        for operation in operations():
            names = list(inspect.signature(operation.method(client)).parameters)
            assert sorted(names) == sorted(p.name for p in operation.parameters), str(operation)
            assert [p.name for p in operation.parameters if p.positional] == names[
                : len(names) - len([p for p in operation.parameters if not p.positional])
            ], str(operation)
            for parameter in operation.parameters:
                if parameter.name == "body":
                    assert _is_model(parameter.spec), f"{operation}: body has no request model"
                else:
                    assert parameter.spec in (int, str) or isinstance(parameter.spec, frozenset), (operation, parameter)


@st.composite
def operation_calls(draw: st.DrawFn) -> tuple[FacadeOperation, str, Any]:
    operation = draw(st.sampled_from(operations()))
    parameter = draw(st.sampled_from(operation.parameters)) if operation.parameters else None
    if parameter is None:
        return operation, "", None
    if parameter.spec is int:
        value = draw(hostile_ints())
    elif parameter.spec is str:
        value = draw(st.one_of(hostile_text(), hostile_dates(), hostile_ints()))
    elif isinstance(parameter.spec, frozenset):
        value = draw(st.one_of(st.sampled_from(sorted(parameter.spec)), hostile_text(), hostile_ints()))
    else:
        value = draw(
            st.one_of(
                hostile_text(),
                hostile_ints(),
                st.sampled_from(BAD_BODIES),
                st.dictionaries(
                    st.sampled_from(["title", "name", "page_size", "x", CANARY]), json_values(), max_size=4
                ),
            )
        )
    return operation, parameter.name, value


@given(call=operation_calls())
def test_operations_with_random_hostile_values(call: tuple[Operation, str, Any]) -> None:
    api = Answering()
    with _client(api) as client:
        check_call(client, api, *call)


@pytest.mark.fuzz_long
@settings(max_examples=LONG_EXAMPLES)
@given(call=operation_calls())
def test_operations_long_run(call: tuple[Operation, str, Any]) -> None:
    api = Answering()
    with _client(api) as client:
        check_call(client, api, *call)


# -- client settings, pagination, impersonation ---------------------------------------------------------


MOCK_CLIENT = httpx.Client(transport=httpx.MockTransport(Answering()))  # no TLS set-up per example
MOCK_ASYNC_CLIENT = httpx.AsyncClient(transport=httpx.MockTransport(Answering()))


def _settles(make: Callable[[], Any], argument: str) -> Any:
    """`make()` either works or raises a FigshareError (a ValueError/TypeError) naming `argument`."""
    try:
        return make()
    except InvalidArgumentError as error:
        assert argument in str(error), (argument, str(error))
        assert_no_canary(texts_of(error))
    except (TypeError, ValueError) as error:
        assert argument in str(error), (argument, str(error))
    return None


@given(base_url=hostile_urls())
def test_base_urls(base_url: Any) -> None:
    client = _settles(lambda: Figshare(CANARY, base_url=base_url, rate_limit=None, http_client=MOCK_CLIENT), "base_url")
    if client is not None:
        url = httpx.URL(client.base_url)
        assert url.scheme in ("http", "https") and url.host and not url.query
    _settles(lambda: AsyncFigshare(v3_base_url=base_url, http_client=MOCK_ASYNC_CLIENT), "v3_base_url")


@given(
    name=st.sampled_from(["timeout", "deadline", "max_retries", "rate_limit", "max_response_bytes"]),
    value=hostile_numbers(),
)
def test_sizes_and_seconds(name: str, value: Any) -> None:
    client = _settles(lambda: Figshare(http_client=MOCK_CLIENT, **{name: value}), name)
    if client is not None and name != "timeout":
        _settles(lambda: client.with_options(**{name: value}) if name != "rate_limit" else None, name)


@given(name=st.sampled_from(["page_size", "limit", "page", "offset"]), value=hostile_numbers())
def test_page_arguments(name: str, value: Any) -> None:
    api = Answering()
    with _client(api) as client:
        method = client.articles.list
        try:
            pages = client.paginate(method, **{name: value})
        except InvalidArgumentError as error:
            assert error.argument == name
            assert api.sent == []
            return
        try:
            next(iter(pages), None)
        except FigshareError as error:
            assert not isinstance(error, InvalidArgumentError), "refused after it was accepted"
        for request in api.sent:
            size = request.url.params.get("limit") or request.url.params.get("page_size")
            assert size is None or 1 <= int(size) <= 1000


@given(account_id=hostile_ints())
def test_impersonation_ids(account_id: Any) -> None:
    client = _settles(lambda: Figshare(rate_limit=None, http_client=MOCK_CLIENT).impersonate(account_id), "account_id")
    if client is not None:
        assert 1 <= client.impersonating <= INT64_MAX


# -- Stats ----------------------------------------------------------------------------------------------


def _stats(api: Answering) -> Stats:
    return Stats(
        institution="fuzz",
        credentials=("user", CANARY),
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
        rate_limit=None,
        retry=RetryPolicy(max_retries=0),
    )


@given(
    method=st.sampled_from(["total", "timeline", "breakdown", "top", "count_articles"]),
    item_id=hostile_ints(),
    start=hostile_dates(),
    end=hostile_dates(),
    text=hostile_text(),
    count=hostile_numbers(),
)
def test_stats_arguments(method: str, item_id: Any, start: Any, end: Any, text: Any, count: Any) -> None:
    api = Answering()
    stats = _stats(api)
    calls: dict[str, Callable[[], Any]] = {
        "total": lambda: stats.total("views", "article", item_id),
        "timeline": lambda: stats.timeline(
            "day", "views", "article", item_id, start_date=start, end_date=end, sub_item="item_type", sub_item_id=text
        ),
        "breakdown": lambda: stats.breakdown("year", text, "article", 1, start_date=start, end_date=end),
        "top": lambda: stats.top("views", text, item_id=item_id, count=count, start_date=start),
        "count_articles": lambda: stats.count_articles([item_id, 1]),
    }
    try:
        calls[method]()
    except InvalidArgumentError as error:
        assert api.sent == []
        assert_no_canary(texts_of(error))
    except FigshareError as error:
        assert_no_canary(texts_of(error))
    for request in api.sent:
        request.url.path.encode("ascii")  # httpx made it; it must be a URL, not a crash
    for institution in (text, CANARY + "/x"):
        _settles(lambda institution=institution: stats.for_institution(institution), "institution")
