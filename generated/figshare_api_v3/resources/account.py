"""Operations on ``account``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.models import Account
    from figshare_api_v3.resources.account_authors import AccountAuthorsResource, AsyncAccountAuthorsResource
    from figshare_api_v3.resources.account_categories import AccountCategoriesResource, AsyncAccountCategoriesResource
    from figshare_api_v3.resources.account_collections import (
        AccountCollectionsResource,
        AsyncAccountCollectionsResource,
    )
    from figshare_api_v3.resources.account_funding import AccountFundingResource, AsyncAccountFundingResource
    from figshare_api_v3.resources.account_institution import (
        AccountInstitutionResource,
        AsyncAccountInstitutionResource,
    )
    from figshare_api_v3.resources.account_items import AccountItemsResource, AsyncAccountItemsResource
    from figshare_api_v3.resources.account_licences import AccountLicencesResource, AsyncAccountLicencesResource
    from figshare_api_v3.resources.account_profile import AccountProfileResource, AsyncAccountProfileResource
    from figshare_api_v3.resources.account_projects import AccountProjectsResource, AsyncAccountProjectsResource

_private_account: Operation[Account] = Operation(
    "private_account", "GET", "/account", (200,), result="Account", models="figshare_api_v3.models"
)


class AccountResource:
    """Operations on ``account`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def authors(self) -> AccountAuthorsResource:
        """Operations on ``account.authors``."""
        from figshare_api_v3.resources.account_authors import AccountAuthorsResource

        return AccountAuthorsResource(self._requester)

    @cached_property
    def categories(self) -> AccountCategoriesResource:
        """Operations on ``account.categories``."""
        from figshare_api_v3.resources.account_categories import AccountCategoriesResource

        return AccountCategoriesResource(self._requester)

    @cached_property
    def collections(self) -> AccountCollectionsResource:
        """Operations on ``account.collections``."""
        from figshare_api_v3.resources.account_collections import AccountCollectionsResource

        return AccountCollectionsResource(self._requester)

    @cached_property
    def funding(self) -> AccountFundingResource:
        """Operations on ``account.funding``."""
        from figshare_api_v3.resources.account_funding import AccountFundingResource

        return AccountFundingResource(self._requester)

    @cached_property
    def institution(self) -> AccountInstitutionResource:
        """Operations on ``account.institution``."""
        from figshare_api_v3.resources.account_institution import AccountInstitutionResource

        return AccountInstitutionResource(self._requester)

    @cached_property
    def items(self) -> AccountItemsResource:
        """Operations on ``account.items``."""
        from figshare_api_v3.resources.account_items import AccountItemsResource

        return AccountItemsResource(self._requester)

    @cached_property
    def licences(self) -> AccountLicencesResource:
        """Operations on ``account.licences``."""
        from figshare_api_v3.resources.account_licences import AccountLicencesResource

        return AccountLicencesResource(self._requester)

    @cached_property
    def profile(self) -> AccountProfileResource:
        """Operations on ``account.profile``."""
        from figshare_api_v3.resources.account_profile import AccountProfileResource

        return AccountProfileResource(self._requester)

    @cached_property
    def projects(self) -> AccountProjectsResource:
        """Operations on ``account.projects``."""
        from figshare_api_v3.resources.account_projects import AccountProjectsResource

        return AccountProjectsResource(self._requester)

    def details(self) -> Account:
        """Private Account information.

        Account information for token/personal token

        ``GET /account`` (operation ``private_account``).

        Returns:
            Account: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_account, {})


class AsyncAccountResource:
    """Operations on ``account`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def authors(self) -> AsyncAccountAuthorsResource:
        """Operations on ``account.authors``."""
        from figshare_api_v3.resources.account_authors import AsyncAccountAuthorsResource

        return AsyncAccountAuthorsResource(self._requester)

    @cached_property
    def categories(self) -> AsyncAccountCategoriesResource:
        """Operations on ``account.categories``."""
        from figshare_api_v3.resources.account_categories import AsyncAccountCategoriesResource

        return AsyncAccountCategoriesResource(self._requester)

    @cached_property
    def collections(self) -> AsyncAccountCollectionsResource:
        """Operations on ``account.collections``."""
        from figshare_api_v3.resources.account_collections import AsyncAccountCollectionsResource

        return AsyncAccountCollectionsResource(self._requester)

    @cached_property
    def funding(self) -> AsyncAccountFundingResource:
        """Operations on ``account.funding``."""
        from figshare_api_v3.resources.account_funding import AsyncAccountFundingResource

        return AsyncAccountFundingResource(self._requester)

    @cached_property
    def institution(self) -> AsyncAccountInstitutionResource:
        """Operations on ``account.institution``."""
        from figshare_api_v3.resources.account_institution import AsyncAccountInstitutionResource

        return AsyncAccountInstitutionResource(self._requester)

    @cached_property
    def items(self) -> AsyncAccountItemsResource:
        """Operations on ``account.items``."""
        from figshare_api_v3.resources.account_items import AsyncAccountItemsResource

        return AsyncAccountItemsResource(self._requester)

    @cached_property
    def licences(self) -> AsyncAccountLicencesResource:
        """Operations on ``account.licences``."""
        from figshare_api_v3.resources.account_licences import AsyncAccountLicencesResource

        return AsyncAccountLicencesResource(self._requester)

    @cached_property
    def profile(self) -> AsyncAccountProfileResource:
        """Operations on ``account.profile``."""
        from figshare_api_v3.resources.account_profile import AsyncAccountProfileResource

        return AsyncAccountProfileResource(self._requester)

    @cached_property
    def projects(self) -> AsyncAccountProjectsResource:
        """Operations on ``account.projects``."""
        from figshare_api_v3.resources.account_projects import AsyncAccountProjectsResource

        return AsyncAccountProjectsResource(self._requester)

    async def details(self) -> Account:
        """Private Account information.

        Account information for token/personal token

        ``GET /account`` (operation ``private_account``).

        Returns:
            Account: the parsed response body.

        Raises:
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_account, {})
