"""``AsyncClosing``: ``aclose()`` and ``async with`` for every async client (``make unasync`` writes ``Closing``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from typing_extensions import Self


class AsyncClosing:
    """A client sets ``_owned_client`` to the httpx client it made: one passed in or shared is never closed."""

    _owned_client: httpx.AsyncClient | None = None

    async def aclose(self) -> None:
        """Close the HTTP client this client made (one you passed in stays open)."""
        if self._owned_client is not None:
            await self._owned_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
