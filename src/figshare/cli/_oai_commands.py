"""``figshare oai harvest|identify|formats|sets``: metadata over OAI-PMH (Figshare's, or any repository's).

``harvest`` writes one JSON object per record to a JSON Lines file and keeps a checkpoint beside it after
every page: interrupted (Ctrl-C, a crash, a network failure), the same command continues where it stopped,
without losing or repeating records.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from figshare.cli._output import JsonOption
from figshare.cli._progress import count_bar
from figshare.cli._session import Session, session_of

if TYPE_CHECKING:
    from figshare.oai import HarvestProgress, OAIClient


DEFAULT_OAI_URL = "https://api.figshare.com/v2/oai"


@dataclass(frozen=True)
class OAISettings:
    """The repository ``figshare oai`` talks to."""

    url: str


oai_app = typer.Typer(help="Harvest metadata over OAI-PMH.", no_args_is_help=True)


@oai_app.callback()
def oai_root(
    ctx: typer.Context,
    url: Annotated[
        str,
        typer.Option("--url", envvar="FIGSHARE_OAI_URL", help="The repository's OAI-PMH base URL.", metavar="URL"),
    ] = DEFAULT_OAI_URL,
) -> None:
    ctx.obj = OAISettings(url)


@oai_app.command("harvest")
def harvest(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="The JSON Lines file to write (resumed if it exists).")],
    metadata_format: Annotated[str, typer.Option("--format", "-f", help="The metadata format (prefix).")] = "oai_dc",
    set_spec: Annotated[
        str | None, typer.Option("--set", help="Only this set, e.g. portal_63 or category_1.", metavar="SPEC")
    ] = None,
    from_date: Annotated[
        str | None, typer.Option("--from", help="Changed on or after (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).")
    ] = None,
    until_date: Annotated[str | None, typer.Option("--until", help="Changed on or before (same forms).")] = None,
    identifiers_only: Annotated[
        bool, typer.Option("--identifiers-only", help="Harvest record headers only (ListIdentifiers).")
    ] = False,
) -> None:
    """Harvest records into a JSON Lines file; run it again after an interruption to continue."""
    session = session_of(ctx)
    _check_datestamp("--from", from_date)
    _check_datestamp("--until", until_date)
    verb: Literal["ListRecords", "ListIdentifiers"] = "ListIdentifiers" if identifiers_only else "ListRecords"
    unit = "headers" if identifiers_only else "records"
    with (
        _oai(ctx, session) as oai,
        count_bar(session.output, f"Harvesting {out.name}", unit) as update,
    ):

        def show(progress: HarvestProgress) -> None:
            total = progress.records if progress.finished else progress.complete_list_size
            update(progress.records, total, baseline=progress.records - progress.new_records)

        result = oai.harvest(
            to=out,
            metadata_prefix=metadata_format,
            from_=from_date,
            until=until_date,
            set_spec=set_spec,
            verb=verb,
            progress=show,
        )
    if result.finished and result.new_records == 0 and result.resumed:
        session.output.line(f"Already complete: {result.records} {unit} in {out}.")
    else:
        resumed = " (resumed)" if result.resumed else ""
        session.output.line(f"Harvested {result.new_records} {unit}{resumed}; {out} holds {result.records}.")


@oai_app.command("identify")
def identify(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Describe the repository (name, earliest datestamp, granularity, deletion policy)."""
    session = session_of(ctx)
    with _oai(ctx, session) as oai:
        info = oai.identify()
    values = {
        "repository_name": info.repository_name,
        "base_url": info.base_url,
        "protocol_version": info.protocol_version,
        "admin_emails": list(info.admin_emails),
        "earliest_datestamp": info.earliest_datestamp.isoformat(),
        "deleted_record": info.deleted_record,
        "granularity": str(info.granularity),
    }
    if as_json:
        session.output.json(values)
    else:
        session.output.fields(info.repository_name, [(name.replace("_", " "), value) for name, value in values.items()])


@oai_app.command("formats")
def formats(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the metadata formats the repository offers."""
    session = session_of(ctx)
    with _oai(ctx, session) as oai:
        found = oai.list_metadata_formats()
    rows = [
        {"prefix": entry.metadata_prefix, "schema": entry.schema, "namespace": entry.metadata_namespace}
        for entry in found
    ]
    session.output.records(["Prefix", "Schema", "Namespace"], rows, as_json)


@oai_app.command("sets")
def sets(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many sets.")] = 100,
    every: Annotated[bool, typer.Option("--all", help="Show every set (ignores --limit).")] = False,
    as_json: JsonOption = False,
) -> None:
    """List the repository's sets (Figshare: portals, categories, item types, months)."""
    session = session_of(ctx)
    with _oai(ctx, session) as oai:
        found = [
            {"spec": entry.spec, "name": entry.name}
            for entry in itertools.islice(oai.list_sets(), None if every else limit)
        ]
    session.output.records(["Set", "Name"], found, as_json)


def _oai(ctx: typer.Context, session: Session) -> OAIClient:
    settings = ctx.find_object(OAISettings) or OAISettings(DEFAULT_OAI_URL)
    return session.services.make_oai(settings.url)


def _check_datestamp(option: str, value: str | None) -> None:
    if value is None:
        return
    from figshare.oai import parse_datestamp

    try:
        parse_datestamp(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD) or UTC time (YYYY-MM-DDThh:mm:ssZ)",
            param_hint=f"'{option}'",
        ) from None
