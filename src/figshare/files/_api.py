"""What the transfers need from a client: the narrow interface `Uploader`, `Downloader` and their runtimes use.

`figshare.Figshare` and `figshare.AsyncFigshare` satisfy these protocols; the files package depends on them
rather than on the clients, so the one arrow runs from the client down to the transfers (a test or another
client can drive a transfer with any object that has these members).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Protocol

from figshare._http import AsyncHTTPCore, HTTPCore


class _Articles(Protocol):
    """The article calls both a download and an upload make, on public or own articles."""

    def details(self, *args: Any, **kwargs: Any) -> Any: ...
    def files_list(self, *args: Any, **kwargs: Any) -> Any: ...


class _PublicArticles(_Articles, Protocol):
    """``client.articles``: the public article calls a download makes."""

    def version_details(self, *args: Any, **kwargs: Any) -> Any: ...
    def version_files_list(self, *args: Any, **kwargs: Any) -> Any: ...
    def list(self, *args: Any, **kwargs: Any) -> Any: ...


class _OwnArticles(_Articles, Protocol):
    """``client.account.articles``: the calls on the account's own articles an upload or download makes."""

    def file_details(self, *args: Any, **kwargs: Any) -> Any: ...
    def upload_initiate(self, *args: Any, **kwargs: Any) -> Any: ...
    def upload_complete(self, *args: Any, **kwargs: Any) -> Any: ...
    def file_delete(self, *args: Any, **kwargs: Any) -> Any: ...


class _Account(Protocol):
    @property
    def articles(self) -> _OwnArticles: ...


class _Client(Protocol):
    @property
    def base_url(self) -> str: ...
    @property
    def impersonating(self) -> int | None: ...
    @property
    def articles(self) -> _PublicArticles: ...
    @property
    def account(self) -> _Account: ...


class FilesClient(_Client, Protocol):
    """What a blocking transfer uses of its client (`figshare.Figshare` has it)."""

    @property
    def core(self) -> HTTPCore: ...
    def paginate(self, method: Callable[..., list[Any]], /, *args: Any, **kwargs: Any) -> Iterator[Any]: ...


class AsyncFilesClient(_Client, Protocol):
    """What an asyncio transfer uses of its client (`figshare.AsyncFigshare` has it)."""

    @property
    def core(self) -> AsyncHTTPCore: ...
    def paginate(
        self, method: Callable[..., Awaitable[list[Any]]], /, *args: Any, **kwargs: Any
    ) -> AsyncIterator[Any]: ...
