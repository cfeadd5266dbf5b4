"""An institution's Stats credentials, and the rule for where they may be sent."""

from __future__ import annotations

import base64

import httpx

from figshare._oauth_urls import is_loopback_host
from figshare._secrets import Secret, as_secret
from figshare.stats._errors import StatsArgumentError


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


def credentials_from(value: StatsCredentials | tuple[str, str | Secret] | None) -> StatsCredentials | None:
    """Accept ``StatsCredentials`` or a ``(username, password)`` pair."""
    if value is None or isinstance(value, StatsCredentials):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return StatsCredentials(*value)
    raise StatsArgumentError("credentials must be StatsCredentials or a (username, password) pair")


def check_credentials_target(base_url: httpx.URL) -> None:
    """Refuse a base URL that would send Basic credentials in clear text to another machine."""
    if base_url.scheme != "https" and not is_loopback_host(base_url.host):
        raise StatsArgumentError(
            f"Stats credentials are only sent over https (or to this machine), not to {base_url.scheme}://"
            f"{base_url.host}"
        )
