"""``AsyncOAIClient``: the six OAI-PMH verbs, lazy list iterators and a checkpointed harvest."""

from __future__ import annotations

import os
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import closing
from typing import Any, Generic, Literal, TypeVar

import httpx

from figshare._async_core import decoded_chunks
from figshare._async_lifetime import AsyncClosing
from figshare._deadline import Budget
from figshare._http import DEFAULT_DEADLINE, NOT_GIVEN, AsyncHTTPCore, NotGiven
from figshare._options import DEFAULT_RATE_LIMIT, LONG_TIMEOUT, CommonOptions, RateLimitArg, open_core, renamed
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._validate import flag, local_path, optional_callable, show
from figshare.errors import DeadlineExceededError, InvalidArgumentError
from figshare.oai import _page
from figshare.oai._base import (
    ACCEPT_XML,
    Clock,
    body_failure,
    checked_base_url,
    identifier_argument,
    page_body,
    text_argument,
    utc_now,
)
from figshare.oai._cursor import ListCursor, ListQuery
from figshare.oai._datestamp import DateArgument, Granularity, format_date_argument, needs_granularity
from figshare.oai._errors import BadResumptionTokenError, NoRecordsMatchError
from figshare.oai._figshare import FIGSHARE_OAI_URL
from figshare.oai._harvest import HarvestFiles, HarvestProgress, ProgressCallback
from figshare.oai._models import Header, Identify, MetadataFormat, OAISet, Record, ResumptionToken
from figshare.oai._page import ItemKind, PageParser
from figshare.oai._prefetch import AsyncPagePrefetcher, Signal
from figshare.oai._xml import DEFAULT_MAX_PAGE_BYTES, LIBXML_TEXT_LIMIT, PageBuffer, PageLimits, response_error

T = TypeVar("T")


class AsyncOAIList(Generic[T]):
    """A lazy list of OAI-PMH items, read with ``async for``: pages are fetched as iteration reaches them.

    Attributes:
        cursor: the harvest state (pages fetched, items delivered, pending token).
    """

    def __init__(self, items: AsyncGenerator[T, None], cursor: ListCursor) -> None:
        self._items = items
        self.cursor = cursor

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items

    async def __anext__(self) -> T:
        return await self._items.__anext__()

    @property
    def resumption_token(self) -> ResumptionToken | None:
        """The token of the next page, None once the list is complete."""
        return self.cursor.token

    @property
    def complete_list_size(self) -> int | None:
        """The list size the repository announced with its last token, if it did."""
        return self.cursor.complete_list_size

    async def aclose(self) -> None:
        """Stop early: no further page is asked for, and a page fetched ahead is dropped."""
        await self._items.aclose()

    def __repr__(self) -> str:
        return f"AsyncOAIList(verb={self.cursor.query.verb!r}, pages={self.cursor.pages}, items={self.cursor.items})"


