"""The threaded side of the OAI client's I/O, which the generated ``_client.py`` imports by these names.

The twin of ``_async_backend.py`` (see there): a worker thread fetches the next page ahead, and the body is
read without awaiting.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Event
from typing import Any

from figshare.oai._limits import read_page
from figshare.oai._prefetch import PagePrefetcher

__all__ = ["Event", "PagePrefetcher", "read_page", "signal_when_sent"]


def signal_when_sent(sent: Event) -> Callable[[str, dict[str, Any]], None]:
    """An httpcore ``trace`` extension that sets ``sent`` once the request has been written.

    Args:
        sent: the event to set.

    Returns:
        The trace callback.
    """

    def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_body.complete"):
            sent.set()

    return trace
