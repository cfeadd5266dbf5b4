"""OAuth 2.0 authorization code flow against Figshare (sync and async clients).

Figshare's authorization endpoint is `https://figshare.com/account/applications/authorize`; its token
endpoint is `POST https://api.figshare.com/v2/token` (grants `authorization_code`, `refresh_token` and
`password`), which answers 200 on success and 400 with an RFC 6749 section 5.2 error body on any failure.
`GET /v2/token` describes the token sent with the request.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable

import httpx

from figshare._http import AsyncHTTPCore, HTTPCore, parse_json
from figshare._oauth_token import OAuth2Token
from figshare._retry import RetryPolicy
from figshare._secrets import Secret, as_secret
from figshare.errors import APIStatusError, OAuthAuthorizationError, OAuthError, ResponseParseError

__all__ = [
    "DEFAULT_AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "AsyncOAuth2Client",
    "OAuth2Client",
    "OAuth2ClientBase",
]

DEFAULT_BASE_URL = "https://api.figshare.com/v2"
DEFAULT_AUTHORIZE_URL = "https://figshare.com/account/applications/authorize"
DEFAULT_SCOPE = "all"
_TIMEOUT = httpx.Timeout(30.0)


class OAuth2ClientBase:
    """The application's OAuth settings and everything about the flow that does not send requests.

    Args:
        client_id: the application's client id (Figshare account > Applications).
        client_secret: the application's client secret.
        redirect_uri: where Figshare sends the user back; must match the application's registration.
        base_url: the REST API root; the token endpoint is `{base_url}/token`.
        authorize_url: the authorization endpoint the user's browser visits.
        clock: wall-clock time, to date received tokens (inject a fake one in tests).
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret,
        redirect_uri: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id:
            raise ValueError("client_id is empty")
        self.client_id = client_id
        self.client_secret = as_secret(client_secret)
        self.redirect_uri = redirect_uri
        self.base_url = base_url.rstrip("/")
        self.authorize_url = authorize_url
        self._clock = clock

    @property
    def token_url(self) -> str:
        """The token endpoint, `{base_url}/token`."""
        return f"{self.base_url}/token"

    def authorization_url(
        self, *, scope: str = DEFAULT_SCOPE, state: str | None = None, redirect_uri: str | None = None
    ) -> tuple[str, str]:
        """Return `(url, state)`: the address to send the user to, and the state to check on return.

        `state` defaults to a fresh cryptographically random value; keep it (for example in the user's
        session) and pass it to `exchange_code` as `expected_state`.
        """
        state = state if state is not None else secrets.token_urlsafe(32)
        params = {"client_id": self.client_id, "response_type": "code", "scope": scope, "state": state}
        redirect = redirect_uri if redirect_uri is not None else self.redirect_uri
        if redirect is not None:
            params["redirect_uri"] = redirect
        return str(httpx.URL(self.authorize_url).copy_merge_params(params)), state

    def build_token_request(self, grant_type: str, **fields: str | Secret) -> httpx.Request:
        """The `POST {base_url}/token` request for `grant_type` with extra form `fields`."""
        form = {
            "client_id": self.client_id,
            "client_secret": self.client_secret.get_secret_value(),
            "grant_type": grant_type,
        }
        for name, value in fields.items():
            form[name] = value.get_secret_value() if isinstance(value, Secret) else value
        return httpx.Request("POST", self.token_url, data=form, headers={"Accept": "application/json"})

    def build_refresh_request(self, refresh_token: str | Secret) -> httpx.Request:
        """The token request that renews an access token with `refresh_token`."""
        return self.build_token_request("refresh_token", refresh_token=as_secret(refresh_token))

    def parse_token_response(self, response: httpx.Response) -> OAuth2Token:
        """Read a token endpoint answer (its body must have been read).

        Raises:
            OAuthError: a 400 (the token request was refused; `error` says why).
            APIStatusError: another error status.
            ResponseParseError: a success answer that is not a JSON object with an access token.
        """
        if response.status_code == 400:
            raise OAuthError.from_response(response)
        if response.status_code >= 400:
            raise APIStatusError.from_response(response)
        document = parse_json(response)
        if not isinstance(document, dict):
            raise ResponseParseError.from_response(response, "expected a JSON object from the token endpoint")
        try:
            return OAuth2Token.from_response(document, obtained_at=self._clock())
        except ValueError:
            raise ResponseParseError.from_response(
                response, "the token endpoint's answer holds no access_token"
            ) from None

    def _code_request(self, code: str, state: str, expected_state: str, redirect_uri: str | None) -> httpx.Request:
        _check_state(state, expected_state)
        if not code:
            raise OAuthAuthorizationError(
                "The redirect from Figshare carries no authorization code", error="missing_code"
            )
        fields: dict[str, str | Secret] = {"code": Secret(code)}
        redirect = redirect_uri if redirect_uri is not None else self.redirect_uri
        if redirect is not None:
            fields["redirect_uri"] = redirect
        return self.build_token_request("authorization_code", **fields)

    def _password_request(self, username: str, password: str | Secret) -> httpx.Request:
        return self.build_token_request("password", username=username, password=as_secret(password))

    def _token_info_request(self, access_token: str | Secret) -> httpx.Request:
        header = f"token {as_secret(access_token).get_secret_value()}"
        return httpx.Request("GET", self.token_url, headers={"Authorization": header})

    def _parse_token_info(self, response: httpx.Response) -> OAuth2Token:
        document = parse_json(response)
        if not isinstance(document, dict):
            raise ResponseParseError.from_response(response, "expected a JSON object from GET /token")
        try:
            return OAuth2Token.from_response(document, obtained_at=self._clock())
        except ValueError:
            raise ResponseParseError.from_response(response, "GET /token's answer holds no token") from None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret={self.client_secret!r}, "
            f"redirect_uri={self.redirect_uri!r}, base_url={self.base_url!r})"
        )


