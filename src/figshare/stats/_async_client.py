"""``AsyncStats``: the Stats API (stats.figshare.com) through the SDK's shared HTTP core."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar, cast, overload

import httpx

from figshare._async_lifetime import AsyncClosing
from figshare._http import DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, NOT_GIVEN, AsyncHTTPCore, NotGiven
from figshare._options import DEFAULT_RATE_LIMIT, CommonOptions, RateLimitArg, open_core, renamed
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.stats import _requests as build
from figshare.stats._arguments import DateLike
from figshare.stats._base import DEFAULT_BASE_URL, AnyRanking, CredentialsArg, K, RankedById, RankedByName, _StatsBase
from figshare.stats._models import Breakdown, Ranking, Timeline, merge_breakdowns
from figshare.stats._types import Counter, Granularity, Item, Per, StatsArgumentError, SubItem

T = TypeVar("T")


class AsyncStats(_StatsBase, AsyncClosing):
    """Views, downloads and shares from Figshare's Stats service.

    ``AsyncStats()`` reads statistics outside any institution; ``AsyncStats(institution="monash",
    credentials=("user", "password"))`` reads an institution's, whose timelines, breakdowns and rankings need
    the institution's HTTP Basic credentials (a totals call does not). Credentials go only to the Stats host.

    Arguments follow the URL: ``await stats.timeline(DAY, "views", "article", 23)`` reads
    ``/timeline/day/views/article/23``. The granularity constants ``DAY``, ``MONTH``, ``YEAR`` and ``TOTAL``
    type the result's period keys; ``"day"`` or ``Granularity.DAY`` work too.

    Args:
        base_url: the Stats service root.
        institution: the institution's portal short name (``"monash"``); None for unaffiliated statistics.
        credentials: ``StatsCredentials`` or ``(username, password)`` for the institution (never the API
            token); refused without ``institution``, or over plain http to another machine.
        core: send through this ``AsyncHTTPCore`` (the main client's, sharing its retries and rate limit); the
            options below are then the core's and must be left out.
        http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent: the options every client
            takes, see [Client options][common-client-options]; ``rate_limiter`` is the old name of ``rate_limit``.
        max_response_bytes: the largest Stats JSON body read (default 32 MiB; None: no cap); a larger one
            raises ``ResponseTooLargeError``.

    Raises (from every call): ``StatsArgumentError`` and ``MissingCredentialsError`` before sending;
    ``APIStatusError`` subclasses for error statuses (Figshare's ``code``, such as ``"InvalidParams"``,
    ``"MissingParams"`` or ``"Forbidden"``, is in ``.code`` and its details in ``.data``);
    ``ResponseParseError`` for a body that is not the documented JSON; ``APIConnectionError``.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        institution: str | None = None,
        credentials: CredentialsArg = None,
        core: AsyncHTTPCore | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitArg = DEFAULT_RATE_LIMIT,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        user_agent: str | None = None,
        rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(base_url, institution, credentials)
        rate_limit = renamed("rate_limiter", rate_limiter, "rate_limit", rate_limit, DEFAULT_RATE_LIMIT)
        options = CommonOptions(
            http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent, max_response_bytes
        )
        self._core, self._owned_client, self._owned_core = open_core(
            AsyncHTTPCore, httpx.AsyncClient, options, core=core, follow_redirects=False, refuse=StatsArgumentError
        )

    def for_institution(self, institution: str, credentials: CredentialsArg = None) -> AsyncStats:
        """A client for ``institution``'s statistics sharing this connection, retry policy and rate limit.

        Args:
            institution: the institution's portal short name (``"monash"``).
            credentials: the institution's ``StatsCredentials`` or ``(username, password)``.

        Returns:
            A new client over this client's core (closing it leaves this one open).

        Raises:
            StatsArgumentError: a bad institution or credentials.
        """
        return AsyncStats(base_url=self._base_url, institution=institution, credentials=credentials, core=self._core)

    async def total(self, counter: Counter | str, item: Item | str, item_id: int) -> int:
        """The total number of events: ``GET [/{institution}]/total/{counter}/{item}/{item_id}``.

        Never needs credentials. ``await stats.total("views", "article", 23)`` -> ``231``.

        Args:
            counter: ``"views"``, ``"downloads"`` or ``"shares"`` (or a ``Counter``).
            item: ``"article"``, ``"author"``, ``"collection"``, ``"group"`` or ``"project"`` (or an ``Item``).
            item_id: the item's id.

        Returns:
            The count.

        Raises:
            StatsArgumentError: a bad argument, before sending.
            FigshareError: the call failed (see the class).
        """
        return await self._call(build.totals(self._institution, counter, item, item_id))

    async def timeline(
        self,
        granularity: Per[K] | Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[K]:
        """Events per day, month, year or in total: ``GET [/{institution}]/timeline/{granularity}/...``.

        Keys are ``datetime.date`` (day), ``YearMonth`` (month), ``int`` (year) or ``"total"``, oldest first.
        Without dates Figshare reports the current month.

        Args:
            granularity: ``DAY``, ``MONTH``, ``YEAR`` or ``TOTAL`` (typing the keys), or a ``Granularity``
                member or its string (``"day"``).
            counter: ``"views"``, ``"downloads"`` or ``"shares"``.
            item: what the events are counted on (``"article"``...).
            item_id: the item's id.
            start_date: the first day counted (a ``date`` or ``"YYYY-MM-DD"``).
            end_date: the last day counted.
            sub_item: a filter, ``"category"`` or ``"item_type"``; needs ``sub_item_id``.
            sub_item_id: a category id, or an item type such as ``"dataset"``.

        Returns:
            The timeline, one count per period.

        Raises:
            StatsArgumentError: a bad argument, before sending.
            MissingCredentialsError: an institution's timeline without credentials.
            FigshareError: the call failed (see the class).
        """
        bucket = build.granularity_of(granularity)
        (request,) = build.series(
            "timeline", self._institution, bucket, counter, item, item_id, start_date, end_date, sub_item, sub_item_id
        )
        return cast(Timeline[K], await self._call(request))

    async def breakdown(
        self,
        granularity: Per[K] | Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[K]:
        """Events per period, country and city: ``GET [/{institution}]/breakdown/{granularity}/...``.

        Figshare cuts a range longer than it allows (day and total: 1 year, month: 2 years, year: 5 years);
        this method asks for each allowed window in turn and adds the answers up, so the whole range is
        counted. A ``start_date`` without ``end_date`` runs to today.

        Args:
            granularity: ``DAY``, ``MONTH``, ``YEAR`` or ``TOTAL`` (typing the keys), or a ``Granularity``
                member or its string (``"month"``).
            counter: ``"views"``, ``"downloads"`` or ``"shares"``.
            item: what the events are counted on (``"article"``...).
            item_id: the item's id.
            start_date: the first day counted (a ``date`` or ``"YYYY-MM-DD"``).
            end_date: the last day counted (default: today, when ``start_date`` is given).
            sub_item: a filter, ``"category"`` or ``"item_type"``; needs ``sub_item_id``.
            sub_item_id: a category id, or an item type such as ``"dataset"``.

        Returns:
            The breakdown of the whole range, per period, country and city.

        Raises:
            StatsArgumentError: a bad argument, before sending.
            MissingCredentialsError: an institution's breakdown without credentials.
            FigshareError: a call failed (see the class).
        """
        bucket = build.granularity_of(granularity)
        requests = build.series(
            "breakdown", self._institution, bucket, counter, item, item_id, start_date, end_date, sub_item, sub_item_id
        )
        return cast(Breakdown[K], merge_breakdowns(bucket, [await self._call(request) for request in requests]))

    @overload
    async def top(
        self,
        counter: Counter | str,
        item: Item | str,
        *,
        item_id: int | None = None,
        sub_item: RankedById = None,
        count: int | None = None,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
    ) -> Ranking[int]: ...

    @overload
    async def top(
        self,
        counter: Counter | str,
        item: Item | str,
        *,
        item_id: int | None = None,
        sub_item: RankedByName,
        count: int | None = None,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
    ) -> Ranking[str]: ...

    @overload
    async def top(
        self,
        counter: Counter | str,
        item: Item | str,
        *,
        item_id: int | None = None,
        sub_item: SubItem | str | None = None,
        count: int | None = None,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
    ) -> AnyRanking: ...

    async def top(
        self,
        counter: Counter | str,
        item: Item | str,
        *,
        item_id: int | None = None,
        sub_item: SubItem | str | None = None,
        count: int | None = None,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
    ) -> AnyRanking:
        """A ranking, highest count first: ``GET [/{institution}]/top/{counter}/{item}``.

        Without ``sub_item`` the items themselves are ranked by id (``Ranking[int]``); with ``sub_item`` the
        events of ``item_id`` are ranked by category (ids) or by item type or referral (names, ``Ranking[str]``).

        Args:
            counter: ``"views"``, ``"downloads"`` or ``"shares"``.
            item: what is ranked, or what ``item_id`` is (``"article"``...).
            item_id: the item whose events are ranked by ``sub_item``.
            sub_item: ``"category"``, ``"item_type"`` or ``"referral"``; None ranks the items.
            count: how many places (Figshare's default: 10).
            start_date: the first day counted.
            end_date: the last day counted.

        Returns:
            The ranking.

        Raises:
            StatsArgumentError: a bad argument, before sending.
            MissingCredentialsError: an institution's ranking without credentials.
            FigshareError: the call failed (see the class).
        """
        request = build.top(self._institution, counter, item, item_id, sub_item, count, start_date, end_date)
        return await self._call(request)

    async def count_articles(self, group_ids: Iterable[int]) -> dict[int, int]:
        """The number of public articles in each group: ``POST /count/articles`` (no credentials).

        ``await stats.count_articles([327, 328])`` -> ``{327: 20, 328: 1}``.

        Args:
            group_ids: the groups' ids.

        Returns:
            Each group's id and its number of public articles.

        Raises:
            StatsArgumentError: a bad id, before sending.
            FigshareError: the call failed (see the class).
        """
        return await self._call(build.count_articles(group_ids))

    async def _call(self, request: build.StatsRequest[T]) -> T:
        response = await self._core.request(
            request.method,
            self._url(request),
            params=request.params,
            json=request.json,
            headers=self._headers(request),
            idempotent=True,
            authenticate=False,
        )
        return self._decode(response, request.parse)
