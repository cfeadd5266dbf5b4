"""Progress of transfers: events for a callback, and an optional progress bar (``rich``, imported lazily).

A callback receives a `TransferProgress` whenever a file changes phase or more of its bytes moved. Calls
are serialised (never two at once, even while parts go up from several threads), so a callback needs no
locking of its own.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from typing_extensions import Self

Direction = Literal["upload", "download"]
Phase = Literal["hashing", "uploading", "processing", "downloading", "verifying", "done", "skipped"]


@dataclasses.dataclass(frozen=True)
class TransferProgress:
    """Where one file's transfer stands."""

    direction: Direction
    name: str
    """The file's name, with its folder (``folder/name.csv``)."""
    phase: Phase
    """``hashing`` (computing the local md5), ``uploading`` / ``downloading``, ``processing`` (waiting for
    Figshare to check an uploaded file), ``verifying`` (checking a download's md5), ``done``, ``skipped``
    (already there with the same md5)."""
    bytes_done: int
    bytes_total: int | None
    file_id: int | None = None


ProgressCallback = Callable[[TransferProgress], None]


class ProgressReporter:
    """Hands events of many files to one callback, one call at a time."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback
        self._lock = threading.Lock()

    def emit(self, event: TransferProgress) -> None:
        if self._callback is not None:
            with self._lock:
                self._callback(event)


class FileProgress:
    """The progress of one file: its phase and how many bytes moved (can go back when an attempt failed)."""

    def __init__(self, reporter: ProgressReporter, direction: Direction, name: str, total: int | None) -> None:
        self._reporter = reporter
        self._lock = threading.Lock()
        self.direction = direction
        self.name = name
        self.total = total
        self.done = 0
        self.phase: Phase = "hashing" if direction == "upload" else "downloading"
        self.file_id: int | None = None

    def set_phase(self, phase: Phase, *, file_id: int | None = None) -> None:
        with self._lock:
            self.phase = phase
            if file_id is not None:
                self.file_id = file_id
            self._emit()

    def advance(self, count: int) -> None:
        """``count`` more bytes moved (negative: bytes of a failed attempt that will be sent again)."""
        with self._lock:
            self.done += count
            self._emit()

    def reset(self, done: int = 0) -> None:
        with self._lock:
            self.done = done
            self._emit()

    def _emit(self) -> None:
        """Report the current state; called with the lock held, so events of one file stay in order."""
        self._reporter.emit(
            TransferProgress(self.direction, self.name, self.phase, self.done, self.total, self.file_id)
        )


class ProgressBar:
    """A terminal progress bar per file (bytes, rate, time left), drawn with ``rich``.

    Needs the optional dependency: ``pip install 'figshare-sdk[progress]'``. Use it as a context manager and
    pass it as the ``progress`` callback; ``progress=True`` does both for you.
    """

    def __init__(self, **progress_options: Any) -> None:
        try:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )
        except ImportError as error:  # pragma: no cover - depends on the environment
            raise ImportError(
                "the progress bar needs the 'rich' package: pip install 'figshare-sdk[progress]'"
            ) from error
        self._progress = Progress(
            TextColumn("{task.description}", style="bold", markup=False),  # names are shown as they are
            TextColumn("{task.fields[phase]}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            **progress_options,
        )
        self._tasks: dict[tuple[str, str], Any] = {}

    def __call__(self, event: TransferProgress) -> None:
        key = (event.direction, event.name)
        if (task := self._tasks.get(key)) is None:
            task = self._tasks[key] = self._progress.add_task(event.name, total=event.bytes_total, phase=event.phase)
        finished = event.phase in ("done", "skipped")
        completed = event.bytes_total if finished and event.bytes_total is not None else event.bytes_done
        self._progress.update(task, completed=completed, total=event.bytes_total, phase=event.phase)

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._progress.stop()
