"""``figshare articles|collections|projects list|get|search|create|update|publish|delete``, and
``figshare categories|licenses`` (the ids that ``create`` and ``update`` take).

One builder makes the same commands for each kind of item (see `ItemKind`). Public items need no sign-in;
``--mine`` reads your own (drafts and private items too) through ``/account``. Publishing and deleting ask
for confirmation, showing the item's title, unless ``--yes`` is given.

Commands are defined inside the builder, so their annotations must be evaluated at definition time: this
module does not use ``from __future__ import annotations``.
"""

import datetime
import inspect
import itertools
import json
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from figshare.cli._failures import CliError, ExitCode
from figshare.cli._items import ARTICLES, ItemKind, ItemReference, format_size, load, parse_reference
from figshare.cli._output import JsonOption, plain
from figshare.cli._session import Session, session_of

TableJsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (for scripts) instead of a table.")]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
InstitutionOption = Annotated[
    bool, typer.Option("--mine", help="Those of your institution (needs a signed-in profile).")
]

_FILTERS = ("institution", "group", "published_since", "modified_since", "item_type")
_OPTION_OF_FIELD = {
    "keywords": "--keyword",
    "categories": "--category",
    "authors": "--author",
    "defined_type": "--type",
    "license": "--license",
    "group_id": "--group",
    "articles": "--article",
}


