"""The OAuth 2.0 client and the sender of its token requests.

Written once, for asyncio; `make unasync` writes the sync ones from this source. What the flow checks and
guarantees, and the requests it builds, are in `figshare._oauth`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from figshare._async_core import decoded_chunks
from figshare._async_lifetime import AsyncClosing
from figshare._core_base import _FAILURES, log_attempt
from figshare._oauth import MAX_TOKEN_RESPONSE_BYTES, TIMEOUT, TOKEN_REQUEST_DEADLINE, OAuth2ClientBase, _async_within
from figshare._oauth_scrub import DROPPED_HEADERS
from figshare._oauth_token import OAuth2Token
from figshare._options import retry_policy
from figshare._retry import RetryPolicy
from figshare._secrets import Secret, as_secret
from figshare._validate import instance_of
from figshare.errors import APITimeoutError, BotChallengeError, FigshareError, ResponseParseError, is_bot_challenge

_logger = logging.getLogger("figshare")


class AsyncTokenSender:
    """Sends token requests with an `httpx.AsyncClient` (what it guarantees: `figshare._oauth`).

    Args:
        http_client: the client to send with (its `auth` and `follow_redirects` settings are not used).
        retry: which connection failures are retried (default `RetryPolicy()`).
        deadline: seconds one request may take in all.
        sleep: the sleep between retries.
    """

    def __init__(
        self,
        http_client: httpx.AsyncClient,
        *,
        retry: RetryPolicy | None = None,
        deadline: float = TOKEN_REQUEST_DEADLINE,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.retry = retry if retry is not None else RetryPolicy()
        self.deadline = deadline
        self.http_client = http_client
        self._sleep = sleep

    async def send(self, request: httpx.Request) -> httpx.Response:
        """Send `request` and return its answer, read.

        Args:
            request: the token request.

        Returns:
            The answer, its body read (and decoded).

        Raises:
            APIConnectionError, APITimeoutError: no complete answer (after retries of unsent requests), or
                the deadline passed.
            ResponseParseError: the answer is larger than `MAX_TOKEN_RESPONSE_BYTES`.
            BotChallengeError: Figshare's firewall answered instead.
            ClientClosedError: the httpx client is closed (httpx would raise a `RuntimeError`).
        """
        if self.http_client.is_closed:
            from figshare.errors import ClientClosedError  # here: the import list above fills its line

            raise ClientClosedError()
        retry_number = 0
        while True:
            started = time.perf_counter()
            try:
                response = await _async_within(self.deadline, self._send_once(request))
            except FigshareError:
                raise
            except Exception as error:  # a transport's, httpx's decoder's, the deadline's: all ours to report
                delay = self._failed(request, error, retry_number, started)
            else:
                log_attempt(_logger, request, response, started)
                return response
            await self._sleep(delay)
            retry_number += 1

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        ends_at = time.monotonic() + self.deadline
        response = await self.http_client.send(request, stream=True, follow_redirects=False, auth=None)
        body = bytearray()
        try:
            async for chunk in decoded_chunks(response):
                body += chunk
                if len(body) > MAX_TOKEN_RESPONSE_BYTES:
                    raise ResponseParseError(
                        f"the token endpoint's answer is larger than {MAX_TOKEN_RESPONSE_BYTES} bytes",
                        method=request.method,
                        url=request.url,
                    )
                if time.monotonic() > ends_at:  # a sync read cannot be cut short: the deadline is checked here
                    raise TimeoutError
        finally:
            await response.aclose()
        if is_bot_challenge(response):
            raise BotChallengeError.from_response(response)
        # the body is kept decoded: drop the headers that describe it as it was sent
        kept = [(name, value) for name, value in response.headers.multi_items() if name.lower() not in DROPPED_HEADERS]
        return httpx.Response(response.status_code, headers=kept, content=bytes(body), request=response.request)

    def _failed(self, request: httpx.Request, error: Exception, retry_number: int, started: float) -> float:
        """The delay before sending `request` again after `error`; raises when it is not sent again."""
        log_attempt(_logger, request, "deadline" if isinstance(error, TimeoutError) else error, started)
        if isinstance(error, TimeoutError):
            raise APITimeoutError(
                f"The token request took more than {self.deadline:g} s", method=request.method, url=request.url
            ) from None
        delay = self.retry.delay_after_error(retry_number, error, idempotent=self.retry.is_idempotent(request.method))
        if delay is None:  # the error's text is not kept: it may hold what the request sent
            kind, prefix = next((kind, prefix) for base, kind, prefix in _FAILURES if isinstance(error, base))
            raise kind(f"{prefix}: {type(error).__name__}", method=request.method, url=request.url) from None
        return delay


class AsyncOAuth2Client(OAuth2ClientBase[httpx.AsyncClient], AsyncClosing):
    """Runs the OAuth 2.0 authorization code flow against Figshare.

    >>> oauth = AsyncOAuth2Client("my-client-id", "my-secret", "https://example.org/callback")
    >>> url, state = oauth.authorization_url()          # send the user to `url`, remember `state`
    >>> token = await oauth.exchange_code(code, returned_state, state)   # in the redirect handler

    Args:
        client_id: the application's client id (Figshare account > Applications).
        client_secret: the application's client secret (an empty one is left out of token requests).
        redirect_uri: where Figshare sends the user back; must match the application's registration.
        base_url: the REST API root; the token endpoint is `{base_url}/token` unless `token_url` is given.
            Staging: `https://api.figsh.com/v2`.
        authorize_url: the authorization endpoint the user's browser visits. Staging:
            `https://figsh.com/account/applications/authorize`.
        token_url: the token endpoint, when it is not `{base_url}/token`.
        pkce: send a PKCE `S256` challenge with each authorization and its verifier with the code exchange
            (RFC 7636); False turns it off, for a server that refuses the extra parameters.
        http_client: the `httpx.AsyncClient` to send with (default: a new one, closed by `aclose()`). Token
            requests never follow redirects and never use its `auth`, whatever its settings.
        retry: retry policy (token requests are POSTs, so only failures before sending are retried).
        clock: wall-clock time, to date received tokens (inject a fake one in tests).

    Raises:
        figshare.InvalidArgumentError: `client_id` is empty, or an endpoint is not https (plain http is allowed
            only for 127.0.0.1, ::1 and localhost), is not an absolute URL, or holds a fragment or user info, or
            `base_url` a ?query (a `ValueError`).
        figshare.InvalidArgumentTypeError: an argument has the wrong type (a `TypeError`).
    """

    def _start(self, http_client: httpx.AsyncClient | None, retry: RetryPolicy | None) -> None:
        if http_client is None:
            http_client = self._owned_client = httpx.AsyncClient(timeout=TIMEOUT)
        instance_of(http_client, httpx.AsyncClient, "http_client", "an httpx.AsyncClient")
        self._sender = AsyncTokenSender(http_client, retry=retry_policy(None, retry))

    async def exchange_code(
        self,
        code: str,
        state: str,
        expected_state: str,
        *,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
    ) -> OAuth2Token:
        """Exchange the authorization `code` from the redirect for tokens.

        `state` and `expected_state` are compared before any request is sent. The PKCE verifier is the one
        `authorization_url` remembered for `expected_state`, or `code_verifier` when given.

        Args:
            code: the `code` parameter of the redirect.
            state: the `state` parameter of the redirect.
            expected_state: the state `authorization_url` returned for this login.
            redirect_uri: the redirect URI the authorization used, when not the client's `redirect_uri`.
            code_verifier: the PKCE verifier, when the authorization was started by another process.

        Returns:
            The tokens Figshare issued.

        Raises:
            OAuthAuthorizationError: the states differ or the code is empty.
            OAuthError: Figshare refused the code (for example `invalid_grant`: expired or already used).
        """
        return await self._token(self._code_request(code, state, expected_state, redirect_uri, code_verifier))

    async def refresh(self, refresh_token: str | Secret) -> OAuth2Token:
        """Get a new access token with `refresh_token`.

        Args:
            refresh_token: the refresh token of the current grant.

        Returns:
            The new tokens (Figshare may or may not send a new refresh token).

        Raises:
            figshare.InvalidArgumentError: `refresh_token` is empty or holds whitespace or controls (none is sent).
            OAuthError: Figshare refused the refresh token (`invalid_grant`: sign in again).
        """
        return await self._token(self.build_refresh_request(refresh_token))

    async def password_grant(self, username: str, password: str | Secret) -> OAuth2Token:
        """Get tokens with the account's email and password (grant `password`; only for trusted apps).

        Args:
            username: the account's email address.
            password: the account's password.

        Returns:
            The tokens Figshare issued.

        Raises:
            OAuthError: Figshare refused the credentials.
        """
        return await self._token(self.build_token_request("password", username=username, password=as_secret(password)))

    async def token_info(self, access_token: str | Secret) -> OAuth2Token:
        """Describe `access_token` (`GET` on the token endpoint): its type, scope, lifetime and refresh token.

        Args:
            access_token: the access token to describe.

        Returns:
            What Figshare says about the token.

        Raises:
            APIStatusError: Figshare refused the token (403 when it is not valid).
        """
        header = f"token {OAuth2Token(access_token).access_token.get_secret_value()}"
        request = httpx.Request("GET", self.token_url, headers={"Authorization": header})
        return await self._token(request, self._parse_token_info)

    async def _token(
        self, request: httpx.Request, parse: Callable[[httpx.Response], OAuth2Token] | None = None
    ) -> OAuth2Token:
        with self._scrubbed(request):
            response = await self._sender.send(request)
        return (parse or self.parse_token_response)(response)
