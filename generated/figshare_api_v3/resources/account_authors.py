"""Operations on ``account.authors``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api_v3.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models import AuthorComplete, PrivateAuthorsSearch

_private_author_details: Operation[AuthorComplete] = Operation(
    "private_author_details",
    "GET",
    "/account/authors/{author_id}",
    (200,),
    result="AuthorComplete",
    models="figshare_api_v3.models",
    parameters=(("author_id", int),),
    required=("author_id",),
)
_private_authors_search: Operation[builtins.list[AuthorComplete]] = Operation(
    "private_authors_search",
    "POST",
    "/account/authors/search",
    (200,),
    body="json",
    result="AuthorComplete",
    models="figshare_api_v3.models",
    many=True,
    request="PrivateAuthorsSearch",
)


class AccountAuthorsResource:
    """Operations on ``account.authors`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, author_id: int) -> AuthorComplete:
        """Author details.

        View author details

        ``GET /account/authors/{author_id}`` (operation ``private_author_details``).

        Args:
            author_id: Author unique identifier.

        Returns:
            AuthorComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_author_details, {"author_id": author_id})

    def search(self, *, body: PrivateAuthorsSearch | Unset = UNSET) -> builtins.list[AuthorComplete]:
        """Search Authors.

        Search for authors

        ``POST /account/authors/search`` (operation ``private_authors_search``).

        Args:
            body: The request body: an `PrivateAuthorsSearch`.

        Returns:
            list[AuthorComplete]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_authors_search, {"body": body})


class AsyncAccountAuthorsResource:
    """Operations on ``account.authors`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, author_id: int) -> AuthorComplete:
        """Author details.

        View author details

        ``GET /account/authors/{author_id}`` (operation ``private_author_details``).

        Args:
            author_id: Author unique identifier.

        Returns:
            AuthorComplete: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_author_details, {"author_id": author_id})

    async def search(self, *, body: PrivateAuthorsSearch | Unset = UNSET) -> builtins.list[AuthorComplete]:
        """Search Authors.

        Search for authors

        ``POST /account/authors/search`` (operation ``private_authors_search``).

        Args:
            body: The request body: an `PrivateAuthorsSearch`.

        Returns:
            list[AuthorComplete]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_authors_search, {"body": body})