def build_item_app(kind: ItemKind) -> typer.Typer:
    """The command group of one kind of item."""
    app = typer.Typer(
        help=f"List, show, search, create, change, publish and delete {kind.plural}.", no_args_is_help=True
    )
    mine_help = f"Your own {kind.plural} (drafts and private ones too); needs a signed-in profile."
    MineOption = Annotated[bool, typer.Option("--mine", help=mine_help)]
    reference_help = f"The {kind.name}'s id" + (", DOI or figshare.com address." if kind.has_doi else ".")
    ReferenceArgument = Annotated[str, typer.Argument(help=reference_help, metavar="ID")]

    def list_or_search(
        ctx: typer.Context,
        query: Annotated[
            list[str] | None,
            typer.Argument(help="Figshare search syntax, e.g. ':title: climate AND :tag: ice' (words are joined)."),
        ],
        mine: MineOption = False,
        limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most this many results.")] = 20,
        every: Annotated[bool, typer.Option("--all", help="Show every result (ignores --limit).")] = False,
        institution: Annotated[int | None, typer.Option(help="Only items of this institution (id).")] = None,
        group: Annotated[int | None, typer.Option(help="Only items of this group (id).")] = None,
        published_since: Annotated[
            str | None, typer.Option(help="Only items published on or after this date (YYYY-MM-DD).", metavar="DATE")
        ] = None,
        modified_since: Annotated[
            str | None, typer.Option(help="Only items modified on or after this date (YYYY-MM-DD).", metavar="DATE")
        ] = None,
        item_type: Annotated[
            int | None, typer.Option(help="Articles: only this item type (id, e.g. 3 = dataset).")
        ] = None,
        order: Annotated[
            str | None,
            typer.Option(help="Sort by: published_date, modified_date, created_date, views, downloads, shares, cites."),
        ] = None,
        direction: Annotated[str | None, typer.Option(help="Sort direction: asc or desc.", metavar="asc|desc")] = None,
        as_json: TableJsonOption = False,
    ) -> None:
        session = session_of(ctx)
        filters = _filters(institution, group, published_since, modified_since, item_type)
        sort = {name: value for name, value in (("order", order), ("order_direction", direction)) if value is not None}
        page_size = 1000 if every else min(limit, 1000)
        if query is not None:
            body = _search_body(kind, mine, " ".join(query), {**filters, **sort}, page_size)
        with session.client(signed_in=mine) as client:
            resource = kind.mine(client) if mine else kind.public(client)
            if query is None:
                arguments = _list_arguments(kind, resource.list, mine, filters, sort)
                items = client.paginate(resource.list, page_size=page_size, **arguments)
            else:
                items = client.paginate(resource.search, body=body)
            _show_list(session, kind, itertools.islice(items, None if every else limit), as_json)

    app.command("list", help=f"List public {kind.plural}, or your own with --mine.")(_without(list_or_search, "query"))
    app.command("search", help=f"Search {kind.plural} with Figshare's search syntax (passed through as written).")(
        list_or_search
    )

    @app.command("get", help=f"Show one {kind.name} with its details" + (" and files." if kind is ARTICLES else "."))
    def get_command(
        ctx: typer.Context,
        reference: ReferenceArgument,
        mine: MineOption = False,
        version: Annotated[int | None, typer.Option(min=1, help="A published version.")] = None,
        as_json: TableJsonOption = False,
    ) -> None:
        session = session_of(ctx)
        wanted = parse_reference(reference, allow_doi=kind.has_doi, kind=kind.plural)
        with session.client(signed_in=mine) as client:
            item_id, found_version = _resolve(client, kind, wanted)
            version = version or found_version
            if version is not None and (mine or not kind.has_versions):
                raise CliError(f"versions are only available for public {kind.plural}", exit_code=ExitCode.USAGE)
            if mine:
                item = kind.mine(client).details(item_id)
            elif version is not None:
                item = kind.public(client).version_details(item_id, version)
            else:
                item = kind.public(client).details(item_id)
        if as_json:
            session.output.json(item)
        else:
            _show_item(session, kind, item.to_dict())

    def create_or_update(
        ctx: typer.Context,
        item_id: Annotated[int | None, typer.Argument(help=f"The {kind.name}'s id.", metavar="ID")],
        title: Annotated[str | None, typer.Option(help="The title.")] = None,
        description: Annotated[str | None, typer.Option(help="The description (HTML allowed).")] = None,
        keyword: Annotated[
            list[str] | None, typer.Option("--keyword", "-k", help="A keyword (repeat for several).")
        ] = None,
        category: Annotated[
            list[int] | None,
            typer.Option("--category", help="A category id (repeat; `figshare categories` lists them)."),
        ] = None,
        author: Annotated[
            list[str] | None,
            typer.Option(
                "--author", help="An author: a full name, or the id of a Figshare author (repeat for several)."
            ),
        ] = None,
        item_type: Annotated[
            str | None, typer.Option("--type", help="Articles: the item type (dataset, figure, media, poster, ...).")
        ] = None,
        license_id: Annotated[
            int | None, typer.Option("--license", help="Articles: the license id (`figshare licenses` lists them).")
        ] = None,
        group: Annotated[int | None, typer.Option(help="Move it to this group (id).")] = None,
        article: Annotated[
            list[int] | None, typer.Option("--article", help="Collections: an article id to include (repeat).")
        ] = None,
        from_json: Annotated[
            str | None,
            typer.Option(
                "--from-json",
                metavar="FILE",
                help="Start from a JSON object with any fields the API takes ('-' reads standard input); "
                "the other options override its fields.",
            ),
        ] = None,
        as_json: TableJsonOption = False,
    ) -> None:
        session = session_of(ctx)
        options = {
            "title": title,
            "description": description,
            "keywords": keyword or None,
            "categories": category or None,
            "authors": [{"id": int(who)} if who.isdigit() else {"name": who} for who in author] if author else None,
            "defined_type": item_type,
            "license": license_id,
            "group_id": group,
            "articles": article or None,
        }
        body = _body(kind, "create" if item_id is None else "update", from_json, options)
        with session.client(signed_in=True) as client:
            resource = kind.mine(client)
            done = resource.create(body=body) if item_id is None else resource.partial_update(item_id, body=body)
        result = done.to_dict() if done is not None else {}
        for warning in result.get("warnings") or []:
            session.output.warn(f"Figshare: {warning}")
        if as_json:
            session.output.json(result if item_id is None else {"id": item_id, **result})
        elif item_id is not None:
            session.output.line(f"Updated {kind.name} {item_id}.")
        else:
            where = f": {result['location']}" if result.get("location") else ""
            entity = f" {result['entity_id']}" if result.get("entity_id") is not None else ""
            session.output.line(f"Created {kind.name}{entity}{where}")

    create_group = Annotated[int | None, typer.Option(help="The group id to create it in.")]
    app.command("create", help=f"Create a private draft {kind.name} in your account.")(
        _without(create_or_update, "item_id", group=create_group)
    )
    app.command("update", help=f"Change some fields of one of your {kind.plural} (the others are kept).")(
        create_or_update
    )

    @app.command("publish", help=f"Publish one of your {kind.plural}: it becomes public; this cannot be undone.")
    def publish_command(
        ctx: typer.Context,
        item_id: Annotated[int, typer.Argument(help=f"The {kind.name}'s id.", metavar="ID")],
        yes: YesOption = False,
        as_json: TableJsonOption = False,
    ) -> None:
        session = session_of(ctx)
        with session.client(signed_in=True) as client:
            resource = kind.mine(client)
            if not yes:
                title = _title(resource.details(item_id))
                consequence = "It becomes public and gets a DOI" if kind.has_doi else "It becomes public"
                _confirm(
                    session,
                    f"Publish {kind.name} {item_id} {title}? {consequence}; this cannot be undone.",
                    "published",
                )
            published = resource.publish(item_id)
        result = published.to_dict()
        if as_json:
            session.output.json({"id": item_id, **result})
        else:
            where = result.get("location") or result.get("message")
            session.output.line(f"Published {kind.name} {item_id}" + (f": {where}" if where else "."))

    @app.command("delete", help=f"Delete some of your {kind.plural}; this cannot be undone.")
    def delete_command(
        ctx: typer.Context,
        item_ids: Annotated[
            list[int], typer.Argument(help=f"The ids of the {kind.plural} to delete.", metavar="ID...")
        ],
        yes: YesOption = False,
    ) -> None:
        session = session_of(ctx)
        with session.client(signed_in=True) as client:
            resource = kind.mine(client)
            titles = {item_id: _title(resource.details(item_id)) for item_id in dict.fromkeys(item_ids)}
            if not yes:
                what = "; ".join(f"{kind.name} {item_id} {title}" for item_id, title in titles.items())
                _confirm(session, f"Delete {what}? This cannot be undone.", "deleted")
            for item_id, title in titles.items():
                resource.delete(item_id)
                session.output.line(f"Deleted {kind.name} {item_id} {title}")

    return app


