"""``figshare categories`` and ``figshare licenses``: the ids that ``create`` and ``update`` take."""

from __future__ import annotations

from typing import Annotated

import typer

from figshare.cli._output import to_json_value
from figshare.cli._session import session_of

__all__ = ["categories", "licenses"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (for scripts).")]
MineOption = Annotated[bool, typer.Option("--mine", help="Those of your institution (needs a signed-in profile).")]


def categories(ctx: typer.Context, mine: MineOption = False, as_json: JsonOption = False) -> None:
    """List the categories (ids for --category)."""
    _show(ctx, "categories", mine, as_json, {"id": "ID", "title": "Title", "parent_id": "Parent"})


def licenses(ctx: typer.Context, mine: MineOption = False, as_json: JsonOption = False) -> None:
    """List the licenses (ids for --license)."""
    _show(ctx, "licenses", mine, as_json, {"value": "ID", "name": "Name", "url": "URL"})


def _show(ctx: typer.Context, resource: str, mine: bool, as_json: bool, columns: dict[str, str]) -> None:
    session = session_of(ctx)
    with session.client(signed_in=mine) as client:
        found = getattr(client.account if mine else client, resource).list()
    if as_json:
        session.output.json([to_json_value(entry) for entry in found])
        return
    rows = ([entry.to_dict().get(key) for key in columns] for entry in found)
    session.output.table(list(columns.values()), rows)
