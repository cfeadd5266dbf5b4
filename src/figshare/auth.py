"""Authentication for Figshare: personal tokens and OAuth 2.0.

- `TokenAuth`: a personal token (Figshare account > Applications > Personal tokens), sent as
  `Authorization: token <TOKEN>` to Figshare hosts only.
- `OAuth2Client` / `AsyncOAuth2Client`: the authorization code flow (authorization URL, code exchange,
  refresh, token information).
- `OAuth2Auth`: sends an OAuth access token, renews it shortly before it expires or once on a 401 (one
  refresh however many threads and tasks need it), saving renewed tokens to a `TokenStore`
  (`MemoryTokenStore`, `FileTokenStore`).
- `loopback_login`: signs in from a desktop program through the user's browser (RFC 8252, with PKCE).

Secrets (tokens, client secret, password, PKCE verifier) are `Secret`s and never appear in reprs, logs or
error messages.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING

import httpx

from figshare import _lazy_attributes
from figshare._hosts import DEFAULT_TRUSTED_HOSTS, host_is_trusted, normalise_host_patterns
from figshare._secrets import SENSITIVE_QUERY_PARAMS as _SENSITIVE_QUERY_PARAMS
from figshare._secrets import Secret, clean_token

if TYPE_CHECKING:  # explicit re-exports for type checkers; at run time `_LAZY` below
    from figshare._async_oauth_client import AsyncOAuth2Client as AsyncOAuth2Client
    from figshare._loopback import loopback_login as loopback_login
    from figshare._oauth import DEFAULT_AUTHORIZE_URL as DEFAULT_AUTHORIZE_URL
    from figshare._oauth import DEFAULT_BASE_URL as DEFAULT_BASE_URL
    from figshare._oauth_auth import DEFAULT_REFRESH_LEEWAY as DEFAULT_REFRESH_LEEWAY
    from figshare._oauth_auth import OAuth2Auth as OAuth2Auth
    from figshare._oauth_client import OAuth2Client as OAuth2Client
    from figshare._oauth_token import FileTokenStore as FileTokenStore
    from figshare._oauth_token import InsecureTokenFileWarning as InsecureTokenFileWarning
    from figshare._oauth_token import MemoryTokenStore as MemoryTokenStore
    from figshare._oauth_token import OAuth2Token as OAuth2Token
    from figshare._oauth_token import TokenStore as TokenStore


SENSITIVE_QUERY_PARAMS: frozenset[str] = _SENSITIVE_QUERY_PARAMS
"""Query and form parameter names whose values the SDK never shows (compared case-insensitively): tokens,
client secrets, passwords, OAuth codes, ``private_link`` keys and the ``X-Amz-*`` signatures of storage URLs."""


class TokenAuth(httpx.Auth):
    """httpx auth that sends a personal token as `Authorization: token <TOKEN>`, to trusted hosts only.

    The token never goes to other hosts, such as the storage service a file download redirects to.

    Args:
        token: the personal token; surrounding whitespace (a file's trailing newline) is removed.
        trusted_hosts: exact host names or `*.domain` patterns; by default the REST API (production and
            staging) and the upload hosts (`*.figshare.com`, `*.figsh.com`).

    Raises:
        figshare.InvalidArgumentError: the token is empty, or has whitespace, a control character or a
            non-ASCII character inside it (the message never shows it; a `ValueError`).
    """

    def __init__(self, token: str | Secret, *, trusted_hosts: Iterable[str] = DEFAULT_TRUSTED_HOSTS) -> None:
        self.token = clean_token(token, "token")
        self.trusted_hosts = normalise_host_patterns(trusted_hosts)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the `Authorization` header when the request goes to a trusted host."""
        if host_is_trusted(request.url, self.trusted_hosts):
            request.headers["Authorization"] = f"token {self.token.get_secret_value()}"
        yield request

    def __repr__(self) -> str:
        return f"TokenAuth(token={self.token!r}, trusted_hosts={self.trusted_hosts!r})"


_LAZY = {
    "loopback_login": "figshare._loopback",
    "DEFAULT_AUTHORIZE_URL": "figshare._oauth",
    "DEFAULT_BASE_URL": "figshare._oauth",
    "AsyncOAuth2Client": "figshare._async_oauth_client",
    "OAuth2Client": "figshare._oauth_client",
    "DEFAULT_REFRESH_LEEWAY": "figshare._oauth_auth",
    "OAuth2Auth": "figshare._oauth_auth",
    "FileTokenStore": "figshare._oauth_token",
    "InsecureTokenFileWarning": "figshare._oauth_token",
    "MemoryTokenStore": "figshare._oauth_token",
    "OAuth2Token": "figshare._oauth_token",
    "TokenStore": "figshare._oauth_token",
}
"""The OAuth names, imported on first use: a personal token (`TokenAuth`) needs none of the OAuth flow, its
loopback login (``http.server``, ``webbrowser``) or token stores."""

__all__ = ["DEFAULT_TRUSTED_HOSTS", "SENSITIVE_QUERY_PARAMS", "Secret", "TokenAuth", *_LAZY]


__getattr__, __dir__ = _lazy_attributes(__name__, _LAZY)
