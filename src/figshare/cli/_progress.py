"""A progress bar on stderr for harvests and syncs: count, rate and time left, drawn only on a terminal.

(File transfers use `figshare.files.ProgressBar`, one bar per file, on the same console.)

When stderr is not a terminal (a pipe, a log file, CI) or ``--quiet`` is given, nothing is drawn: the command
prints its summary line at the end instead. The bar stays on screen when done, so its last state can be read.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, ProgressColumn, TaskID

__all__ = ["CountBar"]


def _rate_column(unit: str) -> ProgressColumn:
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items per second (rich's own speed column counts bytes).

        rich forgets its recent-speed samples when a task's total changes (a harvest learns its total late),
        so without them the rate is this run's average: items since the start over the time elapsed.
        """

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            if not speed and task.elapsed:
                speed = (task.completed - task.fields.get("baseline", 0)) / task.elapsed
            return Text(f"{speed:,.1f} {unit}/s" if speed else f"- {unit}/s", style="progress.data.speed")

    return RateColumn()


class CountBar:
    """Counts things (records, resources) with their rate; a bar and the time left once the total is known.

    Use it as a context manager; ``update()`` does nothing when the bar is not ``enabled``.
    """

    def __init__(self, console: Console, description: str, unit: str, *, enabled: bool) -> None:
        self._console = console
        self._description = description
        self._unit = unit
        self._enabled = enabled
        self._progress: Progress | None = None
        self._task: TaskID | None = None

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

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(self._unit),
                _rate_column(self._unit),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self._console,
            )
            self._progress.start()
            self._task = self._progress.add_task(self._description, total=None)
        return self

    def update(self, done: int, total: int | None = None, *, baseline: int = 0, description: str | None = None) -> None:
        """``done`` of ``total`` (None while unknown) so far; ``baseline`` of them were done by earlier runs."""
        if self._progress is None or self._task is None:
            return
        if description is None:
            self._progress.update(self._task, completed=done, total=total, baseline=baseline)
        else:
            self._progress.update(self._task, completed=done, total=total, baseline=baseline, description=description)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
