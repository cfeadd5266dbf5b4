"""What ``Stats`` and ``AsyncStats`` share: defaults, the scope, credentials, URLs, headers and decoding."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any, Literal

import httpx
from typing_extensions import TypeVar

from figshare._http import parse_json
from figshare._oauth_urls import is_loopback_host
from figshare._secrets import Secret, as_secret, redact_url
from figshare.errors import FigshareError, ResponseParseError
from figshare.stats import _arguments as check
from figshare.stats import _requests as build
from figshare.stats._models import Ranking
from figshare.stats._parse import UnexpectedShapeError
from figshare.stats._types import MissingCredentialsError, Period, StatsArgumentError, SubItem

T = TypeVar("T")
K = TypeVar("K", default=Period)
"""A result's period key: typed by ``DAY``/``MONTH``/``YEAR``/``TOTAL``, any ``Period`` for a plain granularity."""

DEFAULT_BASE_URL = "https://stats.figshare.com"

RankedById = Literal[None, SubItem.CATEGORY, "category"]
RankedByName = Literal[SubItem.ITEM_TYPE, SubItem.REFERRAL, "item_type", "referral"]
AnyRanking = Ranking[int] | Ranking[str]


class StatsCredentials:
    """HTTP Basic credentials for an institution's Stats endpoints (not the API token).

    Figshare gives them to institutions on request. The password never appears in ``repr``/``str``.
    """

    __slots__ = ("_password", "username")

    def __init__(self, username: str, password: str | Secret) -> None:
        if not isinstance(username, str) or not username or ":" in username:
            raise StatsArgumentError("the Stats username must be a non-empty string without ':'")
        self.username = username
        self._password = as_secret(password)

    @property
    def password(self) -> Secret:
        """The password, wrapped so that printing it shows nothing."""
        return self._password

    def authorization(self) -> str:
        """The ``Authorization`` header value (build it per request; never store or log it)."""
        pair = f"{self.username}:{self._password.get_secret_value()}".encode()
        return "Basic " + base64.b64encode(pair).decode("ascii")

    def __repr__(self) -> str:
        return f"StatsCredentials(username={self.username!r}, password={self._password!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StatsCredentials):
            return NotImplemented
        return self.username == other.username and self._password == other._password

    def __hash__(self) -> int:
        return hash((self.username, self._password))


CredentialsArg = StatsCredentials | tuple[str, str | Secret] | None


class _StatsBase:
    def __init__(self, base_url: str | httpx.URL, institution: str | None, credentials: CredentialsArg) -> None:
        try:
            self._base_url = httpx.URL(str(base_url).strip().rstrip("/"))
        except (httpx.InvalidURL, ValueError, TypeError):
            raise StatsArgumentError("base_url is not a valid URL") from None
        if self._base_url.scheme not in ("http", "https") or not self._base_url.host:
            raise StatsArgumentError(f"base_url must be an http(s) URL, got {redact_url(self._base_url)!r}")
        if self._base_url.userinfo or self._base_url.query:
            raise StatsArgumentError(
                "base_url must be the service root without user:password@ or ?query "
                "(pass institutional credentials as credentials=)"
            )
        self._institution = None if institution is None else check.institution(institution)
        if isinstance(credentials, tuple) and len(credentials) == 2:
            credentials = StatsCredentials(*credentials)
        if credentials is not None and not isinstance(credentials, StatsCredentials):
            raise StatsArgumentError("credentials must be StatsCredentials or a (username, password) pair")
        self._credentials = credentials
        if credentials is not None and self._institution is None:
            raise StatsArgumentError(
                "credentials are only used for an institution's statistics: pass institution= as well"
            )
        if credentials is not None and self._base_url.scheme != "https" and not is_loopback_host(self._base_url.host):
            raise StatsArgumentError(  # Basic credentials in clear text to another machine
                f"Stats credentials are only sent over https (or to this machine), not to {self._base_url.scheme}://"
                f"{self._base_url.host}"
            )

    @property
    def base_url(self) -> httpx.URL:
        """The Stats service root (default ``https://stats.figshare.com``)."""
        return self._base_url

    @property
    def institution(self) -> str | None:
        """The institution's portal short name, or None for statistics outside any institution."""
        return self._institution

    def _url(self, request: build.StatsRequest[Any]) -> httpx.URL:
        return self._base_url.copy_with(path=self._base_url.path.rstrip("/") + request.path)

    def _headers(self, request: build.StatsRequest[Any]) -> dict[str, str]:
        if not request.needs_credentials:
            return {}
        if self._credentials is None:
            raise MissingCredentialsError(
                f"{request.path} is an institutional endpoint: Figshare answers it only with the "
                f"institution's Stats credentials (HTTP Basic, not the API token). Pass "
                f"credentials=StatsCredentials(username, password) for {self._institution!r}."
            )
        return {"Authorization": self._credentials.authorization()}

    @staticmethod
    def _decode(response: httpx.Response, parse: Callable[[object], T]) -> T:
        try:
            return parse(parse_json(response))
        except FigshareError:
            raise
        except UnexpectedShapeError as error:
            raise ResponseParseError.from_response(response, f"unexpected Stats response: {error}") from None
        except Exception as error:  # whatever the body holds, reading it fails with ResponseParseError
            raise ResponseParseError.from_response(
                response, f"unexpected Stats response ({type(error).__name__})"
            ) from None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self._base_url)!r}, institution={self._institution!r}, "
            f"credentials={self._credentials!r})"
        )
