"""``Stats`` and ``AsyncStats``: the Stats API (stats.figshare.com) through the SDK's shared HTTP core."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Literal, TypeVar, cast, overload

import httpx

from .._http import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    NOT_GIVEN,
    AsyncHTTPCore,
    HTTPCore,
    NotGiven,
    parse_json,
)
from .._options import (
    DEFAULT_RATE_LIMIT,
    RateLimitArg,
    http_client_settings,
    make_rate_limiter,
    renamed,
    retry_policy,
)
from .._ratelimit import RateLimiter
from .._retry import RetryPolicy
from .._secrets import Secret, redact_url
from ..errors import FigshareError, ResponseParseError
from . import _arguments as check
from . import _requests as build
from ._arguments import DateLike
from ._credentials import StatsCredentials, check_credentials_target, credentials_from
from ._enums import Counter, Granularity, Item, SubItem
from ._errors import MissingCredentialsError, StatsArgumentError
from ._models import Breakdown, Ranking, Timeline, merge_breakdowns
from ._parse import (
    UnexpectedShapeError,
    parse_article_counts,
    parse_breakdown,
    parse_ranking,
    parse_timeline,
    parse_totals,
)
from ._periods import WholeRange, YearMonth

T = TypeVar("T")

DEFAULT_BASE_URL = "https://stats.figshare.com"

CredentialsArg = StatsCredentials | tuple[str, str | Secret] | None
Day = Literal[Granularity.DAY, "day"]
Month = Literal[Granularity.MONTH, "month"]
Year = Literal[Granularity.YEAR, "year"]
WholeRangeGranularity = Literal[Granularity.TOTAL, "total"]
RankedById = Literal[None, SubItem.CATEGORY, "category"]
RankedByName = Literal[SubItem.ITEM_TYPE, SubItem.REFERRAL, "item_type", "referral"]
AnyTimeline = Timeline[datetime.date] | Timeline[YearMonth] | Timeline[int] | Timeline[WholeRange]
AnyBreakdown = Breakdown[datetime.date] | Breakdown[YearMonth] | Breakdown[int] | Breakdown[WholeRange]
AnyRanking = Ranking[int] | Ranking[str]


_CORE_SETTINGS = "http_client/timeout/max_retries/retry/rate_limit/deadline/max_response_bytes/user_agent"
_CORE_DEFAULTS = (None, None, None, None, DEFAULT_RATE_LIMIT, DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, None)
"""The settings a client given a ``core`` must leave alone (the core has its own)."""


def _utc_today() -> datetime.date:
    return datetime.datetime.now(datetime.timezone.utc).date()


class _StatsBase:
    """What the sync and async clients share: the scope, the credentials, URLs, headers and decoding."""

    def __init__(self, base_url: str | httpx.URL, institution: str | None, credentials: CredentialsArg) -> None:
        try:
            self._base_url = httpx.URL(str(base_url).strip().rstrip("/"))
        except (httpx.InvalidURL, ValueError, TypeError):
            raise StatsArgumentError("base_url is not a valid URL") from None
        if self._base_url.scheme not in ("http", "https") or not self._base_url.host:
            raise StatsArgumentError(f"base_url must be an http(s) URL, got {redact_url(self._base_url)!r}")
        if self._base_url.userinfo or self._base_url.query:
            raise StatsArgumentError(
                "base_url must be the service root without user:password@ or ?query "
                "(pass institutional credentials as credentials=)"
            )
        self._institution = None if institution is None else check.institution(institution)
        self._credentials = credentials_from(credentials)
        if self._credentials is not None:
            if self._institution is None:
                raise StatsArgumentError(
                    "credentials are only used for an institution's statistics: pass institution= as well"
                )
            check_credentials_target(self._base_url)

    @property
    def base_url(self) -> httpx.URL:
        """The Stats service root (default ``https://stats.figshare.com``)."""
        return self._base_url

    @property
    def institution(self) -> str | None:
        """The institution's portal short name, or None for statistics outside any institution."""
        return self._institution

    def _url(self, request: build.StatsRequest) -> httpx.URL:
        return self._base_url.copy_with(path=self._base_url.path.rstrip("/") + request.path)

    def _headers(self, request: build.StatsRequest) -> dict[str, str]:
        if not request.needs_credentials:
            return {}
        if self._credentials is None:
            raise MissingCredentialsError(
                f"{request.path} is an institutional endpoint: Figshare answers it only with the "
                f"institution's Stats credentials (HTTP Basic, not the API token). Pass "
                f"credentials=StatsCredentials(username, password) for {self._institution!r}."
            )
        return {"Authorization": self._credentials.authorization()}

    @staticmethod
    def _decode(response: httpx.Response, parse: Callable[[object], T]) -> T:
        try:
            return parse(parse_json(response))
        except FigshareError:
            raise
        except UnexpectedShapeError as error:
            raise ResponseParseError.from_response(response, f"unexpected Stats response: {error}") from None
        except Exception as error:  # whatever the body holds, reading it fails with ResponseParseError
            raise ResponseParseError.from_response(
                response, f"unexpected Stats response ({type(error).__name__})"
            ) from None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self._base_url)!r}, institution={self._institution!r}, "
            f"credentials={self._credentials!r})"
        )


