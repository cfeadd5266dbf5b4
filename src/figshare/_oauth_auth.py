"""`OAuth2Auth`: send an OAuth access token, and renew it once when Figshare answers 401."""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Generator, Iterable

import httpx

from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare._oauth import OAuth2ClientBase
from figshare._oauth_token import OAuth2Token, TokenStore

__all__ = ["OAuth2Auth"]


class OAuth2Auth(httpx.Auth):
    """httpx auth that sends `Authorization: token <access token>` and refreshes it on a 401.

    When a request to a trusted host gets 401 and a refresh token is known, the token is renewed once with
    `POST {base_url}/token` (sent through the same httpx client), saved to `store`, and the request is sent
    again with the new token. If another request renewed the token meanwhile, that token is used instead of
    refreshing twice. Works with both `httpx.Client` and `httpx.AsyncClient`.

    Args:
        oauth: the OAuth client (sync or async) whose settings build the refresh request.
        token: the current token; when None it is loaded from `store`.
        store: where renewed tokens are saved (default: memory only).
        trusted_hosts: hosts that may receive the token (exact names or `*.domain` patterns).

    Raises:
        OAuthError: (from a request) the refresh token was refused; sign in again.
    """

    requires_request_body = True  # the request may be sent twice

    def __init__(
        self,
        oauth: OAuth2ClientBase,
        token: OAuth2Token | None = None,
        *,
        store: TokenStore | None = None,
        trusted_hosts: Iterable[str] = DEFAULT_TRUSTED_HOSTS,
    ) -> None:
        if token is None and store is not None:
            token = store.load()
        if token is None:
            raise ValueError("no OAuth token: pass token= or a store that holds one (sign in first)")
        self._oauth = oauth
        self._token = token
        self._store = store
        self._trusted_hosts = normalise_host_patterns(trusted_hosts)
        self._lock = threading.Lock()

    @property
    def token(self) -> OAuth2Token:
        """The current token (renewed after a refresh)."""
        with self._lock:
            return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send `request` with the token; on 401 refresh once and send it again."""
        if not host_is_trusted(request.url, self._trusted_hosts):
            yield request
            return
        sent_with = self.token
        _authorize(request, sent_with)
        response = yield request
        if response.status_code != 401:
            return
        current = self.token
        if current.access_token == sent_with.access_token:
            if sent_with.refresh_token is None:
                return  # nothing to renew with: the 401 stands
            refresh_response = yield self._oauth.build_refresh_request(sent_with.refresh_token)
            current = self._oauth.parse_token_response(refresh_response)
            current = current.with_refresh_token(sent_with.refresh_token)
            self._replace_token(current)
        _authorize(request, current)
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # Like httpx's, but reads only the refresh response's body: a streamed download must stay streamed.
        request.read()
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing is not request:
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing is not request:
                await response.aread()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    def _replace_token(self, token: OAuth2Token) -> None:
        with self._lock:
            self._token = token
        if self._store is not None:
            self._store.save(token)

    def __repr__(self) -> str:
        return f"OAuth2Auth(oauth={self._oauth!r}, token={self.token!r}, store={self._store!r})"


def _authorize(request: httpx.Request, token: OAuth2Token) -> None:
    request.headers["Authorization"] = f"token {token.access_token.get_secret_value()}"
