"""OAuth 2.0 authorization code flow against Figshare: what the sync and async clients share.

Figshare's authorization endpoint is `https://figshare.com/account/applications/authorize`; its token
endpoint is `POST https://api.figshare.com/v2/token` (grants `authorization_code`, `refresh_token` and
`password`), which answers 200 on success and 400 with an RFC 6749 section 5.2 error body on any failure.
`GET /v2/token` describes the token sent with the request.

What the clients guarantee (RFC 6749, RFC 7636, RFC 8252):

- `state` is random (256 bits) and compared in constant time before any code is exchanged;
- PKCE (`S256`) is on by default: a fresh verifier per authorization, its challenge in the authorization URL,
  the verifier in the code exchange (`pkce=False` turns it off for a server that refuses it);
- the endpoints must be https (plain http only for this machine, for stand-in servers);
- token requests never follow redirects (a redirect is an error: following one would send the secrets again,
  a 307 or 308 keeping the body, and adopt whatever token that place answers), never use the httpx client's own
  `auth`; their answer is read up to `MAX_TOKEN_RESPONSE_BYTES` within `TOKEN_REQUEST_DEADLINE` seconds, and
  only failures before the request reached the server are retried (a POST is never sent twice);
- every error raised by a token request is scrubbed of every secret the request carried, in any of the forms a
  server may echo it (`figshare._oauth_scrub`).

This module builds the requests and reads the answers; `AsyncOAuth2Client` and `AsyncTokenSender`
(`figshare._async_oauth_client`) send them, and `OAuth2Client` and `TokenSender` are generated from them.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

import httpx

from figshare._http import parse_json
from figshare._oauth_scrub import scrub_error
from figshare._oauth_token import OAuth2Token
from figshare._oauth_urls import check_endpoint_url
from figshare._retry import RetryPolicy
from figshare._secrets import Secret, as_secret, clean_token, request_credentials
from figshare._validate import flag, instance_of, optional_callable, text
from figshare.errors import (
    APIStatusError,
    FigshareError,
    InvalidArgumentError,
    OAuthAuthorizationError,
    OAuthError,
    ResponseParseError,
    _request_of,
    request_fields,
)

DEFAULT_BASE_URL = "https://api.figshare.com/v2"
DEFAULT_AUTHORIZE_URL = "https://figshare.com/account/applications/authorize"
DEFAULT_SCOPE = "all"
_REMEMBERED_VERIFIERS = 32  # authorizations started and not yet exchanged, per client
_SECRET_FIELDS = frozenset({"client_secret", "code", "code_verifier", "refresh_token", "password"})
CHALLENGE_METHOD = "S256"
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")  # RFC 7636 section 4.1
TIMEOUT = httpx.Timeout(30.0)
"""The timeout of the httpx client an OAuth client makes when it is given none."""
MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024
"""The largest token endpoint answer read; a larger one raises `ResponseParseError`."""
TOKEN_REQUEST_DEADLINE = 120.0
"""Seconds one token request may take in all, body included (each read also has the client's timeout)."""

ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
_T = TypeVar("_T")


class OAuth2ClientBase(Generic[ClientT]):
    """The application's OAuth settings and everything about the flow that does not send requests.

    Its arguments are those of `OAuth2Client` and `AsyncOAuth2Client` (documented there), which differ only
    in the httpx client they send with.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret,
        redirect_uri: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        token_url: str | None = None,
        pkce: bool = True,
        http_client: ClientT | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.client_id = text(client_id, "client_id").strip()
        if not self.client_id:
            raise InvalidArgumentError("client_id is empty", argument="client_id")
        instance_of(client_secret, (str, Secret), "client_secret", "a str or a Secret")
        self.client_secret = Secret(as_secret(client_secret).get_secret_value().strip())
        self.redirect_uri = None if redirect_uri is None else text(redirect_uri, "redirect_uri")
        self.pkce = flag(pkce, "pkce")
        self.base_url = check_endpoint_url(base_url, "base_url", query=False).rstrip("/")  # {base_url}/token
        self.authorize_url = check_endpoint_url(authorize_url, "authorize_url")
        self._token_url = (
            check_endpoint_url(token_url, "token_url") if token_url is not None else f"{self.base_url}/token"
        )
        self._clock = time.time if clock is None else optional_callable(clock, "clock")
        self._verifiers: OrderedDict[str, str] = OrderedDict()
        self._verifiers_lock = threading.Lock()
        self._start(http_client, retry)

    def _start(self, http_client: ClientT | None, retry: RetryPolicy | None) -> None:
        """Make the token sender (the sync and async clients each make their own)."""

    @property
    def token_url(self) -> str:
        """The token endpoint: `token_url` when given, else `{base_url}/token`."""
        return self._token_url

    def authorization_url(
        self,
        *,
        scope: str = DEFAULT_SCOPE,
        state: str | None = None,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
    ) -> tuple[str, str]:
        """Return `(url, state)`: the address to send the user to, and the state to check on return.

        `state` defaults to a fresh cryptographically random value; keep it (for example in the user's
        session) and pass it to `exchange_code` as `expected_state`. With PKCE on, the URL carries the `S256`
        challenge of `code_verifier` (default: a fresh random one); this client remembers the verifier under
        the state for `exchange_code` (the last 32 authorizations). A program that exchanges the code in
        another process passes its own `code_verifier` here and to `exchange_code`.

        Raises:
            figshare.InvalidArgumentError: `state` is empty, or `code_verifier` is not 43 to 128 unreserved
                characters (a `ValueError`; `InvalidArgumentTypeError`, a `TypeError`, when either is not a str).
        """
        if state is not None and not text(state, "state"):
            raise InvalidArgumentError("state must be a non-empty str", argument="state")
        state = state if state is not None else secrets.token_urlsafe(32)
        params = {"client_id": self.client_id, "response_type": "code", "scope": scope, "state": state}
        redirect = redirect_uri if redirect_uri is not None else self.redirect_uri
        if redirect is not None:
            params["redirect_uri"] = redirect
        if code_verifier is not None or self.pkce:
            # a fresh verifier: 64 random bytes, base64url without padding (86 characters)
            verifier = check_code_verifier(code_verifier) if code_verifier is not None else secrets.token_urlsafe(64)
            params["code_challenge"] = code_challenge(verifier)
            params["code_challenge_method"] = CHALLENGE_METHOD
            self._remember_verifier(state, verifier)
        return str(httpx.URL(self.authorize_url).copy_merge_params(params)), state

    def build_token_request(self, grant_type: str, **fields: str | Secret) -> httpx.Request:
        """The `POST` request to the token endpoint for `grant_type` with extra form `fields`."""
        form = {"client_id": self.client_id, "grant_type": grant_type}
        if self.client_secret:
            form["client_secret"] = self.client_secret.get_secret_value()
        for name, value in fields.items():
            form[name] = value.get_secret_value() if isinstance(value, Secret) else value
        return httpx.Request("POST", self.token_url, data=form, headers={"Accept": "application/json"})

    def build_refresh_request(self, refresh_token: str | Secret) -> httpx.Request:
        """The token request that renews an access token with `refresh_token`."""
        return self.build_token_request("refresh_token", refresh_token=clean_token(refresh_token, "refresh_token"))

    def parse_token_response(self, response: httpx.Response) -> OAuth2Token:
        """Read a token endpoint answer (its body must have been read).

        Every error is scrubbed of the secrets the request carried (when `response.request` is known) and of
        the client secret.

        Raises:
            OAuthError: a 400, or another 4xx with an RFC 6749 error body (such as 401 `invalid_client`): the
                token request was refused; `error` says why and `status_code` is the status.
            APIStatusError: another error status.
            ResponseParseError: a redirect (token requests are never redirected), or a success answer that is
                not a JSON object with a valid access token.
        """
        return self._token_of(response, "the token endpoint", oauth_errors=True)

    def _parse_token_info(self, response: httpx.Response) -> OAuth2Token:
        return self._token_of(response, "GET /token", oauth_errors=False)

    def _token_of(self, response: httpx.Response, endpoint: str, *, oauth_errors: bool) -> OAuth2Token:
        with self._scrubbed(_request_of(response)):
            status = response.status_code
            if 300 <= status < 400:
                raise ResponseParseError(
                    f"the token endpoint answered with a redirect (HTTP {status}); token requests are never "
                    "redirected, so that the client secret and tokens only go to the configured endpoint: set "
                    "token_url (or base_url) to the endpoint's final address",
                    **request_fields(response),
                    status_code=status,
                )
            if oauth_errors and (status == 400 or (400 < status < 500 and _has_oauth_error(response))):
                raise _oauth_error(response)  # RFC 6749 section 5.2: 400, or 401 for invalid_client
            if status >= 400:
                raise APIStatusError.from_response(response)
            document = parse_json(response)
            if not isinstance(document, dict):
                raise ResponseParseError.from_response(response, f"expected a JSON object from {endpoint}")
            try:
                return OAuth2Token.from_response(document, obtained_at=self._clock())
            except ValueError as error:  # the message never holds a token
                raise ResponseParseError.from_response(response, f"{endpoint}'s answer: {error}") from None

    def _code_request(
        self, code: str, state: str, expected_state: str, redirect_uri: str | None, code_verifier: str | None
    ) -> httpx.Request:
        _check_state(state, expected_state)
        if not isinstance(code, str) or not code:
            raise OAuthAuthorizationError(
                "The redirect from Figshare carries no authorization code", error="missing_code"
            )
        verifier = self._take_verifier(expected_state)
        if code_verifier is not None:
            verifier = check_code_verifier(code_verifier)
        fields: dict[str, str | Secret] = {"code": Secret(code)}
        redirect = redirect_uri if redirect_uri is not None else self.redirect_uri
        if redirect is not None:
            fields["redirect_uri"] = redirect
        if verifier is not None:
            fields["code_verifier"] = Secret(verifier)
        return self.build_token_request("authorization_code", **fields)

    def _remember_verifier(self, state: str, verifier: str) -> None:
        with self._verifiers_lock:
            self._verifiers[state] = verifier
            self._verifiers.move_to_end(state)
            while len(self._verifiers) > _REMEMBERED_VERIFIERS:
                self._verifiers.popitem(last=False)

    def _take_verifier(self, state: str) -> str | None:
        with self._verifiers_lock:
            return self._verifiers.pop(state, None)

    @contextmanager
    def _scrubbed(self, request: httpx.Request | None) -> Iterator[None]:
        """Re-raise any package error raised inside with every secret of `request` scrubbed from it."""
        try:
            yield
        except FigshareError as error:
            raise scrub_error(error, [self.client_secret, *_request_secrets(request)]) from None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret={self.client_secret!r}, "
            f"redirect_uri={self.redirect_uri!r}, base_url={self.base_url!r}, token_url={self.token_url!r}, "
            f"pkce={self.pkce!r})"
        )


async def _async_within(seconds: float, sending: Awaitable[_T]) -> _T:
    """Await `sending` for at most `seconds`; `TimeoutError` (the builtin, also on Python 3.10) past them."""
    try:
        return await asyncio.wait_for(sending, seconds)
    except asyncio.TimeoutError:
        raise TimeoutError from None


def _within(seconds: float, sent: _T) -> _T:
    """The sync twin of `_async_within`: a blocking send cannot be cut short (`TokenSender` checks the deadline
    between chunks)."""
    return sent


def _check_state(state: str, expected_state: str) -> None:
    given = all(isinstance(value, str) and value for value in (state, expected_state))  # both non-empty str
    if not given or not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise OAuthAuthorizationError(
            "The OAuth state returned with the redirect does not match the state this login started with: "
            "the redirect may be forged or belong to another login attempt. Start the login again.",
            error="state_mismatch",
        )


def _request_secrets(request: httpx.Request | None) -> list[str]:
    """The secret values `request` carries: its credentials and secret form fields."""
    if request is None:
        return []
    try:
        form = httpx.QueryParams(request.content.decode("utf-8", errors="replace"))
    except (httpx.RequestNotRead, ValueError, TypeError):
        form = httpx.QueryParams()
    return [*request_credentials(request), *(value for name, value in form.multi_items() if name in _SECRET_FIELDS)]


def _has_oauth_error(response: httpx.Response) -> bool:
    """Whether an error answer carries an RFC 6749 section 5.2 body (a JSON object with a string `error`)."""
    try:
        document = json.loads(response.content)
    except (ValueError, RecursionError):
        return False
    return isinstance(document, dict) and isinstance(document.get("error"), str)


def _oauth_error(response: httpx.Response) -> OAuthError:
    try:
        return OAuthError.from_response(response)
    except RecursionError:
        return OAuthError(
            "Token request failed: the error body is JSON nested too deeply to read", **request_fields(response)
        )


def check_code_verifier(verifier: str) -> str:
    """Return `verifier` if RFC 7636 allows it (43 to 128 of `A-Z a-z 0-9 - . _ ~`).

    Raises:
        figshare.InvalidArgumentTypeError: `verifier` is not a string (a `TypeError`).
        figshare.InvalidArgumentError: it is too short, too long or holds other characters (a `ValueError`; the
            message never shows it).
    """
    if not _VERIFIER.fullmatch(text(verifier, "code_verifier")):
        raise InvalidArgumentError(
            "code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_', '~'", argument="code_verifier"
        )
    return verifier


def code_challenge(verifier: str) -> str:
    """`BASE64URL(SHA256(verifier))` without padding: the `S256` challenge of `verifier`."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