class Stats(_StatsBase):
    """Views, downloads and shares from Figshare's Stats service.

    ``Stats()`` reads statistics outside any institution; ``Stats(institution="monash",
    credentials=("user", "password"))`` reads an institution's, whose timelines, breakdowns and rankings need
    the institution's HTTP Basic credentials (a totals call does not). Credentials go only to the Stats host.

    Arguments follow the URL: ``stats.timeline("day", "views", "article", 23)`` reads
    ``/timeline/day/views/article/23``.

    Args:
        base_url: the Stats service root.
        institution: the institution's portal short name (``"monash"``); None for unaffiliated statistics.
        credentials: ``StatsCredentials`` or ``(username, password)`` for the institution (never the API
            token); refused without ``institution``, or over plain http to another machine.
        core: send through this ``HTTPCore`` (the main client's, sharing its retries and rate limit).
        http_client: your own ``httpx.Client`` (left open by ``close()``); by default one is created.
        timeout: httpx's timeouts, seconds or an ``httpx.Timeout`` (default 30 s, 10 s to connect).
        max_retries: retries of connection failures, 429 and 5xx (default 3).
        retry: a full ``RetryPolicy`` instead of ``max_retries``.
        rate_limit: seconds between two requests (default 1.0), a shared ``RateLimiter``, or None: no limit.
        deadline: seconds one call may take in total (default 120; None: none); with ``core``, the core's.
        max_response_bytes: the largest Stats JSON body read (default 32 MiB; None: no cap); a larger one
            raises ``ResponseTooLargeError``. With ``core``, the core's.
        user_agent: the ``User-Agent`` of the HTTP client made here (default ``figshare-sdk-python/<version>``).
        rate_limiter: deprecated name of ``rate_limit`` (warns).

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
        core: HTTPCore | None = None,
        http_client: httpx.Client | None = None,
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
        own_settings = (http_client, timeout, max_retries, retry, rate_limit, deadline, max_response_bytes, user_agent)
        if core is not None and own_settings != _CORE_DEFAULTS:
            raise StatsArgumentError(f"pass either core or {_CORE_SETTINGS}, not both")
        settings = http_client_settings(timeout, user_agent, follow_redirects=False)
        self._owned_client = None if core is not None or http_client is not None else httpx.Client(**settings)  # type: ignore[arg-type]
        self._core = core or HTTPCore(
            http_client or cast(httpx.Client, self._owned_client),
            retry=retry_policy(max_retries, retry),
            rate_limiter=make_rate_limiter(rate_limit),
            trusted_hosts=(),
            timeout=NOT_GIVEN if http_client is None or timeout is None else timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )

    def for_institution(self, institution: str, credentials: CredentialsArg = None) -> Stats:
        """A client for ``institution``'s statistics sharing this connection, retry policy and rate limit."""
        return Stats(base_url=self._base_url, institution=institution, credentials=credentials, core=self._core)

    def total(self, counter: Counter | str, item: Item | str, item_id: int) -> int:
        """The total number of events: ``GET [/{institution}]/total/{counter}/{item}/{item_id}``.

        Never needs credentials. ``stats.total("views", "article", 23)`` -> ``231``.
        """
        return self._call(build.totals(self._institution, counter, item, item_id), parse_totals)

    @overload
    def timeline(
        self,
        granularity: Day,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[datetime.date]: ...

    @overload
    def timeline(
        self,
        granularity: Month,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[YearMonth]: ...

    @overload
    def timeline(
        self,
        granularity: Year,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[int]: ...

    @overload
    def timeline(
        self,
        granularity: WholeRangeGranularity,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[WholeRange]: ...

    @overload
    def timeline(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyTimeline: ...

    def timeline(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyTimeline:
        """Events per day, month, year or in total: ``GET [/{institution}]/timeline/{granularity}/...``.

        Keys are ``datetime.date`` (day), ``YearMonth`` (month), ``int`` (year) or ``"total"``, oldest first.
        Without dates Figshare reports the current month. ``sub_item`` (``"category"`` or ``"item_type"``)
        filters, and then needs ``sub_item_id`` (a category id, or an item type such as ``"dataset"``).
        """
        bucket = check.choice(Granularity, granularity, "granularity")
        request = build.timeline(
            self._institution,
            bucket,
            counter,
            item,
            item_id,
            start_date=start_date,
            end_date=end_date,
            sub_item=sub_item,
            sub_item_id=sub_item_id,
        )
        return cast(AnyTimeline, self._call(request, lambda body: parse_timeline(body, bucket)))

    @overload
    def breakdown(
        self,
        granularity: Day,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[datetime.date]: ...

    @overload
    def breakdown(
        self,
        granularity: Month,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[YearMonth]: ...

    @overload
    def breakdown(
        self,
        granularity: Year,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[int]: ...

    @overload
    def breakdown(
        self,
        granularity: WholeRangeGranularity,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[WholeRange]: ...

    @overload
    def breakdown(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyBreakdown: ...

    def breakdown(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyBreakdown:
        """Events per period, country and city: ``GET [/{institution}]/breakdown/{granularity}/...``.

        Figshare cuts a range longer than it allows (day and total: 1 year, month: 2 years, year: 5 years);
        this method asks for each allowed window in turn and adds the answers up, so the whole range is
        counted. A ``start_date`` without ``end_date`` runs to today. Filters as for ``timeline``.
        """
        bucket = check.choice(Granularity, granularity, "granularity")
        requests = build.breakdown(
            self._institution,
            bucket,
            counter,
            item,
            item_id,
            start_date=start_date,
            end_date=end_date,
            sub_item=sub_item,
            sub_item_id=sub_item_id,
            today=_utc_today(),
        )
        parts = [self._call(request, lambda body: parse_breakdown(body, bucket)) for request in requests]
        return cast(AnyBreakdown, merge_breakdowns(bucket, parts))

    @overload
    def top(
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
    def top(
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
    def top(
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

    def top(
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

        Without ``sub_item`` the items themselves are ranked by id (``Ranking[int]``); with ``sub_item``
        ``"category"`` (ids), ``"item_type"`` or ``"referral"`` (names, ``Ranking[str]``) the events of
        ``item_id`` are ranked by that. ``count`` places (Figshare's default: 10).
        """
        kind = None if sub_item is None else check.choice(SubItem, sub_item, "sub_item")
        request = build.top(
            self._institution,
            counter,
            item,
            item_id=item_id,
            sub_item=kind,
            count=count,
            start_date=start_date,
            end_date=end_date,
        )
        return self._call(request, lambda body: parse_ranking(body, kind))

    def count_articles(self, group_ids: Iterable[int]) -> dict[int, int]:
        """The number of public articles in each group: ``POST /count/articles`` (no credentials).

        ``stats.count_articles([327, 328])`` -> ``{327: 20, 328: 1}``.
        """
        return self._call(build.count_articles(group_ids), parse_article_counts)

    def _call(self, request: build.StatsRequest, parse: Callable[[object], T]) -> T:
        response = self._core.request(
            request.method,
            self._url(request),
            params=request.params,
            json=request.json,
            headers=self._headers(request),
            idempotent=True,
            authenticate=False,
        )
        return self._decode(response, parse)

    def close(self) -> None:
        """Close the HTTP client this object created (an injected client or core is left open)."""
        if self._owned_client is not None:
            self._owned_client.close()

    def __enter__(self) -> Stats:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStats(_StatsBase):
    """``Stats`` for asyncio: the same methods, awaited, over ``httpx.AsyncClient`` / ``AsyncHTTPCore``."""

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
        own_settings = (http_client, timeout, max_retries, retry, rate_limit, deadline, max_response_bytes, user_agent)
        if core is not None and own_settings != _CORE_DEFAULTS:
            raise StatsArgumentError(f"pass either core or {_CORE_SETTINGS}, not both")
        settings = http_client_settings(timeout, user_agent, follow_redirects=False)
        self._owned_client = None if core is not None or http_client is not None else httpx.AsyncClient(**settings)  # type: ignore[arg-type]
        self._core = core or AsyncHTTPCore(
            http_client or cast(httpx.AsyncClient, self._owned_client),
            retry=retry_policy(max_retries, retry),
            rate_limiter=make_rate_limiter(rate_limit),
            trusted_hosts=(),
            timeout=NOT_GIVEN if http_client is None or timeout is None else timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )

    def for_institution(self, institution: str, credentials: CredentialsArg = None) -> AsyncStats:
        """A client for ``institution``'s statistics sharing this connection, retry policy and rate limit."""
        return AsyncStats(base_url=self._base_url, institution=institution, credentials=credentials, core=self._core)

    async def total(self, counter: Counter | str, item: Item | str, item_id: int) -> int:
        """The total number of events (see ``Stats.total``)."""
        return await self._call(build.totals(self._institution, counter, item, item_id), parse_totals)

    @overload
    async def timeline(
        self,
        granularity: Day,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[datetime.date]: ...

    @overload
    async def timeline(
        self,
        granularity: Month,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[YearMonth]: ...

    @overload
    async def timeline(
        self,
        granularity: Year,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[int]: ...

    @overload
    async def timeline(
        self,
        granularity: WholeRangeGranularity,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Timeline[WholeRange]: ...

    @overload
    async def timeline(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyTimeline: ...

    async def timeline(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyTimeline:
        """Events per day, month, year or in total (see ``Stats.timeline``)."""
        bucket = check.choice(Granularity, granularity, "granularity")
        request = build.timeline(
            self._institution,
            bucket,
            counter,
            item,
            item_id,
            start_date=start_date,
            end_date=end_date,
            sub_item=sub_item,
            sub_item_id=sub_item_id,
        )
        return cast(AnyTimeline, await self._call(request, lambda body: parse_timeline(body, bucket)))

    @overload
    async def breakdown(
        self,
        granularity: Day,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[datetime.date]: ...

    @overload
    async def breakdown(
        self,
        granularity: Month,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[YearMonth]: ...

    @overload
    async def breakdown(
        self,
        granularity: Year,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[int]: ...

    @overload
    async def breakdown(
        self,
        granularity: WholeRangeGranularity,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> Breakdown[WholeRange]: ...

    @overload
    async def breakdown(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyBreakdown: ...

    async def breakdown(
        self,
        granularity: Granularity | str,
        counter: Counter | str,
        item: Item | str,
        item_id: int,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        sub_item: SubItem | str | None = None,
        sub_item_id: int | str | None = None,
    ) -> AnyBreakdown:
        """Events per period, country and city, long ranges split and merged (see ``Stats.breakdown``)."""
        bucket = check.choice(Granularity, granularity, "granularity")
        requests = build.breakdown(
            self._institution,
            bucket,
            counter,
            item,
            item_id,
            start_date=start_date,
            end_date=end_date,
            sub_item=sub_item,
            sub_item_id=sub_item_id,
            today=_utc_today(),
        )
        parts = [await self._call(request, lambda body: parse_breakdown(body, bucket)) for request in requests]
        return cast(AnyBreakdown, merge_breakdowns(bucket, parts))

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
        """A ranking, highest count first (see ``Stats.top``)."""
        kind = None if sub_item is None else check.choice(SubItem, sub_item, "sub_item")
        request = build.top(
            self._institution,
            counter,
            item,
            item_id=item_id,
            sub_item=kind,
            count=count,
            start_date=start_date,
            end_date=end_date,
        )
        return await self._call(request, lambda body: parse_ranking(body, kind))

    async def count_articles(self, group_ids: Iterable[int]) -> dict[int, int]:
        """The number of public articles in each group (see ``Stats.count_articles``)."""
        return await self._call(build.count_articles(group_ids), parse_article_counts)

    async def _call(self, request: build.StatsRequest, parse: Callable[[object], T]) -> T:
        response = await self._core.request(
            request.method,
            self._url(request),
            params=request.params,
            json=request.json,
            headers=self._headers(request),
            idempotent=True,
            authenticate=False,
        )
        return self._decode(response, parse)

    async def aclose(self) -> None:
        """Close the HTTP client this object created (an injected client or core is left open)."""
        if self._owned_client is not None:
            await self._owned_client.aclose()

    async def __aenter__(self) -> AsyncStats:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
