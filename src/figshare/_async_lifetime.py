"""``AsyncClosing``: ``aclose()`` and ``async with`` for every async client (``make unasync`` writes ``Closing``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from typing_extensions import Self

    from figshare._core_base import _CoreBase


class AsyncClosing:
    """Clients set ``_owned_client``/``_owned_core`` to the httpx client/core they made; others are never closed."""

    _owned_client: httpx.AsyncClient | None = None
    _owned_core: _CoreBase | None = None

    async def aclose(self) -> None:
        """Refuse later calls (`figshare.ClientClosedError`); close the HTTP client made here, not one passed in."""
        if self._owned_core is not None:
            self._owned_core.close()
        if self._owned_client is not None:
            await self._owned_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
