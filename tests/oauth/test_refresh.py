"""Renewing an access token through `OAuth2Auth`: once under load, before expiry, only for its own host."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from figshare.auth import MemoryTokenStore, OAuth2Auth, OAuth2Token
from figshare.errors import AuthenticationError, OAuthError, TokenStoreError
from tests.oauth.helpers import async_figshare, async_oauth_client, figshare, oauth_client, signed_in_token
from tests.oauth.standin import Recorder, StandIn

CALLERS = 10
LOCAL = ("127.0.0.1",)  # the default trusts it too (tested on its own); named here so that only renewal is tested


class CountingStore(MemoryTokenStore):
    def __init__(self) -> None:
        super().__init__()
        self.saved: list[OAuth2Token] = []

    def save(self, token: OAuth2Token) -> None:
        self.saved.append(token)
        super().save(token)


def expired_session(standin: StandIn, *, rotate: bool) -> tuple[OAuth2Token, CountingStore]:
    standin.rotate_refresh_tokens = rotate
    standin.detect_refresh_reuse = rotate  # a replayed refresh token revokes the grant
    standin.refresh_delay = 0.3  # every caller gets its 401 while the first refresh is in flight
    token = signed_in_token(standin)
    standin.expire_access_tokens()
    return token, CountingStore()


def call_from_threads(function: Callable[[], object]) -> list[object]:
    barrier = threading.Barrier(CALLERS)

    def call() -> object:
        barrier.wait()
        try:
            return function()
        except Exception as error:
            return error

    with ThreadPoolExecutor(CALLERS) as pool:
        return list(pool.map(lambda _: call(), range(CALLERS)))


@pytest.mark.parametrize("rotate", [True, False], ids=["rotating", "reusable"])
def test_ten_threads_with_an_expired_token_make_one_refresh_and_all_succeed(standin: StandIn, rotate: bool) -> None:
    token, store = expired_session(standin, rotate=rotate)
    auth = OAuth2Auth(oauth_client(standin), token, store=store, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        results = call_from_threads(client.account.details)
    assert [type(result).__name__ for result in results] == ["Account"] * CALLERS
    assert len(standin.token_requests("refresh_token")) == 1
    assert len(store.saved) == 1
    assert auth.token == store.saved[0]
    assert auth.token.access_token != token.access_token
    if rotate:
        assert auth.token.refresh_token != token.refresh_token
        assert not any(grant.revoked for grant in standin.grants)


@pytest.mark.parametrize("rotate", [True, False], ids=["rotating", "reusable"])
@pytest.mark.parametrize("oauth_kind", ["async", "sync-in-a-thread"])
async def test_ten_tasks_with_an_expired_token_make_one_refresh_and_all_succeed(
    standin: StandIn, rotate: bool, oauth_kind: str
) -> None:
    token, store = expired_session(standin, rotate=rotate)
    oauth = async_oauth_client(standin) if oauth_kind == "async" else oauth_client(standin)
    auth = OAuth2Auth(oauth, token, store=store, trusted_hosts=LOCAL)
    async with async_figshare(standin, auth) as client:
        results = await asyncio.gather(*(client.account.details() for _ in range(CALLERS)), return_exceptions=True)
    assert [type(result).__name__ for result in results] == ["Account"] * CALLERS
    assert len(standin.token_requests("refresh_token")) == 1
    assert len(store.saved) == 1


def test_threads_and_tasks_share_one_refresh(standin: StandIn) -> None:
    token, store = expired_session(standin, rotate=True)
    auth = OAuth2Auth(oauth_client(standin), token, store=store, trusted_hosts=LOCAL)

    async def tasks() -> list[object]:
        async with async_figshare(standin, auth) as client:
            return await asyncio.gather(*(client.account.details() for _ in range(5)), return_exceptions=True)

    with figshare(standin, auth) as client, ThreadPoolExecutor(6) as pool:
        from_tasks = pool.submit(asyncio.run, tasks())
        from_threads = [pool.submit(client.account.details) for _ in range(5)]
        results = [future.result() for future in from_threads] + list(from_tasks.result())
    assert [type(result).__name__ for result in results] == ["Account"] * 10
    assert len(standin.token_requests("refresh_token")) == 1


def test_a_refused_refresh_fails_every_caller_with_one_request(standin: StandIn) -> None:
    token, store = expired_session(standin, rotate=True)
    standin.grants[0].revoked = True
    auth = OAuth2Auth(oauth_client(standin), token, store=store, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        results = call_from_threads(client.account.details)
    assert all(isinstance(result, OAuthError) and result.error == "invalid_grant" for result in results)
    assert len(standin.token_requests("refresh_token")) == 1
    assert store.saved == []


async def test_a_refused_refresh_fails_every_task_with_one_request(standin: StandIn) -> None:
    token, _ = expired_session(standin, rotate=True)
    standin.grants[0].revoked = True
    auth = OAuth2Auth(async_oauth_client(standin), token, trusted_hosts=LOCAL)
    async with async_figshare(standin, auth) as client:
        results = await asyncio.gather(*(client.account.details() for _ in range(CALLERS)), return_exceptions=True)
    assert all(isinstance(result, OAuthError) and result.error == "invalid_grant" for result in results)
    assert len(standin.token_requests("refresh_token")) == 1


def test_a_token_about_to_expire_is_renewed_before_it_is_used(standin: StandIn) -> None:
    token = signed_in_token(standin)
    assert token.obtained_at is not None and token.expires_in == 3600
    about_to_expire = token.obtained_at + 3600 - 30  # within the default 60 s leeway
    auth = OAuth2Auth(oauth_client(standin), token, clock=lambda: about_to_expire, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        client.account.details()
    assert len(standin.token_requests("refresh_token")) == 1
    (api_request,) = standin.api_requests()  # no request was sent with the old token, no 401 was needed
    assert api_request.headers["Authorization"] == f"token {auth.token.access_token.get_secret_value()}"


async def test_a_token_about_to_expire_is_renewed_before_it_is_used_async(standin: StandIn) -> None:
    token = signed_in_token(standin)
    assert token.obtained_at is not None
    about_to_expire = token.obtained_at + 3600 - 30
    auth = OAuth2Auth(async_oauth_client(standin), token, clock=lambda: about_to_expire, trusted_hosts=LOCAL)
    async with async_figshare(standin, auth) as client:
        await client.account.details()
    assert len(standin.token_requests("refresh_token")) == 1
    assert len(standin.api_requests()) == 1


@pytest.mark.parametrize(
    ("leeway", "seconds_left", "renewed"),
    [(60, 61, False), (60, 59, True), (0, 1, False), (300, 299, True)],
)
def test_the_refresh_leeway(standin: StandIn, leeway: float, seconds_left: float, renewed: bool) -> None:
    token = signed_in_token(standin)
    assert token.obtained_at is not None
    now = token.obtained_at + 3600 - seconds_left
    auth = OAuth2Auth(oauth_client(standin), token, refresh_leeway=leeway, clock=lambda: now, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        client.account.details()
    assert len(standin.token_requests("refresh_token")) == (1 if renewed else 0)


def test_the_leeway_is_at_most_half_a_short_lifetime(standin: StandIn) -> None:
    token = signed_in_token(standin, expires_in=40)  # a 60 s leeway would renew it before every request
    assert token.obtained_at is not None
    a_quarter_in = token.obtained_at + 10
    auth = OAuth2Auth(oauth_client(standin), token, clock=lambda: a_quarter_in, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        client.account.details()
    assert standin.token_requests("refresh_token") == []


def test_a_token_without_refresh_token_is_sent_as_it_is_even_when_expiring(standin: StandIn) -> None:
    issued = signed_in_token(standin)
    token = OAuth2Token(issued.access_token, expires_in=3600, obtained_at=0.0)
    auth = OAuth2Auth(oauth_client(standin), token, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        client.account.details()
    assert standin.token_requests() == []


def test_a_401_from_another_origin_after_a_redirect_does_not_renew(standin: StandIn, other_origin: Recorder) -> None:
    standin.elsewhere_url = f"{other_origin.base}/somewhere"
    token = signed_in_token(standin)
    auth = OAuth2Auth(oauth_client(standin), token, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client, pytest.raises(AuthenticationError):
        client.core.request("GET", f"{standin.api}/elsewhere")
    assert standin.token_requests() == []
    assert auth.token is token
    (received,) = other_origin.received
    assert "Authorization" not in received.headers and "authorization" not in received.headers


def test_a_401_from_its_own_host_renews_once_and_retries_once(standin: StandIn) -> None:
    token = signed_in_token(standin)
    standin.expire_access_tokens()
    auth = OAuth2Auth(oauth_client(standin), token, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        client.account.details()
    assert len(standin.token_requests("refresh_token")) == 1
    assert [request.headers["Authorization"] for request in standin.api_requests()] == [
        f"token {token.access_token.get_secret_value()}",
        f"token {auth.token.access_token.get_secret_value()}",
    ]


def test_a_401_with_the_renewed_token_too_is_not_renewed_again(standin: StandIn) -> None:
    token = signed_in_token(standin)
    standin.expire_access_tokens()
    standin.expires_in = 0  # every token the stand-in issues is dead on arrival
    auth = OAuth2Auth(oauth_client(standin), token, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client, pytest.raises(AuthenticationError):
        client.account.details()
    assert len(standin.token_requests("refresh_token")) == 1
    assert len(standin.api_requests()) == 2


class BrokenStore(CountingStore):
    def save(self, token: OAuth2Token) -> None:
        super().save(token)
        raise TokenStoreError("cannot write the token file: Read-only file system", location="/ro/token.json")


def test_a_store_that_cannot_save_fails_only_the_renewing_call(standin: StandIn) -> None:
    token, _ = expired_session(standin, rotate=True)
    store = BrokenStore()
    auth = OAuth2Auth(oauth_client(standin), token, store=store, trusted_hosts=LOCAL)
    with figshare(standin, auth) as client:
        results = call_from_threads(client.account.details)
        assert sorted(type(result).__name__ for result in results) == ["Account"] * (CALLERS - 1) + ["TokenStoreError"]
        client.account.details()  # the renewed token is used from memory
    assert len(standin.token_requests("refresh_token")) == 1
    assert auth.token == store.saved[0]
