"""``AsyncResourceSyncClient``: discovery and lazy, typed readers over HTTP ."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import datetime

import httpx
from stream_unzip import NO_ENCRYPTION, UnzipError, async_stream_unzip

from figshare._async_core import decoded_chunks
from figshare._async_lifetime import AsyncClosing
from figshare._http import DEFAULT_DEADLINE, NOT_GIVEN, AsyncHTTPCore, NotGiven
from figshare._options import DEFAULT_RATE_LIMIT, LONG_TIMEOUT, CommonOptions, RateLimitArg, open_core, renamed
from figshare._retry import RetryPolicy
from figshare._validate import flag, local_path, optional_callable, url_text
from figshare.errors import FigshareError
from figshare.resourcesync._discovery import (
    PROBE_LIMIT,
    ROBOTS_PATH,
    WELL_KNOWN_PATH,
    SourceDescription,
    at_root,
    has_own_path,
    html_resourcesync_links,
    link_header_targets,
    robots_sitemaps,
    source_url,
)
from figshare.resourcesync._dump import DumpExtractor, StagedMember
from figshare.resourcesync._errors import DiscoveryError, DocumentError, DumpError, OtherHostError, transfer_errors
from figshare.resourcesync._model import Capability, CapabilityList, Change, DocumentInfo, Entry
from figshare.resourcesync._plan import SyncEvent, SyncPlan, SyncResult
from figshare.resourcesync._select import ChangeCollapser, change_in_window, check_capability, part_in_window
from figshare.resourcesync._verify import VerifyingWriter
from figshare.resourcesync._xml import DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_TEXT_BYTES, DocumentLimits, SitemapParser

_MAX_INDEX_DEPTH = 3


class AsyncDocument:
    """An open ResourceSync document: ``info`` is read, entries stream in as you iterate with ``async for`` (once)."""

    def __init__(
        self, info: DocumentInfo, first: list[Entry], chunks: AsyncIterator[bytes], parser: SitemapParser
    ) -> None:
        self.info = info
        self._first = first
        self._chunks = chunks
        self._parser = parser

    async def __aiter__(self) -> AsyncIterator[Entry]:
        first, self._first = self._first, []
        for entry in first:
            yield entry
        with transfer_errors(self._parser.url):
            async for chunk in self._chunks:
                for entry in self._parser.feed(chunk):
                    yield entry
        for entry in self._parser.close():
            yield entry


class AsyncResourceSyncClient(AsyncClosing):
    """Read a ResourceSync Source (1.0 or 1.1) and keep a local copy of its resources in sync.

    Args:
        http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent: the options every client
            takes, see [Client options][common-client-options] (the client made here follows redirects).
        auth: credentials, sent only to ``trusted_hosts`` (exact hosts or ``*.domain`` patterns), never to
            other hosts a document points at.
        trusted_hosts: required with ``auth``.
        min_interval, auth_hosts: deprecated names of ``rate_limit`` and ``trusted_hosts`` (warn).
        logger: where requests are logged (default: the ``figshare`` logger).
        max_document_bytes: the longest document (default 256 MiB), dump manifests included.
        max_text_bytes: the longest text, attribute or tag in a document (default 10,000,000 bytes).
            Past either, reading stops with ``DocumentTooLargeError``.
    """

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitArg = DEFAULT_RATE_LIMIT,
        deadline: float | None = DEFAULT_DEADLINE,
        auth: httpx.Auth | None = None,
        trusted_hosts: Iterable[str] | None = None,
        user_agent: str | None = None,
        logger: logging.Logger | None = None,
        max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
        max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
        min_interval: float | NotGiven | None = NOT_GIVEN,
        auth_hosts: Iterable[str] | NotGiven = NOT_GIVEN,
    ) -> None:
        self.limits = DocumentLimits(max_document_bytes, max_text_bytes)
        """The caps on one document and one text or attribute in it."""
        rate_limit = renamed("min_interval", min_interval, "rate_limit", rate_limit, DEFAULT_RATE_LIMIT)
        trusted_hosts = renamed("auth_hosts", auth_hosts, "trusted_hosts", trusted_hosts, None)
        options = CommonOptions(http_client, timeout, max_retries, retry, rate_limit, deadline, user_agent)
        self.core, self._owned_client, self._owned_core = open_core(
            AsyncHTTPCore,
            httpx.AsyncClient,
            options,
            auth=auth,
            trusted_hosts=trusted_hosts,
            default_timeout=LONG_TIMEOUT,
            logger=logger,
        )
        self.http_client = self.core.http_client

    # -- documents -----------------------------------------------------------------------------------

    @asynccontextmanager
    async def open(self, url: str) -> AsyncIterator[AsyncDocument]:
        """Open one document (no index following): ``async with client.open(url) as doc: doc.info; async for e in doc``.

        Args:
            url: the document's URL.

        Returns:
            A context manager giving the open document; its entries are read as you iterate.

        Raises:
            DocumentError: the body is not a ResourceSync/sitemap document (HTML, malformed, a DTD...).
            APIStatusError, BotChallengeError, APIConnectionError: from the HTTP layer, after retries.
        """
        async with self._stream(url) as response:
            yield await self._document(url, decoded_chunks(response))

    async def _document(self, url: str, chunks: AsyncIterator[bytes], seen: bytearray | None = None) -> AsyncDocument:
        """Read ``chunks`` up to the document's ``info`` (keeping up to ``PROBE_LIMIT`` bytes in ``seen``)."""
        parser = SitemapParser(url, self.limits)
        first: list[Entry] = []
        with transfer_errors(url):
            async for chunk in chunks:
                if seen is not None and len(seen) <= PROBE_LIMIT:
                    seen += chunk
                first += parser.feed(chunk)
                if parser.info is not None:
                    break
            else:
                first += parser.close()
        assert parser.info is not None  # feed() or close() has set it, or raised
        return AsyncDocument(parser.info, first, chunks, parser)

    async def info(self, url: str) -> DocumentInfo:
        """What a document says about itself (reads only up to its first entry).

        Args:
            url: the document's URL.

        Returns:
            Its capability, ``rs:md`` times and links.

        Raises:
            DocumentError: a body that is not a ResourceSync/sitemap document, or of another capability.
            APIStatusError, BotChallengeError, APIConnectionError: from the HTTP layer, after retries.
        """
        async with self.open(url) as document:
            return document.info

    async def entries(
        self,
        url: str,
        *capabilities: Capability,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> AsyncIterator[Entry]:
        """Entries of a document of one of ``capabilities``, following an index part by part.

        With ``since``/``until``, index parts whose ``rs:md from/until`` lie outside the window are not
        fetched (entries themselves are not filtered here).

        Args:
            url: the document's URL.
            capabilities: the capabilities accepted (none: any).
            since: skip index parts that end before this time.
            until: skip index parts that start after this time.

        Returns:
            The entries, lazily (``async for``).

        Raises:
            DocumentError: a body that is not a ResourceSync/sitemap document, or of another capability.
            APIStatusError, BotChallengeError, APIConnectionError: from the HTTP layer, after retries.
        """
        # Depth first, in document order; one generator however deep the indexes (an entry passes through two
        # generators, this one and its document's, not one more per index level).
        visited: set[str] = set()
        stack = [(url, 0)]
        while stack:
            url, depth = stack.pop()
            if url in visited:
                continue
            visited.add(url)
            async with self.open(url) as document:
                if capabilities:
                    check_capability(document.info, capabilities)
                if not document.info.is_index:
                    async for entry in document:
                        yield entry
                    continue
                parts = [part async for part in document if part_in_window(part, since, until)]
            if depth >= _MAX_INDEX_DEPTH:
                raise DocumentError(url, f"indexes are nested more than {_MAX_INDEX_DEPTH} deep")
            stack += [(part.uri, depth + 1) for part in reversed(parts)]

    # -- typed readers -------------------------------------------------------------------------------

    async def source_description(self, url: str) -> SourceDescription:
        """Read a Source Description, the document listing a Source's Capability Lists.

        Args:
            url: its URL (usually ``https://host/.well-known/resourcesync``).

        Returns:
            Its ``info`` and one entry per Capability List, each with its ``rs:ln`` links.

        Raises:
            UnexpectedCapabilityError: the document is of another capability.
            DocumentError: the body is not a ResourceSync/sitemap document.
            APIStatusError, BotChallengeError, APIConnectionError: from the HTTP layer, after retries.
        """
        return SourceDescription(url, *await self._whole(url, Capability.DESCRIPTION))

    async def capability_list(self, url: str) -> CapabilityList:
        """Read a Capability List: where the documents of each capability of one set of resources are.

        Args:
            url: the Capability List's URL (``discover`` finds it).

        Returns:
            Its ``info`` and entries; ``resource_list``, ``change_list``... name the documents' URLs.

        Raises:
            DocumentError: not a Capability List (``UnexpectedCapabilityError``), or not a sitemap at all.
            APIStatusError, BotChallengeError, APIConnectionError: from the HTTP layer, after retries.
        """
        return CapabilityList(url, *await self._whole(url, Capability.CAPABILITY_LIST))

    async def _whole(self, url: str, capability: Capability) -> tuple[DocumentInfo, tuple[Entry, ...]]:
        async with self.open(url) as document:
            check_capability(document.info, (capability,))
            return document.info, tuple([entry async for entry in document])

    def resource_list(self, url: str) -> AsyncIterator[Entry]:
        """The resources of a Resource List or Resource List Index, lazily.

        Args:
            url: the Resource List's URL.

        Returns:
            The resources (``async for``); documents are read, and errors raised, as iteration reaches them.
        """
        return self.entries(url, Capability.RESOURCE_LIST)

    async def change_list(
        self, url: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> AsyncIterator[Entry]:
        """Changes of a Change List (or index) in ``[since, until]``, lazily, in document order.

        Index parts outside the window are not fetched. Changes without a time are always included.

        Args:
            url: the document's URL.
            since: the earliest change time kept (None: no lower bound).
            until: the latest change time kept (None: no upper bound).

        Returns:
            The changes (``async for``); documents are read, and errors raised, as iteration reaches them.
        """
        async for entry in self.entries(url, Capability.CHANGE_LIST, since=since, until=until):
            if change_in_window(entry, since, until):
                yield entry

    async def latest_changes(
        self, url: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Entry]:
        """``change_list()`` collapsed to the latest change of each resource, oldest first.

        Args:
            url: the document's URL.
            since: the earliest change time kept (None: no lower bound).
            until: the latest change time kept (None: no upper bound).

        Returns:
            One change per resource, the latest, oldest first.

        Raises:
            DocumentError: a body that is not a ResourceSync/sitemap document, or of another capability.
            APIStatusError, BotChallengeError, APIConnectionError: from the HTTP layer, after retries.
        """
        collapser = ChangeCollapser()
        async for entry in self.change_list(url, since=since, until=until):
            collapser.add(entry)
        return collapser.result()

    def resource_dump(self, url: str) -> AsyncIterator[Entry]:
        """The ZIP packages of a Resource Dump (or index), each with its ``contents`` manifest link.

        Args:
            url: the Resource Dump's URL.

        Returns:
            The packages (``async for``), read as iteration reaches them.
        """
        return self.entries(url, Capability.RESOURCE_DUMP)

    async def change_dump(
        self, url: str, *, since: datetime | None = None, until: datetime | None = None
    ) -> AsyncIterator[Entry]:
        """The ZIP packages of a Change Dump (or index) that may hold changes in ``[since, until]``.

        Args:
            url: the Change Dump's URL.
            since: skip packages (and index parts) whose ``rs:md until`` is earlier (None: keep all).
            until: skip packages (and index parts) whose ``rs:md from`` is later (None: keep all).

        Returns:
            The packages (``async for``), read as iteration reaches them.
        """
        async for package in self.entries(url, Capability.CHANGE_DUMP, since=since, until=until):
            if part_in_window(package, since, until):
                yield package

    def manifest(self, url: str) -> AsyncIterator[Entry]:
        """The entries of a Resource Dump Manifest or Change Dump Manifest.

        Args:
            url: the manifest's URL.

        Returns:
            The entries (``async for``), read as iteration reaches them.
        """
        return self.entries(url, Capability.RESOURCE_DUMP_MANIFEST, Capability.CHANGE_DUMP_MANIFEST)

    # -- discovery -----------------------------------------------------------------------------------

    async def discover(self, url: str) -> SourceDescription:
        """Find a Source's Capability Lists from a portal URL, a Source Description or a Capability List.

        Tries, in order: ``url`` itself (when it has a path), ``/.well-known/resourcesync``, the
        ``Sitemap:`` lines of ``/robots.txt``, then ``Link`` headers and ``<link rel="resourcesync">``
        of the page at ``url``.

        Args:
            url: a portal URL (``https://figshare.com``), a Source Description or a Capability List.

        Returns:
            What was found: the Source Description and its Capability Lists, or (``url`` None) the one
            Capability List found directly.

        Raises:
            DiscoveryError: nothing found; ``tried`` says what was asked and what came back.
            BotChallengeError: a firewall challenge (not reported as "nothing found").
        """
        url = source_url(url)
        tried: list[str] = []
        pointers: list[str] = []
        first = [url] if has_own_path(url) else []
        for candidate in dict.fromkeys([*first, at_root(url, WELL_KNOWN_PATH)]):
            found = await self._probe(candidate, tried, pointers)
            if found is not None:
                return found
        robots_url = at_root(url, ROBOTS_PATH)
        async with self._get(robots_url, tried) as response:
            if response is not None:
                tried.append(robots_url)
                robots = await self._read_text(robots_url, decoded_chunks(response), bytearray())
                pointers += robots_sitemaps(robots, robots_url)
        if not first:
            await self._probe(url, tried, pointers)
        for candidate in dict.fromkeys(pointers):  # without repeats, in order
            found = await self._probe(candidate, tried, [])
            if found is not None:
                return found
        raise DiscoveryError(url, tried)

    async def _probe(self, url: str, tried: list[str], pointers: list[str]) -> SourceDescription | None:
        """Read ``url``: a description or capability list is returned; HTML pointers are collected."""
        async with self._get(url, tried) as response:
            if response is None:
                return None
            pointers += link_header_targets(response)
            chunks = decoded_chunks(response)
            head = bytearray()
            try:
                document = await self._document(url, chunks, head)
            except DocumentError:  # not a sitemap: look for links in the page instead
                page = await self._read_text(url, chunks, head)
                pointers += html_resourcesync_links(page, str(response.url))
                tried.append(f"{url} (not a ResourceSync document)")
                return None
            capability = document.info.capability
            if capability is Capability.CAPABILITY_LIST:
                return SourceDescription.from_capability_list(url)
            if capability is Capability.DESCRIPTION:
                return SourceDescription(url, document.info, tuple([entry async for entry in document]))
            tried.append(f"{url} (a {capability.value if capability else 'plain sitemap'}, not a description)")
            return None

    @staticmethod
    async def _read_text(url: str, chunks: AsyncIterator[bytes], body: bytearray) -> str:
        """``body`` and the rest of ``chunks``, up to ``PROBE_LIMIT`` bytes, as text."""
        with transfer_errors(url):
            async for chunk in chunks:
                body += chunk
                if len(body) > PROBE_LIMIT:
                    break
        return body.decode("utf-8", "replace")

    @asynccontextmanager
    async def _get(self, url: str, tried: list[str]) -> AsyncIterator[httpx.Response | None]:
        """The streamed response for ``url``, or None (noted in ``tried``) for an HTTP error status."""
        async with self._stream(url, raise_for_status=False) as response:
            if response.status_code < 400:
                yield response
            else:
                tried.append(f"{url} (HTTP {response.status_code})")
                yield None

    @asynccontextmanager
    async def _stream(self, url: str, *, raise_for_status: bool = True) -> AsyncIterator[httpx.Response]:
        url = url_text(url, "url")  # every document's URL passes here; only one given by the caller can be another type
        response = await self.core.request("GET", url, stream=True, raise_for_status=raise_for_status)
        try:
            yield response
        finally:
            await response.aclose()

    # -- sync ----------------------------------------------------------------------------------------

    async def sync(
        self,
        url: str,
        destination: str | os.PathLike[str],
        *,
        delete: bool = False,
        use_dumps: bool = False,
        progress: Callable[[SyncEvent], None] | None = None,
        follow_hosts: Iterable[str] = (),
    ) -> SyncResult:
        """Bring ``destination`` up to date with the Source at ``url``: every Capability List, one folder.

        * The first run takes a baseline: every resource of the Resource List (or, with ``use_dumps`` or when
          there is no Resource List, every member of the Resource Dump packages) is downloaded unless the file
          already matches.
        * Later runs read the Change List from the time the previous run saved (index parts outside the
          window are skipped), collapse it to the latest change per resource, and apply it.
        * Every body is verified against its declared length and digests while it streams and written with
          an atomic rename. Deletions (and files a new Resource List no longer has) are applied only with
          ``delete=True``; otherwise they are remembered and applied by a later run with ``delete=True``.
          Only a file a URI wrote itself is ever deleted for it.
        * Two URIs that map to one local path (``.../c/`` and ``.../c/_index``): the first keeps it, the
          second fails with ``PathCollisionError`` and is never written.
        * Resources and documents on other hosts than ``url``'s are reported failed (``OtherHostError``)
          unless ``follow_hosts`` names them (host names, ``*.domain`` patterns, or ``"*"`` for any host).
        * The state is kept in ``destination/.resourcesync/``; a run with failures does not advance it.

        Args:
            url: the Source (anything ``discover`` accepts).
            destination: the local folder.
            delete: apply deletions.
            use_dumps: take the baseline from a Resource Dump.
            progress: called with each ``SyncEvent``.
            follow_hosts: other hosts resources may be fetched from.

        Returns:
            The outcome: how many resources had each action, bytes written, failures.

        Raises:
            DiscoveryError: no Capability List found at ``url``.
            DocumentError: a document is not a ResourceSync document.
            FigshareError: the HTTP layer failed, after retries.
        """
        url = source_url(url)
        plan = SyncPlan(
            local_path(destination, "destination"),
            delete=flag(delete, "delete"),  # delete="no" must not delete
            use_dumps=flag(use_dumps, "use_dumps"),
            progress=optional_callable(progress, "progress"),
            follow_hosts=follow_hosts,
        )
        description = await self.discover(url)
        with plan.open(url):
            for entry in description.capability_lists:
                try:
                    await self._sync_capability_list(plan, entry.uri)
                except OtherHostError as error:
                    plan.fail(error.uri, error)
            plan.delete_pending()
        return plan.result

    async def _sync_capability_list(self, plan: SyncPlan, url: str) -> None:
        plan.check_host(url)
        capabilities = await self.capability_list(url)
        mode = plan.start(capabilities)
        if mode == "incremental":
            at = await self._apply_changes(plan, capabilities.change_list or "")
        else:
            at = await self._baseline(plan, mode == "baseline-dump", capabilities)
        plan.finish(at)

    async def _baseline(self, plan: SyncPlan, from_dump: bool, capabilities: CapabilityList) -> datetime | None:
        url = (capabilities.resource_dump if from_dump else capabilities.resource_list) or ""
        at = (await self.info(url)).metadata.at
        plan.state.clear_seen()
        if from_dump:
            async for package in self.resource_dump(url):
                try:
                    staged = await self._read_package(plan, package)
                except (FigshareError, httpx.HTTPError) as error:
                    plan.fail(package.uri, error)
                    continue
                for member in staged:
                    plan.commit_member(member.entry, member.writer)
        else:
            async for entry in self.resource_list(url):
                plan.state.mark_seen(entry.uri)
                await self._fetch(plan, entry)
        plan.forget_unseen()
        return at

    async def _read_package(self, plan: SyncPlan, package: Entry) -> list[StagedMember]:
        plan.check_host(package.uri)
        contents = package.link("contents")
        if contents is not None:
            plan.check_host(contents.href)
        manifest = [entry async for entry in self.manifest(contents.href)] if contents is not None else None
        extractor = DumpExtractor(package.uri, plan.staging_dir, manifest, self.limits)
        try:
            async with self._stream(package.uri) as response:
                members = async_stream_unzip(decoded_chunks(response), allowed_encryption_mechanisms=(NO_ENCRYPTION,))
                async for name, _size, chunks in members:
                    extractor.start_member(name.decode("utf-8", "replace"))
                    async for chunk in chunks:
                        extractor.write(chunk)
                    extractor.end_member()
        except UnzipError as error:
            extractor.abort()
            raise DumpError(package.uri, f"not a readable ZIP package ({type(error).__name__})") from error
        except BaseException:
            extractor.abort()
            raise
        return extractor.finish()

    async def _apply_changes(self, plan: SyncPlan, change_list: str) -> datetime | None:
        newest = since = plan.since
        for change in await self.latest_changes(change_list, since=since):
            if change.changed_at is not None and (newest is None or change.changed_at > newest):
                newest = change.changed_at
            if change.change is Change.DELETED:
                plan.deleted_at_source(change.uri)
            else:
                await self._fetch(plan, change)
        return newest

    async def _fetch(self, plan: SyncPlan, entry: Entry) -> None:
        try:
            plan.check_host(entry.uri)
            if plan.unchanged(entry):
                return
            with VerifyingWriter(entry.uri, plan.staging_dir, length=entry.length, hashes=entry.hashes) as writer:
                async with self._stream(entry.uri) as response:
                    async for chunk in decoded_chunks(response):
                        writer.write(chunk)
                plan.commit(entry, writer)
        except (FigshareError, OSError, httpx.HTTPError) as error:
            plan.fail(entry.uri, error)
