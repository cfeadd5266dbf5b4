"""Perform the transfer protocols' effects with an `httpx.AsyncClient`, running parallel jobs as tasks.

File reads and writes (hashing, part bodies, download chunks, renames) run in worker threads, so the event
loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpcore
import httpx

from figshare._http import AsyncHTTPCore
from figshare.errors import APIConnectionError, APIStatusError
from figshare.files._api_calls import API_CALLS, files_listing
from figshare.files._deadline import StallDetector, TransferLimits
from figshare.files._direct_body import DirectBody, direct_body
from figshare.files._effects import (
    CommitPartial,
    Effect,
    Fetch,
    FetchResult,
    HashFile,
    ListFiles,
    LockTarget,
    OpenPartial,
    PutPart,
    RunConcurrently,
    Sleep,
    Steps,
)
from figshare.files._errors import TransferStalledError
from figshare.files._local import READ_CHUNK, read_range
from figshare.files._md5_worker import BLOCK_BYTES, hash_file
from figshare.files._partial import PartialDownload, try_lock
from figshare.files._progress import FileProgress
from figshare.files._records import RemoteFile, remote_file
from figshare.files._runtime_common import (
    DOWNLOAD_HEADERS,
    MAX_REDIRECTS,
    apply_plan,
    araw_chunks,
    interrupted,
    plan_body,
    plan_unsatisfiable,
)
from figshare.files._target_lock import TargetLock

if TYPE_CHECKING:
    from figshare.files._api import AsyncFilesClient

__all__ = ["AsyncRuntime"]

T = TypeVar("T")


class AsyncRuntime:
    """Runs protocol generators for an `AsyncFigshare` client (see `SyncRuntime`).

    Args:
        client: its typed resources send the REST calls, its core the downloads.
        upload_core: sends the upload service requests.
        sleep: waits between attempts (default `asyncio.sleep`).
    """

    def __init__(
        self,
        client: AsyncFilesClient,
        *,
        upload_core: AsyncHTTPCore,
        sleep: Callable[[float], Awaitable[None]] | None,
    ) -> None:
        self._client = client
        self._upload_core = upload_core
        self._sleep = sleep or asyncio.sleep
        self._handlers: dict[type[Effect[Any]], Callable[[Any], Awaitable[Any]]] = {
            **dict.fromkeys(API_CALLS, self._api_call),
            Sleep: self._do_sleep,
            HashFile: self._hash_file,
            RunConcurrently: self._run_concurrently,
            ListFiles: self._list_files,
            PutPart: self._put_part,
            Fetch: self._fetch,
            LockTarget: self._lock_target,
            OpenPartial: self._open_partial,
            CommitPartial: self._commit_partial,
        }

    async def run(self, steps: Steps[T]) -> T:
        """Drive ``steps`` to its end: perform each effect, send back its result or throw its exception."""
        value: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    effect = steps.throw(error) if error is not None else steps.send(value)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                value, error = None, None
                try:
                    value = await self._handlers[type(effect)](effect)
                except Exception as failure:
                    error = failure
        finally:
            steps.close()

    # ---- common ----

    async def _do_sleep(self, effect: Sleep) -> None:
        await self._sleep(effect.seconds)

    async def _hash_file(self, effect: HashFile) -> str:
        return await asyncio.to_thread(hash_file, effect.path)

    async def _run_concurrently(self, effect: RunConcurrently) -> list[Any]:
        jobs = list(effect.jobs)
        if len(jobs) <= 1 or effect.limit <= 1:
            return [await self.run(job) for job in jobs]
        results: list[Any] = [None] * len(jobs)
        queue = iter(enumerate(jobs))

        async def worker() -> None:
            for index, job in queue:
                results[index] = await self.run(job)

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

    # ---- API calls ----

    async def _api_call(self, effect: Effect[Any]) -> Any:
        call, convert = API_CALLS[type(effect)](self._client, self._upload_core, effect)
        return convert(await call())

    async def _list_files(self, effect: ListFiles) -> list[RemoteFile]:
        listing, arguments = files_listing(self._client, effect)
        return [remote_file(model) async for model in self._client.paginate(listing, *arguments)]

    # ---- upload service ----

    async def _put_part(self, effect: PutPart) -> None:
        part, progress, limits = effect.part, effect.progress, effect.limits
        url = f"{effect.upload_url}/{part.number}"
        detector = StallDetector(limits, what=f"part {part.number}", method="PUT", url=url)
        sent = 0

        async def body() -> AsyncIterator[bytes]:
            nonlocal sent
            chunks = read_range(effect.path, part.start_offset, part.length, READ_CHUNK)
            try:
                while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
                    sent += len(chunk)
                    progress.advance(len(chunk))
                    yield chunk
                    detector.advance(len(chunk))
            finally:
                await asyncio.to_thread(chunks.close)

        request = self._upload_core.http_client.build_request(
            "PUT", url, content=body(), headers={"Content-Length": str(part.length)}
        )
        try:
            await _within(self._upload_core.send(request, idempotent=False), limits, f"part {part.number}", "PUT", url)
        except BaseException:
            progress.advance(-sent)
            raise

    # ---- downloads ----

    async def _lock_target(self, effect: LockTarget) -> TargetLock | None:
        return await asyncio.to_thread(try_lock, effect.lock_path)

    async def _open_partial(self, effect: OpenPartial) -> PartialDownload:
        return await asyncio.to_thread(PartialDownload.open, effect.temp_path, resume=effect.resume)

    async def _commit_partial(self, effect: CommitPartial) -> None:
        await asyncio.to_thread(effect.partial.commit, effect.final_path)

    async def _fetch(self, effect: Fetch) -> FetchResult:
        partial, progress = effect.partial, effect.progress
        offset = partial.length
        headers = dict(DOWNLOAD_HEADERS)
        if offset:
            headers["Range"] = f"bytes={offset}-"
        limits = effect.limits
        try:
            response = await _within(
                self._open(effect.url, effect.params, headers), limits, "the download's response", "GET", effect.url
            )
        except APIStatusError as error:
            if error.status_code != 416:
                raise
            return apply_plan(plan_unsatisfiable(error.headers, offset), partial, progress, None)
        try:
            plan = plan_body(response.status_code, response.headers, offset)
            apply_plan(plan, partial, progress, response.headers.get("content-disposition"))
            detector = StallDetector(limits, what="the download", method="GET", url=effect.url)
            try:
                body = direct_body(response)
                if body is not None:
                    await _receive_direct(body, partial, progress, detector)
                else:
                    await _receive(response, partial, progress, detector)
            except httpx.TransportError as error:
                raise interrupted(error) from error
            finally:
                await asyncio.to_thread(partial.flush)
            return FetchResult(plan.total, response.headers.get("content-disposition"))
        finally:
            await response.aclose()

    async def _open(self, url: str, params: tuple[tuple[str, str], ...], headers: dict[str, str]) -> httpx.Response:
        core = self._client.core
        request = core.http_client.build_request("GET", url, params=params or None, headers=headers)
        for _ in range(MAX_REDIRECTS):
            response = await core.send(request, stream=True)
            if not (response.is_redirect and "location" in response.headers):
                return response
            await response.aclose()
            target = response.url.join(response.headers["location"])
            request = core.http_client.build_request("GET", target, headers=headers)
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects", method="GET", url=url)


async def _receive(
    response: httpx.Response, partial: PartialDownload, progress: FileProgress, detector: StallDetector
) -> None:
    """Append the body, as httpx reads it, to ``partial`` in blocks of about 1 MiB (written by its worker)."""
    batch: list[bytes] = []
    batched = 0
    try:
        async for chunk in araw_chunks(response):
            detector.advance(len(chunk))
            batch.append(chunk)
            batched += len(chunk)
            if batched >= BLOCK_BYTES:
                (ready, count), batch, batched = (batch, batched), [], 0
                await _write_later(partial, b"".join(ready))
                progress.advance(count)
    finally:
        if batch:
            await _write_later(partial, b"".join(batch))
            progress.advance(batched)


async def _receive_direct(
    body: DirectBody, partial: PartialDownload, progress: FileProgress, detector: StallDetector
) -> None:
    """Append the body to ``partial``, read from the connection into reused 1 MiB buffers (see
    `figshare.files._direct_body`); what arrived is kept whatever stops the transfer."""
    if body.received:
        await _write_later(partial, body.received)
        progress.advance(len(body.received))
    remaining = body.remaining
    while remaining:
        buffer, view = partial.block(remaining)
        filled = 0
        try:
            while filled < len(view):
                chunk = await body.stream.read(len(view) - filled, body.timeout)
                if not chunk:
                    raise httpx.RemoteProtocolError(
                        f"the server closed the connection {remaining - filled} bytes early"
                    )
                view[filled : filled + len(chunk)] = chunk
                filled += len(chunk)
                detector.advance(len(chunk))
        except httpcore.TimeoutException as error:
            raise httpx.ReadTimeout(str(error) or "timed out") from error
        except (httpcore.NetworkError, OSError) as error:
            raise httpx.ReadError(str(error) or type(error).__name__) from error
        finally:
            if filled:
                await _write_later(partial, view[:filled], buffer)
                progress.advance(filled)
        remaining -= filled


async def _write_later(partial: PartialDownload, data: bytes | memoryview, buffer: bytearray | None = None) -> None:
    """Hand ``data`` to the partial's worker, waiting in a thread (not in the event loop) when it is behind."""
    if not partial.write_later(data, buffer, wait=False):
        await asyncio.to_thread(partial.write_later, data, buffer)


async def _within(step: Awaitable[T], limits: TransferLimits, what: str, method: str, url: str) -> T:
    """``await step``, cut off (TransferStalledError) after ``limits.part_timeout`` seconds."""
    try:
        return await asyncio.wait_for(step, limits.part_timeout)
    except asyncio.TimeoutError:
        raise TransferStalledError(
            f"{what} did not finish within {limits.part_timeout:g} s (part_timeout)", method=method, url=url
        ) from None
