"""What the command prints: results on stdout (tables for people, ``--json`` for scripts), notes on stderr.

Values from Figshare are printed as plain text, never as console markup, so a title such as ``[bold]`` shows
as written. JSON output is exactly ``json.dumps`` (no colours, no wrapping), one document per command.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import PurePath
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (for scripts).")]

UNWRAPPED_WIDTH = 10_000
"""The page width for output that is not a terminal: wide enough that table rows never wrap."""
CONTROLS = dict.fromkeys([*range(10), *range(11, 32), *range(127, 160)], "\ufffd")  # shown as U+FFFD, never obeyed


def to_json_value(value: Any) -> Any:
    """``value`` as JSON-ready data: generated models via ``to_dict()``, dates as ISO text, paths as text."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, PurePath):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: getattr(value, field.name) for field in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(to_json_value(key)): item for key, item in value.items()}
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=to_json_value)


def plain(value: Any) -> str:
    """A field value as one line of text for a table ("" for missing values)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(plain(item) for item in value)
    return " ".join(str(value).split()).translate(CONTROLS)


class Output:
    """Prints results and notes; ``quiet`` silences the notes (never results, warnings or errors)."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    @cached_property
    def console(self) -> Console:
        """The rich console on stdout (tables, detail views); lines are not wrapped when piped."""
        from rich.console import Console

        console = Console(highlight=False, soft_wrap=False)
        if not console.is_terminal:
            console.width = UNWRAPPED_WIDTH
        return console

    @cached_property
    def error_console(self) -> Console:
        """The rich console on stderr (progress bars)."""
        from rich.console import Console

        return Console(stderr=True, highlight=False)

    @property
    def shows_progress(self) -> bool:
        """Whether progress bars are drawn: stderr is a terminal and --quiet was not given."""
        return not self.quiet and self.error_console.is_terminal

    # -- results ---------------------------------------------------------------------------------------

    def json(self, value: Any) -> None:
        """Print ``value`` as one JSON document."""
        typer.echo(_dumps(value))

    def json_array(self, items: Iterable[Any]) -> None:
        """Print ``items`` as one JSON array, item by item as they come."""
        separator = "[\n"
        for item in items:
            # json.dumps escapes "\n" in strings and leaves U+2028, U+0085... raw: indent on "\n" alone.
            typer.echo(separator + "  " + _dumps(item).replace("\n", "\n  "), nl=False)
            separator = ",\n"
        typer.echo("[]" if separator == "[\n" else "\n]")

    def records(self, headers: Sequence[str], rows: list[dict[str, Any]], as_json: bool) -> None:
        """Print ``rows`` as a JSON array of objects, or their values as a table under ``headers``."""
        if as_json:
            self.json(rows)
        else:
            self.table(headers, (list(row.values()) for row in rows))

    def line(self, text: str) -> None:
        """Print one line of result on stdout."""
        typer.echo(text.translate(CONTROLS))

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str | None = None) -> int:
        """Print rows as a table on stdout; return how many."""
        from rich.table import Table
        from rich.text import Text

        table = Table(*headers, title=title, title_justify="left", header_style="bold", expand=False)
        for row in rows:
            table.add_row(*(Text(plain(value)) for value in row))
        self.console.print(table)
        return table.row_count

    def fields(self, title: str, pairs: Iterable[tuple[str, Any]]) -> None:
        """Print a title and then ``name: value`` lines for the values that are set."""
        from rich.table import Table
        from rich.text import Text

        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for name, value in pairs:
            if text := plain(value):
                grid.add_row(Text(name), Text(text))
        self.console.print(Text(plain(title), style="bold"))
        self.console.print(grid)

    # -- notes -----------------------------------------------------------------------------------------

    def info(self, text: str) -> None:
        """A note for the person at the terminal (stderr), unless --quiet."""
        if not self.quiet:
            typer.echo(text.translate(CONTROLS), err=True)

    def warn(self, text: str) -> None:
        """A warning (stderr), shown even with --quiet."""
        typer.secho("Warning: ", fg="yellow", err=True, nl=False)
        typer.echo(text.translate(CONTROLS), err=True)
