"""Overhead of the HTTP core per request, as a ratio to plain httpx measured in the same run.

Both sides send the same GET with the same `TokenAuth` through an in-memory `httpx.MockTransport`, so only
client-side work is timed: for the core that is request building, the host check, retry bookkeeping, the
status check and the (disabled) DEBUG logging. No rate limit (it would only measure sleeping).

    python benchmarks/core_overhead.py [--requests 5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx

from figshare._http import AsyncHTTPCore, HTTPCore
from figshare.auth import TokenAuth

URL = "https://api.figshare.com/v2/articles/1"


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"id": 1})


def best_of(repeat: int, run: Callable[[], None]) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def best_of_async(repeat: int, run: Callable[[], Awaitable[None]]) -> float:
    async def timed() -> float:
        start = time.perf_counter()
        await run()
        return time.perf_counter() - start

    return min(asyncio.run(timed()) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    count, repeat = options.requests, options.repeat
    auth = TokenAuth("benchmark-token")

    plain = httpx.Client(transport=httpx.MockTransport(answer), auth=auth)
    core = HTTPCore(httpx.Client(transport=httpx.MockTransport(answer)), auth=auth)

    def plain_requests() -> None:
        for _ in range(count):
            plain.get(URL)

    def core_requests() -> None:
        for _ in range(count):
            core.request("GET", URL)

    plain_sync = best_of(repeat, plain_requests)
    core_sync = best_of(repeat, core_requests)

    async def plain_async() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer), auth=auth) as client:
            for _ in range(count):
                await client.get(URL)

    async def core_async() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as client:
            async_core = AsyncHTTPCore(client, auth=auth)
            for _ in range(count):
                await async_core.request("GET", URL)

    plain_aio = best_of_async(repeat, plain_async)
    core_aio = best_of_async(repeat, core_async)

    print(f"{count} requests, best of {repeat}")
    print(f"{'':<28}{'µs/request':>12}{'x httpx':>9}")
    for name, seconds, baseline in [
        ("httpx.Client (baseline)", plain_sync, plain_sync),
        ("HTTPCore", core_sync, plain_sync),
        ("httpx.AsyncClient (baseline)", plain_aio, plain_aio),
        ("AsyncHTTPCore", core_aio, plain_aio),
    ]:
        print(f"{name:<28}{seconds / count * 1e6:>12.1f}{seconds / baseline:>9.2f}")


if __name__ == "__main__":
    main()
