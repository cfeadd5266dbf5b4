"""Operations on ``account.institution``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        Account,
        AccountCreate,
        AccountCreateResponse,
        AccountGroupRoles,
        AccountGroupRolesCreate,
        AccountInstitutionCurationsStatus,
        AccountUpdate,
        Article,
        Curation,
        CurationComment,
        CurationCommentCreate,
        CurationDetail,
        CustomFieldsUploadBody,
        CustomFieldsUploadResponse200,
        Group,
        GroupEmbargoOptions,
        Institution,
        InstitutionAccountsSearch,
        PrivateInstitutionArticlesOrder,
        PrivateInstitutionArticlesOrderDirection,
        Role,
        ShortAccount,
        ShortCustomField,
        User,
    )

_account_institution_curation: Operation[CurationDetail] = Operation(
    "account_institution_curation",
    "GET",
    "/account/institution/review/{curation_id}",
    (200,),
    result="CurationDetail",
    models="figshare_api.models",
    parameters=(("curation_id", int),),
    required=("curation_id",),
)
_account_institution_curations: Operation[Curation] = Operation(
    "account_institution_curations",
    "GET",
    "/account/institution/reviews",
    (200,),
    query=(
        ("group_id", "group_id"),
        ("article_id", "article_id"),
        ("status", "status"),
        ("limit", "limit"),
        ("offset", "offset"),
    ),
    result="Curation",
    models="figshare_api.models",
    parameters=(
        ("group_id", int),
        ("article_id", int),
        ("status", frozenset(("approved", "closed", "pending", "rejected"))),
        ("limit", int),
        ("offset", int),
    ),
)
_custom_fields_list: Operation[builtins.list[ShortCustomField]] = Operation(
    "custom_fields_list",
    "GET",
    "/account/institution/custom_fields",
    (200,),
    query=(("group_id", "group_id"),),
    result="ShortCustomField",
    models="figshare_api.models",
    many=True,
    parameters=(("group_id", int),),
)
_custom_fields_upload: Operation[CustomFieldsUploadResponse200] = Operation(
    "custom_fields_upload",
    "POST",
    "/account/institution/custom_fields/{custom_field_id}/items/upload",
    (200,),
    body="multipart",
    result="CustomFieldsUploadResponse200",
    models="figshare_api.models",
    parameters=(("custom_field_id", int),),
    required=("custom_field_id",),
    request="CustomFieldsUploadBody",
)
_get_account_institution_curation_comments: Operation[CurationComment] = Operation(
    "get_account_institution_curation_comments",
    "GET",
    "/account/institution/review/{curation_id}/comments",
    (200,),
    query=(("limit", "limit"), ("offset", "offset")),
    result="CurationComment",
    models="figshare_api.models",
    parameters=(("curation_id", int), ("limit", int), ("offset", int)),
    required=("curation_id",),
)
_post_account_institution_curation_comments: Operation[None] = Operation(
    "post_account_institution_curation_comments",
    "POST",
    "/account/institution/review/{curation_id}/comments",
    (200,),
    body="json",
    models="figshare_api.models",
    parameters=(("curation_id", int),),
    required=("curation_id", "body"),
    request="CurationCommentCreate",
)
_private_account_institution_user: Operation[User] = Operation(
    "private_account_institution_user",
    "GET",
    "/account/institution/users/{account_id}",
    (200,),
    result="User",
    models="figshare_api.models",
    parameters=(("account_id", int),),
    required=("account_id",),
)
_private_group_embargo_options_details: Operation[builtins.list[GroupEmbargoOptions]] = Operation(
    "private_group_embargo_options_details",
    "GET",
    "/account/institution/groups/{group_id}/embargo_options",
    (200,),
    result="GroupEmbargoOptions",
    models="figshare_api.models",
    many=True,
    parameters=(("group_id", int),),
    required=("group_id",),
)
_private_institution_account: Operation[Account] = Operation(
    "private_institution_account",
    "GET",
    "/account/institution/accounts/{account_id}",
    (200,),
    result="Account",
    models="figshare_api.models",
    parameters=(("account_id", int),),
    required=("account_id",),
)
_private_institution_account_group_role_delete: Operation[None] = Operation(
    "private_institution_account_group_role_delete",
    "DELETE",
    "/account/institution/roles/{account_id}/{group_id}/{role_id}",
    (204,),
    parameters=(("account_id", int), ("group_id", int), ("role_id", int)),
    required=("account_id", "group_id", "role_id"),
)
_private_institution_account_group_roles: Operation[AccountGroupRoles] = Operation(
    "private_institution_account_group_roles",
    "GET",
    "/account/institution/roles/{account_id}",
    (200,),
    result="AccountGroupRoles",
    models="figshare_api.models",
    parameters=(("account_id", int),),
    required=("account_id",),
)
_private_institution_account_group_roles_create: Operation[None] = Operation(
    "private_institution_account_group_roles_create",
    "POST",
    "/account/institution/roles/{account_id}",
    (201,),
    body="json",
    models="figshare_api.models",
    parameters=(("account_id", int),),
    required=("account_id", "body"),
    request="AccountGroupRolesCreate",
)
_private_institution_accounts_create: Operation[AccountCreateResponse] = Operation(
    "private_institution_accounts_create",
    "POST",
    "/account/institution/accounts",
    (201,),
    body="json",
    result="AccountCreateResponse",
    models="figshare_api.models",
    required=("body",),
    request="AccountCreate",
)
_private_institution_accounts_list: Operation[builtins.list[ShortAccount]] = Operation(
    "private_institution_accounts_list",
    "GET",
    "/account/institution/accounts",
    (200,),
    query=(
        ("page", "page"),
        ("page_size", "page_size"),
        ("limit", "limit"),
        ("offset", "offset"),
        ("is_active", "is_active"),
        ("institution_user_id", "institution_user_id"),
        ("email", "email"),
        ("id_lte", "id_lte"),
        ("id_gte", "id_gte"),
    ),
    result="ShortAccount",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        ("is_active", int),
        ("institution_user_id", str),
        ("email", str),
        ("id_lte", int),
        ("id_gte", int),
    ),
)
_private_institution_accounts_search: Operation[builtins.list[ShortAccount]] = Operation(
    "private_institution_accounts_search",
    "POST",
    "/account/institution/accounts/search",
    (200,),
    body="json",
    result="ShortAccount",
    models="figshare_api.models",
    many=True,
    required=("body",),
    request="InstitutionAccountsSearch",
)
_private_institution_accounts_update: Operation[None] = Operation(
    "private_institution_accounts_update",
    "PUT",
    "/account/institution/accounts/{account_id}",
    (205,),
    body="json",
    models="figshare_api.models",
    parameters=(("account_id", int),),
    required=("account_id", "body"),
    request="AccountUpdate",
)
_private_institution_articles: Operation[builtins.list[Article]] = Operation(
    "private_institution_articles",
    "GET",
    "/account/institution/articles",
    (200,),
    query=(
        ("page", "page"),
        ("page_size", "page_size"),
        ("limit", "limit"),
        ("offset", "offset"),
        ("order", "order"),
        ("order_direction", "order_direction"),
        ("published_since", "published_since"),
        ("modified_since", "modified_since"),
        ("status", "status"),
        ("resource_doi", "resource_doi"),
        ("item_type", "item_type"),
        ("group", "group"),
    ),
    result="Article",
    models="figshare_api.models",
    many=True,
    parameters=(
        ("page", int),
        ("page_size", int),
        ("limit", int),
        ("offset", int),
        ("order", frozenset(("modified_date", "published_date"))),
        ("order_direction", frozenset(("asc", "desc"))),
        ("published_since", str),
        ("modified_since", str),
        ("status", int),
        ("resource_doi", str),
        ("item_type", int),
        ("group", int),
    ),
)
_private_institution_details: Operation[Institution] = Operation(
    "private_institution_details",
    "GET",
    "/account/institution",
    (200,),
    result="Institution",
    models="figshare_api.models",
)
_private_institution_embargo_options_details: Operation[builtins.list[GroupEmbargoOptions]] = Operation(
    "private_institution_embargo_options_details",
    "GET",
    "/account/institution/embargo_options",
    (200,),
    result="GroupEmbargoOptions",
    models="figshare_api.models",
    many=True,
)
_private_institution_groups_list: Operation[builtins.list[Group]] = Operation(
    "private_institution_groups_list",
    "GET",
    "/account/institution/groups",
    (200,),
    result="Group",
    models="figshare_api.models",
    many=True,
)
_private_institution_roles_list: Operation[builtins.list[Role]] = Operation(
    "private_institution_roles_list",
    "GET",
    "/account/institution/roles",
    (200,),
    result="Role",
    models="figshare_api.models",
    many=True,
)


class AccountInstitutionResource:
    """Operations on ``account.institution`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def account_create(self, *, body: AccountCreate) -> AccountCreateResponse:
        """Create new Institution Account.

        Create a new Account by sending account information. When the institution_user_id is provided, no
            verification email will be sent. The email_verified flag will automatically be set to true. If the
            institution_user_id is not provided, a verification email will be sent. The email_verified flag will be
            set to true once the account is created.

        ``POST /account/institution/accounts`` (operation ``private_institution_accounts_create``).

        Args:
            body: The request body: an `AccountCreate`.

        Returns:
            AccountCreateResponse: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_accounts_create, {"body": body})

    def account_details(self, account_id: int) -> Account:
        """Private Institution Account information.

        ``GET /account/institution/accounts/{account_id}`` (operation ``private_institution_account``).

        Args:
            account_id: Account identifier the user is associated to.

        Returns:
            Account: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_account, {"account_id": account_id})

    def account_role_delete(self, account_id: int, group_id: int, role_id: int) -> None:
        """Delete Institution Account Group Role.

        ``DELETE /account/institution/roles/{account_id}/{group_id}/{role_id}`` (operation
            ``private_institution_account_group_role_delete``).

        Args:
            account_id: Account identifier for which to remove the role.
            group_id: Group identifier for which to remove the role.
            role_id: Role identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_institution_account_group_role_delete,
            {"account_id": account_id, "group_id": group_id, "role_id": role_id},
        )

    def account_roles_create(self, account_id: int, *, body: AccountGroupRolesCreate) -> None:
        """Add Institution Account Group Roles.

        ``POST /account/institution/roles/{account_id}`` (operation
            ``private_institution_account_group_roles_create``).

        Args:
            account_id: Account identifier the user is associated to.
            body: The request body: an `AccountGroupRolesCreate`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_institution_account_group_roles_create, {"account_id": account_id, "body": body}
        )

    def account_roles_list(self, account_id: int) -> AccountGroupRoles:
        """List Institution Account Group Roles.

        ``GET /account/institution/roles/{account_id}`` (operation ``private_institution_account_group_roles``).

        Args:
            account_id: Account identifier the user is associated to.

        Returns:
            AccountGroupRoles: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_account_group_roles, {"account_id": account_id})

    def account_update(self, account_id: int, *, body: AccountUpdate) -> None:
        """Update Institution Account.

        ``PUT /account/institution/accounts/{account_id}`` (operation ``private_institution_accounts_update``).

        Args:
            account_id: Account identifier the user is associated to.
            body: The request body: an `AccountUpdate`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_accounts_update, {"account_id": account_id, "body": body})

    def accounts_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        is_active: int | Unset = UNSET,
        institution_user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        id_lte: int | Unset = UNSET,
        id_gte: int | Unset = UNSET,
    ) -> builtins.list[ShortAccount]:
        """Private Account Institution Accounts.

        Returns the accounts for which the account has administrative privileges (assigned and inherited).

        ``GET /account/institution/accounts`` (operation ``private_institution_accounts_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            is_active: Filter by active status.
            institution_user_id: Filter by institution_user_id.
            email: Filter by email.
            id_lte: Retrieve accounts with an ID lower or equal to the specified value.
            id_gte: Retrieve accounts with an ID greater or equal to the specified value.

        Returns:
            list[ShortAccount]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_institution_accounts_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "is_active": is_active,
                "institution_user_id": institution_user_id,
                "email": email,
                "id_lte": id_lte,
                "id_gte": id_gte,
            },
        )

    def accounts_search(self, *, body: InstitutionAccountsSearch) -> builtins.list[ShortAccount]:
        """Private Account Institution Accounts Search.

        Returns the accounts for which the account has administrative privileges (assigned and inherited).

        ``POST /account/institution/accounts/search`` (operation ``private_institution_accounts_search``).

        Args:
            body: The request body: an `InstitutionAccountsSearch`.

        Returns:
            list[ShortAccount]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_accounts_search, {"body": body})

    def articles_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateInstitutionArticlesOrder | Unset = UNSET,
        order_direction: PrivateInstitutionArticlesOrderDirection | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        status: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type: int | Unset = UNSET,
        group: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Private Institution Articles.

        Get Articles from own institution. User must be administrator of the institution

        ``GET /account/institution/articles`` (operation ``private_institution_articles``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            published_since: Filter by article publishing date. Will only return articles published after the
                date. date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            modified_since: Filter by article modified date. Will only return articles modified after the date.
                date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            status: only return collections with this status.
            resource_doi: only return collections with this resource_doi.
            item_type: Only return articles with the respective type. Mapping for item_type is: 1 - Figure, 2 -
                Media, 3 - Dataset, 5 - Poster, 6 - Journal contribution, 7 - Presentation, 8 - Thesis, 9 -
                Software, 11 - Online resource, 12 - Preprint, 13 - Book, 14 - Conference contribution, 15 -
                Chapter, 16 - Peer review, 17 - Educational resource, 18 - Report, 19 - Standard, 20 - Composition,
                21 - Funding, 22 - Physical object, 23 - Data management plan, 24 - Workflow, 25 - Monograph, 26 -
                Performance, 27 - Event, 28 - Service, 29 - Model.
            group: only return articles from this group.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _private_institution_articles,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "published_since": published_since,
                "modified_since": modified_since,
                "status": status,
                "resource_doi": resource_doi,
                "item_type": item_type,
                "group": group,
            },
        )

    def custom_field_items_upload(
        self, custom_field_id: int, *, body: CustomFieldsUploadBody | Unset = UNSET
    ) -> CustomFieldsUploadResponse200:
        """Custom fields values files upload.

        Uploads a CSV containing values for a specific custom field of type **dropdown_large_list**. The
            `custom_field_id` path parameter accepts both classic custom field IDs (legacy) and underlying field IDs
            (v2). The lookup is performed automatically — no additional parameter is required. More details in the
            Custom Fields section

        ``POST /account/institution/custom_fields/{custom_field_id}/items/upload`` (operation
            ``custom_fields_upload``).

        Args:
            custom_field_id: Identifier of the custom field or underlying field (v2) of type
                **dropdown_large_list**.
            body: The request body: an `CustomFieldsUploadBody`.

        Returns:
            CustomFieldsUploadResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.ConflictError: the item is not in a state that allows this (409).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_custom_fields_upload, {"custom_field_id": custom_field_id, "body": body})

    def custom_fields_list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ShortCustomField]:
        """Private account institution group custom fields.

        Returns the custom fields in the group the user belongs to, or the ones in the group specified, if the
            user has access. Deprecated in favour of GET /account/items/fields/configuration/{item_type_id}. Will be
            removed after 2027-01-01.

        ``GET /account/institution/custom_fields`` (operation ``custom_fields_list``).

        Args:
            group_id: Group_id.

        Returns:
            list[ShortCustomField]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_custom_fields_list, {"group_id": group_id})

    def details(self) -> Institution:
        """Private Account Institutions.

        Account institution details

        ``GET /account/institution`` (operation ``private_institution_details``).

        Returns:
            Institution: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_details, {})

    def embargo_options_list(self) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution embargo options.

        Account institution embargo options details

        ``GET /account/institution/embargo_options`` (operation
            ``private_institution_embargo_options_details``).

        Returns:
            list[GroupEmbargoOptions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_embargo_options_details, {})

    def group_embargo_options_list(self, group_id: int) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution Group Embargo Options.

        Account institution group embargo options details

        ``GET /account/institution/groups/{group_id}/embargo_options`` (operation
            ``private_group_embargo_options_details``).

        Args:
            group_id: Group identifier.

        Returns:
            list[GroupEmbargoOptions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_group_embargo_options_details, {"group_id": group_id})

    def groups_list(self) -> builtins.list[Group]:
        """Private Account Institution Groups.

        Returns the groups for which the account has administrative privileges (assigned and inherited).

        ``GET /account/institution/groups`` (operation ``private_institution_groups_list``).

        Returns:
            list[Group]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_groups_list, {})

    def review_comment_create(self, curation_id: int, *, body: CurationCommentCreate) -> None:
        """POST Institution Curation Review Comment.

        Add a new comment to the review.

        ``POST /account/institution/review/{curation_id}/comments`` (operation
            ``post_account_institution_curation_comments``).

        Args:
            curation_id: ID of the curation.
            body: The request body: an `CurationCommentCreate`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _post_account_institution_curation_comments, {"curation_id": curation_id, "body": body}
        )

    def review_comments_list(
        self, curation_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> CurationComment:
        """Institution Curation Review Comments.

        Retrieve a certain curation review's comments.

        ``GET /account/institution/review/{curation_id}/comments`` (operation
            ``get_account_institution_curation_comments``).

        Args:
            curation_id: ID of the curation.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            CurationComment: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _get_account_institution_curation_comments, {"curation_id": curation_id, "limit": limit, "offset": offset}
        )

    def review_details(self, curation_id: int) -> CurationDetail:
        """Institution Curation Review.

        Retrieve a certain curation review by its ID

        ``GET /account/institution/review/{curation_id}`` (operation ``account_institution_curation``).

        Args:
            curation_id: ID of the curation.

        Returns:
            CurationDetail: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_account_institution_curation, {"curation_id": curation_id})

    def reviews_list(
        self,
        *,
        group_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        status: AccountInstitutionCurationsStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Curation:
        """Institution Curation Reviews.

        Retrieve a list of curation reviews for this institution

        ``GET /account/institution/reviews`` (operation ``account_institution_curations``).

        Args:
            group_id: Filter by the group ID.
            article_id: Retrieve the reviews for this article.
            status: Filter by the status of the review.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            Curation: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _account_institution_curations,
            {"group_id": group_id, "article_id": article_id, "status": status, "limit": limit, "offset": offset},
        )

    def roles_list(self) -> builtins.list[Role]:
        """Private Account Institution Roles.

        Returns the roles available for groups and the institution group.

        ``GET /account/institution/roles`` (operation ``private_institution_roles_list``).

        Returns:
            list[Role]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_institution_roles_list, {})

    def user_details(self, account_id: int) -> User:
        """Private Account Institution User.

        Retrieve institution user information using the account_id

        ``GET /account/institution/users/{account_id}`` (operation ``private_account_institution_user``).

        Args:
            account_id: Account identifier the user is associated to.

        Returns:
            User: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_private_account_institution_user, {"account_id": account_id})


class AsyncAccountInstitutionResource:
    """Operations on ``account.institution`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def account_create(self, *, body: AccountCreate) -> AccountCreateResponse:
        """Create new Institution Account.

        Create a new Account by sending account information. When the institution_user_id is provided, no
            verification email will be sent. The email_verified flag will automatically be set to true. If the
            institution_user_id is not provided, a verification email will be sent. The email_verified flag will be
            set to true once the account is created.

        ``POST /account/institution/accounts`` (operation ``private_institution_accounts_create``).

        Args:
            body: The request body: an `AccountCreate`.

        Returns:
            AccountCreateResponse: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_accounts_create, {"body": body})

    async def account_details(self, account_id: int) -> Account:
        """Private Institution Account information.

        ``GET /account/institution/accounts/{account_id}`` (operation ``private_institution_account``).

        Args:
            account_id: Account identifier the user is associated to.

        Returns:
            Account: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_account, {"account_id": account_id})

    async def account_role_delete(self, account_id: int, group_id: int, role_id: int) -> None:
        """Delete Institution Account Group Role.

        ``DELETE /account/institution/roles/{account_id}/{group_id}/{role_id}`` (operation
            ``private_institution_account_group_role_delete``).

        Args:
            account_id: Account identifier for which to remove the role.
            group_id: Group identifier for which to remove the role.
            role_id: Role identifier.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_institution_account_group_role_delete,
            {"account_id": account_id, "group_id": group_id, "role_id": role_id},
        )

    async def account_roles_create(self, account_id: int, *, body: AccountGroupRolesCreate) -> None:
        """Add Institution Account Group Roles.

        ``POST /account/institution/roles/{account_id}`` (operation
            ``private_institution_account_group_roles_create``).

        Args:
            account_id: Account identifier the user is associated to.
            body: The request body: an `AccountGroupRolesCreate`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_institution_account_group_roles_create, {"account_id": account_id, "body": body}
        )

    async def account_roles_list(self, account_id: int) -> AccountGroupRoles:
        """List Institution Account Group Roles.

        ``GET /account/institution/roles/{account_id}`` (operation ``private_institution_account_group_roles``).

        Args:
            account_id: Account identifier the user is associated to.

        Returns:
            AccountGroupRoles: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_account_group_roles, {"account_id": account_id})

    async def account_update(self, account_id: int, *, body: AccountUpdate) -> None:
        """Update Institution Account.

        ``PUT /account/institution/accounts/{account_id}`` (operation ``private_institution_accounts_update``).

        Args:
            account_id: Account identifier the user is associated to.
            body: The request body: an `AccountUpdate`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_institution_accounts_update, {"account_id": account_id, "body": body}
        )

    async def accounts_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        is_active: int | Unset = UNSET,
        institution_user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        id_lte: int | Unset = UNSET,
        id_gte: int | Unset = UNSET,
    ) -> builtins.list[ShortAccount]:
        """Private Account Institution Accounts.

        Returns the accounts for which the account has administrative privileges (assigned and inherited).

        ``GET /account/institution/accounts`` (operation ``private_institution_accounts_list``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            is_active: Filter by active status.
            institution_user_id: Filter by institution_user_id.
            email: Filter by email.
            id_lte: Retrieve accounts with an ID lower or equal to the specified value.
            id_gte: Retrieve accounts with an ID greater or equal to the specified value.

        Returns:
            list[ShortAccount]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_institution_accounts_list,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "is_active": is_active,
                "institution_user_id": institution_user_id,
                "email": email,
                "id_lte": id_lte,
                "id_gte": id_gte,
            },
        )

    async def accounts_search(self, *, body: InstitutionAccountsSearch) -> builtins.list[ShortAccount]:
        """Private Account Institution Accounts Search.

        Returns the accounts for which the account has administrative privileges (assigned and inherited).

        ``POST /account/institution/accounts/search`` (operation ``private_institution_accounts_search``).

        Args:
            body: The request body: an `InstitutionAccountsSearch`.

        Returns:
            list[ShortAccount]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_accounts_search, {"body": body})

    async def articles_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateInstitutionArticlesOrder | Unset = UNSET,
        order_direction: PrivateInstitutionArticlesOrderDirection | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        status: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type: int | Unset = UNSET,
        group: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Private Institution Articles.

        Get Articles from own institution. User must be administrator of the institution

        ``GET /account/institution/articles`` (operation ``private_institution_articles``).

        Args:
            page: Page number. Used for pagination with page_size.
            page_size: The number of results included on a page. Used for pagination with page.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.
            order: The field by which to order. Default varies by endpoint/resource.
            order_direction: Order direction: ``asc`` or ``desc``.
            published_since: Filter by article publishing date. Will only return articles published after the
                date. date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            modified_since: Filter by article modified date. Will only return articles modified after the date.
                date(ISO 8601) YYYY-MM-DD or date-time(ISO 8601) YYYY-MM-DDTHH:mm:ssZ.
            status: only return collections with this status.
            resource_doi: only return collections with this resource_doi.
            item_type: Only return articles with the respective type. Mapping for item_type is: 1 - Figure, 2 -
                Media, 3 - Dataset, 5 - Poster, 6 - Journal contribution, 7 - Presentation, 8 - Thesis, 9 -
                Software, 11 - Online resource, 12 - Preprint, 13 - Book, 14 - Conference contribution, 15 -
                Chapter, 16 - Peer review, 17 - Educational resource, 18 - Report, 19 - Standard, 20 - Composition,
                21 - Funding, 22 - Physical object, 23 - Data management plan, 24 - Workflow, 25 - Monograph, 26 -
                Performance, 27 - Event, 28 - Service, 29 - Model.
            group: only return articles from this group.

        Returns:
            list[Article]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _private_institution_articles,
            {
                "page": page,
                "page_size": page_size,
                "limit": limit,
                "offset": offset,
                "order": order,
                "order_direction": order_direction,
                "published_since": published_since,
                "modified_since": modified_since,
                "status": status,
                "resource_doi": resource_doi,
                "item_type": item_type,
                "group": group,
            },
        )

    async def custom_field_items_upload(
        self, custom_field_id: int, *, body: CustomFieldsUploadBody | Unset = UNSET
    ) -> CustomFieldsUploadResponse200:
        """Custom fields values files upload.

        Uploads a CSV containing values for a specific custom field of type **dropdown_large_list**. The
            `custom_field_id` path parameter accepts both classic custom field IDs (legacy) and underlying field IDs
            (v2). The lookup is performed automatically — no additional parameter is required. More details in the
            Custom Fields section

        ``POST /account/institution/custom_fields/{custom_field_id}/items/upload`` (operation
            ``custom_fields_upload``).

        Args:
            custom_field_id: Identifier of the custom field or underlying field (v2) of type
                **dropdown_large_list**.
            body: The request body: an `CustomFieldsUploadBody`.

        Returns:
            CustomFieldsUploadResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.ConflictError: the item is not in a state that allows this (409).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_custom_fields_upload, {"custom_field_id": custom_field_id, "body": body})

    async def custom_fields_list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ShortCustomField]:
        """Private account institution group custom fields.

        Returns the custom fields in the group the user belongs to, or the ones in the group specified, if the
            user has access. Deprecated in favour of GET /account/items/fields/configuration/{item_type_id}. Will be
            removed after 2027-01-01.

        ``GET /account/institution/custom_fields`` (operation ``custom_fields_list``).

        Args:
            group_id: Group_id.

        Returns:
            list[ShortCustomField]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_custom_fields_list, {"group_id": group_id})

    async def details(self) -> Institution:
        """Private Account Institutions.

        Account institution details

        ``GET /account/institution`` (operation ``private_institution_details``).

        Returns:
            Institution: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_details, {})

    async def embargo_options_list(self) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution embargo options.

        Account institution embargo options details

        ``GET /account/institution/embargo_options`` (operation
            ``private_institution_embargo_options_details``).

        Returns:
            list[GroupEmbargoOptions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_embargo_options_details, {})

    async def group_embargo_options_list(self, group_id: int) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution Group Embargo Options.

        Account institution group embargo options details

        ``GET /account/institution/groups/{group_id}/embargo_options`` (operation
            ``private_group_embargo_options_details``).

        Args:
            group_id: Group identifier.

        Returns:
            list[GroupEmbargoOptions]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_group_embargo_options_details, {"group_id": group_id})

    async def groups_list(self) -> builtins.list[Group]:
        """Private Account Institution Groups.

        Returns the groups for which the account has administrative privileges (assigned and inherited).

        ``GET /account/institution/groups`` (operation ``private_institution_groups_list``).

        Returns:
            list[Group]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_groups_list, {})

    async def review_comment_create(self, curation_id: int, *, body: CurationCommentCreate) -> None:
        """POST Institution Curation Review Comment.

        Add a new comment to the review.

        ``POST /account/institution/review/{curation_id}/comments`` (operation
            ``post_account_institution_curation_comments``).

        Args:
            curation_id: ID of the curation.
            body: The request body: an `CurationCommentCreate`.

        Returns:
            None: the response has no body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _post_account_institution_curation_comments, {"curation_id": curation_id, "body": body}
        )

    async def review_comments_list(
        self, curation_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> CurationComment:
        """Institution Curation Review Comments.

        Retrieve a certain curation review's comments.

        ``GET /account/institution/review/{curation_id}/comments`` (operation
            ``get_account_institution_curation_comments``).

        Args:
            curation_id: ID of the curation.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            CurationComment: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _get_account_institution_curation_comments, {"curation_id": curation_id, "limit": limit, "offset": offset}
        )

    async def review_details(self, curation_id: int) -> CurationDetail:
        """Institution Curation Review.

        Retrieve a certain curation review by its ID

        ``GET /account/institution/review/{curation_id}`` (operation ``account_institution_curation``).

        Args:
            curation_id: ID of the curation.

        Returns:
            CurationDetail: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_account_institution_curation, {"curation_id": curation_id})

    async def reviews_list(
        self,
        *,
        group_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        status: AccountInstitutionCurationsStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Curation:
        """Institution Curation Reviews.

        Retrieve a list of curation reviews for this institution

        ``GET /account/institution/reviews`` (operation ``account_institution_curations``).

        Args:
            group_id: Filter by the group ID.
            article_id: Retrieve the reviews for this article.
            status: Filter by the status of the review.
            limit: Number of results included on a page. Used for pagination with query.
            offset: Where to start the listing (the offset of the first result). Used for pagination with limit.

        Returns:
            Curation: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _account_institution_curations,
            {"group_id": group_id, "article_id": article_id, "status": status, "limit": limit, "offset": offset},
        )

    async def roles_list(self) -> builtins.list[Role]:
        """Private Account Institution Roles.

        Returns the roles available for groups and the institution group.

        ``GET /account/institution/roles`` (operation ``private_institution_roles_list``).

        Returns:
            list[Role]: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_institution_roles_list, {})

    async def user_details(self, account_id: int) -> User:
        """Private Account Institution User.

        Retrieve institution user information using the account_id

        ``GET /account/institution/users/{account_id}`` (operation ``private_account_institution_user``).

        Args:
            account_id: Account identifier the user is associated to.

        Returns:
            User: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_private_account_institution_user, {"account_id": account_id})
