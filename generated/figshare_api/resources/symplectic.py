"""Operations on ``symplectic``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        SymplecticAccountArticlesIsEmbargoed,
        SymplecticAccountArticlesResponse200Item,
        SymplecticAccountArticlesStatus,
        SymplecticAccountsIdsResponse200Item,
        SymplecticArticleResponse200,
        SymplecticChangedArticlesIsEmbargoed,
        SymplecticChangedArticlesResponse200Item,
        SymplecticChangedArticlesStatus,
        SymplecticUserIdResponse200,
    )

_symplectic_account_articles: Operation[builtins.list[SymplecticAccountArticlesResponse200Item]] = Operation(
    "symplectic_account_articles",
    "GET",
    "/symplectic/accounts/{external_user_id}/articles",
    (200,),
    query=(("offset", "offset"), ("limit", "limit"), ("status", "status"), ("is_embargoed", "is_embargoed")),
    result="SymplecticAccountArticlesResponse200Item",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("external_user_id", str),
        ("offset", int),
        ("limit", int),
        ("status", frozenset(("draft", "private", "public"))),
        ("is_embargoed", frozenset(("false", "true"))),
    ),
    required=("external_user_id",),
)
_symplectic_accounts_ids: Operation[builtins.list[SymplecticAccountsIdsResponse200Item]] = Operation(
    "symplectic_accounts_ids",
    "GET",
    "/symplectic/accounts",
    (200,),
    query=(("since", "since"),),
    result="SymplecticAccountsIdsResponse200Item",
    models="figshare_api.models",
    many=True,
    parameters=(("since", str),),
    required=("since",),
)
_symplectic_article: Operation[SymplecticArticleResponse200] = Operation(
    "symplectic_article",
    "GET",
    "/symplectic/articles/{article_id}",
    (200,),
    result="SymplecticArticleResponse200",
    models="figshare_api.models",
    parameters=(("article_id", int),),
    required=("article_id",),
)
_symplectic_changed_articles: Operation[builtins.list[SymplecticChangedArticlesResponse200Item]] = Operation(
    "symplectic_changed_articles",
    "GET",
    "/symplectic/articles",
    (200,),
    query=(
        ("since", "since"),
        ("offset", "offset"),
        ("limit", "limit"),
        ("status", "status"),
        ("is_embargoed", "is_embargoed"),
    ),
    result="SymplecticChangedArticlesResponse200Item",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("since", str),
        ("offset", int),
        ("limit", int),
        ("status", frozenset(("draft", "private", "public"))),
        ("is_embargoed", frozenset(("false", "true"))),
    ),
    required=("since",),
)
_symplectic_user_id: Operation[SymplecticUserIdResponse200] = Operation(
    "symplectic_user_id",
    "GET",
    "/symplectic/users/{user_id}",
    (200,),
    result="SymplecticUserIdResponse200",
    models="figshare_api.models",
    parameters=(("user_id", int),),
    required=("user_id",),
)


class SymplecticResource:
    """Operations on ``symplectic`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def account_articles_list(
        self,
        external_user_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticAccountArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticAccountArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticAccountArticlesResponse200Item]:
        """Get articles for a specific account.

        Returns a list of articles for a specific user account identified by external_user_id
            (symplectic_user_id or institution_user_id).

        ``GET /symplectic/accounts/{external_user_id}/articles`` (operation ``symplectic_account_articles``).

        Args:
            external_user_id: External user ID (symplectic_user_id or institution_user_id)
            offset: Number of results to skip for pagination.
            limit: Maximum number of results to return.
            status: Filter by article status.
            is_embargoed: Filter by embargo status.

        Returns:
            list[SymplecticAccountArticlesResponse200Item]: the parsed response body.

        Raises:
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _symplectic_account_articles,
            {
                "external_user_id": external_user_id,
                "offset": offset,
                "limit": limit,
                "status": status,
                "is_embargoed": is_embargoed,
            },
        )

    def accounts_list(self, *, since: str) -> builtins.list[SymplecticAccountsIdsResponse200Item]:
        """Get changed accounts for Symplectic Elements.

        Returns a list of accounts that have been modified since the specified date for Symplectic Elements
            integration.

        ``GET /symplectic/accounts`` (operation ``symplectic_accounts_ids``).

        Args:
            since: ISO 8601 datetime string indicating the start of the search window (format: YYYY-MM-DD
                HH:MM:SS)

        Returns:
            list[SymplecticAccountsIdsResponse200Item]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_symplectic_accounts_ids, {"since": since})

    def article_details(self, article_id: int) -> SymplecticArticleResponse200:
        """Get article details for Symplectic Elements.

        Returns detailed information about a specific article for Symplectic Elements integration, including
            full metadata and author account information.

        ``GET /symplectic/articles/{article_id}`` (operation ``symplectic_article``).

        Args:
            article_id: Article ID.

        Returns:
            SymplecticArticleResponse200: the parsed response body.

        Raises:
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_symplectic_article, {"article_id": article_id})

    def articles_list(
        self,
        *,
        since: str,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticChangedArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticChangedArticlesResponse200Item]:
        """Get changed articles for Symplectic Elements.

        Returns a list of articles for Symplectic Elements integration to synchronize article data.

        ``GET /symplectic/articles`` (operation ``symplectic_changed_articles``).

        Args:
            since: ISO 8601 datetime string indicating the start of the search window (format: YYYY-MM-DD
                HH:MM:SS)
            offset: Number of results to skip for pagination.
            limit: Maximum number of results to return.
            status: Filter by article status.
            is_embargoed: Filter by embargo status. When true, only returns articles with EMBARGO_ARTICLE type.

        Returns:
            list[SymplecticChangedArticlesResponse200Item]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _symplectic_changed_articles,
            {"since": since, "offset": offset, "limit": limit, "status": status, "is_embargoed": is_embargoed},
        )

    def user_details(self, user_id: int) -> SymplecticUserIdResponse200:
        """Get institutional user ID for a user.

        Returns the institution user ID for a given user within the authenticated account's institution.

        ``GET /symplectic/users/{user_id}`` (operation ``symplectic_user_id``).

        Args:
            user_id: User ID.

        Returns:
            SymplecticUserIdResponse200: the parsed response body.

        Raises:
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_symplectic_user_id, {"user_id": user_id})


class AsyncSymplecticResource:
    """Operations on ``symplectic`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def account_articles_list(
        self,
        external_user_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticAccountArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticAccountArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticAccountArticlesResponse200Item]:
        """Get articles for a specific account.

        Returns a list of articles for a specific user account identified by external_user_id
            (symplectic_user_id or institution_user_id).

        ``GET /symplectic/accounts/{external_user_id}/articles`` (operation ``symplectic_account_articles``).

        Args:
            external_user_id: External user ID (symplectic_user_id or institution_user_id)
            offset: Number of results to skip for pagination.
            limit: Maximum number of results to return.
            status: Filter by article status.
            is_embargoed: Filter by embargo status.

        Returns:
            list[SymplecticAccountArticlesResponse200Item]: the parsed response body.

        Raises:
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _symplectic_account_articles,
            {
                "external_user_id": external_user_id,
                "offset": offset,
                "limit": limit,
                "status": status,
                "is_embargoed": is_embargoed,
            },
        )

    async def accounts_list(self, *, since: str) -> builtins.list[SymplecticAccountsIdsResponse200Item]:
        """Get changed accounts for Symplectic Elements.

        Returns a list of accounts that have been modified since the specified date for Symplectic Elements
            integration.

        ``GET /symplectic/accounts`` (operation ``symplectic_accounts_ids``).

        Args:
            since: ISO 8601 datetime string indicating the start of the search window (format: YYYY-MM-DD
                HH:MM:SS)

        Returns:
            list[SymplecticAccountsIdsResponse200Item]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_symplectic_accounts_ids, {"since": since})

    async def article_details(self, article_id: int) -> SymplecticArticleResponse200:
        """Get article details for Symplectic Elements.

        Returns detailed information about a specific article for Symplectic Elements integration, including
            full metadata and author account information.

        ``GET /symplectic/articles/{article_id}`` (operation ``symplectic_article``).

        Args:
            article_id: Article ID.

        Returns:
            SymplecticArticleResponse200: the parsed response body.

        Raises:
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_symplectic_article, {"article_id": article_id})

    async def articles_list(
        self,
        *,
        since: str,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticChangedArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticChangedArticlesResponse200Item]:
        """Get changed articles for Symplectic Elements.

        Returns a list of articles for Symplectic Elements integration to synchronize article data.

        ``GET /symplectic/articles`` (operation ``symplectic_changed_articles``).

        Args:
            since: ISO 8601 datetime string indicating the start of the search window (format: YYYY-MM-DD
                HH:MM:SS)
            offset: Number of results to skip for pagination.
            limit: Maximum number of results to return.
            status: Filter by article status.
            is_embargoed: Filter by embargo status. When true, only returns articles with EMBARGO_ARTICLE type.

        Returns:
            list[SymplecticChangedArticlesResponse200Item]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _symplectic_changed_articles,
            {"since": since, "offset": offset, "limit": limit, "status": status, "is_embargoed": is_embargoed},
        )

    async def user_details(self, user_id: int) -> SymplecticUserIdResponse200:
        """Get institutional user ID for a user.

        Returns the institution user ID for a given user within the authenticated account's institution.

        ``GET /symplectic/users/{user_id}`` (operation ``symplectic_user_id``).

        Args:
            user_id: User ID.

        Returns:
            SymplecticUserIdResponse200: the parsed response body.

        Raises:
            figshare.AuthenticationError: no valid credentials (401).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_symplectic_user_id, {"user_id": user_id})
