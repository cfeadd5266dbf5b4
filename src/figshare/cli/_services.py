"""What the command talks to, made by factories that tests replace (``runner.invoke(..., obj=services)``).

Each factory builds a client of the SDK; the defaults build the real ones. Tests pass clients wired to
``httpx.MockTransport`` or to the local test servers, a keyring kept in memory, a temporary config folder and
a fake browser.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from figshare._secrets import Secret
from figshare.cli._config import default_config_dir
from figshare.cli._credentials import Keyring, system_keyring

if TYPE_CHECKING:
    import httpx

    from figshare._client import Figshare
    from figshare.auth import OAuth2Client
    from figshare.oai import OAIClient
    from figshare.resourcesync import ResourceSyncClient


@dataclass(frozen=True)
class ClientSettings:
    """How to build the REST API client for one command."""

    base_url: str
    token: Secret | None = None
    auth: httpx.Auth | None = None
    """An `OAuth2Auth` for profiles signed in with OAuth (then ``token`` is None)."""


@dataclass(frozen=True)
class OAuthSettings:
    """The OAuth application a profile signs in with (the arguments of `OAuth2Client`, by name)."""

    client_id: str
    client_secret: Secret
    base_url: str
    authorize_url: str
    token_url: str | None = None
    """None: ``{base_url}/token``."""
    pkce: bool = True


def _figshare_client(settings: ClientSettings) -> Figshare:
    from figshare._client import Figshare

    return Figshare(token=settings.token, base_url=settings.base_url, auth=settings.auth)


def _oauth_client(settings: OAuthSettings) -> OAuth2Client:
    from figshare.auth import OAuth2Client

    return OAuth2Client(**vars(settings))


def _oai_client(base_url: str) -> OAIClient:
    from figshare.oai import OAIClient

    return OAIClient(base_url)


def _resourcesync_client() -> ResourceSyncClient:
    from figshare.resourcesync import ResourceSyncClient

    return ResourceSyncClient()


@dataclass
class Services:
    """The factories and places the command uses; ``Services()`` gives the real ones.

    Attributes:
        config_dir: where ``config.ini`` and ``credentials.json`` live.
        find_keyring: returns the keyring tokens are stored in, or None to use the file only.
        make_client: builds the REST API client (`Figshare`) from the resolved settings.
        make_oauth_client: builds the OAuth client that signs in and renews tokens.
        open_browser: opens the sign-in page (returns False when it could not).
        make_oai: builds the OAI-PMH client for a base URL.
        make_resourcesync: builds the ResourceSync client.
        upload_state_dir: where interrupted uploads are remembered (None: the SDK's per-user folder).
    """

    config_dir: Path = field(default_factory=default_config_dir)
    find_keyring: Callable[[], Keyring | None] = system_keyring
    make_client: Callable[[ClientSettings], Figshare] = _figshare_client
    make_oauth_client: Callable[[OAuthSettings], OAuth2Client] = _oauth_client
    open_browser: Callable[[str], object] = webbrowser.open
    make_oai: Callable[[str], OAIClient] = _oai_client
    make_resourcesync: Callable[[], ResourceSyncClient] = _resourcesync_client
    upload_state_dir: Path | None = None
