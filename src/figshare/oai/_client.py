"""``OAIClient``: the six OAI-PMH verbs, lazy list iterators and a checkpointed harvest (sync)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, Literal, TypeVar

import httpx

from figshare._http import DEFAULT_DEADLINE, NOT_GIVEN, HTTPCore, NotGiven
from figshare._options import (
    DEFAULT_RATE_LIMIT,
    LONG_TIMEOUT,
    RateLimitArg,
    http_client_settings,
    make_rate_limiter,
    renamed,
    retry_policy,
)
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare.oai import _page
from figshare.oai._base import (
    ACCEPT_XML,
    CORE_DEFAULTS,
    CORE_SETTINGS,
    Accept,
    Clock,
    accept_header,
    accept_record,
    accept_set,
    body_failure,
    checked_base_url,
    identifier_argument,
    list_query,
    page_body,
    utc_now,
)
from figshare.oai._cursor import ListCursor, ListQuery
from figshare.oai._datestamp import DateArgument, Granularity, needs_granularity
from figshare.oai._errors import BadResumptionTokenError, NoRecordsMatchError
from figshare.oai._figshare import FIGSHARE_OAI_URL
from figshare.oai._harvest import HarvestFiles, HarvestProgress, ProgressCallback
from figshare.oai._limits import DEFAULT_MAX_PAGE_BYTES, LIBXML_TEXT_LIMIT, PageLimits, read_page
from figshare.oai._models import Header, Identify, MetadataFormat, OAISet, Record, ResumptionToken
from figshare.oai._page import ItemKind, PageParser
from figshare.oai._prefetch import PagePrefetcher
from figshare.oai._xml import response_error

T = TypeVar("T")


class OAIList(Generic[T]):
    """A lazy list of OAI-PMH items: pages are fetched as iteration reaches them, each parsed once.

    Attributes:
        cursor: the harvest state (pages fetched, items delivered, pending token).
    """

    def __init__(self, items: Generator[T, None, None], cursor: ListCursor) -> None:
        self._items = items
        self.cursor = cursor

    def __iter__(self) -> Iterator[T]:
        return self._items

    def __next__(self) -> T:
        return next(self._items)

    @property
    def resumption_token(self) -> ResumptionToken | None:
        """The token of the next page, None once the list is complete."""
        return self.cursor.token

    @property
    def complete_list_size(self) -> int | None:
        """The list size the repository announced with its last token, if it did."""
        return self.cursor.complete_list_size

    def close(self) -> None:
        """Stop early: no further page is asked for, and a page fetched ahead is dropped."""
        self._items.close()

    def __repr__(self) -> str:
        return f"OAIList(verb={self.cursor.query.verb!r}, pages={self.cursor.pages}, items={self.cursor.items})"


class OAIClient:
    """An OAI-PMH 2.0 harvester, by default for Figshare (``https://api.figshare.com/v2/oai``).

    Every request goes through the SDK's HTTP core: at most one request per second by default (as Figshare
    asks), retries with backoff on network errors, 429 and 5xx (honouring ``Retry-After`` given as seconds or
    as an HTTP date, up to the policy's ``max_retry_after``), and ``BotChallengeError`` for Figshare's
    firewall challenge.

    Args:
        base_url: the repository's base URL.
        core: send through this ``HTTPCore`` (sharing its retries and rate limit with other clients).
        http_client: your own ``httpx.Client`` (left open by ``close()``); by default one is created.
        timeout: httpx's timeouts, seconds or an ``httpx.Timeout`` (default 60 s, 10 s to connect).
        max_retries: retries of connection failures, 429 and 5xx (default 3).
        retry: a full ``RetryPolicy`` instead of ``max_retries``.
        rate_limit: seconds between two requests (default 1.0), a shared ``RateLimiter``, or None: no limit.
        deadline: seconds one call may take in total (default 120; None: none).
        user_agent: the ``User-Agent`` of the client made here (default ``figshare-sdk-python/<version>``).
        granularity: the repository's datestamp granularity; by default Identify is asked the first time a
            ``datetime`` has to be written as ``from``/``until``.
        clock: the current time (aware), used to notice expired resumption tokens.
        prefetch: request the next page of a list as soon as its token is read, while the current page's
            items are handed out (at most one request ahead, within the rate limit), whenever the repository
            takes longer than a few milliseconds to answer. With it, stopping a list early may leave one page
            fetched for nothing.
        max_page_bytes, max_text_bytes: the caps on one page and on one text in it.
        rate_limiter: deprecated name of ``rate_limit`` (warns).

    Raises (from every call): ``OAIRequestError`` subclasses for OAI-PMH error conditions,
    ``OAIResponseError`` for bodies that are not safe, well-formed OAI-PMH, ``APIStatusError`` subclasses for
    HTTP errors after retries, ``BotChallengeError``, ``APIConnectionError``.
    """

    def __init__(
        self,
        base_url: str | httpx.URL = FIGSHARE_OAI_URL,
        *,
        core: HTTPCore | None = None,
        http_client: httpx.Client | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitArg = DEFAULT_RATE_LIMIT,
        deadline: float | None = DEFAULT_DEADLINE,
        user_agent: str | None = None,
        granularity: Granularity | None = None,
        clock: Clock = utc_now,
        prefetch: bool = True,
        max_page_bytes: int | None = DEFAULT_MAX_PAGE_BYTES,
        max_text_bytes: int = LIBXML_TEXT_LIMIT,
        rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN,
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self._limits = PageLimits.checked(max_page_bytes, max_text_bytes)
        rate_limit = renamed("rate_limiter", rate_limiter, "rate_limit", rate_limit, DEFAULT_RATE_LIMIT)
        if core is not None and (http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent) != (
            CORE_DEFAULTS
        ):
            raise ValueError(f"pass either core or {CORE_SETTINGS}, not both")
        settings = http_client_settings(timeout, user_agent, default_timeout=LONG_TIMEOUT, follow_redirects=False)
        self._owned_client = httpx.Client(**settings) if core is None and http_client is None else None  # type: ignore[arg-type]
        self._core = core or HTTPCore(
            http_client or self._owned_client,  # type: ignore[arg-type]
            retry=retry_policy(max_retries, retry),
            rate_limiter=make_rate_limiter(rate_limit),
            trusted_hosts=(),
            timeout=NOT_GIVEN if http_client is None or timeout is None else timeout,
            deadline=deadline,
        )
        self._granularity = granularity
        self._clock = clock
        self._prefetch = prefetch

    # -- the six verbs -----------------------------------------------------------------------------------

    def identify(self) -> Identify:
        """Identify: the repository's name, earliest datestamp, granularity and deletion policy."""
        identify = self._single(_page.IDENTIFY, {"verb": "Identify"})
        self._granularity = self._granularity or identify.granularity
        return identify

    def list_metadata_formats(self, identifier: str | int | None = None) -> list[MetadataFormat]:
        """ListMetadataFormats: the formats of the repository, or of one item (an int is a Figshare id)."""
        params = {"verb": "ListMetadataFormats"}
        if identifier is not None:
            params["identifier"] = identifier_argument(identifier)
        body, url = self._get(params, _page.METADATA_FORMATS)
        return list(self._parser(_page.METADATA_FORMATS, url).parse(body))

    def list_sets(self) -> OAIList[OAISet]:
        """ListSets: every set, lazily, across resumption tokens."""
        return self._list(ListQuery("ListSets"), _page.SETS, accept_set)

    def list_identifiers(
        self,
        metadata_prefix: str = "oai_dc",
        *,
        from_: DateArgument | None = None,
        until: DateArgument | None = None,
        set_spec: str | None = None,
    ) -> OAIList[Header]:
        """ListIdentifiers: the headers of matching items, lazily; deleted items have ``deleted=True``.

        ``noRecordsMatch`` gives an empty list. ``from_``/``until`` take datetimes (naive ones are UTC, written
        at the repository's granularity), dates or datestamp strings.
        """
        query = self._query("ListIdentifiers", metadata_prefix, from_, until, set_spec)
        return self._list(query, _page.HEADERS, accept_header)

    def list_records(
        self,
        metadata_prefix: str = "oai_dc",
        *,
        from_: DateArgument | None = None,
        until: DateArgument | None = None,
        set_spec: str | None = None,
    ) -> OAIList[Record]:
        """ListRecords: matching records, lazily; ``oai_dc`` records come with ``dublin_core`` parsed.

        ``noRecordsMatch`` gives an empty list. A refused or expired resumption token is not fatal: the
        harvest continues from the last datestamp seen, without repeating records.
        """
        query = self._query("ListRecords", metadata_prefix, from_, until, set_spec)
        return self._list(query, _page.records(metadata_prefix), accept_record)

    def get_record(self, identifier: str | int, metadata_prefix: str = "oai_dc") -> Record:
        """GetRecord: one record (an int identifier is a Figshare article id)."""
        params = {
            "verb": "GetRecord",
            "identifier": identifier_argument(identifier),
            "metadataPrefix": metadata_prefix,
        }
        return self._single(_page.records(metadata_prefix, verb="GetRecord"), params)

    # -- harvest to a file -------------------------------------------------------------------------------

    def harvest(
        self,
        *,
        to: str | os.PathLike[str],
        metadata_prefix: str = "oai_dc",
        from_: DateArgument | None = None,
        until: DateArgument | None = None,
        set_spec: str | None = None,
        verb: Literal["ListRecords", "ListIdentifiers"] = "ListRecords",
        progress: ProgressCallback | None = None,
    ) -> HarvestProgress:
        """Harvest into a JSON Lines file, one record (or header) per line, resumable after a crash.

        After every page the file is flushed to disk and a checkpoint (``<to>.checkpoint``) is replaced
        atomically. Run again with the same arguments after an interruption, it drops any lines written after
        the last checkpoint and continues from there, so no record is lost or written twice; once the
        harvest is complete, running it again does nothing. ``progress`` is called after every page.

        Raises ``CheckpointError`` when ``to`` exists without a checkpoint, or the checkpoint belongs to
        another harvest.
        """
        query = self._query(verb, metadata_prefix, from_, until, set_spec)
        kind: ItemKind[Record | Header] = _page.records(metadata_prefix) if verb == "ListRecords" else _page.HEADERS
        accept: Accept = accept_record if verb == "ListRecords" else accept_header
        with HarvestFiles.open(to, base_url=str(self.base_url), query=query) as files:
            cursor = files.cursor
            if not cursor.finished:
                for item in self._items(cursor, kind, accept, on_page=lambda: files.commit(progress)):
                    files.write(item.to_json())
            return files.progress()

    # -- plumbing ----------------------------------------------------------------------------------------

    def _query(
        self,
        verb: str,
        metadata_prefix: str,
        from_: DateArgument | None,
        until: DateArgument | None,
        set_spec: str | None,
    ) -> ListQuery:
        granularity = self.granularity() if needs_granularity(from_, until) else "YYYY-MM-DDThh:mm:ssZ"
        return list_query(
            verb,
            metadata_prefix=metadata_prefix,
            from_=from_,
            until=until,
            set_spec=set_spec,
            granularity=granularity,
        )

    def granularity(self) -> Granularity:
        """The repository's datestamp granularity (asks Identify once unless given to the constructor)."""
        if self._granularity is None:
            self.identify()
        assert self._granularity is not None
        return self._granularity

    def _list(self, query: ListQuery, kind: ItemKind[T], accept: Accept) -> OAIList[T]:
        cursor = ListCursor(query)
        return OAIList(self._items(cursor, kind, accept), cursor)

    def _items(
        self,
        cursor: ListCursor,
        kind: ItemKind[T],
        accept: Accept,
        on_page: Callable[[], None] | None = None,
    ) -> Generator[T, None, None]:
        prefetcher = PagePrefetcher(lambda params, sent: self._get(params, kind, sent), enabled=self._prefetch)

        def fetch_ahead(token: ResumptionToken) -> None:
            if cursor.would_follow(token, self._clock()):
                prefetcher.start({"verb": cursor.query.verb, "resumptionToken": token.value})

        try:
            while not cursor.finished:
                if cursor.token_expired(self._clock()):
                    cursor.restart(None, self.granularity())
                params = cursor.next_params()
                try:
                    body, url = prefetcher.get(params)
                    parser = self._parser(kind, url)
                    for item in parser.parse(body, fetch_ahead):
                        if accept(cursor, item):
                            yield item
                except NoRecordsMatchError:
                    cursor.no_records_match()
                except BadResumptionTokenError as error:
                    if "resumptionToken" not in params:
                        raise
                    cursor.restart(error, self.granularity())
                    continue
                else:
                    cursor.page_done(parser.token)
                if on_page is not None:
                    on_page()
        finally:
            prefetcher.close()

    def _single(self, kind: ItemKind[T], params: dict[str, str]) -> T:
        body, url = self._get(params, kind)
        items = list(self._parser(kind, url).parse(body))
        if len(items) != 1:
            raise response_error(f"expected one <{kind.item_name}>, found {len(items)}", url=url, body=body)
        return items[0]

    def _get(
        self, params: dict[str, str], kind: ItemKind[Any], sent: threading.Event | None = None
    ) -> tuple[bytes, str]:
        extensions = {} if sent is None else {"trace": _signal_when_sent(sent)}
        retry_number = 0
        while True:
            request = self._core.http_client.build_request(
                "GET", self.base_url, params=params, headers=ACCEPT_XML, extensions=extensions
            )
            response = self._core.send(request, raise_for_status=False, stream=True)
            try:
                body = read_page(response, self._limits)
            except httpx.TransportError as error:  # the body broke off: ask again, as the core would
                delay = self._core.retry.delay_after_error(retry_number, error, idempotent=True)
                if delay is None:
                    raise body_failure(request, error) from error
            else:
                return page_body(response, body, kind), str(response.request.url)
            finally:
                response.close()
            self._core._sleep(delay)  # the core's own (injectable) sleep between retries
            retry_number += 1

    def _parser(self, kind: ItemKind[T], url: str) -> PageParser[T]:
        return PageParser(kind, url=url, max_text_bytes=self._limits.max_text_bytes)

    # -- lifetime ----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the HTTP client the OAI client created (never one you passed in)."""
        if self._owned_client is not None:
            self._owned_client.close()

    def __enter__(self) -> OAIClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OAIClient(base_url={str(self.base_url)!r})"


def _signal_when_sent(sent: threading.Event) -> Callable[[str, dict[str, Any]], None]:
    """An httpcore ``trace`` extension that sets ``sent`` once the request has been written."""

    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            sent.set()

    return trace
