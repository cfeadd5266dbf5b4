"""figshare: the typed Python SDK for Figshare.

Public names are imported lazily on first use, so `import figshare` stays cheap.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""The version of figshare-sdk; pyproject.toml reads it from here (``[tool.hatch.version]``)."""

if TYPE_CHECKING:  # explicit re-exports (`X as X`) for type checkers; at run time the table below
    from figshare._async_client import AsyncFigshare as AsyncFigshare
    from figshare._client import Figshare as Figshare
    from figshare._client_settings import DEFAULT_BASE_URL as DEFAULT_BASE_URL
    from figshare._client_settings import STAGING_BASE_URL as STAGING_BASE_URL
    from figshare._http import DEFAULT_DEADLINE as DEFAULT_DEADLINE
    from figshare._http import DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES
    from figshare._pagination import apaginate as apaginate
    from figshare._pagination import paginate as paginate
    from figshare._ratelimit import RateLimiter as RateLimiter
    from figshare._retry import RetryPolicy as RetryPolicy
    from figshare.auth import AsyncOAuth2Client as AsyncOAuth2Client
    from figshare.auth import FileTokenStore as FileTokenStore
    from figshare.auth import MemoryTokenStore as MemoryTokenStore
    from figshare.auth import OAuth2Auth as OAuth2Auth
    from figshare.auth import OAuth2Client as OAuth2Client
    from figshare.auth import OAuth2Token as OAuth2Token
    from figshare.auth import TokenAuth as TokenAuth
    from figshare.auth import TokenStore as TokenStore
    from figshare.auth import loopback_login as loopback_login
    from figshare.errors import APIConnectionError as APIConnectionError
    from figshare.errors import APIStatusError as APIStatusError
    from figshare.errors import APITimeoutError as APITimeoutError
    from figshare.errors import AuthenticationError as AuthenticationError
    from figshare.errors import BadRequestError as BadRequestError
    from figshare.errors import BotChallengeError as BotChallengeError
    from figshare.errors import ClientClosedError as ClientClosedError
    from figshare.errors import ConflictError as ConflictError
    from figshare.errors import DeadlineExceededError as DeadlineExceededError
    from figshare.errors import FigshareError as FigshareError
    from figshare.errors import InternalServerError as InternalServerError
    from figshare.errors import InvalidArgumentError as InvalidArgumentError
    from figshare.errors import InvalidArgumentTypeError as InvalidArgumentTypeError
    from figshare.errors import NotFoundError as NotFoundError
    from figshare.errors import OAuthAuthorizationError as OAuthAuthorizationError
    from figshare.errors import OAuthError as OAuthError
    from figshare.errors import PermissionDeniedError as PermissionDeniedError
    from figshare.errors import RateLimitError as RateLimitError
    from figshare.errors import ResponseParseError as ResponseParseError
    from figshare.errors import ResponseTooLargeError as ResponseTooLargeError
    from figshare.errors import TokenStoreError as TokenStoreError
    from figshare.errors import UnprocessableEntityError as UnprocessableEntityError
    from figshare.files import AsyncDownloader as AsyncDownloader
    from figshare.files import AsyncUploader as AsyncUploader
    from figshare.files import Downloader as Downloader
    from figshare.files import Uploader as Uploader
    from figshare.oai import AsyncOAIClient as AsyncOAIClient
    from figshare.oai import OAIClient as OAIClient
    from figshare.resourcesync import AsyncResourceSyncClient as AsyncResourceSyncClient
    from figshare.resourcesync import ResourceSyncClient as ResourceSyncClient
    from figshare.stats import AsyncStats as AsyncStats
    from figshare.stats import Stats as Stats
    from figshare.stats import StatsCredentials as StatsCredentials

_LAZY_NAMES: dict[str, str] = {
    # The one table of public names (`__all__` is its keys), each with the module it is imported from on first
    # use; the `TYPE_CHECKING` imports above name the same (tests/core/test_package.py compares them).
    # the REST API client
    "AsyncFigshare": "figshare._async_client",
    "DEFAULT_BASE_URL": "figshare._client_settings",
    "DEFAULT_DEADLINE": "figshare._http",
    "DEFAULT_MAX_RESPONSE_BYTES": "figshare._http",
    "Figshare": "figshare._client",
    "STAGING_BASE_URL": "figshare._client_settings",
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

__all__ = sorted(_LAZY_NAMES)


def _lazy_attributes(module: str, table: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """PEP 562 ``__getattr__`` and ``__dir__`` for `module`: a name of `table` is imported from the module
    it maps to on first use, and kept in `module`'s globals so that later look-ups skip ``__getattr__``."""
    namespace = sys.modules[module].__dict__

    def __getattr__(name: str) -> Any:
        if name not in table:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = namespace[name] = getattr(importlib.import_module(table[name]), name)
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(table))

    return __getattr__, __dir__


__getattr__, __dir__ = _lazy_attributes(__name__, _LAZY_NAMES)