def _check_state(state: str, expected_state: str) -> None:
    if not state or not expected_state or not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise OAuthAuthorizationError(
            "The OAuth state returned with the redirect does not match the state this login started with: "
            "the redirect may be forged or belong to another login attempt. Start the login again.",
            error="state_mismatch",
        )


class OAuth2Client(OAuth2ClientBase):
    """Runs the OAuth 2.0 authorization code flow against Figshare.

    >>> oauth = OAuth2Client("my-client-id", "my-secret", "https://example.org/callback")
    >>> url, state = oauth.authorization_url()          # send the user to `url`, remember `state`
    >>> token = oauth.exchange_code(code, returned_state, state)   # in the redirect handler

    Args:
        http_client: the client to send with (default: a new one, closed by `close()`).
        retry: retry policy (token requests are POSTs, so only failures before sending are retried).
        Other arguments: as for `OAuth2ClientBase`.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret,
        redirect_uri: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        http_client: httpx.Client | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            client_id,
            client_secret,
            redirect_uri,
            base_url=base_url,
            authorize_url=authorize_url,
            clock=clock,
        )
        self._owns_client = http_client is None
        self._core = HTTPCore(http_client or httpx.Client(timeout=_TIMEOUT), retry=retry)

    def exchange_code(
        self, code: str, state: str, expected_state: str, *, redirect_uri: str | None = None
    ) -> OAuth2Token:
        """Exchange the authorization `code` from the redirect for tokens.

        `state` is the one returned with the redirect, `expected_state` the one `authorization_url` gave;
        they are compared before any request is sent.

        Raises:
            OAuthAuthorizationError: the states differ or the code is empty.
            OAuthError: Figshare refused the code (for example `invalid_grant`: expired or already used).
        """
        return self._token(self._code_request(code, state, expected_state, redirect_uri))

    def refresh(self, refresh_token: str | Secret) -> OAuth2Token:
        """Get a new access token with `refresh_token`.

        Raises:
            OAuthError: Figshare refused the refresh token (`invalid_grant`: sign in again).
        """
        return self._token(self.build_refresh_request(refresh_token))

    def password_grant(self, username: str, password: str | Secret) -> OAuth2Token:
        """Get tokens with the account's email and password (grant `password`; only for trusted apps).

        Raises:
            OAuthError: Figshare refused the credentials.
        """
        return self._token(self._password_request(username, password))

    def token_info(self, access_token: str | Secret) -> OAuth2Token:
        """Describe `access_token` (`GET {base_url}/token`): its type, scope, lifetime and refresh token."""
        response = self._core.send(self._token_info_request(access_token), authenticate=False)
        return self._parse_token_info(response)

    def _token(self, request: httpx.Request) -> OAuth2Token:
        response = self._core.send(request, authenticate=False, raise_for_status=False)
        return self.parse_token_response(response)

    def close(self) -> None:
        """Close the HTTP client if this object created it."""
        if self._owns_client:
            self._core.http_client.close()

    def __enter__(self) -> OAuth2Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncOAuth2Client(OAuth2ClientBase):
    """`OAuth2Client` for asyncio: the same methods, awaited.

    Args:
        http_client: the async client to send with (default: a new one, closed by `aclose()`).
        Other arguments: as for `OAuth2Client`.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret,
        redirect_uri: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        http_client: httpx.AsyncClient | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            client_id,
            client_secret,
            redirect_uri,
            base_url=base_url,
            authorize_url=authorize_url,
            clock=clock,
        )
        self._owns_client = http_client is None
        self._core = AsyncHTTPCore(http_client or httpx.AsyncClient(timeout=_TIMEOUT), retry=retry)

    async def exchange_code(
        self, code: str, state: str, expected_state: str, *, redirect_uri: str | None = None
    ) -> OAuth2Token:
        """Exchange the authorization `code` for tokens (see `OAuth2Client.exchange_code`)."""
        return await self._token(self._code_request(code, state, expected_state, redirect_uri))

    async def refresh(self, refresh_token: str | Secret) -> OAuth2Token:
        """Get a new access token with `refresh_token` (see `OAuth2Client.refresh`)."""
        return await self._token(self.build_refresh_request(refresh_token))

    async def password_grant(self, username: str, password: str | Secret) -> OAuth2Token:
        """Get tokens with the account's email and password (see `OAuth2Client.password_grant`)."""
        return await self._token(self._password_request(username, password))

    async def token_info(self, access_token: str | Secret) -> OAuth2Token:
        """Describe `access_token` (see `OAuth2Client.token_info`)."""
        response = await self._core.send(self._token_info_request(access_token), authenticate=False)
        return self._parse_token_info(response)

    async def _token(self, request: httpx.Request) -> OAuth2Token:
        response = await self._core.send(request, authenticate=False, raise_for_status=False)
        return self.parse_token_response(response)

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it."""
        if self._owns_client:
            await self._core.http_client.aclose()

    async def __aenter__(self) -> AsyncOAuth2Client:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
