"""`OAuth2Auth`: send an OAuth access token, renewed single-flight (a server that rotates refresh tokens, or
revokes a grant when one is used twice, sees exactly one refresh however many callers need it)."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import logging
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Iterable

import httpx

from figshare._async_oauth_client import AsyncOAuth2Client
from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare._oauth_client import OAuth2Client
from figshare._oauth_token import OAuth2Token, TokenStore
from figshare._secrets import Secret
from figshare._validate import instance_of, optional_callable, seconds
from figshare.errors import InvalidArgumentError, InvalidArgumentTypeError, OAuthError

DEFAULT_REFRESH_LEEWAY = 60.0
"""Seconds before `expires_at` at which `OAuth2Auth` renews the access token before using it."""

_logger = logging.getLogger("figshare")


class OAuth2Auth(httpx.Auth):
    """httpx auth that sends `Authorization: token <access token>` and keeps the token fresh.

    - Before a request, when the token expires within `refresh_leeway` seconds (at most half its lifetime) and
      a refresh token is known, the token is renewed first.
    - When a request to a trusted host gets 401 from that same host (not from another host a redirect led to)
      and a refresh token is known, the token is renewed once and the request sent again with it. A 401 for a
      token that another caller renewed meanwhile is retried with the renewed token, without refreshing.
    - Renewal is single-flight across threads and asyncio tasks; the renewed token (keeping the old refresh
      token when the server sends none) is saved to `store`. When the token endpoint refuses the refresh
      token (`OAuthError`, such as `invalid_grant`), every caller waiting for it, and every later one, gets
      that error without another request; other failures (network, 5xx) let the next caller try again.
    - The refresh request is sent by `oauth` (its own httpx client), never through the client this auth is
      attached to, and never follows redirects.

    Use an `OAuth2Client` with `httpx.Client`/`Figshare`, and an `AsyncOAuth2Client` (or an `OAuth2Client`, run
    in a worker thread) with `httpx.AsyncClient`/`AsyncFigshare`.

    Args:
        oauth: the OAuth client that sends refresh requests.
        token: the current token; when None it is loaded from `store`.
        store: where renewed tokens are saved (default: memory only).
        trusted_hosts: hosts that may receive the token (exact names or `*.domain` patterns). Default: the host
            of `oauth.base_url` (so a custom or staging API root is trusted) and Figshare's hosts
            (`api.figshare.com`, `api.figsh.com`, `*.figshare.com`, `*.figsh.com`).
        refresh_leeway: seconds before expiry at which the token is renewed before use (0: only on a 401).
        clock: wall-clock time in seconds since the epoch (default: the one `oauth` dates tokens with).

    Raises:
        figshare.InvalidArgumentError: no token (neither given nor in `store`), or a `refresh_leeway` that is
            negative, NaN or past 1,000,000 s (a `ValueError`).
        figshare.InvalidArgumentTypeError: `oauth` is not an `OAuth2Client` or `AsyncOAuth2Client`, or another
            argument has the wrong type (a `TypeError`).
        OAuthError: (from a request) the refresh token was refused; sign in again.
        TokenStoreError: (from a request) the renewed token could not be saved (it is still used in memory).
    """

    requires_request_body = True  # the request may be sent twice

    def __init__(
        self,
        oauth: OAuth2Client | AsyncOAuth2Client,
        token: OAuth2Token | None = None,
        *,
        store: TokenStore | None = None,
        trusted_hosts: Iterable[str] | None = None,
        refresh_leeway: float = DEFAULT_REFRESH_LEEWAY,
        clock: Callable[[], float] | None = None,
    ) -> None:
        instance_of(oauth, (OAuth2Client, AsyncOAuth2Client), "oauth", "an OAuth2Client or AsyncOAuth2Client")
        instance_of(token, (OAuth2Token, type(None)), "token", "an OAuth2Token")
        instance_of(store, (TokenStore, type(None)), "store", "a TokenStore")
        self.refresh_leeway = seconds(refresh_leeway, "refresh_leeway", allow_zero=True)
        self._clock = oauth._clock if clock is None else optional_callable(clock, "clock")
        if token is None and store is not None:
            token = store.load()
        if token is None:
            raise InvalidArgumentError(
                "no OAuth token: pass token= or a store that holds one (sign in first)", argument="token"
            )
        self._oauth = oauth
        self._token = token
        self._store = store
        if trusted_hosts is None:  # (a dict: the API host may be one of Figshare's)
            trusted_hosts = dict.fromkeys((httpx.URL(oauth.base_url).host, *DEFAULT_TRUSTED_HOSTS))
        self._trusted_hosts = normalise_host_patterns(trusted_hosts)
        self._lock = threading.Lock()
        self._refreshing: _Refresh | None = None
        self._refused: tuple[Secret, _Refresh] | None = None

    @property
    def token(self) -> OAuth2Token:
        """The current token (renewed after a refresh)."""
        with self._lock:
            return self._token

    @property
    def trusted_hosts(self) -> tuple[str, ...]:
        """The hosts that receive the token."""
        return self._trusted_hosts

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send `request` with a fresh token; on a 401 from its host, renew once and send it again."""
        if not self._trusts(request):
            yield request
            return
        if isinstance(self._oauth, AsyncOAuth2Client):
            raise InvalidArgumentTypeError(  # a TypeError, and a FigshareError the core does not wrap
                "OAuth2Auth with an AsyncOAuth2Client works only with httpx.AsyncClient (AsyncFigshare); "
                "use an OAuth2Client as oauth with httpx.Client (Figshare)",
                argument="auth",
            )
        request.read()
        sent_with = self.token
        if self._needs_renewal(sent_with):
            sent_with = self._renew(sent_with) or sent_with
        _authorize(request, sent_with)
        response = yield request
        renewed = self._renew(sent_with) if self._may_renew_after(request, response) else None
        if renewed is not None:
            _authorize(request, renewed)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """`sync_auth_flow` for `httpx.AsyncClient`."""
        if not self._trusts(request):
            yield request
            return
        await request.aread()
        sent_with = self.token
        if self._needs_renewal(sent_with):
            sent_with = await self._arenew(sent_with) or sent_with
        _authorize(request, sent_with)
        response = yield request
        renewed = await self._arenew(sent_with) if self._may_renew_after(request, response) else None
        if renewed is not None:
            _authorize(request, renewed)
            yield request

    def _trusts(self, request: httpx.Request) -> bool:
        if host_is_trusted(request.url, self._trusted_hosts):
            return True
        _logger.debug("OAuth2Auth: no token for %s (not a trusted host)", request.url.host)
        return False

    def _needs_renewal(self, token: OAuth2Token) -> bool:
        if token.refresh_token is None or not token.expires_in:
            return False
        leeway = min(self.refresh_leeway, token.expires_in / 2)
        return token.expires_within(leeway, now=self._clock())

    def _may_renew_after(self, request: httpx.Request, response: httpx.Response) -> bool:
        if response.status_code != 401:
            return False
        answered = response.request.url
        if (answered.scheme, answered.host, answered.port) != (request.url.scheme, request.url.host, request.url.port):
            _logger.debug("OAuth2Auth: a 401 from %s after a redirect: not renewing the token", answered.host)
            return False
        return True

    def _join(self, stale: OAuth2Token) -> tuple[OAuth2Token | None, _Refresh | None, bool]:
        """Under the lock: the token to use instead of `stale`, or the renewal to lead or to wait for."""
        with self._lock:
            current = self._token
            if current.access_token != stale.access_token:
                return current, None, False  # renewed meanwhile
            if current.refresh_token is None:
                return None, None, False  # nothing to renew with
            if self._refused is not None and self._refused[0] == current.refresh_token:
                return None, self._refused[1], False  # refused already: the same answer, not asked again
            if self._refreshing is None:
                self._refreshing = _Refresh()
                return None, self._refreshing, True
            return None, self._refreshing, False

    def _renew(self, stale: OAuth2Token) -> OAuth2Token | None:
        """The token to use instead of `stale`: renewed by this thread, or by whoever renewed it first."""
        oauth = self._oauth
        assert isinstance(oauth, OAuth2Client)  # sync_auth_flow refuses an AsyncOAuth2Client
        while True:
            replacement, job, leads = self._join(stale)
            if job is None:
                return replacement
            if not leads:
                job.done.wait()
                job.raise_error()
                continue
            try:
                renewed = oauth.refresh(_refresh_token_of(stale))
            except BaseException as error:
                self._fail(job, stale, error)
                raise
            return self._adopt(job, stale, renewed)

    async def _arenew(self, stale: OAuth2Token) -> OAuth2Token | None:
        """`_renew` for asyncio tasks (an `OAuth2Client` refreshes in a worker thread)."""
        while True:
            replacement, job, leads = self._join(stale)
            if job is None:
                return replacement
            if not leads:
                await job.wait_async()
                job.raise_error()
                continue
            try:
                if isinstance(self._oauth, AsyncOAuth2Client):
                    renewed = await self._oauth.refresh(_refresh_token_of(stale))
                else:
                    renewed = await asyncio.to_thread(self._oauth.refresh, _refresh_token_of(stale))
            except BaseException as error:
                self._fail(job, stale, error)
                raise
            return self._adopt(job, stale, renewed)

    def _adopt(self, job: _Refresh, stale: OAuth2Token, renewed: OAuth2Token) -> OAuth2Token:
        renewed = renewed.with_refresh_token(stale.refresh_token)
        with self._lock:
            self._token = renewed  # new callers use it from now on
        try:
            if self._store is not None:
                self._store.save(renewed)  # still within the renewal: saves happen in the order of renewals
        finally:
            with self._lock:
                self._refreshing = None
            job.finish(None)  # waiters use the renewed token even when saving it failed
        return renewed

    def _fail(self, job: _Refresh, stale: OAuth2Token, error: BaseException) -> None:
        with self._lock:
            self._refreshing = None
            if isinstance(error, OAuthError) and stale.refresh_token is not None:
                # The token endpoint refused this refresh token (invalid_grant, ...): it will not change its mind.
                self._refused = (stale.refresh_token, job)
        job.finish(error)

    def __repr__(self) -> str:
        return (
            f"OAuth2Auth(oauth={self._oauth!r}, token={self.token!r}, store={self._store!r}, "
            f"trusted_hosts={self._trusted_hosts!r})"
        )


