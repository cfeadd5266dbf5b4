"""Progress bars on stderr for transfers, harvests and syncs: rate and time left, drawn only on a terminal.

When stderr is not a terminal (a pipe, a log file, CI) or ``--quiet`` is given, nothing is drawn: the command
prints its summary line at the end instead. Bars stay on screen when done, so the last state can be read.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, Task, TaskID
    from rich.text import Text

__all__ = ["CountBar", "TransferBar"]


def _rate_column(unit: str) -> object:
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second (rich's own speed column counts bytes)."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} {unit}/s" if speed else f"- {unit}/s", style="progress.data.speed")

    return RateColumn()


class _Bar:
    def __init__(self, console: Console, enabled: bool) -> None:
        self._console = console
        self._enabled = enabled
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def _start(self, progress: Progress, description: str, total: float | None) -> None:
        self._progress = progress
        progress.start()
        self._task = progress.add_task(description, total=total)

    def _update(self, **values: object) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, **values)  # type: ignore[arg-type]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()


class CountBar(_Bar):
    """Counts things (records, resources) with their rate; a bar and time left once the total is known."""

    def __init__(self, console: Console, description: str, unit: str, *, enabled: bool) -> None:
        super().__init__(console, enabled)
        self._description = description
        self._unit = unit

    def __enter__(self) -> CountBar:
        if self._enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            columns = (
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(self._unit),
                _rate_column(self._unit),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
            )
            self._start(Progress(*columns, console=self._console, transient=False), self._description, None)  # type: ignore[arg-type]
        return self

    def update(self, done: int, total: int | None = None, *, description: str | None = None) -> None:
        """``done`` of ``total`` (None while unknown) so far."""
        values: dict[str, object] = {"completed": done, "total": total}
        if description is not None:
            values["description"] = description
        self._update(**values)


class TransferBar(_Bar):
    """Bytes moved, with speed and time left when the size is known."""

    def __init__(
        self, console: Console, description: str, *, enabled: bool, total: int | None = None
    ) -> None:
        super().__init__(console, enabled)
        self._description = description
        self._total = total

    def __enter__(self) -> TransferBar:
        if self._enabled:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            columns = (
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(binary_units=True),
                TransferSpeedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
            )
            self._start(
                Progress(*columns, console=self._console, transient=False), self._description, self._total
            )
        return self

    def update(self, done: int, *, total: int | None = None, description: str | None = None) -> None:
        """``done`` bytes so far (of ``total`` when it becomes known)."""
        values: dict[str, object] = {"completed": done}
        if total is not None:
            values["total"] = total
        if description is not None:
            values["description"] = description
        self._update(**values)