def _without(command: Callable[..., None], hidden: str, **annotations: Any) -> Callable[..., None]:
    """``command`` without its parameter ``hidden`` (passed as None), with other ``annotations`` for some."""
    signature = inspect.signature(command)
    parameters = [
        parameter.replace(annotation=annotations.get(parameter.name, parameter.annotation))
        for parameter in signature.parameters.values()
        if parameter.name != hidden
    ]

    def variant(**values: Any) -> None:
        command(**values, **{hidden: None})

    variant.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    return variant


def _filters(*values: Any) -> dict[str, Any]:
    """The filters given, from their values in ``_FILTERS`` order (dates checked)."""
    given = dict(zip(_FILTERS, values, strict=True))
    for name in ("published_since", "modified_since"):
        if given[name] is not None:
            _check_date(_flag(name), given[name])
    return {name: value for name, value in given.items() if value is not None}


def _check_date(option: str, value: str) -> None:
    try:
        datetime.date.fromisoformat(value) if len(value) == 10 else datetime.datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=f"'{option}'") from None


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-").replace("order-direction", "direction")


def _list_arguments(
    kind: ItemKind, method: Any, mine: bool, filters: dict[str, Any], sort: dict[str, str]
) -> dict[str, Any]:
    parameters = inspect.signature(method).parameters
    for name in [*filters, *sort]:
        if name not in parameters:  # private article lists take no --order/--direction
            where = f"your {kind.plural}" if mine else f"public {kind.plural}"
            raise CliError(f"{_flag(name)} is not available for {where}", exit_code=ExitCode.USAGE)
    choices = {name: _choice(load(kind.list_enum(mine, name)), value, _flag(name)) for name, value in sort.items()}
    return {**filters, **choices}


def _choice(allowed: Any, value: str, option: str) -> str:
    """``value`` if it is one of the values of the generated ``Literal`` type ``allowed``."""
    choices = typing.get_args(allowed)
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=f"'{option}'")
    return value


def _search_body(kind: ItemKind, mine: bool, query: str, filters: dict[str, Any], page_size: int) -> Any:
    """The search body; its ``limit`` sets the page size (paging by ``limit``/``offset``, never mixed)."""
    import attrs

    model = load(kind.search_body(mine))
    known = {field.name for field in attrs.fields(model)}
    for name in filters:
        if name not in known:
            where = f"your {kind.plural}" if mine else f"public {kind.plural}"
            raise CliError(f"{_flag(name)} is not available when searching {where}", exit_code=ExitCode.USAGE)
    return _model(model, {"search_for": query, **filters, "limit": page_size}, kind, "search")


def _model(model: Any, fields: dict[str, Any], kind: ItemKind, action: str) -> Any:
    try:
        return model.from_dict(fields)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise CliError(
            f"the values do not make a valid {kind.name} {action} request ({type(error).__name__}: {error})",
            hint="Check the option values, and the field names and types in --from-json.",
            exit_code=ExitCode.USAGE,
        ) from None


