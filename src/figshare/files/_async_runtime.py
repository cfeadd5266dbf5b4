"""Perform the transfer protocols' effects with an `httpx.AsyncClient`, running parallel jobs as tasks.

File reads and writes (hashing, part bodies, download chunks, renames) run in worker threads, so the event
loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from figshare._http import AsyncHTTPCore
from figshare.files._async_driver import AsyncDriver
from figshare.files._direct_body import DirectBody
from figshare.files._effects import RunConcurrently, Sleep
from figshare.files._partial import PartialDownload
from figshare.files._runtime_common import Cancellation

if TYPE_CHECKING:
    from figshare.files._api import AsyncFilesClient

T = TypeVar("T")


class AsyncRuntime(AsyncDriver):
    """Runs protocol generators for an `AsyncFigshare` client (``client`` and ``upload_core`` as in `AsyncDriver`).

    Args:
        sleep: waits between attempts (default `asyncio.sleep`).
    """

    def __init__(
        self,
        client: AsyncFilesClient,
        *,
        upload_core: AsyncHTTPCore,
        sleep: Callable[[float], Awaitable[None]] | None,
    ) -> None:
        super().__init__(client, upload_core)
        self._sleep = sleep or asyncio.sleep

    async def _do_sleep(self, effect: Sleep, _: Cancellation) -> None:
        await self._sleep(effect.seconds)

    async def _run_concurrently(self, effect: RunConcurrently, parent: Cancellation) -> list[Any]:
        jobs = list(effect.jobs)
        if len(jobs) <= 1 or effect.limit <= 1:
            return [await self.run(job, parent) for job in jobs]
        results: list[Any] = [None] * len(jobs)
        queue = iter(enumerate(jobs))

        async def worker() -> None:
            for index, job in queue:
                results[index] = await self.run(job, parent)

        workers = [asyncio.ensure_future(worker()) for _ in range(min(effect.limit, len(jobs)))]
        try:
            await asyncio.gather(*workers)
        except BaseException:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            for _, job in queue:
                job.close()
            raise
        return results

    async def _in_thread(self, function: Callable[..., T], *arguments: Any, **options: Any) -> T:
        return await asyncio.to_thread(function, *arguments, **options)

    async def _write(self, partial: PartialDownload, data: bytes | memoryview, buffer: bytearray | None) -> None:
        """Hand ``data`` to the partial's worker, waiting in a thread (not in the event loop) when it is behind."""
        if not partial.write_later(data, buffer, wait=False):
            await asyncio.to_thread(partial.write_later, data, buffer)

    def _direct_reader(self, body: DirectBody) -> Callable[[memoryview], Awaitable[int]]:
        async def read(view: memoryview) -> int:
            chunk: bytes = await body.stream.read(len(view), body.timeout)
            view[: len(chunk)] = chunk
            return len(chunk)

        return read
