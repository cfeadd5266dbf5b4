"""``figshare stats total|timeline|breakdown|top|count-articles``: Figshare's Stats service.

Arguments follow the service's URLs (``figshare stats timeline day views article 23`` reads
``/timeline/day/views/article/23``). Institutional statistics take ``--institution`` and, for timelines,
breakdowns and rankings, the institution's Stats user (``--user`` or ``$FIGSHARE_STATS_USER``) with its
password in ``$FIGSHARE_STATS_PASSWORD`` (asked for when missing).
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from figshare.cli._output import JsonOption
from figshare.cli._session import Session, session_of
from figshare.stats._types import Counter, Granularity, Item
from figshare.stats._types import SubItem as RankBy

if TYPE_CHECKING:
    from figshare.stats import Stats


PASSWORD_VARIABLE = "FIGSHARE_STATS_PASSWORD"


@dataclass(frozen=True)
class StatsSettings:
    """The institution and credentials given to ``figshare stats``."""

    institution: str | None
    user: str | None


stats_app = typer.Typer(help="Views, downloads and shares from Figshare's Stats service.", no_args_is_help=True)

CounterArgument = Annotated[Counter, typer.Argument(help="What to count.", case_sensitive=False)]
ItemArgument = Annotated[Item, typer.Argument(help="What kind of item.", case_sensitive=False)]
GranularityArgument = Annotated[Granularity, typer.Argument(help="Buckets of the result.", case_sensitive=False)]
ItemIdArgument = Annotated[int, typer.Argument(help="The item's id.", metavar="ID")]
StartOption = Annotated[str | None, typer.Option("--start", help="First day (YYYY-MM-DD).", metavar="DATE")]
EndOption = Annotated[str | None, typer.Option("--end", help="Last day (YYYY-MM-DD).", metavar="DATE")]
SubItemOption = Annotated[
    Literal["category", "item_type"] | None,
    typer.Option("--sub-item", help="Only the events of one category or item type."),
]
SubItemIdOption = Annotated[
    str | None,
    typer.Option("--sub-item-id", help="The category id, or the item type (e.g. dataset).", metavar="ID"),
]


@stats_app.callback()
def stats_root(
    ctx: typer.Context,
    institution: Annotated[
        str | None, typer.Option(help="The institution's portal name (e.g. monash) for its statistics.")
    ] = None,
    user: Annotated[
        str | None,
        typer.Option(
            envvar="FIGSHARE_STATS_USER",
            help=f"The institution's Stats user (password in ${PASSWORD_VARIABLE}).",
        ),
    ] = None,
) -> None:
    ctx.obj = StatsSettings(institution, user)


@stats_app.command("total")
def total(
    ctx: typer.Context,
    counter: CounterArgument,
    item: ItemArgument,
    item_id: ItemIdArgument,
    as_json: JsonOption = False,
) -> None:
    """The total number of views, downloads or shares of one item."""
    with _stats(ctx, needs_credentials=False) as (session, stats):
        count = stats.total(counter.value, item.value, item_id)
    if as_json:
        session.output.json({"counter": counter.value, "item": item.value, "id": item_id, "total": count})
    else:
        session.output.line(f"{count}")


def _series_command(
    name: str, help_text: str, show: Callable[[Session, Granularity, Counter, Any, bool], None]
) -> None:
    """Add ``timeline`` or ``breakdown``: the same arguments, one ``Stats`` method each."""

    @stats_app.command(name, help=help_text)
    def command(
        ctx: typer.Context,
        granularity: GranularityArgument,
        counter: CounterArgument,
        item: ItemArgument,
        item_id: ItemIdArgument,
        start: StartOption = None,
        end: EndOption = None,
        sub_item: SubItemOption = None,
        sub_item_id: SubItemIdOption = None,
        as_json: JsonOption = False,
    ) -> None:
        with _stats(ctx) as (session, stats):
            result = getattr(stats, name)(
                granularity.value,
                counter.value,
                item.value,
                item_id,
                start_date=start,
                end_date=end,
                sub_item=sub_item,
                sub_item_id=_sub_item_id(sub_item, sub_item_id),
            )
        show(session, granularity, counter, result, as_json)


def _show_timeline(session: Session, granularity: Granularity, counter: Counter, result: Any, as_json: bool) -> None:
    counts = {_period(period): count for period, count in result.items()}
    if as_json:
        session.output.json({"granularity": granularity.value, "counts": counts, "total": result.total})
        return
    session.output.table(["Period", counter.value.capitalize()], [*counts.items(), ("Total", result.total)])


def _show_breakdown(session: Session, granularity: Granularity, counter: Counter, result: Any, as_json: bool) -> None:
    if as_json:
        periods = {
            _period(period): {
                name: {"total": entry.total, "cities": dict(entry.cities)} for name, entry in countries.items()
            }
            for period, countries in result.items()
        }
        session.output.json({"granularity": granularity.value, "periods": periods, "total": result.total})
        return
    rows = [
        (_period(period), entry.country, entry.total, _cities(entry.cities))
        for period, countries in result.items()
        for entry in countries.values()
    ]
    session.output.table(["Period", "Country", counter.value.capitalize(), "Leading cities"], rows)


_series_command("timeline", "Counts per day, month or year (without dates: the current month).", _show_timeline)
_series_command(
    "breakdown",
    "Counts per period, country and city (long ranges are asked for in the windows Figshare allows).",
    _show_breakdown,
)


@stats_app.command("top")
def top(
    ctx: typer.Context,
    counter: CounterArgument,
    item: ItemArgument,
    item_id: Annotated[int | None, typer.Option("--item-id", help="Rank what this item's events came from.")] = None,
    sub_item: Annotated[
        RankBy | None,
        typer.Option("--sub-item", help="Rank categories, item types or referrers instead of items."),
    ] = None,
    count: Annotated[int | None, typer.Option(min=1, help="How many places (Figshare's default: 10).")] = None,
    start: StartOption = None,
    end: EndOption = None,
    as_json: JsonOption = False,
) -> None:
    """The most viewed, downloaded or shared items (or their categories, item types or referrers)."""
    with _stats(ctx) as (session, stats):
        ranking = stats.top(
            counter.value,
            item.value,
            item_id=item_id,
            sub_item=sub_item.value if sub_item else None,
            count=count,
            start_date=start,
            end_date=end,
        )
    entries = [{"rank": entry.rank, "id": entry.id, "count": entry.count} for entry in ranking]
    what = sub_item.value.replace("_", " ").capitalize() if sub_item else item.value.capitalize()
    session.output.records(["Rank", what, counter.value.capitalize()], entries, as_json)


@stats_app.command("count-articles")
def count_articles(
    ctx: typer.Context,
    group_ids: Annotated[list[int], typer.Argument(help="Group ids.", metavar="GROUP_ID...")],
    as_json: JsonOption = False,
) -> None:
    """The number of public articles in each group."""
    with _stats(ctx, needs_credentials=False) as (session, stats):
        counts = stats.count_articles(group_ids)
    if as_json:
        session.output.json({str(group): number for group, number in counts.items()})
    else:
        session.output.table(["Group", "Articles"], counts.items())


@contextlib.contextmanager
def _stats(ctx: typer.Context, *, needs_credentials: bool = True) -> Iterator[tuple[Session, Stats]]:
    """This run's session, and its client's Stats (the institution's, with credentials when needed)."""
    from figshare.stats import StatsCredentials

    session = session_of(ctx)
    settings = ctx.find_object(StatsSettings) or StatsSettings(None, None)
    with session.client() as client:
        stats: Stats = client.stats
        if settings.institution is None:
            if settings.user is not None:
                session.output.warn("--user is only used with --institution")
        else:
            credentials = None
            if settings.user is not None and needs_credentials:
                credentials = StatsCredentials(settings.user, session.ask_secret(PASSWORD_VARIABLE, "Stats password"))
            stats = stats.for_institution(settings.institution, credentials)
        yield session, stats


def _sub_item_id(sub_item: str | None, value: str | None) -> int | str | None:
    """A category id is a number; an item type a name."""
    if sub_item == "category" and value is not None and value.strip().isdigit():
        return int(value)
    return value


def _period(period: object) -> str:
    return period.isoformat() if isinstance(period, datetime.date) else str(period)


def _cities(cities: Mapping[str, int]) -> str:
    return ", ".join(f"{city} ({count})" for city, count in list(cities.items())[:3])
