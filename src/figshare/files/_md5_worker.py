"""An md5 computed in a worker thread, so hashing a download overlaps receiving it.

``hashlib`` releases the GIL while it hashes more than 2 KiB, so a second thread hashes at full speed while
the first one receives and writes. Chunks are handed over in batches of about 1 MiB through a bounded
queue: at most ``MAX_PENDING_BATCHES`` batches wait, so memory stays flat whatever the file size.
"""

from __future__ import annotations

import hashlib
import queue
import threading

__all__ = ["Md5Worker"]

BATCH_BYTES = 1024 * 1024
MAX_PENDING_BATCHES = 8


class Md5Worker:
    """``update()`` from one thread at a time; ``hexdigest()`` waits for the hashing to catch up."""

    def __init__(self) -> None:
        self._md5 = hashlib.md5()
        self._batch: list[bytes] = []
        self._batched = 0
        self._queue: queue.Queue[list[bytes] | None] = queue.Queue(MAX_PENDING_BATCHES)
        self._thread: threading.Thread | None = None

    def update(self, chunk: bytes) -> None:
        self._batch.append(chunk)
        self._batched += len(chunk)
        if self._batched >= BATCH_BYTES:
            self._hand_over()

    def hexdigest(self) -> str:
        """The md5 of every chunk given so far (the worker stops; later updates start it again)."""
        self._hand_over()
        self._stop()
        return self._md5.hexdigest()

    def close(self) -> None:
        """Stop the worker without caring about the result."""
        self._batch, self._batched = [], 0
        self._stop()

    def _hand_over(self) -> None:
        if not self._batch:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._hash, name="figshare-md5", daemon=True)
            self._thread.start()
        self._queue.put(self._batch)
        self._batch, self._batched = [], 0

    def _stop(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def _hash(self) -> None:
        while (batch := self._queue.get()) is not None:
            for chunk in batch:
                self._md5.update(chunk)
