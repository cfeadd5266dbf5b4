"""How every async client is closed: ``AsyncClosing`` gives ``aclose()`` and ``async with``.

``make unasync`` writes the sync twin (``Closing``: ``close()`` and ``with``) from this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from typing_extensions import Self


class AsyncClosing:
    """``aclose()`` and ``async with`` for a client that may have made its own ``httpx.AsyncClient``.

    A client sets ``_owned_client`` to the httpx client it made; one passed in, or shared with the client it
    was derived from, is never closed here.
    """

    _owned_client: httpx.AsyncClient | None = None

    async def aclose(self) -> None:
        """Close the HTTP client this client made (one you passed in stays open)."""
        if self._owned_client is not None:
            await self._owned_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