class _Refresh:
    """One renewal in flight: the leader finishes it, the others wait (threads block, tasks await)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = threading.Event()
        self._futures: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._error: BaseException | None = None

    def finish(self, error: BaseException | None) -> None:
        with self._lock:
            self._error = error
            self.done.set()
            futures, self._futures = self._futures, []
        for loop, future in futures:
            with contextlib.suppress(RuntimeError):  # that loop is closed: nobody waits there any more
                loop.call_soon_threadsafe(_release, future)

    async def wait_async(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self.done.is_set():
                return
            future: asyncio.Future[None] = loop.create_future()
            self._futures.append((loop, future))
        await future

    def raise_error(self) -> None:
        """Raise (a copy of) the leader's `Exception` for a waiter; nothing when it succeeded, or was cancelled or
        interrupted (then the next caller renews)."""
        error = self._error
        if error is None or not isinstance(error, Exception):
            return
        try:
            duplicate = copy.copy(error)
        except Exception:  # an exception type that cannot be copied: share the one object
            duplicate = error
        raise duplicate


def _release(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _refresh_token_of(token: OAuth2Token) -> str:
    assert token.refresh_token is not None  # _join only hands out renewals for tokens that have one
    return token.refresh_token.get_secret_value()


def _authorize(request: httpx.Request, token: OAuth2Token) -> None:
    request.headers["Authorization"] = f"token {token.access_token.get_secret_value()}"
