"""A progress bar on stderr for harvests and syncs: count, rate and time left, drawn only on a terminal.

(File transfers use `figshare.files.ProgressBar`, one bar per file, on the same console.)

When stderr is not a terminal (a pipe, a log file, CI) or ``--quiet`` is given, nothing is drawn: the command
prints its summary line at the end instead. The bar stays on screen when done, so its last state can be read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import ProgressColumn

    from figshare.cli._output import Output


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


@contextlib.contextmanager
def count_bar(output: Output, description: str, unit: str) -> Iterator[Callable[..., None]]:
    """Counts things (records, resources) with their rate; a bar and the time left once the total is known.

    Yields ``update(done, total=None, *, baseline=0, description=None)``: ``done`` of ``total`` (None while
    unknown) so far, ``baseline`` of them done by earlier runs. Nothing is drawn unless progress is shown.
    """
    if not output.shows_progress:
        yield lambda *args, **kwargs: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(unit),
        _rate_column(unit),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=output.error_console,
    )

    def update(done: int, total: int | None = None, *, baseline: int = 0, description: str | None = None) -> None:
        progress.update(task, completed=done, total=total, baseline=baseline, description=description)

    with progress:
        task = progress.add_task(description, total=None)
        yield update
