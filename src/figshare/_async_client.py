"""`AsyncFigshare`: the entry point to the REST API v2 (and, generated from this module, `Figshare`).

Every operation of the API is a typed method on a resource named after its URL (``client.articles.details``,
``client.account.articles.create``); the resources are generated from the spec (``figshare_api.resources``),
this module supplies what sends them: authentication, retries, rate limiting, error mapping, pagination and
impersonation.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from functools import cached_property
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import httpx

from figshare import _validate
from figshare._async_lifetime import AsyncClosing
from figshare._client_settings import BASE_URL_VARIABLE, TOKEN_VARIABLE, _describe, _Settings, settings, with_options
from figshare._http import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    NOT_GIVEN,
    AsyncHTTPCore,
    NotGiven,
    TimeoutArg,
)
from figshare._lazy_transport import lazy_async_transport
from figshare._operations import AsyncOperationRequester
from figshare._options import DEFAULT_RATE_LIMIT, RateLimitArg, http_client_for, renamed
from figshare._pagination import apaginate
from figshare._ratelimit import RateLimiter
from figshare._retry import RetryPolicy
from figshare._secrets import Secret
from figshare_api.resources import AsyncResources

if TYPE_CHECKING:
    from figshare_api_v3.resources import AsyncResources as AsyncV3Resources
    from typing_extensions import Unpack

    from figshare.files import DownloadedFile, ProgressCallback, UploadedFile
    from figshare.files._download_protocol import DownloadTarget
    from figshare.files._upload_protocol import UploadTarget
    from figshare.stats import AsyncStats

__all__ = ["BASE_URL_VARIABLE", "TOKEN_VARIABLE", "AsyncFigshare"]  # the variables: for figshare.fs

P = ParamSpec("P")
T = TypeVar("T")


class AsyncFigshare(AsyncResources, AsyncClosing):
    """The Figshare REST API v2.

    Args:
        token: a personal token (or OAuth2 access token), sent as ``Authorization: token <TOKEN>``, and only to
            Figshare's hosts. Default: ``$FIGSHARE_TOKEN`` (not read when ``auth`` is given); without one the
            client is anonymous and can use the public endpoints only.
        base_url: the API root. Default: ``$FIGSHARE_BASE_URL``, else ``https://api.figshare.com/v2``
            (staging: ``https://api.figsh.com/v2``; a local mock such as ``http://127.0.0.1:4010``).
        v3_base_url: the root of the v3 "items" API used by `v3`. Default: ``$FIGSHARE_V3_BASE_URL``, else
            `base_url` with its ``/v2`` replaced by ``/v3``.
        timeout: httpx's timeouts: seconds (or an `httpx.Timeout`) for each network operation (connecting,
            one read, one write); default 30 s (10 s to connect). With `http_client`, applied to its requests.
        deadline: seconds one call may take in total: every attempt, reading the body, and the waits between
            retries (not the waits for the rate limiter); default 120; None for no deadline. Passing it raises
            `figshare.DeadlineExceededError` (an `APITimeoutError`), even against a server that sends one
            byte a second.
        max_response_bytes: the largest response body read into memory (default 32 MiB); a larger one
            raises `figshare.ResponseTooLargeError` as soon as it passes the cap. None: no cap.
        max_retries: retries of a failed idempotent request (connection errors, 429, 5xx); default 3.
        retry: a full `RetryPolicy` instead of `max_retries` (e.g. to also retry POST).
        rate_limit: minimum seconds between two requests (default 1.0, as Figshare asks); None or 0 turns it
            off; or a `RateLimiter` to share with other clients (threads and asyncio tasks alike).
        http_client: your own `httpx.AsyncClient` (proxies, certificates, transports), used as-is and not closed.
        auth: an `httpx.Auth` instead of `token`, e.g. `figshare.OAuth2Auth`, which refreshes on 401.
        trusted_hosts: hosts credentials may be sent to (default: the API host, ``*.figshare.com``,
            ``*.figsh.com``); never to others, such as a storage redirect.
        user_agent: the ``User-Agent`` of the HTTP client made here (default ``figshare-sdk-python/<version>``).
        rate_limiter: deprecated name of `rate_limit` (warns).

    Raises:
        figshare.InvalidArgumentError: an argument (or ``$FIGSHARE_TOKEN``, ``$FIGSHARE_BASE_URL``) is not
            usable: a token with whitespace or control characters inside it, a base URL without ``http(s)://``, with
            a ``?query``, or plain ``http://`` to another machine with credentials, a negative, infinite or NaN number.
        figshare.InvalidArgumentTypeError: an argument of the wrong type (a `TypeError`).

    Use it as a context manager, or call `aclose()`; a closed client raises `figshare.ClientClosedError`::

        async with AsyncFigshare() as client:
            article = await client.articles.details(12345)
    """

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        base_url: str | None = None,
        v3_base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitArg = DEFAULT_RATE_LIMIT,
        http_client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        trusted_hosts: Iterable[str] | None = None,
        user_agent: str | None = None,
        rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN,
    ) -> None:
        old_rate_limit = NOT_GIVEN if rate_limiter is None else rate_limiter  # None was its default in 0.1
        rate_limit = renamed("rate_limiter", old_rate_limit, "rate_limit", rate_limit, DEFAULT_RATE_LIMIT)
        checked = settings(
            token=token,
            base_url=base_url,
            v3_base_url=v3_base_url,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
            auth=auth,
            trusted_hosts=trusted_hosts,
            timeout=NOT_GIVEN if http_client is None or timeout is None else timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        http_client, owned = http_client_for(
            httpx.AsyncClient, http_client, timeout=timeout, user_agent=user_agent, transport=lazy_async_transport()
        )
        self._init(checked, http_client, owned=owned, impersonate=None)

    def _init(
        self, settings: _Settings, http_client: httpx.AsyncClient, *, owned: bool, impersonate: int | None
    ) -> None:
        self._settings = settings
        self._http_client = http_client
        self._owned_client = http_client if owned else None
        self.impersonating = impersonate
        self._core = self._owned_core = AsyncHTTPCore(  # its own, even when derived: closed with it
            http_client,
            retry=settings.retry,
            rate_limiter=settings.rate_limiter,
            auth=settings.auth,
            trusted_hosts=settings.trusted_hosts,
            timeout=settings.timeout,
            deadline=settings.deadline,
            max_response_bytes=settings.max_response_bytes,
        )
        super().__init__(AsyncOperationRequester(self._core, settings.base_url, impersonate))

    @property
    def base_url(self) -> str:
        """The API root requests go to."""
        return self._settings.base_url

    @property
    def core(self) -> AsyncHTTPCore:
        """The HTTP core (retries, rate limit, auth, errors) this client sends with; other clients can share it."""
        return self._core

    def impersonate(self, account_id: int) -> AsyncFigshare:
        """A client that acts for ``account_id`` (institution administrators only).

        Figshare takes ``impersonate=<account_id>`` in the query of GET and DELETE requests and in the JSON body
        of POST and PUT requests; the returned client adds it to every API request. It shares this client's
        connection, credentials and rate limit; closing it does not close this one.
        """
        clone = object.__new__(AsyncFigshare)
        account = _validate.path_id(account_id, "account_id")
        clone._init(self._settings, self._http_client, owned=False, impersonate=account)
        return clone

    def with_options(
        self,
        *,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> AsyncFigshare:
        """A client with other limits for some calls, sharing this one's connections, credentials and rate limit.

        Options left out keep this client's values; closing the returned client does not close this one::

            await client.with_options(deadline=600, max_retries=0).account.articles.list(page_size=1000)

        Args:
            timeout: httpx's per-operation timeouts (seconds or an `httpx.Timeout`; None: none).
            deadline: seconds each call may take in total (None: no deadline).
            max_retries: retries of a failed idempotent request.
            retry: a whole `RetryPolicy` instead of `max_retries`.
            max_response_bytes: the largest response body read into memory (None: no cap).

        Returns:
            An `AsyncFigshare` with the same impersonation, connection pool, credentials and rate limiter.

        Raises:
            figshare.InvalidArgumentError, figshare.InvalidArgumentTypeError: a value out of range or of the
                wrong type.
        """
        derived = with_options(self._settings, timeout, deadline, max_retries, retry, max_response_bytes)
        clone = object.__new__(AsyncFigshare)
        clone._init(derived, self._http_client, owned=False, impersonate=self.impersonating)
        return clone

    def paginate(
        self, method: Callable[P, Awaitable[list[T]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[T]:
        """Yield every result of a list or search method, fetching pages lazily (see `figshare.apaginate`).

        Example::

            async for article in client.paginate(client.account.articles.list, page_size=100):
                ...
        """
        return apaginate(method, *args, **kwargs)

    @cached_property
    def stats(self) -> AsyncStats:
        """The Stats API (stats.figshare.com), sharing this client's connection, retries and rate limit."""
        from figshare.stats import AsyncStats

        return AsyncStats(core=self._core)

    @cached_property
    def v3(self) -> AsyncV3Resources:
        """The v3 "items" API (``await client.v3.items.details(item_id)``), sharing this client's connection,
        credentials, retries, rate limit and impersonation."""
        from figshare_api_v3.resources import AsyncResources

        return AsyncResources(AsyncOperationRequester(self._core, self._settings.v3_base_url, self.impersonating))

    async def upload(
        self,
        article_id: int,
        path: str | os.PathLike[str] | None = None,
        *,
        concurrency: int = 4,
        skip_existing: bool = True,
        state_dir: str | os.PathLike[str] | None = None,
        processing_timeout: float = 600.0,
        progress: ProgressCallback | bool | None = None,
        part_timeout: float = 900.0,
        stall_timeout: float = 60.0,
        min_speed: float = 1024.0,
        **target: Unpack[UploadTarget],
    ) -> list[UploadedFile]:
        """Upload a file, every file of a folder, or a link-only file to an article; resumable and verified.

        Each file is initiated with its name, size and md5 (files of a folder keep their sub-folders as
        ``folder_path``), its parts are sent in parallel straight from disk (memory stays flat), the file is
        completed, and the call returns once Figshare reports it ``available`` with a ``computed_md5`` equal
        to the local md5. Files the article already has with the same name, folder and md5 are skipped.

        Interrupted (crash, Ctrl-C, network)? Run the same call again: a small state file remembers the
        upload, parts the service already has are not sent again, locked parts are waited for (and reset
        when stale). `figshare.files.Uploader(client).abandon(article_id, path)` gives an upload up and
        deletes its half-made file record.

        Args:
            article_id: the article (yours, or the impersonated account's).
            path: a file, or a folder (every file under it).
            link: instead of a path, the URL of a link-only file.
            name: the name on Figshare of a single file (default: its file name).
            folder_path: the Figshare folder of a single file; for a folder, the folder its contents go to
                (default: the folder's name; ``""`` for the top level).
            concurrency: parts sent at the same time.
            skip_existing: skip files already on the article with the same name, folder and md5.
            state_dir: where upload states are kept (default: the user state folder).
            processing_timeout: seconds to wait per file for Figshare's check.
            progress: a callback receiving `figshare.files.TransferProgress` events, or True for a progress
                bar (needs ``rich``: ``pip install 'figshare-sdk[progress]'``).
            part_timeout: seconds one part may take, its body and the service's answer (then it is tried
                again, up to 5 attempts).
            stall_timeout, min_speed: a part going at fewer than ``min_speed`` bytes per second, on average over
                ``stall_timeout`` seconds, is cut off and tried again (`figshare.files.TransferStalledError`).

        Returns:
            One `figshare.files.UploadedFile` per file, in order (status ``uploaded``, ``resumed``,
            ``skipped`` or ``linked``).

        Raises:
            figshare.files.UploadError: a part kept failing, Figshare did not verify the file in time
                (`ProcessingTimeoutError`), or the local file changed; running the call again resumes.
            figshare.files.ChecksumMismatchError: Figshare's ``computed_md5`` differs from the local md5.
            figshare.APIStatusError: a REST call failed (for example 404: not your article).
        """
        from figshare.files import AsyncUploader

        return await AsyncUploader(
            self,
            concurrency=concurrency,
            skip_existing=skip_existing,
            state_dir=state_dir,
            processing_timeout=processing_timeout,
            progress=progress,
            part_timeout=part_timeout,
            stall_timeout=stall_timeout,
            min_speed=min_speed,
        ).upload(article_id, path, **target)

    async def download(
        self,
        file_id: int | None = None,
        *,
        dest: str | os.PathLike[str] = ".",
        concurrency: int = 4,
        overwrite: bool = False,
        progress: ProgressCallback | bool | None = None,
        lock_wait: float = 600.0,
        part_timeout: float = 900.0,
        stall_timeout: float = 60.0,
        min_speed: float = 1024.0,
        **target: Unpack[DownloadTarget],
    ) -> list[DownloadedFile]:
        """Download a file, an article's files (or its zip), or those of a DOI's exact version; verified.

        Files come from ``<base_url>/file/download/<id>`` (never ``figshare.com/ndownloader``, which answers
        scripts with a bot challenge), stream into a temporary file next to their final path, continue with
        ``Range`` after an interruption (also in a later run), are checked against Figshare's md5
        (``computed_md5``, else ``supplied_md5``) and only then renamed to their final name. The token goes
        to Figshare's hosts only, never to the storage host downloads redirect to. Server-provided names can
        never write outside ``dest``.

        Args:
            file_id: a file to download; with ``article_id``, one file of that article (verified); alone, it is
                named by the server and verified only against ``md5``.
            article_id: an article: all its files (your own article's current files when the client is
                authenticated and owns it, else the public ones), in their folders.
            doi: a DOI (``10.6084/m9.figshare.123.v2``, ``https://doi.org/...``): the files of exactly that
                version (the latest one for a DOI without ``.v<n>``).
            version: with ``article_id``, a public version.
            private_link: the key of a private link, with ``file_id`` alone.
            as_zip: the article's files as one zip (``<article_id>.zip``; not md5-verifiable).
            md5: the expected md5 of a file downloaded by ``file_id`` alone.
            dest: the destination folder (created if needed).
            concurrency: files downloaded at the same time.
            overwrite: replace files at the final paths that differ (or cannot be checked).
            progress: a callback receiving `figshare.files.TransferProgress` events, or True for a bar.
            lock_wait: seconds to wait while another process downloads the same file to the same folder (then
                `figshare.files.DownloadInProgressError`); once it is done, its file is checked and skipped.
            part_timeout: seconds to wait for a download's response to begin (each attempt).
            stall_timeout, min_speed: a body arriving at fewer than ``min_speed`` bytes per second, on average
                over ``stall_timeout`` seconds, is cut off and tried again (`figshare.files.TransferStalledError`).

        Returns:
            One `figshare.files.DownloadedFile` per file (status ``downloaded``, ``resumed`` or ``skipped``).

        Raises:
            figshare.files.ChecksumMismatchError: the bytes do not have the expected md5 (nothing is kept).
            figshare.files.DestinationExistsError: a different file has the final name (see ``overwrite``).
            figshare.files.UnsafePathError: a server-provided name would leave ``dest``.
            figshare.files.DownloadError: the transfer kept failing (the partial file is kept for resuming).
            figshare.files.DownloadInProgressError: another process kept downloading the same file past
                ``lock_wait``.
            figshare.BotChallengeError, figshare.APIStatusError: Figshare refused the request.
        """
        from figshare.files import AsyncDownloader

        return await AsyncDownloader(
            self,
            concurrency=concurrency,
            overwrite=overwrite,
            progress=progress,
            lock_wait=lock_wait,
            part_timeout=part_timeout,
            stall_timeout=stall_timeout,
            min_speed=min_speed,
        ).download(file_id, dest=dest, **target)

    async def aclose(self) -> None:
        """Close this client: later calls raise `figshare.ClientClosedError`.

        The HTTP connection pool is closed too, unless it was passed in as `http_client` or is shared with the
        client this one was derived from (`impersonate`, `with_options`).
        """
        await super().aclose()

    def __repr__(self) -> str:
        return _describe(self)