def _body(kind: ItemKind, action: str, from_json: str | None, options: dict[str, Any]) -> Any:
    """The body of ``create`` or ``update`` (``action``): --from-json's fields, overridden by the options."""
    fields = _read_json_object(from_json) if from_json is not None else {}
    for name, value in options.items():
        if value is not None and name in _OPTION_OF_FIELD and name not in kind.body_options:
            raise CliError(f"{_OPTION_OF_FIELD[name]} does not apply to {kind.plural}", exit_code=ExitCode.USAGE)
    fields.update((name, value) for name, value in options.items() if value is not None)
    if action == "create" and not fields.get("title"):
        raise CliError(f"a new {kind.name} needs a title", hint="Give --title.", exit_code=ExitCode.USAGE)
    if not fields:
        raise CliError("nothing to change", hint="Give the fields to change, e.g. --title.", exit_code=ExitCode.USAGE)
    return _model(load(kind.body(action)), fields, kind, action)


def _read_json_object(source: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(f"cannot read {source}: {error.strerror}", exit_code=ExitCode.USAGE) from None
    try:
        document = json.loads(text)
    except ValueError as error:
        raise CliError(f"{source} is not valid JSON: {error}", exit_code=ExitCode.USAGE) from None
    if not isinstance(document, dict):
        raise CliError(f"{source} must hold a JSON object", exit_code=ExitCode.USAGE)
    return document


def _resolve(client: Any, kind: ItemKind, reference: ItemReference) -> tuple[int, int | None]:
    if reference.id is not None:
        return reference.id, reference.version
    assert reference.doi is not None
    matches = kind.public(client).list(doi=reference.doi, page_size=2)
    if not matches or matches[0].id is None:
        raise CliError(
            f"no public {kind.name} has the DOI {reference.doi}",
            hint="Drafts and private items have no registered DOI: use the id.",
            exit_code=ExitCode.NOT_FOUND,
        )
    return int(matches[0].id), reference.version


def _title(item: Any) -> str:
    title = getattr(item, "title", None)
    return f"“{plain(title)}”" if isinstance(title, str) and title else "(untitled)"


def _confirm(session: Session, question: str, done: str) -> None:
    if not typer.confirm(question, default=False, err=True):
        session.output.info(f"Cancelled: nothing was {done}.")
        raise typer.Exit(ExitCode.FAILED)


def _show_list(session: Session, kind: ItemKind, items: Iterator[Any], as_json: bool) -> None:
    if as_json:
        session.output.json_array(items)
        return
    headers = [header for header, _ in kind.columns]
    rows = ([pick(item.to_dict()) for _, pick in kind.columns] for item in items)
    if session.output.table(headers, rows) == 0:
        session.output.info(f"No {kind.plural} found.")


def _show_item(session: Session, kind: ItemKind, data: dict[str, Any]) -> None:
    title = data.get("title") or f"({kind.name} without a title)"
    session.output.fields(str(title), [(label, pick(data)) for label, pick in kind.details])
    if files := data.get("files"):
        rows = (
            [
                entry.get("name"),
                format_size(entry["size"]) if isinstance(entry.get("size"), int) else "",
                entry.get("id"),
                entry.get("computed_md5") or entry.get("supplied_md5"),
            ]
            for entry in files
        )
        session.output.table(["File", "Size", "ID", "MD5"], rows, title="Files")


def categories(ctx: typer.Context, mine: InstitutionOption = False, as_json: JsonOption = False) -> None:
    """List the categories (ids for --category)."""
    _show_reference_list(ctx, "categories", mine, as_json, {"id": "ID", "title": "Title", "parent_id": "Parent"})


def licenses(ctx: typer.Context, mine: InstitutionOption = False, as_json: JsonOption = False) -> None:
    """List the licenses (ids for --license)."""
    _show_reference_list(ctx, "licenses", mine, as_json, {"value": "ID", "name": "Name", "url": "URL"})


def _show_reference_list(ctx: typer.Context, resource: str, mine: bool, as_json: bool, columns: dict[str, str]) -> None:
    session = session_of(ctx)
    with session.client(signed_in=mine) as client:
        found = getattr(client.account if mine else client, resource).list()
    if as_json:
        session.output.json(found)
        return
    rows = ([entry.to_dict().get(key) for key in columns] for entry in found)
    session.output.table(list(columns.values()), rows)
