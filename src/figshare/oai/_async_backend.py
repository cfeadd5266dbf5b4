"""The asyncio side of the OAI client's I/O, which ``_async_client.py`` imports by these names.

``_sync_backend.py`` gives the same names for threads; ``make unasync`` maps the import of this module to
that one when it writes ``_client.py``. What differs between the two (a task or a worker thread fetching
ahead, an ``asyncio.Event`` or a ``threading.Event``, awaited or plain body reads) lives only here.
"""

from __future__ import annotations

from asyncio import Event
from collections.abc import Awaitable, Callable
from typing import Any

from figshare.oai._limits import aread_page as read_page
from figshare.oai._prefetch import AsyncPagePrefetcher as PagePrefetcher

__all__ = ["Event", "PagePrefetcher", "read_page", "signal_when_sent"]


def signal_when_sent(sent: Event) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """An httpcore ``trace`` extension that sets ``sent`` once the request has been written.

    Args:
        sent: the event to set.

    Returns:
        The (async) trace callback.
    """

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            sent.set()

    return trace
