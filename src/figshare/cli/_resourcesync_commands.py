"""``figshare rs sync URL DEST``: keep a folder in sync with a ResourceSync source (a Figshare portal).

The first run copies everything (baseline), later runs only what changed; every file is verified against the
declared length and digest before it replaces the old one. Deletions are applied only with ``--delete``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from figshare.cli._failures import ExitCode
from figshare.cli._items import format_size
from figshare.cli._output import Output
from figshare.cli._progress import count_bar
from figshare.cli._session import session_of

if TYPE_CHECKING:
    from figshare.resourcesync import SyncEvent, SyncResult


rs_app = typer.Typer(help="Mirror a ResourceSync source (e.g. a Figshare portal) into a folder.", no_args_is_help=True)

SHOWN_FAILURES = 20


@rs_app.command("sync")
def sync(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="The portal, its Source Description or a Capability List.")],
    destination: Annotated[Path, typer.Argument(help="The folder to keep in sync.", metavar="DEST")],
    delete: Annotated[bool, typer.Option("--delete", help="Also delete files the source deleted.")] = False,
    use_dumps: Annotated[
        bool, typer.Option("--use-dumps", help="Take the first copy from the Resource Dump (ZIP packages).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON (for scripts).")] = False,
) -> None:
    """Copy new and changed resources into DEST (verified), and report what changed."""
    session = session_of(ctx)
    handled = 0
    written = 0
    with (
        session.services.make_resourcesync() as client,
        count_bar(session.output, "Syncing", "resources") as update,
    ):

        def show(event: SyncEvent) -> None:
            nonlocal handled, written
            handled += 1
            written += event.size if event.action.value in ("created", "updated") else 0
            update(handled, description=f"Syncing ({format_size(written)} written)")

        result = client.sync(url, destination, delete=delete, use_dumps=use_dumps, progress=show)
    _report(session.output, result, as_json)
    if not result.ok:
        raise typer.Exit(ExitCode.INCOMPLETE)


def _report(output: Output, result: SyncResult, as_json: bool) -> None:
    counts = {action.value: count for action, count in result.counts.items()}
    failures = [{"uri": failure.uri, "error": str(failure.error)} for failure in result.failures]
    if as_json:
        output.json(
            {
                "destination": str(result.destination),
                "modes": result.modes,
                "counts": counts,
                "bytes_written": result.bytes_written,
                "failures": failures,
            }
        )
        return
    changed = ", ".join(f"{count} {action}" for action, count in counts.items() if count)
    written = format_size(result.bytes_written)
    output.line(f"Synced {result.destination}: {changed or 'nothing to do'}; {written} written.")
    if counts.get("delete-skipped"):
        output.info("Some resources were deleted at the source; run with --delete to delete them here too.")
    for failure in failures[:SHOWN_FAILURES]:
        output.warn(f"failed: {failure['uri']}: {failure['error']}")
    if len(failures) > SHOWN_FAILURES:
        output.warn(f"… and {len(failures) - SHOWN_FAILURES} more failures; run again to retry them.")
