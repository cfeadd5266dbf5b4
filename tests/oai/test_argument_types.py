"""Bad arguments to the OAI-PMH clients are typed errors naming the argument, raised before any request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from figshare.oai import AsyncOAIClient, OAIClient


def refuse_requests(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, but {request.url} was")


def sync_client() -> OAIClient:
    return OAIClient(http_client=httpx.Client(transport=httpx.MockTransport(refuse_requests)), rate_limit=None)


def async_client() -> AsyncOAIClient:
    transport = httpx.MockTransport(refuse_requests)
    return AsyncOAIClient(http_client=httpx.AsyncClient(transport=transport), rate_limit=None)


CASES: list[tuple[str, dict[str, Any], type[Exception]]] = [
    ("metadata_prefix", {"metadata_prefix": 5}, InvalidArgumentTypeError),
    ("metadata_prefix", {"metadata_prefix": " "}, InvalidArgumentError),
    ("from_", {"from_": 5}, InvalidArgumentTypeError),
    ("until", {"until": 2020.5}, InvalidArgumentTypeError),
    ("set_spec", {"set_spec": 63}, InvalidArgumentTypeError),
    ("set_spec", {"set_spec": ""}, InvalidArgumentError),
]


@pytest.mark.parametrize(("argument", "given", "error"), CASES)
@pytest.mark.parametrize("verb", ["list_records", "list_identifiers"])
def test_list_arguments_are_checked(argument: str, given: dict[str, Any], error: type[Exception], verb: str) -> None:
    with sync_client() as client:
        method: Callable[..., Any] = getattr(client, verb)
        with pytest.raises(error, match=f"^{argument} ") as raised:
            next(iter(method(**given)))
    assert raised.value.argument == argument  # type: ignore[attr-defined]


@pytest.mark.parametrize(("argument", "given", "error"), CASES)
async def test_async_list_arguments_are_checked(argument: str, given: dict[str, Any], error: type[Exception]) -> None:
    async with async_client() as client:
        with pytest.raises(error, match=f"^{argument} "):
            await client.list_records(**given)


@pytest.mark.parametrize(
    ("call", "argument", "error"),
    [
        (lambda client: client.get_record(None), "identifier", InvalidArgumentTypeError),
        (lambda client: client.get_record(" "), "identifier", InvalidArgumentError),
        (
            lambda client: client.get_record("oai:x:1", metadata_prefix=None),
            "metadata_prefix",
            InvalidArgumentTypeError,
        ),
        (lambda client: client.list_metadata_formats(identifier=1.5), "identifier", InvalidArgumentTypeError),
        (lambda client: client.get_record(0), "identifier", InvalidArgumentError),
        (lambda client: client.list_metadata_formats(identifier=2**63), "identifier", InvalidArgumentError),
    ],
)
def test_record_arguments_are_checked(call: Callable[[OAIClient], Any], argument: str, error: type[Exception]) -> None:
    with sync_client() as client, pytest.raises(error, match=f"^{argument} ") as raised:
        call(client)
    assert raised.value.argument == argument  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("given", "argument", "error"),
    [
        ({"identifier": 1.5}, "identifier", InvalidArgumentTypeError),
        ({"identifier": b"oai:x:1"}, "identifier", InvalidArgumentTypeError),
        ({"identifier": " "}, "identifier", InvalidArgumentError),
        ({"identifier": "oai:x:1", "metadata_prefix": None}, "metadata_prefix", InvalidArgumentTypeError),
        ({"identifier": "oai:x:1", "metadata_prefix": ""}, "metadata_prefix", InvalidArgumentError),
    ],
)
async def test_async_record_arguments_are_checked(given: dict[str, Any], argument: str, error: type[Exception]) -> None:
    async with async_client() as client:
        with pytest.raises(error, match=f"^{argument} ") as raised:
            await client.get_record(**given)
    assert raised.value.argument == argument  # type: ignore[attr-defined]
    with sync_client() as sync_oai, pytest.raises(error, match=f"^{argument} "):
        sync_oai.get_record(**given)


@pytest.mark.parametrize("article_id", [0, -3, 2**63])
async def test_async_article_ids_are_positive_64_bit_ints(article_id: int) -> None:
    """An int identifier is checked as every other id of the SDK (``figshare._validate.path_id``)."""
    async with async_client() as client:
        with pytest.raises(InvalidArgumentError, match=r"^identifier must be .*id") as raised:
            await client.get_record(article_id)
        assert raised.value.argument == "identifier"
        with pytest.raises(InvalidArgumentError, match=r"^identifier "):
            await client.list_metadata_formats(identifier=article_id)


@pytest.mark.parametrize(
    ("base_url", "error"),
    [
        (5, InvalidArgumentTypeError),
        ("oai.example.org/oai", InvalidArgumentError),
        ("https://x/oai?verb=Identify", InvalidArgumentError),
        ("https://oai.example.org/\x00", InvalidArgumentError),
    ],
)
def test_base_url_is_checked(base_url: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"^base_url ") as raised:
        OAIClient(base_url)
    assert raised.value.argument == "base_url"  # type: ignore[attr-defined]
    with pytest.raises(error, match=r"^base_url "):
        AsyncOAIClient(base_url)


CANARY = "canary-pw-5150"


@pytest.mark.parametrize(
    "base_url",
    [
        f"ftp://harvester:{CANARY}@oai.example.org/oai",
        f"https://harvester:{CANARY}@oai.example.org/oai?verb=Identify",
        f"https://harvester:{CANARY}@oai.example.org/\x00",
    ],
)
def test_a_refused_base_url_shows_no_password(base_url: str) -> None:
    for client_class in (OAIClient, AsyncOAIClient):
        with pytest.raises(InvalidArgumentError, match=r"^base_url ") as raised:
            client_class(base_url)
        assert CANARY not in str(raised.value)


def test_an_httpx_url_is_a_base_url() -> None:
    with OAIClient(httpx.URL("https://oai.example.org/oai")) as client:
        assert client.base_url == httpx.URL("https://oai.example.org/oai")


@pytest.mark.parametrize(
    ("given", "argument", "error"),
    [
        ({"to": 5}, "to", InvalidArgumentTypeError),
        ({"verb": "ListSets"}, "verb", InvalidArgumentError),
        ({"progress": 5}, "progress", InvalidArgumentTypeError),
        ({"from_": 5}, "from_", InvalidArgumentTypeError),
        ({"metadata_prefix": ""}, "metadata_prefix", InvalidArgumentError),
    ],
)
async def test_harvest_arguments_are_checked_before_any_file_is_written(
    given: dict[str, Any], argument: str, error: type[Exception], tmp_path: Path
) -> None:
    arguments = {"to": tmp_path / "harvest.jsonl", **given}
    with sync_client() as client, pytest.raises(error, match=f"^{argument} ") as raised:
        client.harvest(**arguments)
    assert raised.value.argument == argument  # type: ignore[attr-defined]
    async with async_client() as async_oai:
        with pytest.raises(error, match=f"^{argument} "):
            await async_oai.harvest(**arguments)
    assert list(tmp_path.iterdir()) == []


def test_prefetch_is_a_bool() -> None:
    with pytest.raises(InvalidArgumentTypeError, match=r"^prefetch must be True or False"):
        OAIClient(prefetch="no")  # type: ignore[arg-type]
