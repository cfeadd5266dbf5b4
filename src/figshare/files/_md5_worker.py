"""An md5 computed in a worker thread, so hashing a download overlaps receiving it (and, for the async
runtime, the worker also writes each block to the file first, so the event loop never waits on the disk).

``hashlib`` releases the GIL while it hashes more than 2 KiB, so the worker hashes at full speed while the
caller receives. Blocks of about ``BLOCK_BYTES`` are handed over through a bounded queue (at most
``MAX_PENDING`` wait), and the buffers the caller fills come back to a pool once hashed, so memory stays flat
whatever the file size.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from pathlib import Path

BLOCK_BYTES = 1024 * 1024
MAX_PENDING = 8

_Task = tuple[bytes | memoryview, bytearray | None, bool]


WRITE_BYTES = 256 * 1024
"""The most one ``os.write`` is given. Writes of 1 MiB into the page cache measured 7-8 times slower than the
same bytes in 64-256 KiB writes on a Linux 6.18 VM (1.0-1.3 s against 0.13-0.16 s for 512 MiB, CPU time equal to
wall time: `benchmarks/results/profile-notes.md`); elsewhere the extra calls cost microseconds."""


def write_all(descriptor: int, data: bytes | memoryview) -> None:
    """``os.write`` until all of ``data`` is written (a write may take only part of it), at most `WRITE_BYTES`
    a call."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view[:WRITE_BYTES]) :]


class Md5Worker:
    """Hands blocks to a hashing thread, in order; `hexdigest` waits for it to catch up.

    Args:
        descriptor: the file that blocks handed over with ``write=True`` are appended to (by the worker).
    """

    def __init__(self, descriptor: int | None = None) -> None:
        self._md5 = hashlib.md5()
        self._descriptor = descriptor
        self._queue: queue.Queue[_Task | None] = queue.Queue(MAX_PENDING)
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None

    def buffer(self) -> bytearray:
        """A block to fill: a buffer the worker is done with, or a new one (at most ``MAX_PENDING`` + 2 are
        in use at once: queued, being hashed, being filled)."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return bytearray(BLOCK_BYTES)

    def update(
        self, data: bytes | memoryview, *, buffer: bytearray | None = None, write: bool = False, wait: bool = True
    ) -> bool:
        """Hash ``data`` (writing it first when ``write``); ``buffer`` (which ``data`` views) goes back to the
        pool once hashed. Returns False, without handing it over, when ``wait`` is False and the queue is
        full. Raises the ``OSError`` of an earlier failed write."""
        self.check()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="figshare-md5", daemon=True)
            self._thread.start()
        try:
            self._queue.put((data, buffer, write), block=wait)
        except queue.Full:
            return False
        return True

    def check(self) -> None:
        """Raise the ``OSError`` of a failed write, if one failed."""
        if self._error is not None:
            raise self._error

    def flush(self) -> None:
        """Wait until every block handed over is written and hashed; raise a failed write's ``OSError``."""
        if self._thread is not None:
            self._queue.join()
        self.check()

    def hexdigest(self) -> str:
        """The md5 of every block given so far (the worker stops; later updates start it again)."""
        self.close()
        self.check()
        return self._md5.hexdigest()

    def close(self) -> None:
        """Stop the worker once it has written and hashed what it was given, without caring about the result."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while (task := self._queue.get()) is not None:
            data, buffer, write = task
            try:
                if self._error is None:
                    if write and self._descriptor is not None:
                        write_all(self._descriptor, data)
                    self._md5.update(data)
            except OSError as error:
                self._error = error
            finally:
                if buffer is not None:
                    self._free.put(buffer)
                self._queue.task_done()
        self._queue.task_done()  # the None that stopped the worker


def hash_file(path: Path) -> str:
    """The hex md5 of a file, read here into pooled buffers and hashed in a worker thread, so reading the next
    block overlaps hashing the last (memory stays flat)."""
    worker = Md5Worker()
    try:
        with path.open("rb", buffering=0) as handle:
            while count := handle.readinto(buffer := worker.buffer()):
                worker.update(memoryview(buffer)[:count], buffer=buffer)
        return worker.hexdigest()
    finally:
        worker.close()
