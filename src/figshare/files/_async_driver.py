"""Perform the transfer protocols' effects: what the async and the sync runtime share, written once.

The driver runs a protocol generator, makes its API calls, sends upload parts and receives downloads. This
module is the async source; ``_driver.py`` is generated from it (``make unasync``). The async and the sync
runtime each subclass their driver with what really differs: running jobs in parallel, waiting,
file work in threads, reading a body straight from the connection.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpcore
import httpx

from figshare._http import AsyncHTTPCore
from figshare.errors import APIConnectionError, APIStatusError
from figshare.files._deadline import StallDetector, acall_with_deadline
from figshare.files._direct_body import DirectBody, direct_body
from figshare.files._effects import (
    CommitPartial,
    CompleteUpload,
    DeleteOwnFile,
    Effect,
    Fetch,
    FetchResult,
    FindArticlesByDoi,
    GetArticle,
    GetOwnFile,
    GetPart,
    GetUploadInfo,
    HashFile,
    InitiateLink,
    InitiateUpload,
    ListFiles,
    LockTarget,
    OpenPartial,
    PutPart,
    ResetPart,
    RunConcurrently,
    Sleep,
    Steps,
)
from figshare.files._errors import TransferInterrupted
from figshare.files._local import READ_CHUNK, read_range
from figshare.files._md5_worker import BLOCK_BYTES, hash_file
from figshare.files._partial import PartialDownload, try_lock
from figshare.files._progress import FileProgress
from figshare.files._records import (
    ArticleRef,
    RemoteFile,
    UploadInfo,
    UploadPart,
    article_ref,
    parse_part,
    parse_upload_info,
    remote_file,
)
from figshare.files._runtime_common import (
    DOWNLOAD_HEADERS,
    MAX_REDIRECTS,
    Cancellation,
    Stopped,
    apply_plan,
    araw_chunks,
    file_creator,
    file_id_from_location,
    parsed,
    plan_body,
    plan_unsatisfiable,
)

if TYPE_CHECKING:
    from figshare.files._api import AsyncFilesClient

T = TypeVar("T")


class AsyncDriver:
    """Runs protocol generators with a client (subclassed by the runtime, which supplies the hooks below).

    Args:
        client: its typed resources send the REST calls, its core the downloads.
        upload_core: sends the upload service requests.
    """

    def __init__(self, client: AsyncFilesClient, upload_core: AsyncHTTPCore) -> None:
        self._client = client
        self._upload_core = upload_core
        self._handlers: dict[type[Effect[Any]], Callable[[Any, Cancellation], Awaitable[Any]]] = {
            Sleep: self._do_sleep,
            HashFile: lambda effect, _: self._in_thread(hash_file, effect.path),
            RunConcurrently: self._run_concurrently,
            ListFiles: self._list_files,
            GetArticle: self._get_article,
            FindArticlesByDoi: self._find_articles_by_doi,
            InitiateUpload: self._initiate,
            InitiateLink: self._initiate,
            GetOwnFile: self._get_own_file,
            CompleteUpload: self._complete_upload,
            DeleteOwnFile: self._delete_own_file,
            GetUploadInfo: self._get_upload_info,
            GetPart: self._get_part,
            ResetPart: self._reset_part,
            PutPart: self._put_part,
            Fetch: self._fetch,
            LockTarget: lambda effect, _: self._in_thread(try_lock, effect.lock_path),
            OpenPartial: lambda effect, _: self._in_thread(
                PartialDownload.open, effect.temp_path, resume=effect.resume
            ),
            CommitPartial: lambda effect, _: self._in_thread(effect.partial.commit, effect.final_path),
        }

    async def run(self, steps: Steps[T], cancellation: Cancellation | None = None) -> T:
        """Drive ``steps`` to its end: perform each effect, send back its result or throw its exception."""
        cancellation = cancellation or Cancellation()
        value: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    effect = steps.throw(error) if error is not None else steps.send(value)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                if cancellation.stopped():
                    raise Stopped()
                value, error = None, None
                try:
                    value = await self._handlers[type(effect)](effect, cancellation)
                except Exception as failure:
                    error = failure
        finally:
            steps.close()

    # ---- the runtime's hooks ----

    async def _do_sleep(self, effect: Sleep, cancellation: Cancellation) -> None:
        raise NotImplementedError

    async def _run_concurrently(self, effect: RunConcurrently, parent: Cancellation) -> list[Any]:
        raise NotImplementedError

    async def _in_thread(self, function: Callable[..., T], *arguments: Any, **options: Any) -> T:
        """``function(*arguments, **options)``, in a worker thread if the runtime must not block (file work)."""
        raise NotImplementedError

    async def _write(self, partial: PartialDownload, data: bytes | memoryview, buffer: bytearray | None) -> None:
        """Append ``data`` (a view of ``buffer``, if given) to ``partial``."""
        raise NotImplementedError

    def _direct_reader(self, body: DirectBody) -> Callable[[memoryview], Awaitable[int]] | None:
        """What reads the rest of ``body`` into a view (its byte count; 0 at the end), None to read it
        through httpx."""
        raise NotImplementedError

    # ---- API calls ----

    async def _list_files(self, effect: ListFiles, _: Cancellation) -> list[RemoteFile]:
        articles = self._client.articles
        if effect.private:
            pages = self._client.paginate(self._client.account.articles.files_list, effect.article_id)
        elif effect.version is not None:
            pages = self._client.paginate(articles.version_files_list, effect.article_id, effect.version)
        else:
            pages = self._client.paginate(articles.files_list, effect.article_id)
        return [remote_file(model) async for model in pages]

    async def _get_article(self, effect: GetArticle, _: Cancellation) -> ArticleRef:
        if effect.private:
            return article_ref(await self._client.account.articles.details(effect.article_id))
        if effect.version is not None:
            return article_ref(await self._client.articles.version_details(effect.article_id, effect.version))
        return article_ref(await self._client.articles.details(effect.article_id))

    async def _find_articles_by_doi(self, effect: FindArticlesByDoi, _: Cancellation) -> list[ArticleRef]:
        return [article_ref(model) for model in await self._client.articles.list(doi=effect.doi)]

    async def _initiate(self, effect: InitiateUpload | InitiateLink, _: Cancellation) -> int:
        answer = await self._client.account.articles.upload_initiate(effect.article_id, body=file_creator(effect))
        return file_id_from_location(answer.location, effect.article_id)

    async def _get_own_file(self, effect: GetOwnFile, _: Cancellation) -> RemoteFile:
        return remote_file(await self._client.account.articles.file_details(effect.article_id, effect.file_id))

    async def _complete_upload(self, effect: CompleteUpload, _: Cancellation) -> None:
        await self._client.account.articles.upload_complete(effect.article_id, effect.file_id)

    async def _delete_own_file(self, effect: DeleteOwnFile, _: Cancellation) -> None:
        await self._client.account.articles.file_delete(effect.article_id, effect.file_id)

    # ---- upload service ----

    async def _get_upload_info(self, effect: GetUploadInfo, _: Cancellation) -> UploadInfo:
        return parsed(await self._upload_core.request("GET", effect.upload_url), parse_upload_info, "an upload")

    async def _get_part(self, effect: GetPart, _: Cancellation) -> UploadPart:
        response = await self._upload_core.request("GET", f"{effect.upload_url}/{effect.part_no}")
        return parsed(response, parse_part, "a part")

    async def _reset_part(self, effect: ResetPart, _: Cancellation) -> None:
        await self._upload_core.request("DELETE", f"{effect.upload_url}/{effect.part_no}")

    async def _put_part(self, effect: PutPart, cancellation: Cancellation) -> None:
        part, progress, limits = effect.part, effect.progress, effect.limits
        url = f"{effect.upload_url}/{part.number}"
        what = f"part {part.number}"
        detector = StallDetector(limits, what=what, method="PUT", url=url)
        given_up = threading.Event()
        sent = 0

        async def body() -> AsyncIterator[bytes]:
            nonlocal sent
            chunks = read_range(effect.path, part.start_offset, part.length, READ_CHUNK)
            try:
                while (chunk := await self._in_thread(next, chunks, None)) is not None:
                    if cancellation.aborted() or given_up.is_set():
                        raise Stopped()
                    sent += len(chunk)
                    progress.advance(len(chunk))
                    yield chunk
                    detector.advance(len(chunk))
            finally:
                await self._in_thread(chunks.close)

        request = self._upload_core.http_client.build_request(
            "PUT", url, content=body(), headers={"Content-Length": str(part.length)}
        )
        try:
            await acall_with_deadline(
                lambda: self._upload_core.send(request, idempotent=False),
                limits.part_timeout,
                what=what,
                method="PUT",
                url=url,
                discard=lambda late: late.aclose(),
                abandon=given_up.set,
            )
        except BaseException:
            given_up.set()
            progress.advance(-sent)
            raise

    # ---- downloads ----

    async def _fetch(self, effect: Fetch, cancellation: Cancellation) -> FetchResult:
        partial, progress, limits = effect.partial, effect.progress, effect.limits
        offset = partial.length
        headers = {**DOWNLOAD_HEADERS, "Range": f"bytes={offset}-"} if offset else dict(DOWNLOAD_HEADERS)
        try:
            response = await acall_with_deadline(
                lambda: self._open(effect.url, effect.params, headers),
                limits.part_timeout,
                what="the download's response",
                method="GET",
                url=effect.url,
                discard=lambda late: late.aclose(),
            )
        except APIStatusError as error:
            if error.status_code != 416:
                raise
            return apply_plan(plan_unsatisfiable(error.headers, offset), partial, progress, None)
        try:
            plan = plan_body(response.status_code, response.headers, offset)
            apply_plan(plan, partial, progress, response.headers.get("content-disposition"))
            detector = StallDetector(limits, what="the download", method="GET", url=effect.url)
            try:
                if (body := direct_body(response)) is not None and (read := self._direct_reader(body)) is not None:
                    await self._receive_direct(body, read, partial, progress, detector, cancellation)
                else:
                    await self._receive(response, partial, progress, detector, cancellation)
            except httpx.TransportError as error:
                raise TransferInterrupted(f"the transfer was interrupted: {type(error).__name__}: {error}") from error
            finally:
                await self._in_thread(partial.flush)
            return FetchResult(plan.total, response.headers.get("content-disposition"))
        finally:
            await response.aclose()

    async def _open(self, url: str, params: tuple[tuple[str, str], ...], headers: dict[str, str]) -> httpx.Response:
        """GET with the client's core, following redirects it does not follow itself (credentials only go to
        trusted hosts: the core decides per request)."""
        core = self._client.core
        request = core.http_client.build_request("GET", url, params=params or None, headers=headers)
        for _ in range(MAX_REDIRECTS):
            response = await core.send(request, stream=True)
            if not (response.is_redirect and "location" in response.headers):
                return response
            await response.aclose()
            target = response.url.join(response.headers["location"])
            request = core.http_client.build_request("GET", target, headers=headers)
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects", method="GET", url=url)

    async def _receive(
        self,
        response: httpx.Response,
        partial: PartialDownload,
        progress: FileProgress,
        detector: StallDetector,
        cancellation: Cancellation,
    ) -> None:
        """Append the body, as httpx reads it, to ``partial`` in blocks of about 1 MiB."""
        batch: list[bytes] = []
        batched = 0
        try:
            async for chunk in araw_chunks(response):
                if cancellation.aborted():
                    raise Stopped()
                detector.advance(len(chunk))
                batch.append(chunk)
                batched += len(chunk)
                if batched >= BLOCK_BYTES:
                    (ready, count), batch, batched = (batch, batched), [], 0
                    await self._write(partial, b"".join(ready), None)
                    progress.advance(count)
                    if partial.overflowing():  # longer than Figshare lists it: not read to its end
                        break
        finally:
            if batch:
                await self._write(partial, b"".join(batch), None)
                progress.advance(batched)

    async def _receive_direct(
        self,
        body: DirectBody,
        read: Callable[[memoryview], Awaitable[int]],
        partial: PartialDownload,
        progress: FileProgress,
        detector: StallDetector,
        cancellation: Cancellation,
    ) -> None:
        """Append the body to ``partial``, read from the connection straight into reused 1 MiB buffers (see
        `figshare.files._direct_body`); what arrived is kept whatever stops the transfer."""
        if body.received:
            await self._write(partial, body.received, None)
            progress.advance(len(body.received))
        remaining = body.remaining
        while remaining and not partial.overflowing():
            buffer, view = partial.block(remaining)
            filled = 0
            try:
                while filled < len(view):
                    if cancellation.aborted():
                        raise Stopped()
                    if not (count := await read(view[filled:])):
                        raise httpx.RemoteProtocolError(
                            f"the server closed the connection {remaining - filled} bytes early"
                        )
                    filled += count
                    detector.advance(count)
            except (TimeoutError, httpcore.TimeoutException) as error:
                raise httpx.ReadTimeout(str(error) or "timed out") from error
            except (httpcore.NetworkError, OSError) as error:
                raise httpx.ReadError(str(error) or type(error).__name__) from error
            finally:
                if filled:
                    await self._write(partial, view[:filled], buffer)
                    progress.advance(filled)
            remaining -= filled
