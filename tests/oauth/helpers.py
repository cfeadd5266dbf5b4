"""Clients wired to the stand-in."""

from __future__ import annotations

from typing import Any

import httpx

from figshare import AsyncFigshare, Figshare
from figshare._retry import RetryPolicy
from figshare.auth import AsyncOAuth2Client, OAuth2Auth, OAuth2Client, OAuth2Token
from tests.oauth.standin import CLIENT_ID, CLIENT_SECRET, StandIn


def oauth_client(standin: StandIn, **options: Any) -> OAuth2Client:
    return OAuth2Client(CLIENT_ID, CLIENT_SECRET, base_url=standin.api, authorize_url=standin.authorize_url, **options)


def async_oauth_client(standin: StandIn, **options: Any) -> AsyncOAuth2Client:
    return AsyncOAuth2Client(
        CLIENT_ID, CLIENT_SECRET, base_url=standin.api, authorize_url=standin.authorize_url, **options
    )


def figshare(standin: StandIn, auth: OAuth2Auth, **options: Any) -> Figshare:
    """The SDK's client as a user makes it (its own httpx client follows redirects), without rate limit."""
    return Figshare(auth=auth, base_url=standin.api, rate_limit=None, retry=RetryPolicy(max_retries=0), **options)


def async_figshare(standin: StandIn, auth: OAuth2Auth, **options: Any) -> AsyncFigshare:
    return AsyncFigshare(auth=auth, base_url=standin.api, rate_limit=None, retry=RetryPolicy(max_retries=0), **options)


def signed_in_token(standin: StandIn, *, expires_in: int | None = None) -> OAuth2Token:
    return OAuth2Token.from_response(standin.issue(expires_in=expires_in))


def browser_get(url: str) -> httpx.Response:
    """What a browser does with a link: follow redirects, no proxies."""
    with httpx.Client(trust_env=False, follow_redirects=True, timeout=10) as browser:
        return browser.get(url)
