"""``figshare categories`` and ``figshare licenses``: the ids that ``create`` and ``update`` take."""

from __future__ import annotations

from typing import Annotated

import typer

from figshare.cli._output import to_json_value
from figshare.cli._session import session_of

__all__ = ["register"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (for scripts).")]
MineOption = Annotated[bool, typer.Option("--mine", help="Those of your institution (needs a signed-in profile).")]


def categories(ctx: typer.Context, mine: MineOption = False, as_json: JsonOption = False) -> None:
    """List the categories (ids for --category)."""
    session = session_of(ctx)
    with session.client(signed_in=mine) as client:
        found = client.account.categories.list() if mine else client.categories.list()
    if as_json:
        session.output.json([to_json_value(category) for category in found])
        return
    rows = ([category.to_dict().get(key) for key in ("id", "title", "parent_id")] for category in found)
    session.output.table(["ID", "Title", "Parent"], rows)


def licenses(ctx: typer.Context, mine: MineOption = False, as_json: JsonOption = False) -> None:
    """List the licenses (ids for --license)."""
    session = session_of(ctx)
    with session.client(signed_in=mine) as client:
        found = client.account.licenses.list() if mine else client.licenses.list()
    if as_json:
        session.output.json([to_json_value(license_) for license_ in found])
        return
    rows = ([license_.to_dict().get(key) for key in ("value", "name", "url")] for license_ in found)
    session.output.table(["ID", "Name", "URL"], rows)


def register(app: typer.Typer) -> None:
    """Add the reference-list commands to ``app``."""
    app.command()(categories)
    app.command()(licenses)
