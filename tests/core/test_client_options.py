"""Every client takes the same options with the same meaning, and sends the versioned User-Agent."""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import figshare
import figshare._hosts
from figshare import AsyncFigshare, Figshare, RateLimiter
from figshare._options import DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT, LONG_TIMEOUT, USER_AGENT
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError
from figshare.oai import AsyncOAIClient, OAIClient
from figshare.resourcesync import AsyncResourceSyncClient, ResourceSyncClient
from figshare.stats import AsyncStats, Stats

SYNC = [Figshare, Stats, OAIClient, ResourceSyncClient]
ASYNC = [AsyncFigshare, AsyncStats, AsyncOAIClient, AsyncResourceSyncClient]
COMMON = ("timeout", "deadline", "max_retries", "retry", "rate_limit", "user_agent", "http_client")
OAI_BODY = b"""<?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
<responseDate>2025-01-01T00:00:00Z</responseDate><request verb="Identify">u</request><Identify>
<repositoryName>r</repositoryName><baseURL>https://api.figshare.com/v2/oai</baseURL>
<protocolVersion>2.0</protocolVersion><adminEmail>a@example.org</adminEmail>
<earliestDatestamp>2010-01-01T00:00:00Z</earliestDatestamp><deletedRecord>persistent</deletedRecord>
<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>"""
RS_BODY = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:rs="http://www.openarchives.org/rs/terms/"><rs:md capability="resourcelist"/></urlset>"""


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.host.startswith("stats"):
        return httpx.Response(200, json={"totals": 1})
    if request.url.path.endswith("/oai"):
        return httpx.Response(200, content=OAI_BODY, headers={"Content-Type": "text/xml"})
    if request.url.path.endswith(".xml"):
        return httpx.Response(200, content=RS_BODY, headers={"Content-Type": "application/xml"})
    return httpx.Response(200, json={"id": 1})


def _options() -> dict[str, Any]:
    return {
        "timeout": 12.0,
        "deadline": 30.0,
        "max_retries": 1,
        "rate_limit": None,
        "user_agent": None,
    }


@pytest.mark.parametrize("client", SYNC + ASYNC, ids=lambda c: c.__name__)
def test_every_client_names_the_common_options_alike(client: type) -> None:
    parameters = inspect.signature(client).parameters
    assert set(COMMON) <= set(parameters)
    assert all(parameters[name].kind is inspect.Parameter.KEYWORD_ONLY for name in COMMON)
    assert parameters["rate_limit"].default == DEFAULT_RATE_LIMIT
    assert parameters["timeout"].default is None and parameters["user_agent"].default is None


@pytest.mark.parametrize("client", SYNC + ASYNC, ids=lambda c: c.__name__)
def test_every_client_accepts_the_common_options(client: type) -> None:
    instance = client(**_options())
    core = instance.core if hasattr(instance, "core") else instance._core
    assert core.retry.max_retries == 1
    assert core.rate_limiter is None or core.rate_limiter.min_interval == 0
    assert core.deadline == 30.0
    http_client = core.http_client
    assert http_client.timeout == httpx.Timeout(12.0)
    assert http_client.headers["User-Agent"] == USER_AGENT == f"figshare-sdk-python/{figshare.__version__}"


@pytest.mark.parametrize("client", SYNC + ASYNC, ids=lambda c: c.__name__)
def test_a_shared_rate_limiter_and_a_retry_policy_are_taken_as_they_are(client: type) -> None:
    limiter = RateLimiter(0.5)
    policy = figshare.RetryPolicy(max_retries=2)
    instance = client(rate_limit=limiter, retry=policy)
    core = instance.core if hasattr(instance, "core") else instance._core
    assert core.rate_limiter is limiter and core.retry is policy
    with pytest.raises(ValueError, match="max_retries"):
        client(retry=policy, max_retries=1)


@pytest.mark.parametrize("client", [Figshare, AsyncFigshare, ResourceSyncClient, AsyncResourceSyncClient])
def test_clients_sending_credentials_take_trusted_hosts(client: type) -> None:
    instance = client(auth=httpx.BasicAuth("u", "p"), trusted_hosts=["repo.example.org"])
    core = instance.core if hasattr(instance, "core") else instance._core
    assert core.trusted_hosts == ("repo.example.org",)
    with pytest.raises(TypeError, match="trusted_hosts"):
        client(trusted_hosts="repo.example.org")
    for bad, error in ((5, InvalidArgumentTypeError), ([5], InvalidArgumentTypeError), (["a/b"], InvalidArgumentError)):
        with pytest.raises(error, match=r"^trusted_hosts\b") as raised:
            client(trusted_hosts=bad)
        assert raised.value.argument == "trusted_hosts"


@pytest.mark.parametrize("client", [Figshare, AsyncFigshare])
def test_trusted_hosts_are_normalised_once_and_shared(client: type, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[object] = []
    normalise = figshare._hosts.normalise_host_patterns
    monkeypatch.setattr(figshare._hosts, "_ipv6", lambda text: checked.append(text) or False)
    instance = client("a-token-1234", trusted_hosts=["API.Example.org."])
    derived = instance.with_options(deadline=5).impersonate(7)
    assert checked == ["api.example.org"]  # the client's check; not again by its TokenAuth, its core or a clone
    hosts = instance.core.trusted_hosts
    assert hosts == ("api.example.org",)
    assert derived.core.trusted_hosts is hosts and instance.core.auth.trusted_hosts is hosts
    assert normalise(hosts) is hosts and normalise(list(hosts)) == hosts


@pytest.mark.parametrize("client", [ResourceSyncClient, AsyncResourceSyncClient])
def test_trusted_hosts_of_an_authenticated_client_are_normalised_once(
    client: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[object] = []
    monkeypatch.setattr(figshare._hosts, "_ipv6", lambda text: checked.append(text) or False)
    instance = client(auth=httpx.BasicAuth("u", "p"), trusted_hosts=["Repo.Example.org"])
    assert checked == ["repo.example.org"]
    core = instance.core if hasattr(instance, "core") else instance._core
    assert core.trusted_hosts == ("repo.example.org",)


@pytest.mark.parametrize("client", [Figshare, AsyncFigshare])
def test_auth_of_another_type_is_refused_by_name(client: type) -> None:
    with pytest.raises(InvalidArgumentTypeError, match=r"^auth must be an httpx.Auth") as raised:
        client(auth="token")
    assert raised.value.argument == "auth"


def test_the_default_timeouts_are_defined_once() -> None:
    assert Figshare().core.http_client.timeout == DEFAULT_TIMEOUT == Stats()._core.http_client.timeout
    assert OAIClient()._core.http_client.timeout == LONG_TIMEOUT == ResourceSyncClient().core.http_client.timeout


@pytest.mark.parametrize(
    ("make", "old", "value", "check"),
    [
        (Figshare, "rate_limiter", RateLimiter(2.0), lambda c: c.core.rate_limiter.min_interval == 2.0),
        (Stats, "rate_limiter", None, lambda c: c._core.rate_limiter is None),
        (OAIClient, "rate_limiter", None, lambda c: c._core.rate_limiter is None),
        (ResourceSyncClient, "min_interval", None, lambda c: c.core.rate_limiter is None),
        (
            lambda **kw: ResourceSyncClient(auth=httpx.BasicAuth("u", "p"), **kw),
            "auth_hosts",
            ["h.example.org"],
            lambda c: c.core.trusted_hosts == ("h.example.org",),
        ),
    ],
)
def test_old_option_names_still_work_and_warn(
    make: Callable[..., Any], old: str, value: object, check: Callable[[Any], bool]
) -> None:
    with pytest.warns(DeprecationWarning, match=f"{old}= is deprecated"):
        client = make(**{old: value})
    assert check(client)


def test_old_and_new_names_together_are_refused() -> None:
    with warnings.catch_warnings(), pytest.raises(ValueError, match="rate_limit"):
        Stats(rate_limit=2.0, rate_limiter=None)


def _mock_sync(monkeypatch: pytest.MonkeyPatch, seen: list[httpx.Request]) -> None:
    def handle(self: object, request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    async def handle_async(self: object, request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)


def test_every_sync_client_sends_the_versioned_user_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []
    _mock_sync(monkeypatch, seen)
    with Figshare(rate_limit=None) as client:
        client.articles.details(1)
    with Stats(rate_limit=None) as stats:
        stats.total("views", "article", 1)
    with OAIClient(rate_limit=None) as oai:
        oai.identify()
    with ResourceSyncClient(rate_limit=None) as rs:
        rs.info("https://repo.example.org/resourcelist.xml")
    assert len(seen) == 4
    assert {request.headers["User-Agent"] for request in seen} == {f"figshare-sdk-python/{figshare.__version__}"}


async def test_every_async_client_sends_the_versioned_user_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []
    _mock_sync(monkeypatch, seen)
    async with AsyncFigshare(rate_limit=None) as client:
        await client.articles.details(1)
    async with AsyncStats(rate_limit=None) as stats:
        await stats.total("views", "article", 1)
    async with AsyncOAIClient(rate_limit=None) as oai:
        await oai.identify()
    async with AsyncResourceSyncClient(rate_limit=None) as rs:
        await rs.info("https://repo.example.org/resourcelist.xml")
    assert len(seen) == 4
    assert {request.headers["User-Agent"] for request in seen} == {f"figshare-sdk-python/{figshare.__version__}"}


def test_a_custom_user_agent_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[httpx.Request] = []
    _mock_sync(monkeypatch, seen)
    with Stats(rate_limit=None, user_agent="my-harvester/1.0") as stats:
        stats.total("views", "article", 1)
    assert seen[0].headers["User-Agent"] == "my-harvester/1.0"


@pytest.mark.parametrize("client", SYNC + ASYNC, ids=lambda c: c.__name__)
@pytest.mark.parametrize("user_agent", ["app/1\r\nX: 1", "caf\u00e9/1.0", "a\x00b", "tab\there", " app/1 ", " "])
def test_a_user_agent_no_header_can_carry_is_refused_by_name(client: type, user_agent: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        client(rate_limit=None, user_agent=user_agent)
    assert caught.value.argument == "user_agent"
    assert client(rate_limit=None, user_agent="my-harvester/1.0 (+https://example.org; me@example.org)")


@pytest.mark.parametrize("client", [Figshare, AsyncFigshare])
def test_settings_come_from_the_arguments_else_from_the_environment(
    client: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("FIGSHARE_TOKEN", "FIGSHARE_BASE_URL", "FIGSHARE_V3_BASE_URL"):
        monkeypatch.setenv(variable, "  ")  # blank: as if unset
    blank = client()
    assert blank._settings.auth is None
    assert (blank.base_url, blank._settings.v3_base_url) == (
        "https://api.figshare.com/v2",
        "https://api.figshare.com/v3",
    )
    monkeypatch.setenv("FIGSHARE_TOKEN", " token-from-environment\n")
    monkeypatch.setenv("FIGSHARE_BASE_URL", "https://api.figsh.com/v2/")
    from_environment = client()
    assert from_environment._settings.auth.token.get_secret_value() == "token-from-environment"
    assert (from_environment.base_url, from_environment._settings.v3_base_url) == (
        "https://api.figsh.com/v2",
        "https://api.figsh.com/v3",
    )
    given = client("given-token", base_url="http://127.0.0.1:4010", v3_base_url="http://127.0.0.1:4011")
    assert given._settings.auth.token.get_secret_value() == "given-token"
    assert (given.base_url, given._settings.v3_base_url) == ("http://127.0.0.1:4010", "http://127.0.0.1:4011")
    for variable, value in (("FIGSHARE_TOKEN", "two words"), ("FIGSHARE_BASE_URL", "api.figshare.com")):
        monkeypatch.setenv(variable, value)
        with pytest.raises(InvalidArgumentError) as raised:
            client()
        assert raised.value.argument == variable
        monkeypatch.delenv(variable)


def test_every_sync_client_refuses_calls_once_closed_even_with_the_callers_http_client() -> None:
    """close() makes later calls raise ClientClosedError, also when the httpx client was passed in (it stays
    open for its owner); a client sharing another's core leaves that core open."""
    injected = httpx.Client(transport=httpx.MockTransport(_answer))
    calls: list[tuple[Any, Callable[[Any], object]]] = [
        (Figshare(rate_limit=None, http_client=injected), lambda client: client.articles.details(1)),
        (Stats(rate_limit=None, http_client=injected), lambda stats: stats.total("views", "article", 1)),
        (OAIClient(rate_limit=None, http_client=injected), lambda oai: oai.identify()),
        (
            ResourceSyncClient(rate_limit=None, http_client=injected),
            lambda rs: rs.info("https://repo.example.org/resourcelist.xml"),
        ),
    ]
    for client, call in calls:
        with client:
            call(client)
        client.close()  # twice: no error
        with pytest.raises(figshare.ClientClosedError):
            call(client)
    assert not injected.is_closed
    main = Figshare(rate_limit=None, http_client=injected)
    shared = Stats(core=main.core)
    shared.close()
    assert shared.total("views", "article", 1) == 1  # the core is main's: still open
    injected.close()


async def test_every_async_client_refuses_calls_once_closed_even_with_the_callers_http_client() -> None:
    injected = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
    calls: list[tuple[Any, Callable[[Any], Any]]] = [
        (AsyncFigshare(rate_limit=None, http_client=injected), lambda client: client.articles.details(1)),
        (AsyncStats(rate_limit=None, http_client=injected), lambda stats: stats.total("views", "article", 1)),
        (AsyncOAIClient(rate_limit=None, http_client=injected), lambda oai: oai.identify()),
        (
            AsyncResourceSyncClient(rate_limit=None, http_client=injected),
            lambda rs: rs.info("https://repo.example.org/resourcelist.xml"),
        ),
    ]
    for client, call in calls:
        async with client:
            await call(client)
        await client.aclose()  # twice: no error
        with pytest.raises(figshare.ClientClosedError):
            await call(client)
    assert not injected.is_closed
    main = AsyncFigshare(rate_limit=None, http_client=injected)
    shared = AsyncStats(core=main.core)
    await shared.aclose()
    assert await shared.total("views", "article", 1) == 1  # the core is main's: still open
    await injected.aclose()
