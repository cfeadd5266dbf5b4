"""Settings shared by the blocking and the async ResourceSync clients."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from figshare._hosts import normalise_host_patterns
from figshare._options import LONG_TIMEOUT, HTTPClientSettings, http_client_settings, trusted_host_list
from figshare.errors import InvalidArgumentError

__all__ = ["ClientOptions"]


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """Checked client settings: which hosts may receive credentials, and how a client we make is set up."""

    trusted_hosts: tuple[str, ...]
    settings: HTTPClientSettings

    @classmethod
    def make(
        cls,
        *,
        auth: httpx.Auth | None,
        trusted_hosts: Iterable[str] | None,
        timeout: float | httpx.Timeout | None,
        user_agent: str | None,
    ) -> ClientOptions:
        """Check that credentials come with the hosts they belong to."""
        hosts = normalise_host_patterns(trusted_host_list(trusted_hosts, ()))
        if auth is not None and not hosts:
            raise InvalidArgumentError(
                "auth needs trusted_hosts: the hosts (or *.domain patterns) the credentials are for",
                argument="trusted_hosts",
            )
        return cls(hosts, http_client_settings(timeout, user_agent, default_timeout=LONG_TIMEOUT))

    def client_settings(self) -> HTTPClientSettings:
        """Keyword arguments for the ``httpx.Client``/``AsyncClient`` made when the caller gives none."""
        return HTTPClientSettings(**self.settings)
