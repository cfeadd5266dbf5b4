"""Iterate over every result of a list or search operation, page by page, lazily.

Figshare paginates in three ways, and a resource method says which by its parameters:

- ``page``/``page_size`` or ``limit``/``offset`` query parameters (``client.account.articles.list``);
- the same fields inside a search body (``client.articles.search(body=ArticleSearch(...))``);
- an ``X-Cursor`` header (``GET /articles``, ``/collections``, ``/projects`` and their searches), which is
  the only way past the 9,000 results that ``offset`` can reach: the response carries a cursor, the next
  request sends it back instead of an offset.

There are no totals and no next links: a page shorter than asked for is the last one, the next offset follows
the last item of a longer one (a server that ignores ``limit``), and a page with the same items as an earlier
one (a server that ignores the page or offset) raises `ResponseParseError` instead of looping for ever.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

import httpx

from figshare._operation_arguments import PAGE_ARGUMENTS, check_page_arguments, given
from figshare._operations import capture_responses
from figshare._validate import MAX_PAGE_SIZE
from figshare.errors import InvalidArgumentTypeError, ResponseParseError, request_fields

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE
"""The largest page Figshare serves (1000): fewer requests under the one-request-per-second rate limit."""
CURSOR_HEADER = "X-Cursor"


@dataclass
class _Plan:  # how one paginated call is driven: which arguments change from page to page
    kwargs: dict[str, Any]
    in_body: bool
    by_offset: bool
    size: int
    position: int
    cursor_capable: bool
    cursor: str | None = None
    seen: set[int] = field(default_factory=set)  # hashes of the pages' ids, to stop a server that repeats them

    def arguments(self) -> dict[str, Any]:  # of the next page's call
        values: dict[str, Any] = {"limit": self.size} if self.by_offset else {"page_size": self.size}
        kwargs = dict(self.kwargs)
        if self.cursor is not None:
            kwargs["x_cursor"] = self.cursor
        elif self.by_offset:
            values["offset"] = self.position
        else:
            values["page"] = self.position
        if not self.in_body:
            return {**kwargs, **values}
        import attrs  # here, not at module level: `import figshare` and a client need no attrs until a model

        return {**kwargs, "body": attrs.evolve(kwargs["body"], **values)}

    def accept(self, page: list[Any], responses: list[httpx.Response]) -> bool:
        """Move on past ``page`` (its `responses` may carry the next cursor); False when it was the last."""
        ids = tuple(getattr(item, "id", None) for item in page)
        fingerprint = ids if ids and all(isinstance(value, int | str) for value in ids) else None  # None: no ids
        if fingerprint is not None and hash(fingerprint) in self.seen:
            raise ResponseParseError(
                "the server answered the next page with the same items as an earlier one (it ignores the page or "
                "offset): stopping instead of repeating them for ever",
                **(request_fields(responses[-1]) if responses else {}),
            )
        self.seen.add(hash(fingerprint))
        header = responses[-1].headers.get(CURSOR_HEADER) if responses else None
        if self.cursor_capable and header:
            self.cursor = header
        self.position += len(page) if self.by_offset else 1  # a server may answer more than asked for
        return len(page) >= self.size


def _plan(method: Callable[..., Any], kwargs: dict[str, Any], asynchronous: bool) -> _Plan:
    import attrs  # see `_Plan.arguments`

    if not callable(method) or inspect.iscoroutinefunction(method) is not asynchronous:  # (a coroutine: not a page)
        client = "an AsyncFigshare" if asynchronous else "a Figshare"
        raise InvalidArgumentTypeError(
            f"method must be a resource method of {client} such as client.articles.list, not {type(method).__name__}",
            argument="method",
        )
    parameters = inspect.signature(method).parameters
    body: Any = kwargs.get("body")
    in_body = attrs.has(type(body)) and not any(name in parameters for name in ("page", "limit"))
    names: Collection[str] = parameters
    source: dict[str, Any] = {name: kwargs.get(name) for name in PAGE_ARGUMENTS}
    if in_body:
        names = {field.name for field in attrs.fields(type(body))}
        source = {name: getattr(body, name) for name in PAGE_ARGUMENTS if name in names}
    supports_pages = "page" in names
    supports_offset = "offset" in names
    if not supports_pages and not supports_offset:
        raise InvalidArgumentTypeError(
            f"{getattr(method, '__qualname__', method)} is not a paginated operation", argument="method"
        )
    cursor_capable = "x_cursor" in parameters
    by_offset = supports_offset and (
        given(source.get("limit")) or given(source.get("offset")) or cursor_capable or not supports_pages
    )
    check_page_arguments(source, "body." if in_body else "")  # every given one, used or not, before any request
    if by_offset:
        size_name = "limit" if given(source.get("limit")) else "page_size"
        position = source["offset"] if given(source.get("offset")) else 0
    else:
        size_name = "page_size"
        position = source["page"] if given(source.get("page")) else 1
    requested: Any = source.get(size_name)
    size: int = requested if given(requested) else DEFAULT_PAGE_SIZE
    remaining = {key: value for key, value in kwargs.items() if key not in PAGE_ARGUMENTS}
    cursor = kwargs.get("x_cursor")
    return _Plan(remaining, in_body, by_offset, size, position, cursor_capable, cursor if given(cursor) else None)


def paginate(method: Callable[P, list[T]], /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
    """Yield every result of ``method`` (a resource method of `Figshare`), fetching pages as they are needed.

    Pass the method's own arguments; ``page_size`` (or ``limit``) sets the page size (default 1000),
    ``page`` (or ``offset``) where to start. Works for list operations and for searches, whose pagination
    fields live in ``body``.

    Example::

        for article in client.paginate(client.articles.list, published_since="2024-01-01"):
            print(article.title)

    Raises:
        figshare.InvalidArgumentError: at once, before any request: ``page_size``/``limit`` outside
            1..1000, ``page`` below 1 or ``offset`` below 0 (a `ValueError` naming the argument).
        TypeError: ``method`` is not a paginated operation of a `Figshare` (apaginate: of an `AsyncFigshare`).
    """
    return _pages(method, _plan(method, dict(kwargs), False), args)


def _pages(method: Callable[..., list[T]], plan: _Plan, args: tuple[Any, ...]) -> Iterator[T]:
    more = True
    while more:
        with capture_responses() as responses:
            page = method(*args, **plan.arguments())
        more = plan.accept(page, responses)
        yield from page


def apaginate(method: Callable[P, Awaitable[list[T]]], /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
    """`paginate` for `AsyncFigshare`: ``async for item in client.paginate(client.articles.list): ...``.

    Raises:
        figshare.InvalidArgumentError: at once, for the page arguments `paginate` refuses.
    """
    return _apages(method, _plan(method, dict(kwargs), True), args)


async def _apages(method: Callable[..., Awaitable[list[T]]], plan: _Plan, args: tuple[Any, ...]) -> AsyncIterator[T]:
    more = True
    while more:
        with capture_responses() as responses:
            page = await method(*args, **plan.arguments())
        more = plan.accept(page, responses)
        for item in page:
            yield item
