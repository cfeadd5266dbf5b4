"""TokenAuth and trusted host patterns."""

from __future__ import annotations

import httpx
import pytest

from figshare import AsyncFigshare, Figshare, InvalidArgumentTypeError
from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare.auth import TokenAuth
from tests.core.core_fakes import Recorder

TOKEN = "personal-token-1"


@pytest.mark.parametrize(
    ("url", "trusted"),
    [
        ("https://api.figshare.com/v2/account", True),
        ("https://API.Figshare.com./v2/account", True),
        ("https://api.figsh.com/v2/account", True),
        ("https://fup-eu-west-1.figshare.com/upload/x", True),
        ("https://fup100310.figsh.com/upload/x", True),
        ("https://figshare.com/ndownloader/files/1", False),
        ("https://evilfigshare.com/", False),
        ("https://api.figshare.com.evil.example/", False),
        ("https://s3-eu-west-1.amazonaws.com/pfigshare-u-files/1", False),
        ("http://127.0.0.1:8000/", False),
    ],
)
def test_default_trusted_hosts(url: str, trusted: bool) -> None:
    assert host_is_trusted(url, DEFAULT_TRUSTED_HOSTS) is trusted


def test_custom_patterns_are_normalised_and_checked() -> None:
    assert normalise_host_patterns(["LocalHost.", "*.Example.org"]) == ("localhost", "*.example.org")
    for bad in ["", "*", "*.", "http://x", "a*.b", "host:8000"]:
        with pytest.raises(ValueError):
            normalise_host_patterns([bad])
    with pytest.raises(TypeError):
        normalise_host_patterns([b"bytes"])  # type: ignore[list-item]
    for given in ([b"bytes"], ["api.figshare.com", 5]):
        with pytest.raises(InvalidArgumentTypeError, match=r"^follow_hosts must be host names given as str") as raised:
            normalise_host_patterns(given, "follow_hosts")  # type: ignore[arg-type]
        assert raised.value.argument == "follow_hosts"
    for client_class in (Figshare, AsyncFigshare):
        with pytest.raises(InvalidArgumentTypeError, match=r"^trusted_hosts must be host names given as str"):
            client_class(token=TOKEN, trusted_hosts=["api.figshare.com", b"bytes"])  # type: ignore[list-item]


def test_token_auth_header_uses_figshares_scheme() -> None:
    recorder = Recorder([httpx.Response(200)])
    with httpx.Client(transport=httpx.MockTransport(recorder), auth=TokenAuth(TOKEN)) as client:
        client.get("https://api.figshare.com/v2/account")
        client.get("https://example.org/")
    assert recorder.requests[0].headers["Authorization"] == f"token {TOKEN}"
    assert "Authorization" not in recorder.requests[1].headers


async def test_token_auth_async() -> None:
    recorder = Recorder([httpx.Response(200)])
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder), auth=TokenAuth(TOKEN)) as client:
        await client.get("https://api.figshare.com/v2/account")
    assert recorder.requests[0].headers["Authorization"] == f"token {TOKEN}"


def test_token_auth_custom_hosts_and_repr() -> None:
    auth = TokenAuth(TOKEN, trusted_hosts=["127.0.0.1"])
    recorder = Recorder([httpx.Response(200)])
    with httpx.Client(transport=httpx.MockTransport(recorder), auth=auth) as client:
        client.get("http://127.0.0.1:8000/v2/account")
        client.get("https://api.figshare.com/v2/account")
    assert recorder.requests[0].headers["Authorization"] == f"token {TOKEN}"
    assert "Authorization" not in recorder.requests[1].headers
    assert TOKEN not in repr(auth)
    assert TOKEN not in str(auth.token)


def test_empty_token_is_refused() -> None:
    with pytest.raises(ValueError):
        TokenAuth("")
