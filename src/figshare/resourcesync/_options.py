"""Settings shared by the blocking and the async ResourceSync clients."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from .._hosts import normalise_host_patterns

__all__ = ["ClientOptions"]

USER_AGENT = "figshare-sdk-resourcesync"


@dataclass(frozen=True, slots=True)
class ClientOptions:
    """Checked client settings: which hosts may receive credentials, and the timeout of a client we make."""

    auth_hosts: tuple[str, ...]
    timeout: float

    @classmethod
    def make(cls, *, auth: httpx.Auth | None, auth_hosts: Iterable[str], timeout: float) -> ClientOptions:
        """Check that credentials come with the hosts they belong to."""
        hosts = normalise_host_patterns(auth_hosts)
        if auth is not None and not hosts:
            raise ValueError("auth needs auth_hosts: the hosts (or *.domain patterns) the credentials are for")
        return cls(hosts, timeout)

    def client_settings(self) -> dict[str, Any]:
        """Keyword arguments for the ``httpx.Client``/``AsyncClient`` made when the caller gives none."""
        return {
            "follow_redirects": True,
            "timeout": httpx.Timeout(self.timeout),
            "headers": {"User-Agent": USER_AGENT},
        }
