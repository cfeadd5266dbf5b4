"""Operations on ``file``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    pass

_file_download: Operation[None] = Operation(
    "file_download", "GET", "/file/download/{file_id}", (200,), parameters=(("file_id", int),), required=("file_id",)
)


class FileResource:
    """Operations on ``file`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def download(self, file_id: int) -> None:
        """Public File Download.

        Starts the download of a file

        ``GET /file/download/{file_id}`` (operation ``file_download``).

        Args:
            file_id: The id of the file.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_file_download, {"file_id": file_id})


class AsyncFileResource:
    """Operations on ``file`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def download(self, file_id: int) -> None:
        """Public File Download.

        Starts the download of a file

        ``GET /file/download/{file_id}`` (operation ``file_download``).

        Args:
            file_id: The id of the file.

        Returns:
            None: the response has no body.

        Raises:
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_file_download, {"file_id": file_id})
