"""Perform the transfer protocols' effects with an `httpx.Client`, running parallel jobs in threads."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, TypeVar

from figshare._http import HTTPCore
from figshare.files._direct_body import DirectBody, direct_socket
from figshare.files._driver import Driver
from figshare.files._effects import RunConcurrently, Sleep
from figshare.files._partial import PartialDownload
from figshare.files._runtime_common import Cancellation, Stopped

if TYPE_CHECKING:
    from figshare.files._api import FilesClient

T = TypeVar("T")


class SyncRuntime(Driver):
    """Runs protocol generators for a `Figshare` client (``client`` and ``upload_core`` as in `Driver`).

    Args:
        sleep: waits between attempts; None waits on the run's stop event (so Ctrl-C ends waits at once).
    """

    def __init__(self, client: FilesClient, *, upload_core: HTTPCore, sleep: Callable[[float], None] | None) -> None:
        super().__init__(client, upload_core)
        self._sleep = sleep

    def _do_sleep(self, effect: Sleep, cancellation: Cancellation) -> None:
        if self._sleep is not None:
            self._sleep(effect.seconds)
        elif cancellation.stop.wait(effect.seconds):
            raise Stopped()

    def _run_concurrently(self, effect: RunConcurrently, parent: Cancellation) -> list[Any]:
        jobs = list(effect.jobs)
        if len(jobs) <= 1 or effect.limit <= 1:
            return [self.run(job, parent) for job in jobs]
        cancellation = Cancellation(parent)
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
        if (failure := _first_failure(futures)) is not None:
            raise failure
        return [future.result() for future in futures]

    def _in_thread(self, function: Callable[..., T], *arguments: Any, **options: Any) -> T:
        return function(*arguments, **options)  # a blocking runtime: file work runs here

    def _write(self, partial: PartialDownload, data: bytes | memoryview, buffer: bytearray | None) -> None:
        partial.write(data, buffer)

    def _direct_reader(self, body: DirectBody) -> Callable[[memoryview], int] | None:
        """The connection's socket's ``recv_into``, when the body can be read from the socket itself."""
        if (sock := direct_socket(body)) is None:
            return None
        sock.settimeout(body.timeout)
        return sock.recv_into  # type: ignore[no-any-return]


def _first_failure(futures: list[Future[Any]]) -> BaseException | None:
    """The first job failure in job order, not counting jobs stopped because of it."""
    for future in futures:
        if future.done() and not future.cancelled():
            error = future.exception()
            if error is not None and not isinstance(error, Stopped):
                return error
    return None