class AsyncOAIClient(AsyncClosing):
    """An OAI-PMH 2.0 harvester, by default for Figshare (``https://api.figshare.com/v2/oai``).

    Every request goes through the SDK's HTTP core: at most one request per second by default (as Figshare
    asks), retries with backoff on network errors, 429 and 5xx (honouring ``Retry-After`` given as seconds or
    as an HTTP date, up to the policy's ``max_retry_after``), and ``BotChallengeError`` for Figshare's
    firewall challenge.

    Args:
        base_url: the repository's base URL.
        core: send through this ``AsyncHTTPCore`` (sharing its retries and rate limit with other clients); the
            common options are then the core's and must be left out.
        http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent: the options every client
            takes, see [Client options][common-client-options] (the client made here follows redirects, such as
            a repository's move to https); ``rate_limiter`` is the old name of ``rate_limit``.
        granularity: the repository's datestamp granularity; by default Identify is asked the first time a
            ``datetime`` has to be written as ``from``/``until``.
        clock: the current time (aware), used to notice expired resumption tokens.
        prefetch: request the next page of a list as soon as its token is read, while the current page's
            items are handed out (at most one request ahead, within the rate limit), whenever both the
            repository's answers and your reading of a page take more than a few milliseconds. With it,
            stopping a list early may leave one page fetched for nothing.
        max_page_bytes: the largest page read (default 32 MiB; None: no cap).
        max_text_bytes: the longest text node or attribute in a page (default 10,000,000 bytes, also the most).
            Past either, reading stops with ``OAIResponseTooLargeError``.

    Raises (from every call): ``OAIRequestError`` subclasses for OAI-PMH error conditions,
    ``OAIResponseError`` for bodies that are not safe, well-formed OAI-PMH, ``APIStatusError`` subclasses for
    HTTP errors after retries, ``BotChallengeError``, ``APIConnectionError``.
    """

    def __init__(
        self,
        base_url: str | httpx.URL = FIGSHARE_OAI_URL,
        *,
        core: AsyncHTTPCore | None = None,
        http_client: httpx.AsyncClient | None = None,
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
        self._limits = PageLimits(max_page_bytes, max_text_bytes)
        rate_limit = renamed("rate_limiter", rate_limiter, "rate_limit", rate_limit, DEFAULT_RATE_LIMIT)
        options = CommonOptions(http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent)
        self._core, self._owned_client, self._owned_core = open_core(
            AsyncHTTPCore, httpx.AsyncClient, options, core=core, default_timeout=LONG_TIMEOUT
        )
        self._granularity = granularity
        self._clock = clock
        self._prefetch = flag(prefetch, "prefetch")

    # -- the six verbs -----------------------------------------------------------------------------------

    async def identify(self) -> Identify:
        """Identify: the repository's name, earliest datestamp, granularity and deletion policy.

        Returns:
            The repository's ``Identify`` answer (its granularity is remembered for ``from_``/``until``).

        Raises:
            OAIRequestError: an OAI-PMH error condition (a subclass per code).
            OAIResponseError: a body that is not safe, well-formed OAI-PMH.
            FigshareError: the HTTP call failed (see the class).
        """
        identify = await self._single(_page.IDENTIFY, {"verb": "Identify"})
        self._granularity = self._granularity or identify.granularity
        return identify

    async def list_metadata_formats(self, identifier: str | int | None = None) -> list[MetadataFormat]:
        """ListMetadataFormats: the formats of the repository, or of one item.

        Args:
            identifier: an item's OAI identifier (an int is a Figshare article id); None for the repository's.

        Returns:
            The metadata formats.

        Raises:
            OAIRequestError: an OAI-PMH error condition (a subclass per code).
            OAIResponseError: a body that is not safe, well-formed OAI-PMH.
            FigshareError: the HTTP call failed (see the class).
        """
        params = {"verb": "ListMetadataFormats"}
        if identifier is not None:
            params["identifier"] = identifier_argument(identifier)
        body, url = await self._get(params, _page.METADATA_FORMATS)
        return list(self._parser(_page.METADATA_FORMATS, url).parse(body))

    def list_sets(self) -> AsyncOAIList[OAISet]:
        """ListSets: every set, lazily, across resumption tokens.

        Returns:
            A lazy list (``async for``); pages are asked for, and errors raised, as iteration reaches them.
        """
        return self._list(ListQuery("ListSets"), _page.SETS)

    async def list_identifiers(
        self,
        metadata_prefix: str = "oai_dc",
        *,
        from_: DateArgument | None = None,
        until: DateArgument | None = None,
        set_spec: str | None = None,
    ) -> AsyncOAIList[Header]:
        """ListIdentifiers: the headers of matching items, lazily; deleted items have ``deleted=True``.

        ``noRecordsMatch`` gives an empty list. ``from_``/``until`` take datetimes (naive ones are UTC, written
        at the repository's granularity), dates or datestamp strings.

        Args:
            metadata_prefix: list only the items the repository can give in this format (``oai_dc``...).
            from_: list only items whose datestamp (last change) is at or after this one.
            until: ... and at or before this one.
            set_spec: list only the items of this set (e.g. ``portal_set(63)``).

        Returns:
            A lazy list of ``Header`` (``async for``), its ``cursor`` telling pages and items so far.

        Raises:
            CannotDisseminateFormatError: the repository has no ``metadata_prefix``.
            OAIRequestError: another OAI-PMH error condition (a subclass per code).
            OAIResponseError: a page that is not safe, well-formed OAI-PMH.
            FigshareError: an HTTP call failed (see the class).
        """
        query = await self._query("ListIdentifiers", metadata_prefix, from_, until, set_spec)
        return self._list(query, _page.HEADERS)

    async def list_records(
        self,
        metadata_prefix: str = "oai_dc",
        *,
        from_: DateArgument | None = None,
        until: DateArgument | None = None,
        set_spec: str | None = None,
    ) -> AsyncOAIList[Record]:
        """ListRecords: matching records, lazily; ``oai_dc`` records come with ``dublin_core`` parsed.

        ``noRecordsMatch`` gives an empty list. A refused or expired resumption token is not fatal: the
        harvest continues from the last datestamp seen, without repeating records.

        Args:
            metadata_prefix: the format of the metadata: ``oai_dc`` records carry ``dublin_core``, ``oai_datacite``
                ones are read with ``Record.datacite()``, any other stays raw XML in ``Record.metadata``.
            from_: the earliest datestamp.
            until: the latest datestamp.
            set_spec: a set to harvest from.

        Returns:
            A lazy list of records (``async for``).

        Raises:
            OAIRequestError: an OAI-PMH error condition (a subclass per code).
            OAIResponseError: a body that is not safe, well-formed OAI-PMH.
            FigshareError: the HTTP call failed (see the class).
        """
        query = await self._query("ListRecords", metadata_prefix, from_, until, set_spec)
        return self._list(query, _page.records(metadata_prefix))

    async def get_record(self, identifier: str | int, metadata_prefix: str = "oai_dc") -> Record:
        """GetRecord: one record.

        Args:
            identifier: the item's OAI identifier (an int is a Figshare article id).
            metadata_prefix: the metadata format.

        Returns:
            The record.

        Raises:
            OAIRequestError: an OAI-PMH error condition (a subclass per code).
            OAIResponseError: a body that is not safe, well-formed OAI-PMH.
            FigshareError: the HTTP call failed (see the class).
        """
        params = {
            "verb": "GetRecord",
            "identifier": identifier_argument(identifier),
            "metadataPrefix": text_argument(metadata_prefix, "metadata_prefix"),
        }
        return await self._single(_page.records(metadata_prefix, verb="GetRecord"), params)

    # -- harvest to a file -------------------------------------------------------------------------------

    async def harvest(
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
        harvest is complete, running it again does nothing.

        Args:
            to: the JSON Lines file.
            metadata_prefix: the metadata format.
            from_: the earliest datestamp.
            until: the latest datestamp.
            set_spec: a set to harvest from.
            verb: ``"ListRecords"`` (records) or ``"ListIdentifiers"`` (headers).
            progress: called with a ``HarvestProgress`` after every page.

        Returns:
            Where the harvest stands (records written, pages fetched, whether the list is finished).

        Raises:
            CheckpointError: ``to`` exists without a checkpoint, or another harvest already wrote to it.
            OAIRequestError: an OAI-PMH error condition.
            OAIResponseError: a body that is not safe, well-formed OAI-PMH.
            FigshareError: the HTTP call failed (see the class).
        """
        output = local_path(to, "to")
        if verb not in ("ListRecords", "ListIdentifiers"):
            raise InvalidArgumentError(
                f"verb must be 'ListRecords' or 'ListIdentifiers', got {show(verb)}", argument="verb"
            )
        optional_callable(progress, "progress")
        query = await self._query(verb, metadata_prefix, from_, until, set_spec)
        kind: ItemKind[Record | Header] = _page.records(metadata_prefix) if verb == "ListRecords" else _page.HEADERS
        with closing(HarvestFiles.open(output, base_url=str(self.base_url), query=query)) as files:
            cursor = files.cursor
            if not cursor.finished:
                async for item in self._items(cursor, kind, on_page=lambda: files.commit(progress)):
                    files.write(item.to_json())
            return files.progress()

    # -- plumbing ----------------------------------------------------------------------------------------

    async def granularity(self) -> Granularity:
        """The repository's datestamp granularity (asks Identify once unless given to the constructor)."""
        return self._granularity or (await self.identify()).granularity

    async def _query(
        self,
        verb: str,
        metadata_prefix: str,
        from_: DateArgument | None,
        until: DateArgument | None,
        set_spec: str | None,
    ) -> ListQuery:
        text_argument(metadata_prefix, "metadata_prefix")
        if set_spec is not None:
            text_argument(set_spec, "set_spec")
        granularity = await self.granularity() if needs_granularity(from_, until) else "YYYY-MM-DDThh:mm:ssZ"
        from_, until = (
            None if date is None else format_date_argument(date, granularity, name)
            for date, name in ((from_, "from_"), (until, "until"))
        )
        return ListQuery(verb, metadata_prefix, from_, until, set_spec)

    def _list(self, query: ListQuery, kind: ItemKind[T]) -> AsyncOAIList[T]:
        cursor = ListCursor(query)
        return AsyncOAIList(self._items(cursor, kind), cursor)

    async def _items(
        self, cursor: ListCursor, kind: ItemKind[T], on_page: Callable[[], None] | None = None
    ) -> AsyncGenerator[T, None]:
        prefetcher = AsyncPagePrefetcher(lambda params, sent: self._get(params, kind, sent), enabled=self._prefetch)

        def fetch_ahead(token: ResumptionToken, before_parse: bool = False) -> None:
            if cursor.would_follow(token, self._clock()):
                params = {"verb": cursor.query.verb, "resumptionToken": token.value}
                prefetcher.start(params, before_parse=before_parse)

        try:
            while not cursor.finished:
                if cursor.token_expired(self._clock()):
                    cursor.restart(None, await self.granularity())
                params = cursor.next_params()
                try:
                    body, url = await prefetcher.get(params)
                    parser = self._parser(kind, url)
                    guess = parser.peek_token(body)  # the parse below confirms it (or asks for its own)
                    if guess is not None:
                        fetch_ahead(guess, before_parse=True)
                    for item in parser.parse(body, fetch_ahead):
                        if prefetcher.unsettled:
                            await prefetcher.settle()
                        if cursor.accept(item):
                            yield item
                except NoRecordsMatchError:
                    cursor.no_records_match()
                except BadResumptionTokenError as error:
                    if "resumptionToken" not in params:
                        raise
                    cursor.restart(error, await self.granularity())
                    continue
                else:
                    cursor.page_done(parser.token)
                if on_page is not None:
                    on_page()
        finally:
            prefetcher.close()

    async def _single(self, kind: ItemKind[T], params: dict[str, str]) -> T:
        body, url = await self._get(params, kind)
        items = list(self._parser(kind, url).parse(body))
        if len(items) != 1:
            raise response_error(f"expected one <{kind.item_name}>, found {len(items)}", url=url, body=body)
        return items[0]

    async def _get(self, params: dict[str, str], kind: ItemKind[Any], sent: Signal | None = None) -> tuple[bytes, str]:
        async def trace(event: str, info: dict[str, Any]) -> None:  # httpcore's; tells when the request is out
            if sent is not None and event.endswith("send_request_body.complete"):
                sent.set()

        extensions = {} if sent is None else {"trace": trace}
        retry_number = 0
        while True:
            request = self._core.http_client.build_request(
                "GET", self.base_url, params=params, headers=ACCEPT_XML, extensions=extensions
            )
            response = await self._core.send(request, raise_for_status=False, stream=True)
            budget = Budget(self._core.deadline)  # the core's covered the wait for the answer; this, its body
            try:
                page = PageBuffer(response, self._limits.max_page_bytes)
                async for chunk in decoded_chunks(response):
                    page.add(chunk)
                    if budget.expired():
                        raise DeadlineExceededError(deadline=budget.seconds, method="GET", url=request.url)
            except httpx.TransportError as error:  # the body broke off: ask again, as the core would
                delay = self._core.retry.delay_after_error(retry_number, error, idempotent=True)
                if delay is None:
                    raise body_failure(request, error) from error
            else:
                return page_body(response, page.body(), kind), str(response.request.url)
            finally:
                await response.aclose()
            await self._core._sleep(delay)  # the core's own (injectable) sleep between retries
            retry_number += 1

    def _parser(self, kind: ItemKind[T], url: str) -> PageParser[T]:
        return PageParser(kind, url=url, max_text_bytes=self._limits.max_text_bytes)

    def __repr__(self) -> str:
        return f"AsyncOAIClient(base_url={str(self.base_url)!r})"
