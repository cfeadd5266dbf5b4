"""figshare: the typed Python SDK for Figshare.

Public names are imported lazily on first use, so `import figshare` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""The version of figshare-sdk; pyproject.toml reads it from here (``[tool.hatch.version]``)."""

if TYPE_CHECKING:
    from figshare._client import (
        DEFAULT_BASE_URL,
        DEFAULT_DEADLINE,
        DEFAULT_MAX_RESPONSE_BYTES,
        STAGING_BASE_URL,
        AsyncFigshare,
        Figshare,
    )
    from figshare._pagination import apaginate, paginate
    from figshare._ratelimit import RateLimiter
    from figshare._retry import RetryPolicy
    from figshare.auth import (
        AsyncOAuth2Client,
        FileTokenStore,
        MemoryTokenStore,
        OAuth2Auth,
        OAuth2Client,
        OAuth2Token,
        TokenAuth,
        TokenStore,
        loopback_login,
    )
    from figshare.errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BotChallengeError,
        ClientClosedError,
        ConflictError,
        DeadlineExceededError,
        FigshareError,
        InternalServerError,
        InvalidArgumentError,
        InvalidArgumentTypeError,
        NotFoundError,
        OAuthAuthorizationError,
        OAuthError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        ResponseTooLargeError,
        TokenStoreError,
        UnprocessableEntityError,
    )
    from figshare.files import AsyncDownloader, AsyncUploader, Downloader, Uploader
    from figshare.oai import AsyncOAIClient, OAIClient
    from figshare.resourcesync import AsyncResourceSyncClient, ResourceSyncClient
    from figshare.stats import AsyncStats, Stats, StatsCredentials

_LAZY_NAMES: dict[str, str] = {
    # the REST API client
    "AsyncFigshare": "figshare._async_client",
    "DEFAULT_BASE_URL": "figshare._client",
    "DEFAULT_DEADLINE": "figshare._client",
    "DEFAULT_MAX_RESPONSE_BYTES": "figshare._client",
    "Figshare": "figshare._client",
    "STAGING_BASE_URL": "figshare._client",
    "RateLimiter": "figshare._ratelimit",
    "apaginate": "figshare._pagination",
    "paginate": "figshare._pagination",
    # transfers, OAI-PMH, ResourceSync
    "AsyncDownloader": "figshare.files",
    "AsyncUploader": "figshare.files",
    "Downloader": "figshare.files",
    "Uploader": "figshare.files",
    "AsyncOAIClient": "figshare.oai",
    "OAIClient": "figshare.oai",
    "AsyncResourceSyncClient": "figshare.resourcesync",
    "ResourceSyncClient": "figshare.resourcesync",
    "RetryPolicy": "figshare._retry",
    # Stats API
    "AsyncStats": "figshare.stats",
    "Stats": "figshare.stats",
    "StatsCredentials": "figshare.stats",
    # errors
    "APIConnectionError": "figshare.errors",
    "APIStatusError": "figshare.errors",
    "APITimeoutError": "figshare.errors",
    "AuthenticationError": "figshare.errors",
    "BadRequestError": "figshare.errors",
    "BotChallengeError": "figshare.errors",
    "ClientClosedError": "figshare.errors",
    "ConflictError": "figshare.errors",
    "DeadlineExceededError": "figshare.errors",
    "FigshareError": "figshare.errors",
    "InternalServerError": "figshare.errors",
    "InvalidArgumentError": "figshare.errors",
    "InvalidArgumentTypeError": "figshare.errors",
    "NotFoundError": "figshare.errors",
    "OAuthAuthorizationError": "figshare.errors",
    "OAuthError": "figshare.errors",
    "PermissionDeniedError": "figshare.errors",
    "RateLimitError": "figshare.errors",
    "ResponseParseError": "figshare.errors",
    "ResponseTooLargeError": "figshare.errors",
    "TokenStoreError": "figshare.errors",
    "UnprocessableEntityError": "figshare.errors",
    # auth
    "AsyncOAuth2Client": "figshare.auth",
    "FileTokenStore": "figshare.auth",
    "MemoryTokenStore": "figshare.auth",
    "OAuth2Auth": "figshare.auth",
    "OAuth2Client": "figshare.auth",
    "OAuth2Token": "figshare.auth",
    "TokenAuth": "figshare.auth",
    "TokenStore": "figshare.auth",
    "loopback_login": "figshare.auth",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "STAGING_BASE_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDownloader",
    "AsyncFigshare",
    "AsyncOAIClient",
    "AsyncOAuth2Client",
    "AsyncResourceSyncClient",
    "AsyncStats",
    "AsyncUploader",
    "AuthenticationError",
    "BadRequestError",
    "BotChallengeError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "Downloader",
    "Figshare",
    "FigshareError",
    "FileTokenStore",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MemoryTokenStore",
    "NotFoundError",
    "OAIClient",
    "OAuth2Auth",
    "OAuth2Client",
    "OAuth2Token",
    "OAuthAuthorizationError",
    "OAuthError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "ResourceSyncClient",
    "ResponseParseError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "Stats",
    "StatsCredentials",
    "TokenAuth",
    "TokenStore",
    "TokenStoreError",
    "UnprocessableEntityError",
    "Uploader",
    "apaginate",
    "loopback_login",
    "paginate",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module 'figshare' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY_NAMES))
