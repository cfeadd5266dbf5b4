"""OAI clients wired to the in-process OAI-PMH server, with clocks and sleeps that never wait."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
from lxml import etree

from figshare._http import AsyncHTTPCore, HTTPCore
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.oai import AsyncOAIClient, OAIClient
from tests.oai.oai_server import BASE_URL, DC_TERMS, Fault, Item, OAIServer, Repository, build_server, make_items

START = datetime(2026, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


@dataclass
class FakeTime:
    """Monotonic and wall clocks that move only when something sleeps (or ``advance`` is called)."""

    monotonic: float = 1000.0
    wall: datetime = START
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += timedelta(seconds=seconds)

    def now(self) -> datetime:
        return self.wall

    def epoch(self) -> float:
        return self.wall.timestamp()


@dataclass
class Harness:
    """One repository served in-process, and clients for it."""

    server: OAIServer
    time: FakeTime
    repository: Repository

    def _policies(self, max_retries: int) -> dict[str, Any]:
        return {
            "retry": RetryPolicy(max_retries=max_retries, random=lambda: 1.0, clock=self.time.epoch),
            "rate_limiter": RateLimiter(
                1.0, clock=lambda: self.time.monotonic, sleep=self.time.sleep, async_sleep=self.time.async_sleep
            ),
        }

    def client(self, *, max_retries: int = 3, **options: Any) -> OAIClient:
        core = HTTPCore(
            httpx.Client(transport=self.server.transport()),
            trusted_hosts=(),
            sleep=self.time.sleep,
            **self._policies(max_retries),
        )
        return OAIClient(BASE_URL, core=core, clock=self.time.now, **options)

    def async_client(self, *, max_retries: int = 3, **options: Any) -> AsyncOAIClient:
        core = AsyncHTTPCore(
            httpx.AsyncClient(transport=self.server.transport()),
            trusted_hosts=(),
            sleep=self.time.async_sleep,
            **self._policies(max_retries),
        )
        return AsyncOAIClient(BASE_URL, core=core, clock=self.time.now, **options)

    @property
    def verbs(self) -> list[str]:
        """The verb (or ``token``) of every request received."""
        return [request.url.params.get("verb", "?") for request in self.server.requests]


def make_harness(
    schema: etree.XMLSchema | None,
    *,
    items: list[Item] | None = None,
    count: int = 45,
    page_size: int = 10,
    faults: Iterable[Fault] = (),
    expired_tokens: Iterable[int] = (),
    newest_first: bool = False,
    granularity: str = "YYYY-MM-DDThh:mm:ssZ",
    dc_namespace: str = DC_TERMS,
) -> Harness:
    repository = Repository(
        items if items is not None else make_items(count), granularity=granularity, newest_first=newest_first
    )
    oai_server = OAIServer(
        build_server(repository, page_size=page_size, dc_namespace=dc_namespace),
        schema,
        faults=faults,
        expired_tokens=expired_tokens,
    )
    return Harness(server=oai_server, time=FakeTime(), repository=repository)
