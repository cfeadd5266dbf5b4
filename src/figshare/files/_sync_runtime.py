"""Perform the transfer protocols' effects with an `httpx.Client`, running parallel jobs in threads."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from figshare._http import HTTPCore
from figshare.errors import APIConnectionError, APIStatusError
from figshare.files._api_calls import API_CALLS, files_listing
from figshare.files._deadline import StallDetector, call_with_deadline
from figshare.files._direct_body import DirectBody, direct_body, direct_socket
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
from figshare.files._local import read_range
from figshare.files._md5_worker import BLOCK_BYTES, hash_file
from figshare.files._partial import PartialDownload, try_lock
from figshare.files._progress import FileProgress
from figshare.files._records import RemoteFile, remote_file
from figshare.files._runtime_common import (
    DOWNLOAD_HEADERS,
    MAX_REDIRECTS,
    apply_plan,
    interrupted,
    plan_body,
    plan_unsatisfiable,
    raw_chunks,
)

if TYPE_CHECKING:
    from figshare.files._api import FilesClient

__all__ = ["SyncRuntime"]

T = TypeVar("T")


class _Stopped(Exception):
    """The job was stopped because another one failed or the run was interrupted."""


class _Cancellation:
    """Shared by the jobs of one `RunConcurrently`: ``stop`` ends them between steps (and their sleeps);
    ``abort`` also cuts off bodies being sent."""

    def __init__(self, parent: _Cancellation | None = None) -> None:
        self.stop = threading.Event()
        self.abort = threading.Event()
        self._parent = parent

    def stopped(self) -> bool:
        return self.stop.is_set() or (self._parent is not None and self._parent.stopped())

    def aborted(self) -> bool:
        return self.abort.is_set() or (self._parent is not None and self._parent.aborted())


class SyncRuntime:
    """Runs protocol generators for a `Figshare` client.

    Args:
        client: its typed resources send the REST calls, its core the downloads.
        upload_core: sends the upload service requests (the client's settings, without its rate limit).
        sleep: waits between attempts; None waits on the run's stop event (so Ctrl-C ends waits at once).
    """

    def __init__(self, client: FilesClient, *, upload_core: HTTPCore, sleep: Callable[[float], None] | None) -> None:
        self._client = client
        self._upload_core = upload_core
        self._sleep = sleep
        self._handlers: dict[type[Effect[Any]], Callable[[Any, _Cancellation], Any]] = {
            **dict.fromkeys(API_CALLS, self._api_call),
            Sleep: self._do_sleep,
            HashFile: lambda effect, _: hash_file(effect.path),
            RunConcurrently: self._run_concurrently,
            ListFiles: self._list_files,
            PutPart: self._put_part,
            Fetch: self._fetch,
            LockTarget: lambda e, _: try_lock(e.lock_path),
            OpenPartial: lambda e, _: PartialDownload.open(e.temp_path, resume=e.resume),
            CommitPartial: lambda e, _: e.partial.commit(e.final_path),
        }

    def run(self, steps: Steps[T], cancellation: _Cancellation | None = None) -> T:
        """Drive ``steps`` to its end: perform each effect, send back its result or throw its exception."""
        cancellation = cancellation or _Cancellation()
        value: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    effect = steps.throw(error) if error is not None else steps.send(value)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                if cancellation.stopped():
                    raise _Stopped()
                value, error = None, None
                try:
                    value = self._handlers[type(effect)](effect, cancellation)
                except Exception as failure:
                    error = failure
        finally:
            steps.close()

    # ---- common ----

    def _do_sleep(self, effect: Sleep, cancellation: _Cancellation) -> None:
        if self._sleep is not None:
            self._sleep(effect.seconds)
        elif cancellation.stop.wait(effect.seconds):
            raise _Stopped()

    def _run_concurrently(self, effect: RunConcurrently, parent: _Cancellation) -> list[Any]:
        jobs = list(effect.jobs)
        if len(jobs) <= 1 or effect.limit <= 1:
            return [self.run(job, parent) for job in jobs]
        cancellation = _Cancellation(parent)
        pool = ThreadPoolExecutor(max_workers=min(effect.limit, len(jobs)), thread_name_prefix="figshare-files")
        futures = [pool.submit(self.run, job, cancellation) for job in jobs]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
            if _first_failure(futures) is not None:
                cancellation.stop.set()  # no new job; running ones end after their current step
            pool.shutdown(wait=True, cancel_futures=True)
        except BaseException:
            # Ctrl-C: return at once; running jobs stop at their next chunk or step, in the background.
            cancellation.stop.set()
            cancellation.abort.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        failure = _first_failure(futures)
        if failure is not None:
            raise failure
        return [future.result() for future in futures]

    # ---- API calls ----

    def _api_call(self, effect: Effect[Any], _: _Cancellation) -> Any:
        call, convert = API_CALLS[type(effect)](self._client, self._upload_core, effect)
        return convert(call())

    def _list_files(self, effect: ListFiles, _: _Cancellation) -> list[RemoteFile]:
        listing, arguments = files_listing(self._client, effect)
        return [remote_file(model) for model in self._client.paginate(listing, *arguments)]

    # ---- upload service ----

    def _put_part(self, effect: PutPart, cancellation: _Cancellation) -> None:
        part, progress, limits = effect.part, effect.progress, effect.limits
        url = f"{effect.upload_url}/{part.number}"
        what = f"part {part.number}"
        detector = StallDetector(limits, what=what, method="PUT", url=url)
        given_up = threading.Event()
        sent = 0

        def body() -> Iterator[bytes]:
            nonlocal sent
            for chunk in read_range(effect.path, part.start_offset, part.length):
                if cancellation.aborted() or given_up.is_set():
                    raise _Stopped()
                sent += len(chunk)
                progress.advance(len(chunk))
                yield chunk
                detector.advance(len(chunk))

        request = self._upload_core.http_client.build_request(
            "PUT", url, content=body(), headers={"Content-Length": str(part.length)}
        )
        try:
            call_with_deadline(
                lambda: self._upload_core.send(request, idempotent=False),
                limits.part_timeout,
                what=what,
                method="PUT",
                url=url,
                discard=lambda response: response.close(),
                abandon=given_up.set,
            )
        except BaseException:
            given_up.set()
            progress.advance(-sent)
            raise

    # ---- downloads ----

    def _fetch(self, effect: Fetch, cancellation: _Cancellation) -> FetchResult:
        partial, progress = effect.partial, effect.progress
        offset = partial.length
        headers = dict(DOWNLOAD_HEADERS)
        if offset:
            headers["Range"] = f"bytes={offset}-"
        limits = effect.limits
        try:
            response = call_with_deadline(
                lambda: self._open(effect.url, effect.params, headers),
                limits.part_timeout,
                what="the download's response",
                method="GET",
                url=effect.url,
                discard=lambda late: late.close(),
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
                sock = direct_socket(body) if body is not None else None
                if body is not None and sock is not None:
                    _receive_direct(body, sock, partial, progress, detector, cancellation)
                else:
                    _receive(response, partial, progress, detector, cancellation)
            except httpx.TransportError as error:
                raise interrupted(error) from error
            return FetchResult(plan.total, response.headers.get("content-disposition"))
        finally:
            response.close()

    def _open(self, url: str, params: tuple[tuple[str, str], ...], headers: dict[str, str]) -> httpx.Response:
        """GET with the client's core, following redirects it does not follow itself (credentials only go to
        trusted hosts: the core decides per request)."""
        core = self._client.core
        request = core.http_client.build_request("GET", url, params=params or None, headers=headers)
        for _ in range(MAX_REDIRECTS):
            response = core.send(request, stream=True)
            if not (response.is_redirect and "location" in response.headers):
                return response
            response.close()
            target = response.url.join(response.headers["location"])
            request = core.http_client.build_request("GET", target, headers=headers)
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects", method="GET", url=url)


def _receive(
    response: httpx.Response,
    partial: PartialDownload,
    progress: FileProgress,
    detector: StallDetector,
    cancellation: _Cancellation,
) -> None:
    """Append the body, as httpx reads it, to ``partial`` in blocks of about 1 MiB."""
    batch: list[bytes] = []
    batched = 0
    try:
        for chunk in raw_chunks(response):
            if cancellation.aborted():
                raise _Stopped()
            detector.advance(len(chunk))
            batch.append(chunk)
            batched += len(chunk)
            if batched >= BLOCK_BYTES:
                (ready, count), batch, batched = (batch, batched), [], 0
                partial.write(b"".join(ready))
                progress.advance(count)
    finally:
        if batch:
            partial.write(b"".join(batch))
            progress.advance(batched)


def _receive_direct(
    body: DirectBody,
    sock: socket.socket,
    partial: PartialDownload,
    progress: FileProgress,
    detector: StallDetector,
    cancellation: _Cancellation,
) -> None:
    """Append the body to ``partial``, read from the connection's socket straight into reused 1 MiB buffers
    (see `figshare.files._direct_body`); what arrived is kept whatever stops the transfer."""
    if body.received:
        partial.write(body.received)
        progress.advance(len(body.received))
    remaining = body.remaining
    sock.settimeout(body.timeout)
    while remaining:
        buffer, view = partial.block(remaining)
        filled = 0
        try:
            while filled < len(view):
                if cancellation.aborted():
                    raise _Stopped()
                count = sock.recv_into(view[filled:])
                if not count:
                    raise httpx.RemoteProtocolError(
                        f"the server closed the connection {remaining - filled} bytes early"
                    )
                filled += count
                detector.advance(count)
        except TimeoutError as error:
            raise httpx.ReadTimeout(str(error) or "timed out") from error
        except OSError as error:
            raise httpx.ReadError(str(error) or type(error).__name__) from error
        finally:
            if filled:
                partial.write(view[:filled], buffer)
                progress.advance(filled)
        remaining -= filled


def _first_failure(futures: list[Future[Any]]) -> BaseException | None:
    """The first job failure in job order, not counting jobs stopped because of it."""
    for future in futures:
        if future.done() and not future.cancelled():
            error = future.exception()
            if error is not None and not isinstance(error, _Stopped):
                return error
    return None
