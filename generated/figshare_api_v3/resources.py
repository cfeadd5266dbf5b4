"""Every operation of the API as a typed method, grouped the way its URLs are (generator/facade.py).

Do not edit: regenerate with `make generate`. The classes call a *requester* (the hand-written ``figshare``
client) with the generated operation module's name, its success statuses and the arguments; the requester
sends the request and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Protocol, cast

from figshare_api_v3.types import UNSET, Unset

if TYPE_CHECKING:
    from figshare_api_v3.models.account import Account
    from figshare_api_v3.models.account_create import AccountCreate
    from figshare_api_v3.models.account_create_response import AccountCreateResponse
    from figshare_api_v3.models.account_group_roles import AccountGroupRoles
    from figshare_api_v3.models.account_group_roles_create import AccountGroupRolesCreate
    from figshare_api_v3.models.account_institution_curations_status import AccountInstitutionCurationsStatus
    from figshare_api_v3.models.account_institution_fields_upload_body import AccountInstitutionFieldsUploadBody
    from figshare_api_v3.models.account_institution_fields_upload_response_200 import (
        AccountInstitutionFieldsUploadResponse200,
    )
    from figshare_api_v3.models.account_items_list_order import AccountItemsListOrder
    from figshare_api_v3.models.account_items_list_order_direction import AccountItemsListOrderDirection
    from figshare_api_v3.models.account_report import AccountReport
    from figshare_api_v3.models.account_update import AccountUpdate
    from figshare_api_v3.models.altmetric_institution import AltmetricInstitution
    from figshare_api_v3.models.article_embargo_updater import ArticleEmbargoUpdater
    from figshare_api_v3.models.article_search import ArticleSearch
    from figshare_api_v3.models.article_unpublish_data import ArticleUnpublishData
    from figshare_api_v3.models.article_version_update import ArticleVersionUpdate
    from figshare_api_v3.models.author import Author
    from figshare_api_v3.models.author_complete import AuthorComplete
    from figshare_api_v3.models.authors_creator import AuthorsCreator
    from figshare_api_v3.models.categories_creator import CategoriesCreator
    from figshare_api_v3.models.category import Category
    from figshare_api_v3.models.category_list import CategoryList
    from figshare_api_v3.models.collection import Collection
    from figshare_api_v3.models.collection_complete import CollectionComplete
    from figshare_api_v3.models.collection_complete_private import CollectionCompletePrivate
    from figshare_api_v3.models.collection_create import CollectionCreate
    from figshare_api_v3.models.collection_doi import CollectionDOI
    from figshare_api_v3.models.collection_handle import CollectionHandle
    from figshare_api_v3.models.collection_private_link_creator import CollectionPrivateLinkCreator
    from figshare_api_v3.models.collection_update import CollectionUpdate
    from figshare_api_v3.models.collection_versions import CollectionVersions
    from figshare_api_v3.models.collections_public_list_order import CollectionsPublicListOrder
    from figshare_api_v3.models.collections_public_list_order_direction import CollectionsPublicListOrderDirection
    from figshare_api_v3.models.collections_search import CollectionsSearch
    from figshare_api_v3.models.confidentiality_creator import ConfidentialityCreator
    from figshare_api_v3.models.create_o_auth_token import CreateOAuthToken
    from figshare_api_v3.models.create_project_response import CreateProjectResponse
    from figshare_api_v3.models.curation import Curation
    from figshare_api_v3.models.curation_comment import CurationComment
    from figshare_api_v3.models.curation_comment_create import CurationCommentCreate
    from figshare_api_v3.models.curation_detail import CurationDetail
    from figshare_api_v3.models.echo_response_200 import EchoResponse200
    from figshare_api_v3.models.file_creator import FileCreator
    from figshare_api_v3.models.file_id import FileId
    from figshare_api_v3.models.funding_information import FundingInformation
    from figshare_api_v3.models.funding_search import FundingSearch
    from figshare_api_v3.models.group import Group
    from figshare_api_v3.models.group_embargo_options import GroupEmbargoOptions
    from figshare_api_v3.models.institution import Institution
    from figshare_api_v3.models.institution_accounts_search import InstitutionAccountsSearch
    from figshare_api_v3.models.institution_create_submission_token_response_200 import (
        InstitutionCreateSubmissionTokenResponse200,
    )
    from figshare_api_v3.models.institution_hrfeed_upload_body import InstitutionHrfeedUploadBody
    from figshare_api_v3.models.item import Item
    from figshare_api_v3.models.item_complete import ItemComplete
    from figshare_api_v3.models.item_complete_private import ItemCompletePrivate
    from figshare_api_v3.models.item_confidentiality import ItemConfidentiality
    from figshare_api_v3.models.item_create import ItemCreate
    from figshare_api_v3.models.item_doi import ItemDOI
    from figshare_api_v3.models.item_embargo import ItemEmbargo
    from figshare_api_v3.models.item_handle import ItemHandle
    from figshare_api_v3.models.item_type import ItemType
    from figshare_api_v3.models.item_type_field import ItemTypeField
    from figshare_api_v3.models.item_update import ItemUpdate
    from figshare_api_v3.models.item_versions import ItemVersions
    from figshare_api_v3.models.item_with_project import ItemWithProject
    from figshare_api_v3.models.items_creator import ItemsCreator
    from figshare_api_v3.models.items_public_list_order import ItemsPublicListOrder
    from figshare_api_v3.models.items_public_list_order_direction import ItemsPublicListOrderDirection
    from figshare_api_v3.models.licence import Licence
    from figshare_api_v3.models.location import Location
    from figshare_api_v3.models.location_warnings import LocationWarnings
    from figshare_api_v3.models.location_warnings_update import LocationWarningsUpdate
    from figshare_api_v3.models.o_auth_token import OAuthToken
    from figshare_api_v3.models.private_authors_search import PrivateAuthorsSearch
    from figshare_api_v3.models.private_collections_list_order import PrivateCollectionsListOrder
    from figshare_api_v3.models.private_collections_list_order_direction import PrivateCollectionsListOrderDirection
    from figshare_api_v3.models.private_file import PrivateFile
    from figshare_api_v3.models.private_institution_items_order import PrivateInstitutionItemsOrder
    from figshare_api_v3.models.private_institution_items_order_direction import PrivateInstitutionItemsOrderDirection
    from figshare_api_v3.models.private_item_version_supplementary_field_delete_body import (
        PrivateItemVersionSupplementaryFieldDeleteBody,
    )
    from figshare_api_v3.models.private_link import PrivateLink
    from figshare_api_v3.models.private_link_creator import PrivateLinkCreator
    from figshare_api_v3.models.private_link_response import PrivateLinkResponse
    from figshare_api_v3.models.private_project_items_create_body import PrivateProjectItemsCreateBody
    from figshare_api_v3.models.private_projects_list_order import PrivateProjectsListOrder
    from figshare_api_v3.models.private_projects_list_order_direction import PrivateProjectsListOrderDirection
    from figshare_api_v3.models.private_projects_list_storage import PrivateProjectsListStorage
    from figshare_api_v3.models.profile_update_data import ProfileUpdateData
    from figshare_api_v3.models.project import Project
    from figshare_api_v3.models.project_collaborator import ProjectCollaborator
    from figshare_api_v3.models.project_collaborator_invite import ProjectCollaboratorInvite
    from figshare_api_v3.models.project_complete import ProjectComplete
    from figshare_api_v3.models.project_complete_private import ProjectCompletePrivate
    from figshare_api_v3.models.project_create import ProjectCreate
    from figshare_api_v3.models.project_note import ProjectNote
    from figshare_api_v3.models.project_note_create import ProjectNoteCreate
    from figshare_api_v3.models.project_note_private import ProjectNotePrivate
    from figshare_api_v3.models.project_private import ProjectPrivate
    from figshare_api_v3.models.project_update import ProjectUpdate
    from figshare_api_v3.models.projects_public_list_order import ProjectsPublicListOrder
    from figshare_api_v3.models.projects_public_list_order_direction import ProjectsPublicListOrderDirection
    from figshare_api_v3.models.projects_search import ProjectsSearch
    from figshare_api_v3.models.public_file import PublicFile
    from figshare_api_v3.models.readcube_add_cites_body import ReadcubeAddCitesBody
    from figshare_api_v3.models.resource import Resource
    from figshare_api_v3.models.response_message import ResponseMessage
    from figshare_api_v3.models.role import Role
    from figshare_api_v3.models.short_account import ShortAccount
    from figshare_api_v3.models.underlying_field import UnderlyingField
    from figshare_api_v3.models.update_user_profile_picture_body import UpdateUserProfilePictureBody
    from figshare_api_v3.models.update_user_profile_picture_response_200 import UpdateUserProfilePictureResponse200
    from figshare_api_v3.models.update_user_profile_response_200 import UpdateUserProfileResponse200
    from figshare_api_v3.models.user import User
    from figshare_api_v3.models.whoami_response_200 import WhoamiResponse200


class Requester(Protocol):
    """Sends one operation and returns its parsed success response."""

    def call(self, module: str, success_statuses: tuple[int, ...], arguments: dict[str, Any]) -> Any: ...


class AsyncRequester(Protocol):
    """Sends one operation and returns its parsed success response (async)."""

    async def call(self, module: str, success_statuses: tuple[int, ...], arguments: dict[str, Any]) -> Any: ...


class AltmetricResource:
    """Operations on ``altmetric`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def institutions_list(self, *, offset: int | Unset = UNSET) -> builtins.list[AltmetricInstitution]:
        """List Altmetric Institutions

         Returns a list of institutions available for Altmetric reporting

        Args:
            offset (int | Unset):

        ``GET /altmetric/institutions`` (operation ``altmetric_institutions_list``).
        """
        return cast(
            "builtins.list[AltmetricInstitution]",
            self._requester.call(
                "figshare_api_v3.api.altmetric.altmetric_institutions_list", (200,), {"offset": offset}
            ),
        )


class AccountAuthorsResource:
    """Operations on ``account.authors`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, author_id: int) -> AuthorComplete:
        """Author details

         View author details

        Args:
            author_id (int):

        ``GET /account/authors/{author_id}`` (operation ``private_author_details``).
        """
        return cast(
            "AuthorComplete",
            self._requester.call(
                "figshare_api_v3.api.authors.private_author_details", (200,), {"author_id": author_id}
            ),
        )

    def search(self, *, body: PrivateAuthorsSearch | Unset = UNSET) -> builtins.list[AuthorComplete]:
        """Search Authors

         Search for authors

        Args:
            body (PrivateAuthorsSearch | Unset):

        ``POST /account/authors/search`` (operation ``private_authors_search``).
        """
        return cast(
            "builtins.list[AuthorComplete]",
            self._requester.call("figshare_api_v3.api.authors.private_authors_search", (200,), {"body": body}),
        )


class AccountCollectionsResource:
    """Operations on ``account.collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def author_delete(self, collection_id: int, author_id: int) -> None:
        """Delete collection author

         Delete collection author

        Args:
            collection_id (int):
            author_id (int):

        ``DELETE /account/collections/{collection_id}/authors/{author_id}`` (operation ``private_collection_author_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_author_delete",
            (204,),
            {"collection_id": collection_id, "author_id": author_id},
        )

    def authors_add(self, collection_id: int, *, body: AuthorsCreator) -> Location:
        """Add collection authors

         Associate new authors with the collection. This will add new authors to the list of already
        associated authors

        Args:
            collection_id (int):
            body (AuthorsCreator):

        ``POST /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_add``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_authors_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def authors_list(self, collection_id: int) -> builtins.list[Author]:
        """List collection authors

         List collection authors

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_list``).
        """
        return cast(
            "builtins.list[Author]",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_authors_list",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    def authors_replace(self, collection_id: int, *, body: AuthorsCreator) -> None:
        """Replace collection authors

         Associate new authors with the collection. This will remove all already associated authors and add
        these new ones

        Args:
            collection_id (int):
            body (AuthorsCreator):

        ``PUT /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_replace``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_authors_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    def categories_add(self, collection_id: int, *, body: CategoriesCreator) -> Location:
        """Add collection categories

         Associate new categories with the collection. This will add new categories to the list of already
        associated categories

        Args:
            collection_id (int):
            body (CategoriesCreator):

        ``POST /account/collections/{collection_id}/categories`` (operation ``private_collection_categories_add``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_categories_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def categories_list(self, collection_id: int) -> builtins.list[Category]:
        """List collection categories

         List collection categories

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}/categories`` (operation ``private_collection_categories_list``).
        """
        return cast(
            "builtins.list[Category]",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_categories_list",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    def categories_replace(self, collection_id: int, *, body: CategoriesCreator) -> None:
        """Replace collection categories

         Associate new categories with the collection. This will remove all already associated categories and
        add these new ones

        Args:
            collection_id (int):
            body (CategoriesCreator):

        ``PUT /account/collections/{collection_id}/categories`` (operation ``private_collection_categories_replace``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_categories_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    def category_delete(self, collection_id: int, category_id: int) -> None:
        """Delete collection category

         De-associate category from collection

        Args:
            collection_id (int):
            category_id (int):

        ``DELETE /account/collections/{collection_id}/categories/{category_id}`` (operation ``private_collection_category_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_category_delete",
            (204,),
            {"collection_id": collection_id, "category_id": category_id},
        )

    def create(self, *, body: CollectionCreate) -> LocationWarnings:
        """Create collection

         Create a new collection. All metadata is wrapped in a `fields` object (`title` is required);
        `group_id` is the only other top-level key. Legacy flat-payload top-level metadata is rejected with
        422. `categories` entries accept `id` (int) or `source_id` (string), mixed allowed; unresolved
        `source_id` values are reported in the response `warnings` array. Unrecognised field names inside
        `fields` are rejected with 422.

        Args:
            body (CollectionCreate): v3 collection creation payload. All metadata goes inside
                'fields'; only group_id stays top-level. Example: {'fields': {'title': 'My collection'}}.

        ``POST /account/collections`` (operation ``private_collection_create``).
        """
        return cast(
            "LocationWarnings",
            self._requester.call("figshare_api_v3.api.collections.private_collection_create", (201,), {"body": body}),
        )

    def delete(self, collection_id: int) -> None:
        """Delete collection

         Delete a collection. Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise.

        Args:
            collection_id (int):

        ``DELETE /account/collections/{collection_id}`` (operation ``private_collection_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_delete", (204,), {"collection_id": collection_id}
        )

    def details(self, collection_id: int) -> CollectionCompletePrivate:
        """Collection details

         View a private collection. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).
        """
        return cast(
            "CollectionCompletePrivate",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_details", (200,), {"collection_id": collection_id}
            ),
        )

    def fields_catalog(self) -> builtins.list[UnderlyingField]:
        """Collection Field Definitions

         Returns the catalog of underlying field definitions for collections. Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/collections/fields`` (operation ``collections_fields_catalog``).
        """
        return cast(
            "builtins.list[UnderlyingField]",
            self._requester.call("figshare_api_v3.api.other.collections_fields_catalog", (200,), {}),
        )

    def fields_configuration(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Collection Field Configuration

         Returns the fields configured for collections, including per-type overrides (display_name,
        hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
        enabled for the institution; returns 403 otherwise.

        Args:
            group_id (int | Unset):

        ``GET /account/collections/fields/configuration`` (operation ``collections_fields_configuration``).
        """
        return cast(
            "builtins.list[ItemTypeField]",
            self._requester.call(
                "figshare_api_v3.api.other.collections_fields_configuration", (200,), {"group_id": group_id}
            ),
        )

    def item_delete(self, collection_id: int, item_id: int) -> None:
        """Delete collection item

         De-associate item from collection

        Args:
            collection_id (int):
            item_id (int):

        ``DELETE /account/collections/{collection_id}/items/{item_id}`` (operation ``private_collection_item_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_collection_item_delete",
            (204,),
            {"collection_id": collection_id, "item_id": item_id},
        )

    def items_add(self, collection_id: int, *, body: ItemsCreator) -> Location:
        """Add collection items

         Associate new items with the collection. This will add new items to the list of already associated
        items

        Args:
            collection_id (int):
            body (ItemsCreator):

        ``POST /account/collections/{collection_id}/items`` (operation ``private_collection_items_add``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.items.private_collection_items_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def items_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """List collection items

         List collection items Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise.

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/collections/{collection_id}/items`` (operation ``private_collection_items_list``).
        """
        return cast(
            "builtins.list[Item]",
            self._requester.call(
                "figshare_api_v3.api.items.private_collection_items_list",
                (200,),
                {
                    "collection_id": collection_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def items_replace(self, collection_id: int, *, body: ItemsCreator) -> None:
        """Replace collection items

         Associate new items with the collection. This will remove all already associated items and add these
        new ones

        Args:
            collection_id (int):
            body (ItemsCreator):

        ``PUT /account/collections/{collection_id}/items`` (operation ``private_collection_items_replace``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_collection_items_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateCollectionsListOrder | Unset = UNSET,
        order_direction: PrivateCollectionsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Private Collections

         List the caller's own collections (light list shape). 403 when item-type based metadata is not
        enabled for the caller's institution; fetch `/v3/account/collections/{collection_id}` for the full
        detail.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateCollectionsListOrder | Unset):
            order_direction (PrivateCollectionsListOrderDirection | Unset):
            item_type_id (int | Unset):

        ``GET /account/collections`` (operation ``private_collections_list``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collections_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "item_type_id": item_type_id,
                },
            ),
        )

    def patch(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection

         Partially update a collection by sending only the keys to change. For collections with item-type
        based metadata, send the keys to update inside `fields:{}` — keys not present are preserved.
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
        rejected). Unresolved `source_id` values are reported in the response `warnings` array. Unrecognised
        field names inside `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata
        to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):
            body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
                inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_patch",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def private_link_create(
        self, collection_id: int, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create collection private link

         Create new private link

        Args:
            collection_id (int):
            body (CollectionPrivateLinkCreator | Unset):

        ``POST /account/collections/{collection_id}/private_links`` (operation ``private_collection_private_link_create``).
        """
        return cast(
            "PrivateLinkResponse",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_private_link_create",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def private_link_delete(self, collection_id: int, link_id: str) -> None:
        """Disable private link

         Disable/delete private link for this collection

        Args:
            collection_id (int):
            link_id (str):

        ``DELETE /account/collections/{collection_id}/private_links/{link_id}`` (operation ``private_collection_private_link_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_private_link_delete",
            (204,),
            {"collection_id": collection_id, "link_id": link_id},
        )

    def private_link_details(self, collection_id: int, link_id: str) -> PrivateLink:
        """View collection private link

         View existing private link for this collection

        Args:
            collection_id (int):
            link_id (str):

        ``GET /account/collections/{collection_id}/private_links/{link_id}`` (operation ``private_collection_private_link_details``).
        """
        return cast(
            "PrivateLink",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_private_link_details",
                (200,),
                {"collection_id": collection_id, "link_id": link_id},
            ),
        )

    def private_link_update(
        self, collection_id: int, link_id: str, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update collection private link

         Update existing private link for this collection

        Args:
            collection_id (int):
            link_id (str):
            body (CollectionPrivateLinkCreator | Unset):

        ``PUT /account/collections/{collection_id}/private_links/{link_id}`` (operation ``private_collection_private_link_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.collections.private_collection_private_link_update",
            (205,),
            {"collection_id": collection_id, "link_id": link_id, "body": body},
        )

    def private_links_list(self, collection_id: int) -> builtins.list[PrivateLink]:
        """List collection private links

         List article private links

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}/private_links`` (operation ``private_collection_private_links_list``).
        """
        return cast(
            "builtins.list[PrivateLink]",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_private_links_list",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    def publish(self, collection_id: int) -> Location:
        """Private Collection Publish

         When a collection is published, a new public version will be generated. Any further updates to the
        collection will affect the private collection data. In order to make these changes publicly visible,
        an explicit publish operation is needed.

        Args:
            collection_id (int):

        ``POST /account/collections/{collection_id}/publish`` (operation ``private_collection_publish``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_publish", (201,), {"collection_id": collection_id}
            ),
        )

    def reserve_doi(self, collection_id: int) -> CollectionDOI:
        """Private Collection Reserve DOI

         Reserve DOI for collection

        Args:
            collection_id (int):

        ``POST /account/collections/{collection_id}/reserve_doi`` (operation ``private_collection_reserve_doi``).
        """
        return cast(
            "CollectionDOI",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_reserve_doi",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    def reserve_handle(self, collection_id: int) -> CollectionHandle:
        """Private Collection Reserve Handle

         Reserve Handle for collection

        Args:
            collection_id (int):

        ``POST /account/collections/{collection_id}/reserve_handle`` (operation ``private_collection_reserve_handle``).
        """
        return cast(
            "CollectionHandle",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_reserve_handle",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    def resource(self, collection_id: int, *, body: Resource) -> Location:
        """Private Collection Resource

         Edit collection resource data.

        Args:
            collection_id (int):
            body (Resource):

        ``POST /account/collections/{collection_id}/resource`` (operation ``private_collection_resource``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_resource",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Private Collections Search

         Search the caller's own collections. Same light list shape as `/v3/account/collections`.

        Args:
            body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
                collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
                rejected for institutions with item-type based metadata enabled.

        ``POST /account/collections/search`` (operation ``private_collections_search``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call("figshare_api_v3.api.collections.private_collections_search", (200,), {"body": body}),
        )

    def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection

         Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
        rejected). Unresolved `source_id` values are reported in the response `warnings` array. Requires
        item-type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):
            body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
                inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api_v3.api.collections.private_collection_update",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )


class AccountInstitutionResource:
    """Operations on ``account.institution`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def accounts_create(self, *, body: AccountCreate) -> AccountCreateResponse:
        """Create new Institution Account

         Create a new Account by sending account information. When the institution_user_id is provided, no
        verification email will be sent. The email_verified flag will automatically be set to true. If the
        institution_user_id is not provided, a verification email will be sent. The email_verified flag will
        be set to true once the account is created.

        Args:
            body (AccountCreate):

        ``POST /account/institution/accounts`` (operation ``private_institution_accounts_create``).
        """
        return cast(
            "AccountCreateResponse",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_accounts_create", (201,), {"body": body}
            ),
        )

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
        """Private Account Institution Accounts

         Returns the accounts for which the account has administrative privileges (assigned and inherited).

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            is_active (int | Unset):
            institution_user_id (str | Unset):
            email (str | Unset):
            id_lte (int | Unset):
            id_gte (int | Unset):

        ``GET /account/institution/accounts`` (operation ``private_institution_accounts_list``).
        """
        return cast(
            "builtins.list[ShortAccount]",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_accounts_list",
                (200,),
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
            ),
        )

    def accounts_search(self, *, body: InstitutionAccountsSearch) -> builtins.list[ShortAccount]:
        """Private Account Institution Accounts Search

         Returns the accounts for which the account has administrative privileges (assigned and inherited).

        Args:
            body (InstitutionAccountsSearch):

        ``POST /account/institution/accounts/search`` (operation ``private_institution_accounts_search``).
        """
        return cast(
            "builtins.list[ShortAccount]",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_accounts_search", (200,), {"body": body}
            ),
        )

    def accounts_update(self, account_id: int, *, body: AccountUpdate) -> None:
        """Update Institution Account

         Update Institution Account

        Args:
            account_id (int):
            body (AccountUpdate):

        ``PUT /account/institution/accounts/{account_id}`` (operation ``private_institution_accounts_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.institutions.private_institution_accounts_update",
            (205,),
            {"account_id": account_id, "body": body},
        )

    def curation(self, curation_id: int) -> CurationDetail:
        """Institution Curation Review

         Retrieve a certain curation review by its ID

        Args:
            curation_id (int):

        ``GET /account/institution/review/{curation_id}`` (operation ``account_institution_curation``).
        """
        return cast(
            "CurationDetail",
            self._requester.call(
                "figshare_api_v3.api.institutions.account_institution_curation", (200,), {"curation_id": curation_id}
            ),
        )

    def curations(
        self,
        *,
        group_id: int | Unset = UNSET,
        item_id: int | Unset = UNSET,
        status: AccountInstitutionCurationsStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Curation:
        """Institution Curation Reviews

         Retrieve a list of curation reviews for this institution

        Args:
            group_id (int | Unset):
            item_id (int | Unset):
            status (AccountInstitutionCurationsStatus | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/institution/reviews`` (operation ``account_institution_curations``).
        """
        return cast(
            "Curation",
            self._requester.call(
                "figshare_api_v3.api.institutions.account_institution_curations",
                (200,),
                {"group_id": group_id, "item_id": item_id, "status": status, "limit": limit, "offset": offset},
            ),
        )

    def details(self) -> Institution:
        """Private Account Institutions

         Account institution details

        ``GET /account/institution`` (operation ``private_institution_details``).
        """
        return cast(
            "Institution",
            self._requester.call("figshare_api_v3.api.institutions.private_institution_details", (200,), {}),
        )

    def embargo_options_details(self) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution embargo options

         Account institution embargo options details

        ``GET /account/institution/embargo_options`` (operation ``private_institution_embargo_options_details``).
        """
        return cast(
            "builtins.list[GroupEmbargoOptions]",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_embargo_options_details", (200,), {}
            ),
        )

    def fields_upload(
        self, field_id: int, *, body: AccountInstitutionFieldsUploadBody | Unset = UNSET
    ) -> AccountInstitutionFieldsUploadResponse200:
        """Fields values files upload

         Uploads a CSV containing values for a specific field of type <b>dropdown_large_list</b>. The
        <code>field_id</code> path parameter accepts both classic custom field IDs (legacy) and underlying
        field IDs. The lookup is performed automatically — no additional parameter is required.

        Args:
            field_id (int):
            body (AccountInstitutionFieldsUploadBody | Unset):

        ``POST /account/institution/fields/{field_id}/items/upload`` (operation ``account_institution_fields_upload``).
        """
        return cast(
            "AccountInstitutionFieldsUploadResponse200",
            self._requester.call(
                "figshare_api_v3.api.institutions.account_institution_fields_upload",
                (200,),
                {"field_id": field_id, "body": body},
            ),
        )

    def get(self, account_id: int) -> Account:
        """Private Institution Account information

         Private Institution Account information

        Args:
            account_id (int):

        ``GET /account/institution/accounts/{account_id}`` (operation ``private_institution_account``).
        """
        return cast(
            "Account",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_account", (200,), {"account_id": account_id}
            ),
        )

    def get_curation_comments(
        self, curation_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> CurationComment:
        """Institution Curation Review Comments

         Retrieve a certain curation review's comments.

        Args:
            curation_id (int):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/institution/review/{curation_id}/comments`` (operation ``get_account_institution_curation_comments``).
        """
        return cast(
            "CurationComment",
            self._requester.call(
                "figshare_api_v3.api.institutions.get_account_institution_curation_comments",
                (200,),
                {"curation_id": curation_id, "limit": limit, "offset": offset},
            ),
        )

    def group_embargo_options_details(self, group_id: int) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution Group Embargo Options

         Account institution group embargo options details

        Args:
            group_id (int):

        ``GET /account/institution/groups/{group_id}/embargo_options`` (operation ``private_group_embargo_options_details``).
        """
        return cast(
            "builtins.list[GroupEmbargoOptions]",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_group_embargo_options_details", (200,), {"group_id": group_id}
            ),
        )

    def group_role_delete(self, account_id: int, group_id: int, role_id: int) -> None:
        """Delete Institution Account Group Role

         Delete Institution Account Group Role

        Args:
            account_id (int):
            group_id (int):
            role_id (int):

        ``DELETE /account/institution/roles/{account_id}/{group_id}/{role_id}`` (operation ``private_institution_account_group_role_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.institutions.private_institution_account_group_role_delete",
            (204,),
            {"account_id": account_id, "group_id": group_id, "role_id": role_id},
        )

    def group_roles(self, account_id: int) -> AccountGroupRoles:
        """List Institution Account Group Roles

         List Institution Account Group Roles

        Args:
            account_id (int):

        ``GET /account/institution/roles/{account_id}`` (operation ``private_institution_account_group_roles``).
        """
        return cast(
            "AccountGroupRoles",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_account_group_roles",
                (200,),
                {"account_id": account_id},
            ),
        )

    def group_roles_create(self, account_id: int, *, body: AccountGroupRolesCreate) -> None:
        """Add Institution Account Group Roles

         Add Institution Account Group Roles

        Args:
            account_id (int):
            body (AccountGroupRolesCreate):  Example: {'2': [2, 7], '3': [7, 9]}.

        ``POST /account/institution/roles/{account_id}`` (operation ``private_institution_account_group_roles_create``).
        """
        self._requester.call(
            "figshare_api_v3.api.institutions.private_institution_account_group_roles_create",
            (201,),
            {"account_id": account_id, "body": body},
        )

    def groups_list(self) -> builtins.list[Group]:
        """Private Account Institution Groups

         Returns the groups for which the account has administrative privileges (assigned and inherited).

        ``GET /account/institution/groups`` (operation ``private_institution_groups_list``).
        """
        return cast(
            "builtins.list[Group]",
            self._requester.call("figshare_api_v3.api.institutions.private_institution_groups_list", (200,), {}),
        )

    def items(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateInstitutionItemsOrder | Unset = UNSET,
        order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        status: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
        group: int | Unset = UNSET,
        category: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Private Institution Items

         Get Items from own institution. User must be administrator of the institution Requires item-type
        based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateInstitutionItemsOrder | Unset):
            order_direction (PrivateInstitutionItemsOrderDirection | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            status (int | Unset):
            resource_doi (str | Unset):
            item_type_id (int | Unset):
            group (int | Unset):
            category (int | Unset):

        ``GET /account/institution/items`` (operation ``private_institution_items``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            self._requester.call(
                "figshare_api_v3.api.items.private_institution_items",
                (200,),
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
                    "item_type_id": item_type_id,
                    "group": group,
                    "category": category,
                },
            ),
        )

    def post_curation_comments(self, curation_id: int, *, body: CurationCommentCreate) -> None:
        """POST Institution Curation Review Comment

         Add a new comment to the review.

        Args:
            curation_id (int):
            body (CurationCommentCreate):

        ``POST /account/institution/review/{curation_id}/comments`` (operation ``post_account_institution_curation_comments``).
        """
        self._requester.call(
            "figshare_api_v3.api.institutions.post_account_institution_curation_comments",
            (200,),
            {"curation_id": curation_id, "body": body},
        )

    def roles_list(self) -> builtins.list[Role]:
        """Private Account Institution Roles

         Returns the roles available for groups and the institution group.

        ``GET /account/institution/roles`` (operation ``private_institution_roles_list``).
        """
        return cast(
            "builtins.list[Role]",
            self._requester.call("figshare_api_v3.api.institutions.private_institution_roles_list", (200,), {}),
        )

    def user(self, account_id: int) -> User:
        """Private Account Institution User

         Retrieve institution user information using the account_id

        Args:
            account_id (int):

        ``GET /account/institution/users/{account_id}`` (operation ``private_account_institution_user``).
        """
        return cast(
            "User",
            self._requester.call(
                "figshare_api_v3.api.institutions.private_account_institution_user", (200,), {"account_id": account_id}
            ),
        )


class AccountCategoriesResource:
    """Operations on ``account.categories`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[CategoryList]:
        """Private Account Categories

         List institution categories (including parent Categories)

        ``GET /account/categories`` (operation ``private_categories_list``).
        """
        return cast(
            "builtins.list[CategoryList]",
            self._requester.call("figshare_api_v3.api.institutions.private_categories_list", (200,), {}),
        )


class AccountFundingResource:
    """Operations on ``account.funding`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def search(self, *, body: FundingSearch | Unset = UNSET) -> builtins.list[FundingInformation]:
        """Search Funding

         Search for fundings

        Args:
            body (FundingSearch | Unset):

        ``POST /account/funding/search`` (operation ``private_funding_search``).
        """
        return cast(
            "builtins.list[FundingInformation]",
            self._requester.call("figshare_api_v3.api.other.private_funding_search", (200,), {"body": body}),
        )


class AccountProfileResource:
    """Operations on ``account.profile`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def update_user(
        self, *, body: ProfileUpdateData, user_id: int | Unset = UNSET, institution_user_id: str | Unset = UNSET
    ) -> UpdateUserProfileResponse200:
        """Update public profile

         Updates the fields of the user's public profile.

        Args:
            user_id (int | Unset):
            institution_user_id (str | Unset):
            body (ProfileUpdateData):

        ``PUT /account/profile`` (operation ``update_user_profile``).
        """
        return cast(
            "UpdateUserProfileResponse200",
            self._requester.call(
                "figshare_api_v3.api.profiles.update_user_profile",
                (200,),
                {"body": body, "user_id": user_id, "institution_user_id": institution_user_id},
            ),
        )

    def update_user_picture(
        self, user_id: int, *, body: UpdateUserProfilePictureBody
    ) -> UpdateUserProfilePictureResponse200:
        """Update public profile picture

         Updates the profile picture of the user's public profile.

        Args:
            user_id (int):
            body (UpdateUserProfilePictureBody):

        ``POST /account/profile/{user_id}/picture`` (operation ``update_user_profile_picture``).
        """
        return cast(
            "UpdateUserProfilePictureResponse200",
            self._requester.call(
                "figshare_api_v3.api.profiles.update_user_profile_picture", (200,), {"user_id": user_id, "body": body}
            ),
        )


class AccountProjectsResource:
    """Operations on ``account.projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def collaborator_delete(self, project_id: int, user_id: int) -> None:
        """Remove project collaborator

         Remove project collaborator

        Args:
            project_id (int):
            user_id (int):

        ``DELETE /account/projects/{project_id}/collaborators/{user_id}`` (operation ``private_project_collaborator__Delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.projects.private_project_collaborator_delete",
            (204,),
            {"project_id": project_id, "user_id": user_id},
        )

    def collaborators_invite(self, project_id: int, *, body: ProjectCollaboratorInvite) -> ResponseMessage:
        """Invite project collaborators

         Invite users to collaborate on project or view the project

        Args:
            project_id (int):
            body (ProjectCollaboratorInvite):

        ``POST /account/projects/{project_id}/collaborators`` (operation ``private_project_collaborators_invite``).
        """
        return cast(
            "ResponseMessage",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_collaborators_invite",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    def collaborators_list(self, project_id: int) -> builtins.list[ProjectCollaborator]:
        """List project collaborators

         List Project collaborators and invited users

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}/collaborators`` (operation ``private_project_collaborators_list``).
        """
        return cast(
            "builtins.list[ProjectCollaborator]",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_collaborators_list", (200,), {"project_id": project_id}
            ),
        )

    def create(self, *, body: ProjectCreate) -> CreateProjectResponse:
        """Create project

         Create a new project. All metadata is wrapped in a `fields` object (`title` is required;
        `description`, `funding_list`, and any configured custom fields are optional); `group_id` is the
        only top-level key. Legacy flat-payload top-level metadata is rejected with 422. `funding_list`
        entries accept either `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a
        new user-defined entry). Unrecognised field names inside `fields` (e.g. a typo) are rejected with
        422.

        Args:
            body (ProjectCreate): v3 project creation payload. All metadata goes inside 'fields'; only
                group_id stays top-level. Example: {'fields': {'title': 'My project'}}.

        ``POST /account/projects`` (operation ``private_project_create``).
        """
        return cast(
            "CreateProjectResponse",
            self._requester.call("figshare_api_v3.api.projects.private_project_create", (201,), {"body": body}),
        )

    def delete(self, project_id: int) -> None:
        """Delete project

         A project can be deleted only if: - it is not public - it does not have public articles.

        When an individual project is deleted, all the articles are moved to my data of each owner.

        When a group project is deleted, all the articles and files are deleted as well. Only project owner,
        group admin and above can delete a project. Requires item-type based metadata to be enabled for the
        institution; returns 403 otherwise.

        Args:
            project_id (int):

        ``DELETE /account/projects/{project_id}`` (operation ``private_project_delete``).
        """
        self._requester.call("figshare_api_v3.api.projects.private_project_delete", (204,), {"project_id": project_id})

    def details(self, project_id: int) -> ProjectCompletePrivate:
        """View project details

         View a private project. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}`` (operation ``private_project_details``).
        """
        return cast(
            "ProjectCompletePrivate",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_details", (200,), {"project_id": project_id}
            ),
        )

    def fields_catalog(self) -> builtins.list[UnderlyingField]:
        """Project Field Definitions

         Returns the catalog of underlying field definitions for projects. Requires item-type based metadata
        to be enabled for the institution; returns 403 otherwise.

        ``GET /account/projects/fields`` (operation ``projects_fields_catalog``).
        """
        return cast(
            "builtins.list[UnderlyingField]",
            self._requester.call("figshare_api_v3.api.other.projects_fields_catalog", (200,), {}),
        )

    def fields_configuration(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Project Field Configuration

         Returns the fields configured for projects, including per-type overrides (display_name, hint_text,
        is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled for
        the institution; returns 403 otherwise.

        Args:
            group_id (int | Unset):

        ``GET /account/projects/fields/configuration`` (operation ``projects_fields_configuration``).
        """
        return cast(
            "builtins.list[ItemTypeField]",
            self._requester.call(
                "figshare_api_v3.api.other.projects_fields_configuration", (200,), {"group_id": group_id}
            ),
        )

    def item_delete(self, project_id: int, item_id: int) -> None:
        """Delete project item

         Delete project item

        Args:
            project_id (int):
            item_id (int):

        ``DELETE /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_project_item_delete",
            (204,),
            {"project_id": project_id, "item_id": item_id},
        )

    def item_details(self, project_id: int, item_id: int) -> ItemCompletePrivate:
        """Project item details

         Project item details

        Args:
            project_id (int):
            item_id (int):

        ``GET /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_details``).
        """
        return cast(
            "ItemCompletePrivate",
            self._requester.call(
                "figshare_api_v3.api.items.private_project_item_details",
                (200,),
                {"project_id": project_id, "item_id": item_id},
            ),
        )

    def item_file(self, project_id: int, item_id: int, file_id: int) -> PrivateFile:
        """Project item file details

         Project item file details

        Args:
            project_id (int):
            item_id (int):
            file_id (int):

        ``GET /account/projects/{project_id}/items/{item_id}/files/{file_id}`` (operation ``private_project_item_file``).
        """
        return cast(
            "PrivateFile",
            self._requester.call(
                "figshare_api_v3.api.items.private_project_item_file",
                (200,),
                {"project_id": project_id, "item_id": item_id, "file_id": file_id},
            ),
        )

    def item_files(self, project_id: int, item_id: int) -> builtins.list[PrivateFile]:
        """Project item list files

         List item files

        Args:
            project_id (int):
            item_id (int):

        ``GET /account/projects/{project_id}/items/{item_id}/files`` (operation ``private_project_item_files``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            self._requester.call(
                "figshare_api_v3.api.items.private_project_item_files",
                (200,),
                {"project_id": project_id, "item_id": item_id},
            ),
        )

    def items_create(self, project_id: int, *, body: PrivateProjectItemsCreateBody) -> Location:
        """Create project item

         Create a new Item and associate it with this project

        Args:
            project_id (int):
            body (PrivateProjectItemsCreateBody):

        ``POST /account/projects/{project_id}/items`` (operation ``private_project_items_create``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.items.private_project_items_create",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    def items_list(
        self, project_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> builtins.list[Item]:
        """List project items

         List project items Requires item-type based metadata to be enabled for the institution; returns 403
        otherwise.

        Args:
            project_id (int):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/projects/{project_id}/items`` (operation ``private_project_items_list``).
        """
        return cast(
            "builtins.list[Item]",
            self._requester.call(
                "figshare_api_v3.api.items.private_project_items_list",
                (200,),
                {"project_id": project_id, "limit": limit, "offset": offset},
            ),
        )

    def leave(self, project_id: int) -> None:
        """Private Project Leave

         Please note: project's owner cannot leave the project.

        Args:
            project_id (int):

        ``POST /account/projects/{project_id}/leave`` (operation ``private_project_leave``).
        """
        self._requester.call("figshare_api_v3.api.projects.private_project_leave", (204,), {"project_id": project_id})

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateProjectsListOrder | Unset = UNSET,
        order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
        storage: PrivateProjectsListStorage | Unset = UNSET,
        roles: str | Unset = UNSET,
    ) -> builtins.list[ProjectPrivate]:
        """Private Projects

         List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled
        for the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateProjectsListOrder | Unset):
            order_direction (PrivateProjectsListOrderDirection | Unset):
            storage (PrivateProjectsListStorage | Unset):
            roles (str | Unset):

        ``GET /account/projects`` (operation ``private_projects_list``).
        """
        return cast(
            "builtins.list[ProjectPrivate]",
            self._requester.call(
                "figshare_api_v3.api.projects.private_projects_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "storage": storage,
                    "roles": roles,
                },
            ),
        )

    def note(self, project_id: int, note_id: int) -> ProjectNotePrivate:
        """Project note details

        Args:
            project_id (int):
            note_id (int):

        ``GET /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note``).
        """
        return cast(
            "ProjectNotePrivate",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_note",
                (200,),
                {"project_id": project_id, "note_id": note_id},
            ),
        )

    def note_delete(self, project_id: int, note_id: int) -> None:
        """Delete project note

        Args:
            project_id (int):
            note_id (int):

        ``DELETE /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.projects.private_project_note_delete",
            (204,),
            {"project_id": project_id, "note_id": note_id},
        )

    def note_update(self, project_id: int, note_id: int, *, body: ProjectNoteCreate) -> None:
        """Update project note

        Args:
            project_id (int):
            note_id (int):
            body (ProjectNoteCreate):

        ``PUT /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.projects.private_project_note_update",
            (205,),
            {"project_id": project_id, "note_id": note_id, "body": body},
        )

    def notes_create(self, project_id: int, *, body: ProjectNoteCreate) -> Location:
        """Create project note

         Create a new project note

        Args:
            project_id (int):
            body (ProjectNoteCreate):

        ``POST /account/projects/{project_id}/notes`` (operation ``private_project_notes_create``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_notes_create",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    def notes_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ProjectNote]:
        """List project notes

         List project notes

        Args:
            project_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/projects/{project_id}/notes`` (operation ``private_project_notes_list``).
        """
        return cast(
            "builtins.list[ProjectNote]",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_notes_list",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def partial_update(self, project_id: int, *, body: ProjectUpdate | Unset = UNSET) -> None:
        """Partially update project

         Partially update a project; only provided keys will be changed. For institutions with item-type
        based metadata enabled, send the keys to update inside `fields:{}` — keys not present are preserved.
        `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Unrecognised field names inside
        `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata to be enabled for
        the institution; returns 403 otherwise.

        Args:
            project_id (int):
            body (ProjectUpdate | Unset): v3 project update payload. Send only the metadata that
                changes inside 'fields'. The project group cannot be changed. Example: {'fields':
                {'description': 'Updated project description'}}.

        ``PATCH /account/projects/{project_id}`` (operation ``private_project_partial_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.projects.private_project_partial_update",
            (205,),
            {"project_id": project_id, "body": body},
        )

    def publish(self, project_id: int) -> ResponseMessage:
        """Private Project Publish

         Publish a project. Possible after all items inside it are public

        Args:
            project_id (int):

        ``POST /account/projects/{project_id}/publish`` (operation ``private_project_publish``).
        """
        return cast(
            "ResponseMessage",
            self._requester.call(
                "figshare_api_v3.api.projects.private_project_publish", (200,), {"project_id": project_id}
            ),
        )

    def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[ProjectPrivate]:
        """Private Projects Search

         Search the caller's own projects. Same light list shape as `/v3/account/projects`.

        Args:
            body (ProjectsSearch | Unset): v3 project search payload. `order` accepts the current date
                keys; legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.

        ``POST /account/projects/search`` (operation ``private_projects_search``).
        """
        return cast(
            "builtins.list[ProjectPrivate]",
            self._requester.call("figshare_api_v3.api.projects.private_projects_search", (200,), {"body": body}),
        )

    def update(self, project_id: int, *, body: ProjectUpdate) -> None:
        """Update project

         Update a project by passing full body parameters. Metadata is wrapped in a `fields` object.
        `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            project_id (int):
            body (ProjectUpdate): v3 project update payload. Send only the metadata that changes
                inside 'fields'. The project group cannot be changed. Example: {'fields': {'description':
                'Updated project description'}}.

        ``PUT /account/projects/{project_id}`` (operation ``private_project_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.projects.private_project_update", (205,), {"project_id": project_id, "body": body}
        )


class AccountItemsResource:
    """Operations on ``account.items`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def author_delete(self, item_id: int, author_id: int) -> None:
        """Delete item author

         De-associate author from item

        Args:
            item_id (int):
            author_id (int):

        ``DELETE /account/items/{item_id}/authors/{author_id}`` (operation ``private_item_author_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_author_delete", (204,), {"item_id": item_id, "author_id": author_id}
        )

    def authors_add(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Add item authors

         Associate new authors with the item. This will add new authors to the list of already associated
        authors

        Args:
            item_id (int):
            body (AuthorsCreator):

        ``POST /account/items/{item_id}/authors`` (operation ``private_item_authors_add``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_authors_add", (205,), {"item_id": item_id, "body": body}
        )

    def authors_list(self, item_id: int) -> builtins.list[Author]:
        """List item authors

         List item authors

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/authors`` (operation ``private_item_authors_list``).
        """
        return cast(
            "builtins.list[Author]",
            self._requester.call("figshare_api_v3.api.items.private_item_authors_list", (200,), {"item_id": item_id}),
        )

    def authors_replace(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Replace item authors

         Associate new authors with the item. This will remove all already associated authors and add these
        new ones

        Args:
            item_id (int):
            body (AuthorsCreator):

        ``PUT /account/items/{item_id}/authors`` (operation ``private_item_authors_replace``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_authors_replace", (205,), {"item_id": item_id, "body": body}
        )

    def categories_add(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Add item categories

         Associate new categories with the item. This will add new categories to the list of already
        associated categories

        Args:
            item_id (int):
            body (CategoriesCreator):

        ``POST /account/items/{item_id}/categories`` (operation ``private_item_categories_add``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_categories_add", (205,), {"item_id": item_id, "body": body}
        )

    def categories_list(self, item_id: int) -> builtins.list[Category]:
        """List item categories

         List item categories

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/categories`` (operation ``private_item_categories_list``).
        """
        return cast(
            "builtins.list[Category]",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_categories_list", (200,), {"item_id": item_id}
            ),
        )

    def categories_replace(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Replace item categories

         Associate new categories with the item. This will remove all already associated categories and add
        these new ones

        Args:
            item_id (int):
            body (CategoriesCreator):

        ``PUT /account/items/{item_id}/categories`` (operation ``private_item_categories_replace``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_categories_replace", (205,), {"item_id": item_id, "body": body}
        )

    def category_delete(self, item_id: int, category_id: int) -> None:
        """Delete item category

         De-associate category from item

        Args:
            item_id (int):
            category_id (int):

        ``DELETE /account/items/{item_id}/categories/{category_id}`` (operation ``private_item_category_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_category_delete",
            (204,),
            {"item_id": item_id, "category_id": category_id},
        )

    def confidentiality_delete(self, item_id: int) -> None:
        """Delete item confidentiality

         Delete confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            item_id (int):

        ``DELETE /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_confidentiality_delete", (204,), {"item_id": item_id}
        )

    def confidentiality_details(self, item_id: int) -> ItemConfidentiality:
        """Item confidentiality details

         View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
        by the new extended embargo functionality and all items that used to be confidential have now been
        migrated to items with a permanent embargo on files. All API endpoints related to this functionality
        will remain for backwards compatibility, but will now be attached to the new extended embargo
        workflows.

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_details``).
        """
        return cast(
            "ItemConfidentiality",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_confidentiality_details", (200,), {"item_id": item_id}
            ),
        )

    def confidentiality_update(self, item_id: int, *, body: ConfidentialityCreator) -> None:
        """Update item confidentiality

         Update confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            item_id (int):
            body (ConfidentialityCreator):

        ``PUT /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_confidentiality_update", (205,), {"item_id": item_id, "body": body}
        )

    def create(self, *, body: ItemCreate) -> LocationWarnings:
        """Create new Item

         Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside
        the `fields` object. Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise. `categories` input is a list of objects, each identified by either `id` (int) or
        `source_id` (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
        `source_id` values are reported in the response `warnings` array. `licence` input is a single object
        with an `id` key (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names
        inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            body (ItemCreate): v3 item creation payload. Structural inputs stay top-level; all
                metadata goes inside 'fields'. Example: {'item_type_id': 1, 'fields': {'title': 'My
                item'}}.

        ``POST /account/items`` (operation ``private_item_create``).
        """
        return cast(
            "LocationWarnings",
            self._requester.call("figshare_api_v3.api.items.private_item_create", (201,), {"body": body}),
        )

    def delete(self, item_id: int) -> None:
        """Delete item

         Delete an item

        Args:
            item_id (int):

        ``DELETE /account/items/{item_id}`` (operation ``private_item_delete``).
        """
        self._requester.call("figshare_api_v3.api.items.private_item_delete", (204,), {"item_id": item_id})

    def details(self, item_id: int) -> ItemCompletePrivate:
        """Item details

         View a private item. Metadata is returned under the `fields` object with relational fields hydrated
        (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            item_id (int):

        ``GET /account/items/{item_id}`` (operation ``private_item_details``).
        """
        return cast(
            "ItemCompletePrivate",
            self._requester.call("figshare_api_v3.api.items.private_item_details", (200,), {"item_id": item_id}),
        )

    def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Item Download

         Download files from a private item preserving the folder structure

        Args:
            item_id (int):
            folder_path (str | Unset):

        ``GET /account/items/{item_id}/download`` (operation ``private_item_download``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_download", (200,), {"item_id": item_id, "folder_path": folder_path}
        )

    def embargo_delete(self, item_id: int) -> None:
        """Delete Item Embargo

         Will lift the embargo for the specified item

        Args:
            item_id (int):

        ``DELETE /account/items/{item_id}/embargo`` (operation ``private_item_embargo_delete``).
        """
        self._requester.call("figshare_api_v3.api.items.private_item_embargo_delete", (204,), {"item_id": item_id})

    def embargo_details(self, item_id: int) -> ItemEmbargo:
        """Item Embargo Details

         View a private item embargo details

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/embargo`` (operation ``private_item_embargo_details``).
        """
        return cast(
            "ItemEmbargo",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_embargo_details", (200,), {"item_id": item_id}
            ),
        )

    def embargo_update(self, item_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Item Embargo

         Note: setting an item under whole embargo does not imply that the item will be published when the
        embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        Args:
            item_id (int):
            body (ArticleEmbargoUpdater):

        ``PUT /account/items/{item_id}/embargo`` (operation ``private_item_embargo_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_embargo_update", (205,), {"item_id": item_id, "body": body}
        )

    def fields_catalog(self) -> builtins.list[UnderlyingField]:
        """Item Field Definitions

         Returns the catalog of underlying field definitions (core, stock, custom) for items. Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/items/fields`` (operation ``items_fields_catalog``).
        """
        return cast(
            "builtins.list[UnderlyingField]",
            self._requester.call("figshare_api_v3.api.other.items_fields_catalog", (200,), {}),
        )

    def fields_configuration(self, item_type_id: int, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Item Type Field Configuration

         Returns the fields configured for a specific item type, including per-type overrides (display_name,
        hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
        enabled for the institution; returns 403 otherwise.

        Args:
            item_type_id (int):
            group_id (int | Unset):

        ``GET /account/items/fields/configuration/{item_type_id}`` (operation ``items_fields_configuration``).
        """
        return cast(
            "builtins.list[ItemTypeField]",
            self._requester.call(
                "figshare_api_v3.api.other.items_fields_configuration",
                (200,),
                {"item_type_id": item_type_id, "group_id": group_id},
            ),
        )

    def file_delete(self, item_id: int, file_id: int) -> None:
        """File Delete

         Delete a file from the item

        Args:
            item_id (int):
            file_id (int):

        ``DELETE /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_file_delete", (204,), {"item_id": item_id, "file_id": file_id}
        )

    def file_details(self, item_id: int, file_id: int) -> PrivateFile:
        """Single File

         View details of file for specified item

        Args:
            item_id (int):
            file_id (int):

        ``GET /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_details``).
        """
        return cast(
            "PrivateFile",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_file_details", (200,), {"item_id": item_id, "file_id": file_id}
            ),
        )

    def files_list(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List item files

         List private files

        Args:
            item_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/items/{item_id}/files`` (operation ``private_item_files_list``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_files_list",
                (200,),
                {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: AccountItemsListOrder | Unset = UNSET,
        order_direction: AccountItemsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Private Items

         List the caller's own items. Light list shape — fetch `/v2/account/items/{item_id}` for the full
        detail.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (AccountItemsListOrder | Unset):
            order_direction (AccountItemsListOrderDirection | Unset):
            item_type_id (int | Unset):

        ``GET /account/items`` (operation ``account_items_list``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            self._requester.call(
                "figshare_api_v3.api.items.account_items_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "item_type_id": item_type_id,
                },
            ),
        )

    def partial_update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Partially update item

         Partially update an item by sending only the keys to change. Send the keys to update inside
        `fields:{}` — keys not present are preserved. `categories` entries accept `id` (int) or `source_id`
        (string), mixed allowed; `licence` is `{"id": <int>}`. Bare integers are rejected. Unrecognised
        field names inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            item_id (int):
            body (ItemUpdate): v3 item update payload. Same shape as ItemCreate; all properties
                optional (send only what changes inside 'fields'). Example: {'fields': {'title': 'Updated
                item title'}}.

        ``PATCH /account/items/{item_id}`` (operation ``private_item_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_partial_update", (205,), {"item_id": item_id, "body": body}
            ),
        )

    def private_link(self, item_id: int) -> builtins.list[PrivateLink]:
        """List private links

         List private links

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/private_links`` (operation ``private_item_private_link``).
        """
        return cast(
            "builtins.list[PrivateLink]",
            self._requester.call("figshare_api_v3.api.items.private_item_private_link", (200,), {"item_id": item_id}),
        )

    def private_link_create(self, item_id: int, *, body: PrivateLinkCreator | Unset = UNSET) -> PrivateLinkResponse:
        """Create private link

         Create new private link for this item

        Args:
            item_id (int):
            body (PrivateLinkCreator | Unset):

        ``POST /account/items/{item_id}/private_links`` (operation ``private_item_private_link_create``).
        """
        return cast(
            "PrivateLinkResponse",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_private_link_create", (201,), {"item_id": item_id, "body": body}
            ),
        )

    def private_link_delete(self, item_id: int, link_id: str) -> None:
        """Disable private link

         Disable/delete private link for this item

        Args:
            item_id (int):
            link_id (str):

        ``DELETE /account/items/{item_id}/private_links/{link_id}`` (operation ``private_item_private_link_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_private_link_delete",
            (204,),
            {"item_id": item_id, "link_id": link_id},
        )

    def private_link_update(self, item_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET) -> None:
        """Update private link

         Update existing private link for this item

        Args:
            item_id (int):
            link_id (str):
            body (PrivateLinkCreator | Unset):

        ``PUT /account/items/{item_id}/private_links/{link_id}`` (operation ``private_item_private_link_update``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_private_link_update",
            (205,),
            {"item_id": item_id, "link_id": link_id, "body": body},
        )

    def publish(self, item_id: int) -> Location:
        """Private Item Publish

         - If the whole item is under embargo, it will not be published immediately, but when the embargo
        expires or is lifted.
        - When an item is published, a new public version will be generated. Any further updates to the item
        will affect the private item data. In order to make these changes publicly visible, an explicit
        publish operation is needed.

        Args:
            item_id (int):

        ``POST /account/items/{item_id}/publish`` (operation ``account_item_publish``).
        """
        return cast(
            "Location",
            self._requester.call("figshare_api_v3.api.items.account_item_publish", (201,), {"item_id": item_id}),
        )

    def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Item Report

         Return status on all reports generated for the account from the oauth credentials

        Args:
            group_id (int | Unset):

        ``GET /account/items/export`` (operation ``account_item_report``).
        """
        return cast(
            "builtins.list[AccountReport]",
            self._requester.call("figshare_api_v3.api.items.account_item_report", (200,), {"group_id": group_id}),
        )

    def report_generate(self) -> AccountReport:
        """Initiate a new Report

         Initiate a new Item Report for this Account. There is a limit of 1 report per day.

        ``POST /account/items/export`` (operation ``account_item_report_generate``).
        """
        return cast(
            "AccountReport", self._requester.call("figshare_api_v3.api.items.account_item_report_generate", (200,), {})
        )

    def reserve_doi(self, item_id: int) -> ItemDOI:
        """Private Item Reserve DOI

         Reserve DOI for item

        Args:
            item_id (int):

        ``POST /account/items/{item_id}/reserve_doi`` (operation ``private_item_reserve_doi``).
        """
        return cast(
            "ItemDOI",
            self._requester.call("figshare_api_v3.api.items.private_item_reserve_doi", (200,), {"item_id": item_id}),
        )

    def reserve_handle(self, item_id: int) -> ItemHandle:
        """Private Item Reserve Handle

         Reserve Handle for item

        Args:
            item_id (int):

        ``POST /account/items/{item_id}/reserve_handle`` (operation ``private_item_reserve_handle``).
        """
        return cast(
            "ItemHandle",
            self._requester.call("figshare_api_v3.api.items.private_item_reserve_handle", (200,), {"item_id": item_id}),
        )

    def resource(self, item_id: int, *, body: Resource) -> Location:
        """Private Item Resource

         Edit item resource data.

        Args:
            item_id (int):
            body (Resource):

        ``POST /account/items/{item_id}/resource`` (operation ``private_item_resource``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_resource", (205,), {"item_id": item_id, "body": body}
            ),
        )

    def search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Private Items Search

         Search the caller's own items. Same light list shape as `/v2/account/items`.

        Args:
            body (ArticleSearch | Unset):

        ``POST /account/items/search`` (operation ``account_items_search``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            self._requester.call("figshare_api_v3.api.items.account_items_search", (200,), {"body": body}),
        )

    def unpublish(self, item_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Item Unpublish

         Allows authorized users to unpublish an item.

        Args:
            item_id (int):
            body (ArticleUnpublishData):

        ``POST /account/items/{item_id}/unpublish`` (operation ``account_item_unpublish``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.account_item_unpublish", (204,), {"item_id": item_id, "body": body}
        )

    def update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Update item

         Update an item by passing full body parameters. Stock fields are sent inside the `fields` object.
        Requires item-type based metadata to be enabled for the institution; returns 403 otherwise.
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed; `licence` input is
        `{"id": <int>}`. Bare integers are rejected.

        Args:
            item_id (int):
            body (ItemUpdate): v3 item update payload. Same shape as ItemCreate; all properties
                optional (send only what changes inside 'fields'). Example: {'fields': {'title': 'Updated
                item title'}}.

        ``PUT /account/items/{item_id}`` (operation ``private_item_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_update", (205,), {"item_id": item_id, "body": body}
            ),
        )

    def upload_complete(self, item_id: int, file_id: int) -> None:
        """Complete Upload

         Complete file upload

        Args:
            item_id (int):
            file_id (int):

        ``POST /account/items/{item_id}/files/{file_id}`` (operation ``private_item_upload_complete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_upload_complete", (202,), {"item_id": item_id, "file_id": file_id}
        )

    def upload_initiate(self, item_id: int, *, body: FileCreator) -> Location:
        """Initiate Upload

         Initiate a new file upload within the item. Either use the link property to point to an existing
        file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
        name, size).

        Args:
            item_id (int):
            body (FileCreator):

        ``POST /account/items/{item_id}/files`` (operation ``private_item_upload_initiate``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_upload_initiate", (201,), {"item_id": item_id, "body": body}
            ),
        )

    def version_partial_update(
        self, item_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update item version

         Partially updating an item version by passing only the fields to change.

        Args:
            item_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PATCH /account/items/{item_id}/versions/{version_id}`` (operation ``private_item_version_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_version_partial_update",
                (205,),
                {"item_id": item_id, "version_id": version_id, "body": body},
            ),
        )

    def version_supplementary_field_delete(
        self, item_id: int, version_id: int, *, body: PrivateItemVersionSupplementaryFieldDeleteBody
    ) -> None:
        """Delete item version supplementary field

         Delete a supplementary custom field from an item version.

        Args:
            item_id (int):
            version_id (int):
            body (PrivateItemVersionSupplementaryFieldDeleteBody):

        ``DELETE /account/items/{item_id}/versions/{version_id}/supplementary_fields`` (operation ``private_item_version_supplementary_field_delete``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.private_item_version_supplementary_field_delete",
            (204,),
            {"item_id": item_id, "version_id": version_id, "body": body},
        )

    def version_update(self, item_id: int, version_id: int, *, body: ArticleVersionUpdate) -> LocationWarningsUpdate:
        """Update item version

         Updating an item version by passing body parameters.

        Args:
            item_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PUT /account/items/{item_id}/versions/{version_id}`` (operation ``private_item_version_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api_v3.api.items.private_item_version_update",
                (205,),
                {"item_id": item_id, "version_id": version_id, "body": body},
            ),
        )

    def version_update_thumb(self, item_id: int, version_id: int, *, body: FileId) -> None:
        """Update item version thumbnail

         For a given public item version update the item thumbnail by choosing one of the associated files

        Args:
            item_id (int):
            version_id (int):
            body (FileId):

        ``PUT /account/items/{item_id}/versions/{version_id}/update_thumb`` (operation ``item_version_update_thumb``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.item_version_update_thumb",
            (205,),
            {"item_id": item_id, "version_id": version_id, "body": body},
        )


class AccountLicencesResource:
    """Operations on ``account.licences`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[Licence]:
        """Private Account Licences

         This is a private endpoint that requires OAuth. It will return a list with figshare public licences
        AND licences defined for account's institution.

        ``GET /account/licences`` (operation ``private_licences_list``).
        """
        return cast(
            "builtins.list[Licence]",
            self._requester.call("figshare_api_v3.api.other.private_licences_list", (200,), {}),
        )


class AccountResource:
    """Operations on ``account`` (sync)."""

    authors: AccountAuthorsResource
    collections: AccountCollectionsResource
    institution: AccountInstitutionResource
    categories: AccountCategoriesResource
    funding: AccountFundingResource
    profile: AccountProfileResource
    projects: AccountProjectsResource
    items: AccountItemsResource
    licences: AccountLicencesResource

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        self.authors = AccountAuthorsResource(requester)
        self.collections = AccountCollectionsResource(requester)
        self.institution = AccountInstitutionResource(requester)
        self.categories = AccountCategoriesResource(requester)
        self.funding = AccountFundingResource(requester)
        self.profile = AccountProfileResource(requester)
        self.projects = AccountProjectsResource(requester)
        self.items = AccountItemsResource(requester)
        self.licences = AccountLicencesResource(requester)

    def get(self) -> Account:
        """Private Account information

         Account information for token/personal token

        ``GET /account`` (operation ``private_account``).
        """
        return cast("Account", self._requester.call("figshare_api_v3.api.other.private_account", (200,), {}))


class CollectionsResource:
    """Operations on ``collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, collection_id: int) -> CollectionComplete:
        """Collection details

         View a public collection. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):

        ``GET /collections/{collection_id}`` (operation ``collection_details``).
        """
        return cast(
            "CollectionComplete",
            self._requester.call(
                "figshare_api_v3.api.collections.collection_details", (200,), {"collection_id": collection_id}
            ),
        )

    def items(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """Public Collection Items

         Returns a list of public collection items Requires item-type based metadata to be enabled for the
        institution; returns 403 otherwise.

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /collections/{collection_id}/items`` (operation ``collection_items``).
        """
        return cast(
            "builtins.list[Item]",
            self._requester.call(
                "figshare_api_v3.api.items.collection_items",
                (200,),
                {
                    "collection_id": collection_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def public_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsPublicListOrder | Unset = UNSET,
        order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections

         List public collections from institutions with item-type based metadata enabled. Returns the light
        list shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields`
        object.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (CollectionsPublicListOrder | Unset):
            order_direction (CollectionsPublicListOrderDirection | Unset):
            institution (int | Unset):
            group (int | Unset):
            item_type_id (int | Unset):

        ``GET /collections`` (operation ``collections_public_list``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call(
                "figshare_api_v3.api.collections.collections_public_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "group": group,
                    "item_type_id": item_type_id,
                },
            ),
        )

    def public_search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Public Collections Search

         Search public collections. Same light list shape as `/v3/collections`.

        Args:
            body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
                collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
                rejected for institutions with item-type based metadata enabled.

        ``POST /collections/search`` (operation ``collections_public_search``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call("figshare_api_v3.api.collections.collections_public_search", (200,), {"body": body}),
        )

    def version_details(self, collection_id: int, version_id: int) -> CollectionComplete:
        """Collection Version details

         View details for a certain version of a collection

        Args:
            collection_id (int):
            version_id (int):

        ``GET /collections/{collection_id}/versions/{version_id}`` (operation ``collection_version_details``).
        """
        return cast(
            "CollectionComplete",
            self._requester.call(
                "figshare_api_v3.api.collections.collection_version_details",
                (200,),
                {"collection_id": collection_id, "version_id": version_id},
            ),
        )

    def versions(self, collection_id: int) -> builtins.list[CollectionVersions]:
        """Collection Versions list

         Returns a list of public collection Versions

        Args:
            collection_id (int):

        ``GET /collections/{collection_id}/versions`` (operation ``collection_versions``).
        """
        return cast(
            "builtins.list[CollectionVersions]",
            self._requester.call(
                "figshare_api_v3.api.collections.collection_versions", (200,), {"collection_id": collection_id}
            ),
        )


class InstitutionResource:
    """Operations on ``institution`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def hrfeed_upload(self, *, body: InstitutionHrfeedUploadBody | Unset = UNSET) -> ResponseMessage:
        """Private Institution HRfeed Upload

         More info in the <a href="#hr_feed">HR Feed section</a>

        Args:
            body (InstitutionHrfeedUploadBody | Unset):

        ``POST /institution/hrfeed/upload`` (operation ``institution_hrfeed_upload``).
        """
        return cast(
            "ResponseMessage",
            self._requester.call("figshare_api_v3.api.institutions.institution_hrfeed_upload", (200,), {"body": body}),
        )


class TokenResource:
    """Operations on ``token`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def create(self, *, body: CreateOAuthToken | Unset = UNSET) -> OAuthToken:
        """Create OAuth token

         Creates OAuth token using various grant types

        Args:
            body (CreateOAuthToken | Unset):

        ``POST /token`` (operation ``create_token``).
        """
        return cast(
            "OAuthToken", self._requester.call("figshare_api_v3.api.oauth.create_token", (200,), {"body": body})
        )

    def get_info(self, *, access_token: str | Unset = UNSET) -> OAuthToken:
        """Get OAuth token information

         Returns information about the current OAuth token

        Args:
            access_token (str | Unset):

        ``GET /token`` (operation ``get_token_info``).
        """
        return cast(
            "OAuthToken",
            self._requester.call("figshare_api_v3.api.oauth.get_token_info", (200,), {"access_token": access_token}),
        )


class ItemTypesResource:
    """Operations on ``item_types`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemType]:
        """Item Types

         List the institution's selectable item types with their field configuration.

        Args:
            group_id (int | Unset):

        ``GET /item_types`` (operation ``item_types_list``).
        """
        return cast(
            "builtins.list[ItemType]",
            self._requester.call("figshare_api_v3.api.other.item_types_list", (200,), {"group_id": group_id}),
        )


class CategoriesResource:
    """Operations on ``categories`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[CategoryList]:
        """Public Categories

         Returns a list of public categories

        ``GET /categories`` (operation ``categories_list``).
        """
        return cast(
            "builtins.list[CategoryList]", self._requester.call("figshare_api_v3.api.other.categories_list", (200,), {})
        )


class FileResource:
    """Operations on ``file`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def download(self, file_id: int) -> None:
        """Public File Download

         Starts the download of a file

        Args:
            file_id (int):

        ``GET /file/download/{file_id}`` (operation ``file_download``).
        """
        self._requester.call("figshare_api_v3.api.other.file_download", (200,), {"file_id": file_id})


class ProjectsResource:
    """Operations on ``projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, project_id: int) -> ProjectComplete:
        """Public Project

         View a public project. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            project_id (int):

        ``GET /projects/{project_id}`` (operation ``project_details``).
        """
        return cast(
            "ProjectComplete",
            self._requester.call("figshare_api_v3.api.projects.project_details", (200,), {"project_id": project_id}),
        )

    def items(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Project Items

         List items in project Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise.

        Args:
            project_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /projects/{project_id}/items`` (operation ``project_items``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            self._requester.call(
                "figshare_api_v3.api.items.project_items",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def public_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsPublicListOrder | Unset = UNSET,
        order_direction: ProjectsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects

         List public projects from institutions with item-type based metadata enabled. Returns the light list
        shape; fetch `/v3/projects/{project_id}` for the full detail including the `fields` object.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ProjectsPublicListOrder | Unset):
            order_direction (ProjectsPublicListOrderDirection | Unset):
            institution (int | Unset):
            group (int | Unset):

        ``GET /projects`` (operation ``projects_public_list``).
        """
        return cast(
            "builtins.list[Project]",
            self._requester.call(
                "figshare_api_v3.api.projects.projects_public_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "group": group,
                },
            ),
        )

    def public_search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[Project]:
        """Public Projects Search

         Search public projects. Same light list shape as `/v3/projects`.

        Args:
            body (ProjectsSearch | Unset): v3 project search payload. `order` accepts the current date
                keys; legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.

        ``POST /projects/search`` (operation ``projects_public_search``).
        """
        return cast(
            "builtins.list[Project]",
            self._requester.call("figshare_api_v3.api.projects.projects_public_search", (200,), {"body": body}),
        )


class StatusResource:
    """Operations on ``status`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(self) -> str:
        """Status

         Diagnostic endpoint used for health checks.

        ``GET /status`` (operation ``status``).
        """
        return cast("str", self._requester.call("figshare_api_v3.api.other.status", (200,), {}))


class ReadcubeResource:
    """Operations on ``readcube`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def add_cites(self, *, body: ReadcubeAddCitesBody) -> str:
        """Readcube citation webhook

         Receives citation notifications from Readcube and records them against the referenced items.

        Args:
            body (ReadcubeAddCitesBody):

        ``POST /readcube`` (operation ``readcube_add_cites``).
        """
        return cast("str", self._requester.call("figshare_api_v3.api.other.readcube_add_cites", (200,), {"body": body}))


class EchoResource:
    """Operations on ``echo`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(self) -> EchoResponse200:
        """Echo request

         Diagnostic endpoint that echoes a fixed payload for the authenticated account.

        ``GET /echo`` (operation ``echo``).
        """
        return cast("EchoResponse200", self._requester.call("figshare_api_v3.api.other.echo", (200,), {}))


class WhoamiResource:
    """Operations on ``whoami`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def get(self) -> WhoamiResponse200:
        """Authenticated account information

         Returns the account information for the authenticated OAuth account.

        ``GET /whoami`` (operation ``whoami``).
        """
        return cast("WhoamiResponse200", self._requester.call("figshare_api_v3.api.other.whoami", (200,), {}))


class InstitutionsResource:
    """Operations on ``institutions`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def create_submission_token(
        self, string_id: str, group_id: int, token: str
    ) -> InstitutionCreateSubmissionTokenResponse200:
        """Create institution submission token

         Creates a submission token for a given institution group, used by external submission integrations.

        Args:
            string_id (str):
            group_id (int):
            token (str):

        ``PUT /institutions/{string_id}/groups/{group_id}/submissions/{token}`` (operation ``institution_create_submission_token``).
        """
        return cast(
            "InstitutionCreateSubmissionTokenResponse200",
            self._requester.call(
                "figshare_api_v3.api.institutions.institution_create_submission_token",
                (200,),
                {"string_id": string_id, "group_id": group_id, "token": token},
            ),
        )

    def items(self, institution_string_id: str, *, resource_id: str, filename: str) -> builtins.list[Item]:
        """Public Institution Items

         Returns a list of items belonging to the institution Requires item-type based metadata to be enabled
        for the institution; returns 403 otherwise.

        Args:
            institution_string_id (str):
            resource_id (str):
            filename (str):

        ``GET /institutions/{institution_string_id}/items/filter-by`` (operation ``institution_items``).
        """
        return cast(
            "builtins.list[Item]",
            self._requester.call(
                "figshare_api_v3.api.items.institution_items",
                (200,),
                {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
            ),
        )


class ItemsResource:
    """Operations on ``items`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, item_id: int) -> ItemComplete:
        """Public item details

         View a public item. Metadata is returned under the `fields` object with relational fields hydrated
        (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            item_id (int):

        ``GET /items/{item_id}`` (operation ``public_item_details``).
        """
        return cast(
            "ItemComplete",
            self._requester.call("figshare_api_v3.api.items.public_item_details", (200,), {"item_id": item_id}),
        )

    def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Download

         Download files from a public item preserving the folder structure

        Args:
            item_id (int):
            folder_path (str | Unset):

        ``GET /items/{item_id}/download`` (operation ``public_item_download``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.public_item_download", (200,), {"item_id": item_id, "folder_path": folder_path}
        )

    def file_details(self, item_id: int, file_id: int) -> PublicFile:
        """Item file details

         File by id

        Args:
            item_id (int):
            file_id (int):

        ``GET /items/{item_id}/files/{file_id}`` (operation ``item_file_details``).
        """
        return cast(
            "PublicFile",
            self._requester.call(
                "figshare_api_v3.api.items.item_file_details", (200,), {"item_id": item_id, "file_id": file_id}
            ),
        )

    def files(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List item files

         Files list for item

        Args:
            item_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /items/{item_id}/files`` (operation ``item_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            self._requester.call(
                "figshare_api_v3.api.items.item_files",
                (200,),
                {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def public_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ItemsPublicListOrder | Unset = UNSET,
        order_direction: ItemsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Items

         List public items from institutions with item-type based metadata enabled. Returns the light list
        shape (system fields + project_id + item_type); fetch `/v2/items/{item_id}` for the full detail
        including the `fields` object.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ItemsPublicListOrder | Unset):
            order_direction (ItemsPublicListOrderDirection | Unset):
            institution (int | Unset):
            group (int | Unset):
            item_type_id (int | Unset):

        ``GET /items`` (operation ``items_public_list``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            self._requester.call(
                "figshare_api_v3.api.items.items_public_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "group": group,
                    "item_type_id": item_type_id,
                },
            ),
        )

    def public_search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Public Items Search

         Search public items. Same light list shape as `/v2/items`.

        Args:
            body (ArticleSearch | Unset):

        ``POST /items/search`` (operation ``items_public_search``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            self._requester.call("figshare_api_v3.api.items.items_public_search", (200,), {"body": body}),
        )

    def version_confidentiality(self, item_id: int, version_id: int) -> ItemConfidentiality:
        """Public Item Confidentiality for item version

         Confidentiality for item version. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            item_id (int):
            version_id (int):

        ``GET /items/{item_id}/versions/{version_id}/confidentiality`` (operation ``item_version_confidentiality``).
        """
        return cast(
            "ItemConfidentiality",
            self._requester.call(
                "figshare_api_v3.api.items.item_version_confidentiality",
                (200,),
                {"item_id": item_id, "version_id": version_id},
            ),
        )

    def version_details(self, item_id: int, version_id: int) -> ItemComplete:
        """Item details for version

         Item with specified version

        Args:
            item_id (int):
            version_id (int):

        ``GET /items/{item_id}/versions/{version_id}`` (operation ``item_version_details``).
        """
        return cast(
            "ItemComplete",
            self._requester.call(
                "figshare_api_v3.api.items.item_version_details", (200,), {"item_id": item_id, "version_id": version_id}
            ),
        )

    def version_download(self, item_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Version Download

         Download files from a certain version of an public item preserving the folder structure

        Args:
            item_id (int):
            version_id (int):
            folder_path (str | Unset):

        ``GET /items/{item_id}/versions/{version_id}/download`` (operation ``public_item_version_download``).
        """
        self._requester.call(
            "figshare_api_v3.api.items.public_item_version_download",
            (200,),
            {"item_id": item_id, "version_id": version_id, "folder_path": folder_path},
        )

    def version_embargo(self, item_id: int, version_id: int) -> ItemEmbargo:
        """Public Item Embargo for item version

         Embargo for item version

        Args:
            item_id (int):
            version_id (int):

        ``GET /items/{item_id}/versions/{version_id}/embargo`` (operation ``item_version_embargo``).
        """
        return cast(
            "ItemEmbargo",
            self._requester.call(
                "figshare_api_v3.api.items.item_version_embargo", (200,), {"item_id": item_id, "version_id": version_id}
            ),
        )

    def version_files(
        self,
        item_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Item version files

         Item version file details

        Args:
            item_id (int):
            version_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /items/{item_id}/versions/{version_id}/files`` (operation ``item_version_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            self._requester.call(
                "figshare_api_v3.api.items.item_version_files",
                (200,),
                {
                    "item_id": item_id,
                    "version_id": version_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def versions(self, item_id: int) -> builtins.list[ItemVersions]:
        """List item versions

         List public item versions

        Args:
            item_id (int):

        ``GET /items/{item_id}/versions`` (operation ``item_versions``).
        """
        return cast(
            "builtins.list[ItemVersions]",
            self._requester.call("figshare_api_v3.api.items.item_versions", (200,), {"item_id": item_id}),
        )


class LicencesResource:
    """Operations on ``licences`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[Licence]:
        """Public Licences

         Returns a list of public licences

        ``GET /licences`` (operation ``licences_list``).
        """
        return cast(
            "builtins.list[Licence]", self._requester.call("figshare_api_v3.api.other.licences_list", (200,), {})
        )


class Resources:
    """Operations on ``the API`` (sync)."""

    altmetric: AltmetricResource
    account: AccountResource
    collections: CollectionsResource
    institution: InstitutionResource
    token: TokenResource
    item_types: ItemTypesResource
    categories: CategoriesResource
    file: FileResource
    projects: ProjectsResource
    status: StatusResource
    readcube: ReadcubeResource
    echo: EchoResource
    whoami: WhoamiResource
    institutions: InstitutionsResource
    items: ItemsResource
    licences: LicencesResource

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        self.altmetric = AltmetricResource(requester)
        self.account = AccountResource(requester)
        self.collections = CollectionsResource(requester)
        self.institution = InstitutionResource(requester)
        self.token = TokenResource(requester)
        self.item_types = ItemTypesResource(requester)
        self.categories = CategoriesResource(requester)
        self.file = FileResource(requester)
        self.projects = ProjectsResource(requester)
        self.status = StatusResource(requester)
        self.readcube = ReadcubeResource(requester)
        self.echo = EchoResource(requester)
        self.whoami = WhoamiResource(requester)
        self.institutions = InstitutionsResource(requester)
        self.items = ItemsResource(requester)
        self.licences = LicencesResource(requester)


class AsyncAltmetricResource:
    """Operations on ``altmetric`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def institutions_list(self, *, offset: int | Unset = UNSET) -> builtins.list[AltmetricInstitution]:
        """List Altmetric Institutions

         Returns a list of institutions available for Altmetric reporting

        Args:
            offset (int | Unset):

        ``GET /altmetric/institutions`` (operation ``altmetric_institutions_list``).
        """
        return cast(
            "builtins.list[AltmetricInstitution]",
            await self._requester.call(
                "figshare_api_v3.api.altmetric.altmetric_institutions_list", (200,), {"offset": offset}
            ),
        )


class AsyncAccountAuthorsResource:
    """Operations on ``account.authors`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, author_id: int) -> AuthorComplete:
        """Author details

         View author details

        Args:
            author_id (int):

        ``GET /account/authors/{author_id}`` (operation ``private_author_details``).
        """
        return cast(
            "AuthorComplete",
            await self._requester.call(
                "figshare_api_v3.api.authors.private_author_details", (200,), {"author_id": author_id}
            ),
        )

    async def search(self, *, body: PrivateAuthorsSearch | Unset = UNSET) -> builtins.list[AuthorComplete]:
        """Search Authors

         Search for authors

        Args:
            body (PrivateAuthorsSearch | Unset):

        ``POST /account/authors/search`` (operation ``private_authors_search``).
        """
        return cast(
            "builtins.list[AuthorComplete]",
            await self._requester.call("figshare_api_v3.api.authors.private_authors_search", (200,), {"body": body}),
        )


class AsyncAccountCollectionsResource:
    """Operations on ``account.collections`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def author_delete(self, collection_id: int, author_id: int) -> None:
        """Delete collection author

         Delete collection author

        Args:
            collection_id (int):
            author_id (int):

        ``DELETE /account/collections/{collection_id}/authors/{author_id}`` (operation ``private_collection_author_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_author_delete",
            (204,),
            {"collection_id": collection_id, "author_id": author_id},
        )

    async def authors_add(self, collection_id: int, *, body: AuthorsCreator) -> Location:
        """Add collection authors

         Associate new authors with the collection. This will add new authors to the list of already
        associated authors

        Args:
            collection_id (int):
            body (AuthorsCreator):

        ``POST /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_add``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_authors_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def authors_list(self, collection_id: int) -> builtins.list[Author]:
        """List collection authors

         List collection authors

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_list``).
        """
        return cast(
            "builtins.list[Author]",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_authors_list",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    async def authors_replace(self, collection_id: int, *, body: AuthorsCreator) -> None:
        """Replace collection authors

         Associate new authors with the collection. This will remove all already associated authors and add
        these new ones

        Args:
            collection_id (int):
            body (AuthorsCreator):

        ``PUT /account/collections/{collection_id}/authors`` (operation ``private_collection_authors_replace``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_authors_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    async def categories_add(self, collection_id: int, *, body: CategoriesCreator) -> Location:
        """Add collection categories

         Associate new categories with the collection. This will add new categories to the list of already
        associated categories

        Args:
            collection_id (int):
            body (CategoriesCreator):

        ``POST /account/collections/{collection_id}/categories`` (operation ``private_collection_categories_add``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_categories_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def categories_list(self, collection_id: int) -> builtins.list[Category]:
        """List collection categories

         List collection categories

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}/categories`` (operation ``private_collection_categories_list``).
        """
        return cast(
            "builtins.list[Category]",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_categories_list",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    async def categories_replace(self, collection_id: int, *, body: CategoriesCreator) -> None:
        """Replace collection categories

         Associate new categories with the collection. This will remove all already associated categories and
        add these new ones

        Args:
            collection_id (int):
            body (CategoriesCreator):

        ``PUT /account/collections/{collection_id}/categories`` (operation ``private_collection_categories_replace``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_categories_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    async def category_delete(self, collection_id: int, category_id: int) -> None:
        """Delete collection category

         De-associate category from collection

        Args:
            collection_id (int):
            category_id (int):

        ``DELETE /account/collections/{collection_id}/categories/{category_id}`` (operation ``private_collection_category_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_category_delete",
            (204,),
            {"collection_id": collection_id, "category_id": category_id},
        )

    async def create(self, *, body: CollectionCreate) -> LocationWarnings:
        """Create collection

         Create a new collection. All metadata is wrapped in a `fields` object (`title` is required);
        `group_id` is the only other top-level key. Legacy flat-payload top-level metadata is rejected with
        422. `categories` entries accept `id` (int) or `source_id` (string), mixed allowed; unresolved
        `source_id` values are reported in the response `warnings` array. Unrecognised field names inside
        `fields` are rejected with 422.

        Args:
            body (CollectionCreate): v3 collection creation payload. All metadata goes inside
                'fields'; only group_id stays top-level. Example: {'fields': {'title': 'My collection'}}.

        ``POST /account/collections`` (operation ``private_collection_create``).
        """
        return cast(
            "LocationWarnings",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_create", (201,), {"body": body}
            ),
        )

    async def delete(self, collection_id: int) -> None:
        """Delete collection

         Delete a collection. Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise.

        Args:
            collection_id (int):

        ``DELETE /account/collections/{collection_id}`` (operation ``private_collection_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_delete", (204,), {"collection_id": collection_id}
        )

    async def details(self, collection_id: int) -> CollectionCompletePrivate:
        """Collection details

         View a private collection. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).
        """
        return cast(
            "CollectionCompletePrivate",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_details", (200,), {"collection_id": collection_id}
            ),
        )

    async def fields_catalog(self) -> builtins.list[UnderlyingField]:
        """Collection Field Definitions

         Returns the catalog of underlying field definitions for collections. Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/collections/fields`` (operation ``collections_fields_catalog``).
        """
        return cast(
            "builtins.list[UnderlyingField]",
            await self._requester.call("figshare_api_v3.api.other.collections_fields_catalog", (200,), {}),
        )

    async def fields_configuration(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Collection Field Configuration

         Returns the fields configured for collections, including per-type overrides (display_name,
        hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
        enabled for the institution; returns 403 otherwise.

        Args:
            group_id (int | Unset):

        ``GET /account/collections/fields/configuration`` (operation ``collections_fields_configuration``).
        """
        return cast(
            "builtins.list[ItemTypeField]",
            await self._requester.call(
                "figshare_api_v3.api.other.collections_fields_configuration", (200,), {"group_id": group_id}
            ),
        )

    async def item_delete(self, collection_id: int, item_id: int) -> None:
        """Delete collection item

         De-associate item from collection

        Args:
            collection_id (int):
            item_id (int):

        ``DELETE /account/collections/{collection_id}/items/{item_id}`` (operation ``private_collection_item_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_collection_item_delete",
            (204,),
            {"collection_id": collection_id, "item_id": item_id},
        )

    async def items_add(self, collection_id: int, *, body: ItemsCreator) -> Location:
        """Add collection items

         Associate new items with the collection. This will add new items to the list of already associated
        items

        Args:
            collection_id (int):
            body (ItemsCreator):

        ``POST /account/collections/{collection_id}/items`` (operation ``private_collection_items_add``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.items.private_collection_items_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def items_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """List collection items

         List collection items Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise.

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/collections/{collection_id}/items`` (operation ``private_collection_items_list``).
        """
        return cast(
            "builtins.list[Item]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_collection_items_list",
                (200,),
                {
                    "collection_id": collection_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    async def items_replace(self, collection_id: int, *, body: ItemsCreator) -> None:
        """Replace collection items

         Associate new items with the collection. This will remove all already associated items and add these
        new ones

        Args:
            collection_id (int):
            body (ItemsCreator):

        ``PUT /account/collections/{collection_id}/items`` (operation ``private_collection_items_replace``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_collection_items_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateCollectionsListOrder | Unset = UNSET,
        order_direction: PrivateCollectionsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Private Collections

         List the caller's own collections (light list shape). 403 when item-type based metadata is not
        enabled for the caller's institution; fetch `/v3/account/collections/{collection_id}` for the full
        detail.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateCollectionsListOrder | Unset):
            order_direction (PrivateCollectionsListOrderDirection | Unset):
            item_type_id (int | Unset):

        ``GET /account/collections`` (operation ``private_collections_list``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collections_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "item_type_id": item_type_id,
                },
            ),
        )

    async def patch(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection

         Partially update a collection by sending only the keys to change. For collections with item-type
        based metadata, send the keys to update inside `fields:{}` — keys not present are preserved.
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
        rejected). Unresolved `source_id` values are reported in the response `warnings` array. Unrecognised
        field names inside `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata
        to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):
            body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
                inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_patch",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def private_link_create(
        self, collection_id: int, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create collection private link

         Create new private link

        Args:
            collection_id (int):
            body (CollectionPrivateLinkCreator | Unset):

        ``POST /account/collections/{collection_id}/private_links`` (operation ``private_collection_private_link_create``).
        """
        return cast(
            "PrivateLinkResponse",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_private_link_create",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def private_link_delete(self, collection_id: int, link_id: str) -> None:
        """Disable private link

         Disable/delete private link for this collection

        Args:
            collection_id (int):
            link_id (str):

        ``DELETE /account/collections/{collection_id}/private_links/{link_id}`` (operation ``private_collection_private_link_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_private_link_delete",
            (204,),
            {"collection_id": collection_id, "link_id": link_id},
        )

    async def private_link_details(self, collection_id: int, link_id: str) -> PrivateLink:
        """View collection private link

         View existing private link for this collection

        Args:
            collection_id (int):
            link_id (str):

        ``GET /account/collections/{collection_id}/private_links/{link_id}`` (operation ``private_collection_private_link_details``).
        """
        return cast(
            "PrivateLink",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_private_link_details",
                (200,),
                {"collection_id": collection_id, "link_id": link_id},
            ),
        )

    async def private_link_update(
        self, collection_id: int, link_id: str, *, body: CollectionPrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update collection private link

         Update existing private link for this collection

        Args:
            collection_id (int):
            link_id (str):
            body (CollectionPrivateLinkCreator | Unset):

        ``PUT /account/collections/{collection_id}/private_links/{link_id}`` (operation ``private_collection_private_link_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.collections.private_collection_private_link_update",
            (205,),
            {"collection_id": collection_id, "link_id": link_id, "body": body},
        )

    async def private_links_list(self, collection_id: int) -> builtins.list[PrivateLink]:
        """List collection private links

         List article private links

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}/private_links`` (operation ``private_collection_private_links_list``).
        """
        return cast(
            "builtins.list[PrivateLink]",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_private_links_list",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    async def publish(self, collection_id: int) -> Location:
        """Private Collection Publish

         When a collection is published, a new public version will be generated. Any further updates to the
        collection will affect the private collection data. In order to make these changes publicly visible,
        an explicit publish operation is needed.

        Args:
            collection_id (int):

        ``POST /account/collections/{collection_id}/publish`` (operation ``private_collection_publish``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_publish", (201,), {"collection_id": collection_id}
            ),
        )

    async def reserve_doi(self, collection_id: int) -> CollectionDOI:
        """Private Collection Reserve DOI

         Reserve DOI for collection

        Args:
            collection_id (int):

        ``POST /account/collections/{collection_id}/reserve_doi`` (operation ``private_collection_reserve_doi``).
        """
        return cast(
            "CollectionDOI",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_reserve_doi",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    async def reserve_handle(self, collection_id: int) -> CollectionHandle:
        """Private Collection Reserve Handle

         Reserve Handle for collection

        Args:
            collection_id (int):

        ``POST /account/collections/{collection_id}/reserve_handle`` (operation ``private_collection_reserve_handle``).
        """
        return cast(
            "CollectionHandle",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_reserve_handle",
                (200,),
                {"collection_id": collection_id},
            ),
        )

    async def resource(self, collection_id: int, *, body: Resource) -> Location:
        """Private Collection Resource

         Edit collection resource data.

        Args:
            collection_id (int):
            body (Resource):

        ``POST /account/collections/{collection_id}/resource`` (operation ``private_collection_resource``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_resource",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Private Collections Search

         Search the caller's own collections. Same light list shape as `/v3/account/collections`.

        Args:
            body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
                collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
                rejected for institutions with item-type based metadata enabled.

        ``POST /account/collections/search`` (operation ``private_collections_search``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collections_search", (200,), {"body": body}
            ),
        )

    async def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection

         Update a collection by passing full body parameters. Metadata is wrapped in a `fields` object;
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
        rejected). Unresolved `source_id` values are reported in the response `warnings` array. Requires
        item-type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):
            body (CollectionUpdate): v3 collection update payload. Send only the metadata that changes
                inside 'fields'. Example: {'fields': {'description': 'Updated collection description'}}.

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api_v3.api.collections.private_collection_update",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )


class AsyncAccountInstitutionResource:
    """Operations on ``account.institution`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def accounts_create(self, *, body: AccountCreate) -> AccountCreateResponse:
        """Create new Institution Account

         Create a new Account by sending account information. When the institution_user_id is provided, no
        verification email will be sent. The email_verified flag will automatically be set to true. If the
        institution_user_id is not provided, a verification email will be sent. The email_verified flag will
        be set to true once the account is created.

        Args:
            body (AccountCreate):

        ``POST /account/institution/accounts`` (operation ``private_institution_accounts_create``).
        """
        return cast(
            "AccountCreateResponse",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_accounts_create", (201,), {"body": body}
            ),
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
        """Private Account Institution Accounts

         Returns the accounts for which the account has administrative privileges (assigned and inherited).

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            is_active (int | Unset):
            institution_user_id (str | Unset):
            email (str | Unset):
            id_lte (int | Unset):
            id_gte (int | Unset):

        ``GET /account/institution/accounts`` (operation ``private_institution_accounts_list``).
        """
        return cast(
            "builtins.list[ShortAccount]",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_accounts_list",
                (200,),
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
            ),
        )

    async def accounts_search(self, *, body: InstitutionAccountsSearch) -> builtins.list[ShortAccount]:
        """Private Account Institution Accounts Search

         Returns the accounts for which the account has administrative privileges (assigned and inherited).

        Args:
            body (InstitutionAccountsSearch):

        ``POST /account/institution/accounts/search`` (operation ``private_institution_accounts_search``).
        """
        return cast(
            "builtins.list[ShortAccount]",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_accounts_search", (200,), {"body": body}
            ),
        )

    async def accounts_update(self, account_id: int, *, body: AccountUpdate) -> None:
        """Update Institution Account

         Update Institution Account

        Args:
            account_id (int):
            body (AccountUpdate):

        ``PUT /account/institution/accounts/{account_id}`` (operation ``private_institution_accounts_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.institutions.private_institution_accounts_update",
            (205,),
            {"account_id": account_id, "body": body},
        )

    async def curation(self, curation_id: int) -> CurationDetail:
        """Institution Curation Review

         Retrieve a certain curation review by its ID

        Args:
            curation_id (int):

        ``GET /account/institution/review/{curation_id}`` (operation ``account_institution_curation``).
        """
        return cast(
            "CurationDetail",
            await self._requester.call(
                "figshare_api_v3.api.institutions.account_institution_curation", (200,), {"curation_id": curation_id}
            ),
        )

    async def curations(
        self,
        *,
        group_id: int | Unset = UNSET,
        item_id: int | Unset = UNSET,
        status: AccountInstitutionCurationsStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Curation:
        """Institution Curation Reviews

         Retrieve a list of curation reviews for this institution

        Args:
            group_id (int | Unset):
            item_id (int | Unset):
            status (AccountInstitutionCurationsStatus | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/institution/reviews`` (operation ``account_institution_curations``).
        """
        return cast(
            "Curation",
            await self._requester.call(
                "figshare_api_v3.api.institutions.account_institution_curations",
                (200,),
                {"group_id": group_id, "item_id": item_id, "status": status, "limit": limit, "offset": offset},
            ),
        )

    async def details(self) -> Institution:
        """Private Account Institutions

         Account institution details

        ``GET /account/institution`` (operation ``private_institution_details``).
        """
        return cast(
            "Institution",
            await self._requester.call("figshare_api_v3.api.institutions.private_institution_details", (200,), {}),
        )

    async def embargo_options_details(self) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution embargo options

         Account institution embargo options details

        ``GET /account/institution/embargo_options`` (operation ``private_institution_embargo_options_details``).
        """
        return cast(
            "builtins.list[GroupEmbargoOptions]",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_embargo_options_details", (200,), {}
            ),
        )

    async def fields_upload(
        self, field_id: int, *, body: AccountInstitutionFieldsUploadBody | Unset = UNSET
    ) -> AccountInstitutionFieldsUploadResponse200:
        """Fields values files upload

         Uploads a CSV containing values for a specific field of type <b>dropdown_large_list</b>. The
        <code>field_id</code> path parameter accepts both classic custom field IDs (legacy) and underlying
        field IDs. The lookup is performed automatically — no additional parameter is required.

        Args:
            field_id (int):
            body (AccountInstitutionFieldsUploadBody | Unset):

        ``POST /account/institution/fields/{field_id}/items/upload`` (operation ``account_institution_fields_upload``).
        """
        return cast(
            "AccountInstitutionFieldsUploadResponse200",
            await self._requester.call(
                "figshare_api_v3.api.institutions.account_institution_fields_upload",
                (200,),
                {"field_id": field_id, "body": body},
            ),
        )

    async def get(self, account_id: int) -> Account:
        """Private Institution Account information

         Private Institution Account information

        Args:
            account_id (int):

        ``GET /account/institution/accounts/{account_id}`` (operation ``private_institution_account``).
        """
        return cast(
            "Account",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_account", (200,), {"account_id": account_id}
            ),
        )

    async def get_curation_comments(
        self, curation_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> CurationComment:
        """Institution Curation Review Comments

         Retrieve a certain curation review's comments.

        Args:
            curation_id (int):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/institution/review/{curation_id}/comments`` (operation ``get_account_institution_curation_comments``).
        """
        return cast(
            "CurationComment",
            await self._requester.call(
                "figshare_api_v3.api.institutions.get_account_institution_curation_comments",
                (200,),
                {"curation_id": curation_id, "limit": limit, "offset": offset},
            ),
        )

    async def group_embargo_options_details(self, group_id: int) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution Group Embargo Options

         Account institution group embargo options details

        Args:
            group_id (int):

        ``GET /account/institution/groups/{group_id}/embargo_options`` (operation ``private_group_embargo_options_details``).
        """
        return cast(
            "builtins.list[GroupEmbargoOptions]",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_group_embargo_options_details", (200,), {"group_id": group_id}
            ),
        )

    async def group_role_delete(self, account_id: int, group_id: int, role_id: int) -> None:
        """Delete Institution Account Group Role

         Delete Institution Account Group Role

        Args:
            account_id (int):
            group_id (int):
            role_id (int):

        ``DELETE /account/institution/roles/{account_id}/{group_id}/{role_id}`` (operation ``private_institution_account_group_role_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.institutions.private_institution_account_group_role_delete",
            (204,),
            {"account_id": account_id, "group_id": group_id, "role_id": role_id},
        )

    async def group_roles(self, account_id: int) -> AccountGroupRoles:
        """List Institution Account Group Roles

         List Institution Account Group Roles

        Args:
            account_id (int):

        ``GET /account/institution/roles/{account_id}`` (operation ``private_institution_account_group_roles``).
        """
        return cast(
            "AccountGroupRoles",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_institution_account_group_roles",
                (200,),
                {"account_id": account_id},
            ),
        )

    async def group_roles_create(self, account_id: int, *, body: AccountGroupRolesCreate) -> None:
        """Add Institution Account Group Roles

         Add Institution Account Group Roles

        Args:
            account_id (int):
            body (AccountGroupRolesCreate):  Example: {'2': [2, 7], '3': [7, 9]}.

        ``POST /account/institution/roles/{account_id}`` (operation ``private_institution_account_group_roles_create``).
        """
        await self._requester.call(
            "figshare_api_v3.api.institutions.private_institution_account_group_roles_create",
            (201,),
            {"account_id": account_id, "body": body},
        )

    async def groups_list(self) -> builtins.list[Group]:
        """Private Account Institution Groups

         Returns the groups for which the account has administrative privileges (assigned and inherited).

        ``GET /account/institution/groups`` (operation ``private_institution_groups_list``).
        """
        return cast(
            "builtins.list[Group]",
            await self._requester.call("figshare_api_v3.api.institutions.private_institution_groups_list", (200,), {}),
        )

    async def items(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateInstitutionItemsOrder | Unset = UNSET,
        order_direction: PrivateInstitutionItemsOrderDirection | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        status: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
        group: int | Unset = UNSET,
        category: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Private Institution Items

         Get Items from own institution. User must be administrator of the institution Requires item-type
        based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateInstitutionItemsOrder | Unset):
            order_direction (PrivateInstitutionItemsOrderDirection | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            status (int | Unset):
            resource_doi (str | Unset):
            item_type_id (int | Unset):
            group (int | Unset):
            category (int | Unset):

        ``GET /account/institution/items`` (operation ``private_institution_items``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_institution_items",
                (200,),
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
                    "item_type_id": item_type_id,
                    "group": group,
                    "category": category,
                },
            ),
        )

    async def post_curation_comments(self, curation_id: int, *, body: CurationCommentCreate) -> None:
        """POST Institution Curation Review Comment

         Add a new comment to the review.

        Args:
            curation_id (int):
            body (CurationCommentCreate):

        ``POST /account/institution/review/{curation_id}/comments`` (operation ``post_account_institution_curation_comments``).
        """
        await self._requester.call(
            "figshare_api_v3.api.institutions.post_account_institution_curation_comments",
            (200,),
            {"curation_id": curation_id, "body": body},
        )

    async def roles_list(self) -> builtins.list[Role]:
        """Private Account Institution Roles

         Returns the roles available for groups and the institution group.

        ``GET /account/institution/roles`` (operation ``private_institution_roles_list``).
        """
        return cast(
            "builtins.list[Role]",
            await self._requester.call("figshare_api_v3.api.institutions.private_institution_roles_list", (200,), {}),
        )

    async def user(self, account_id: int) -> User:
        """Private Account Institution User

         Retrieve institution user information using the account_id

        Args:
            account_id (int):

        ``GET /account/institution/users/{account_id}`` (operation ``private_account_institution_user``).
        """
        return cast(
            "User",
            await self._requester.call(
                "figshare_api_v3.api.institutions.private_account_institution_user", (200,), {"account_id": account_id}
            ),
        )


class AsyncAccountCategoriesResource:
    """Operations on ``account.categories`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[CategoryList]:
        """Private Account Categories

         List institution categories (including parent Categories)

        ``GET /account/categories`` (operation ``private_categories_list``).
        """
        return cast(
            "builtins.list[CategoryList]",
            await self._requester.call("figshare_api_v3.api.institutions.private_categories_list", (200,), {}),
        )


class AsyncAccountFundingResource:
    """Operations on ``account.funding`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def search(self, *, body: FundingSearch | Unset = UNSET) -> builtins.list[FundingInformation]:
        """Search Funding

         Search for fundings

        Args:
            body (FundingSearch | Unset):

        ``POST /account/funding/search`` (operation ``private_funding_search``).
        """
        return cast(
            "builtins.list[FundingInformation]",
            await self._requester.call("figshare_api_v3.api.other.private_funding_search", (200,), {"body": body}),
        )


class AsyncAccountProfileResource:
    """Operations on ``account.profile`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def update_user(
        self, *, body: ProfileUpdateData, user_id: int | Unset = UNSET, institution_user_id: str | Unset = UNSET
    ) -> UpdateUserProfileResponse200:
        """Update public profile

         Updates the fields of the user's public profile.

        Args:
            user_id (int | Unset):
            institution_user_id (str | Unset):
            body (ProfileUpdateData):

        ``PUT /account/profile`` (operation ``update_user_profile``).
        """
        return cast(
            "UpdateUserProfileResponse200",
            await self._requester.call(
                "figshare_api_v3.api.profiles.update_user_profile",
                (200,),
                {"body": body, "user_id": user_id, "institution_user_id": institution_user_id},
            ),
        )

    async def update_user_picture(
        self, user_id: int, *, body: UpdateUserProfilePictureBody
    ) -> UpdateUserProfilePictureResponse200:
        """Update public profile picture

         Updates the profile picture of the user's public profile.

        Args:
            user_id (int):
            body (UpdateUserProfilePictureBody):

        ``POST /account/profile/{user_id}/picture`` (operation ``update_user_profile_picture``).
        """
        return cast(
            "UpdateUserProfilePictureResponse200",
            await self._requester.call(
                "figshare_api_v3.api.profiles.update_user_profile_picture", (200,), {"user_id": user_id, "body": body}
            ),
        )


class AsyncAccountProjectsResource:
    """Operations on ``account.projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def collaborator_delete(self, project_id: int, user_id: int) -> None:
        """Remove project collaborator

         Remove project collaborator

        Args:
            project_id (int):
            user_id (int):

        ``DELETE /account/projects/{project_id}/collaborators/{user_id}`` (operation ``private_project_collaborator__Delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_collaborator_delete",
            (204,),
            {"project_id": project_id, "user_id": user_id},
        )

    async def collaborators_invite(self, project_id: int, *, body: ProjectCollaboratorInvite) -> ResponseMessage:
        """Invite project collaborators

         Invite users to collaborate on project or view the project

        Args:
            project_id (int):
            body (ProjectCollaboratorInvite):

        ``POST /account/projects/{project_id}/collaborators`` (operation ``private_project_collaborators_invite``).
        """
        return cast(
            "ResponseMessage",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_collaborators_invite",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    async def collaborators_list(self, project_id: int) -> builtins.list[ProjectCollaborator]:
        """List project collaborators

         List Project collaborators and invited users

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}/collaborators`` (operation ``private_project_collaborators_list``).
        """
        return cast(
            "builtins.list[ProjectCollaborator]",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_collaborators_list", (200,), {"project_id": project_id}
            ),
        )

    async def create(self, *, body: ProjectCreate) -> CreateProjectResponse:
        """Create project

         Create a new project. All metadata is wrapped in a `fields` object (`title` is required;
        `description`, `funding_list`, and any configured custom fields are optional); `group_id` is the
        only top-level key. Legacy flat-payload top-level metadata is rejected with 422. `funding_list`
        entries accept either `{"id": <int>}` (reference an existing record) or `{"title": "..."}` (mint a
        new user-defined entry). Unrecognised field names inside `fields` (e.g. a typo) are rejected with
        422.

        Args:
            body (ProjectCreate): v3 project creation payload. All metadata goes inside 'fields'; only
                group_id stays top-level. Example: {'fields': {'title': 'My project'}}.

        ``POST /account/projects`` (operation ``private_project_create``).
        """
        return cast(
            "CreateProjectResponse",
            await self._requester.call("figshare_api_v3.api.projects.private_project_create", (201,), {"body": body}),
        )

    async def delete(self, project_id: int) -> None:
        """Delete project

         A project can be deleted only if: - it is not public - it does not have public articles.

        When an individual project is deleted, all the articles are moved to my data of each owner.

        When a group project is deleted, all the articles and files are deleted as well. Only project owner,
        group admin and above can delete a project. Requires item-type based metadata to be enabled for the
        institution; returns 403 otherwise.

        Args:
            project_id (int):

        ``DELETE /account/projects/{project_id}`` (operation ``private_project_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_delete", (204,), {"project_id": project_id}
        )

    async def details(self, project_id: int) -> ProjectCompletePrivate:
        """View project details

         View a private project. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}`` (operation ``private_project_details``).
        """
        return cast(
            "ProjectCompletePrivate",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_details", (200,), {"project_id": project_id}
            ),
        )

    async def fields_catalog(self) -> builtins.list[UnderlyingField]:
        """Project Field Definitions

         Returns the catalog of underlying field definitions for projects. Requires item-type based metadata
        to be enabled for the institution; returns 403 otherwise.

        ``GET /account/projects/fields`` (operation ``projects_fields_catalog``).
        """
        return cast(
            "builtins.list[UnderlyingField]",
            await self._requester.call("figshare_api_v3.api.other.projects_fields_catalog", (200,), {}),
        )

    async def fields_configuration(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemTypeField]:
        """Project Field Configuration

         Returns the fields configured for projects, including per-type overrides (display_name, hint_text,
        is_mandatory, order, display_area, settings). Requires item-type based metadata to be enabled for
        the institution; returns 403 otherwise.

        Args:
            group_id (int | Unset):

        ``GET /account/projects/fields/configuration`` (operation ``projects_fields_configuration``).
        """
        return cast(
            "builtins.list[ItemTypeField]",
            await self._requester.call(
                "figshare_api_v3.api.other.projects_fields_configuration", (200,), {"group_id": group_id}
            ),
        )

    async def item_delete(self, project_id: int, item_id: int) -> None:
        """Delete project item

         Delete project item

        Args:
            project_id (int):
            item_id (int):

        ``DELETE /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_project_item_delete",
            (204,),
            {"project_id": project_id, "item_id": item_id},
        )

    async def item_details(self, project_id: int, item_id: int) -> ItemCompletePrivate:
        """Project item details

         Project item details

        Args:
            project_id (int):
            item_id (int):

        ``GET /account/projects/{project_id}/items/{item_id}`` (operation ``private_project_item_details``).
        """
        return cast(
            "ItemCompletePrivate",
            await self._requester.call(
                "figshare_api_v3.api.items.private_project_item_details",
                (200,),
                {"project_id": project_id, "item_id": item_id},
            ),
        )

    async def item_file(self, project_id: int, item_id: int, file_id: int) -> PrivateFile:
        """Project item file details

         Project item file details

        Args:
            project_id (int):
            item_id (int):
            file_id (int):

        ``GET /account/projects/{project_id}/items/{item_id}/files/{file_id}`` (operation ``private_project_item_file``).
        """
        return cast(
            "PrivateFile",
            await self._requester.call(
                "figshare_api_v3.api.items.private_project_item_file",
                (200,),
                {"project_id": project_id, "item_id": item_id, "file_id": file_id},
            ),
        )

    async def item_files(self, project_id: int, item_id: int) -> builtins.list[PrivateFile]:
        """Project item list files

         List item files

        Args:
            project_id (int):
            item_id (int):

        ``GET /account/projects/{project_id}/items/{item_id}/files`` (operation ``private_project_item_files``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_project_item_files",
                (200,),
                {"project_id": project_id, "item_id": item_id},
            ),
        )

    async def items_create(self, project_id: int, *, body: PrivateProjectItemsCreateBody) -> Location:
        """Create project item

         Create a new Item and associate it with this project

        Args:
            project_id (int):
            body (PrivateProjectItemsCreateBody):

        ``POST /account/projects/{project_id}/items`` (operation ``private_project_items_create``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.items.private_project_items_create",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    async def items_list(
        self, project_id: int, *, limit: int | Unset = UNSET, offset: int | Unset = UNSET
    ) -> builtins.list[Item]:
        """List project items

         List project items Requires item-type based metadata to be enabled for the institution; returns 403
        otherwise.

        Args:
            project_id (int):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/projects/{project_id}/items`` (operation ``private_project_items_list``).
        """
        return cast(
            "builtins.list[Item]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_project_items_list",
                (200,),
                {"project_id": project_id, "limit": limit, "offset": offset},
            ),
        )

    async def leave(self, project_id: int) -> None:
        """Private Project Leave

         Please note: project's owner cannot leave the project.

        Args:
            project_id (int):

        ``POST /account/projects/{project_id}/leave`` (operation ``private_project_leave``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_leave", (204,), {"project_id": project_id}
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: PrivateProjectsListOrder | Unset = UNSET,
        order_direction: PrivateProjectsListOrderDirection | Unset = UNSET,
        storage: PrivateProjectsListStorage | Unset = UNSET,
        roles: str | Unset = UNSET,
    ) -> builtins.list[ProjectPrivate]:
        """Private Projects

         List the caller's own projects (light list shape). 403 when item-type based metadata is not enabled
        for the caller's institution; fetch `/v3/account/projects/{project_id}` for the full detail.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateProjectsListOrder | Unset):
            order_direction (PrivateProjectsListOrderDirection | Unset):
            storage (PrivateProjectsListStorage | Unset):
            roles (str | Unset):

        ``GET /account/projects`` (operation ``private_projects_list``).
        """
        return cast(
            "builtins.list[ProjectPrivate]",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_projects_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "storage": storage,
                    "roles": roles,
                },
            ),
        )

    async def note(self, project_id: int, note_id: int) -> ProjectNotePrivate:
        """Project note details

        Args:
            project_id (int):
            note_id (int):

        ``GET /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note``).
        """
        return cast(
            "ProjectNotePrivate",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_note",
                (200,),
                {"project_id": project_id, "note_id": note_id},
            ),
        )

    async def note_delete(self, project_id: int, note_id: int) -> None:
        """Delete project note

        Args:
            project_id (int):
            note_id (int):

        ``DELETE /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_note_delete",
            (204,),
            {"project_id": project_id, "note_id": note_id},
        )

    async def note_update(self, project_id: int, note_id: int, *, body: ProjectNoteCreate) -> None:
        """Update project note

        Args:
            project_id (int):
            note_id (int):
            body (ProjectNoteCreate):

        ``PUT /account/projects/{project_id}/notes/{note_id}`` (operation ``private_project_note_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_note_update",
            (205,),
            {"project_id": project_id, "note_id": note_id, "body": body},
        )

    async def notes_create(self, project_id: int, *, body: ProjectNoteCreate) -> Location:
        """Create project note

         Create a new project note

        Args:
            project_id (int):
            body (ProjectNoteCreate):

        ``POST /account/projects/{project_id}/notes`` (operation ``private_project_notes_create``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_notes_create",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    async def notes_list(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ProjectNote]:
        """List project notes

         List project notes

        Args:
            project_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/projects/{project_id}/notes`` (operation ``private_project_notes_list``).
        """
        return cast(
            "builtins.list[ProjectNote]",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_notes_list",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def partial_update(self, project_id: int, *, body: ProjectUpdate | Unset = UNSET) -> None:
        """Partially update project

         Partially update a project; only provided keys will be changed. For institutions with item-type
        based metadata enabled, send the keys to update inside `fields:{}` — keys not present are preserved.
        `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Unrecognised field names inside
        `fields` (e.g. a typo) are rejected with 422. Requires item-type based metadata to be enabled for
        the institution; returns 403 otherwise.

        Args:
            project_id (int):
            body (ProjectUpdate | Unset): v3 project update payload. Send only the metadata that
                changes inside 'fields'. The project group cannot be changed. Example: {'fields':
                {'description': 'Updated project description'}}.

        ``PATCH /account/projects/{project_id}`` (operation ``private_project_partial_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_partial_update",
            (205,),
            {"project_id": project_id, "body": body},
        )

    async def publish(self, project_id: int) -> ResponseMessage:
        """Private Project Publish

         Publish a project. Possible after all items inside it are public

        Args:
            project_id (int):

        ``POST /account/projects/{project_id}/publish`` (operation ``private_project_publish``).
        """
        return cast(
            "ResponseMessage",
            await self._requester.call(
                "figshare_api_v3.api.projects.private_project_publish", (200,), {"project_id": project_id}
            ),
        )

    async def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[ProjectPrivate]:
        """Private Projects Search

         Search the caller's own projects. Same light list shape as `/v3/account/projects`.

        Args:
            body (ProjectsSearch | Unset): v3 project search payload. `order` accepts the current date
                keys; legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.

        ``POST /account/projects/search`` (operation ``private_projects_search``).
        """
        return cast(
            "builtins.list[ProjectPrivate]",
            await self._requester.call("figshare_api_v3.api.projects.private_projects_search", (200,), {"body": body}),
        )

    async def update(self, project_id: int, *, body: ProjectUpdate) -> None:
        """Update project

         Update a project by passing full body parameters. Metadata is wrapped in a `fields` object.
        `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            project_id (int):
            body (ProjectUpdate): v3 project update payload. Send only the metadata that changes
                inside 'fields'. The project group cannot be changed. Example: {'fields': {'description':
                'Updated project description'}}.

        ``PUT /account/projects/{project_id}`` (operation ``private_project_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.projects.private_project_update", (205,), {"project_id": project_id, "body": body}
        )


class AsyncAccountItemsResource:
    """Operations on ``account.items`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def author_delete(self, item_id: int, author_id: int) -> None:
        """Delete item author

         De-associate author from item

        Args:
            item_id (int):
            author_id (int):

        ``DELETE /account/items/{item_id}/authors/{author_id}`` (operation ``private_item_author_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_author_delete", (204,), {"item_id": item_id, "author_id": author_id}
        )

    async def authors_add(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Add item authors

         Associate new authors with the item. This will add new authors to the list of already associated
        authors

        Args:
            item_id (int):
            body (AuthorsCreator):

        ``POST /account/items/{item_id}/authors`` (operation ``private_item_authors_add``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_authors_add", (205,), {"item_id": item_id, "body": body}
        )

    async def authors_list(self, item_id: int) -> builtins.list[Author]:
        """List item authors

         List item authors

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/authors`` (operation ``private_item_authors_list``).
        """
        return cast(
            "builtins.list[Author]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_authors_list", (200,), {"item_id": item_id}
            ),
        )

    async def authors_replace(self, item_id: int, *, body: AuthorsCreator) -> None:
        """Replace item authors

         Associate new authors with the item. This will remove all already associated authors and add these
        new ones

        Args:
            item_id (int):
            body (AuthorsCreator):

        ``PUT /account/items/{item_id}/authors`` (operation ``private_item_authors_replace``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_authors_replace", (205,), {"item_id": item_id, "body": body}
        )

    async def categories_add(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Add item categories

         Associate new categories with the item. This will add new categories to the list of already
        associated categories

        Args:
            item_id (int):
            body (CategoriesCreator):

        ``POST /account/items/{item_id}/categories`` (operation ``private_item_categories_add``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_categories_add", (205,), {"item_id": item_id, "body": body}
        )

    async def categories_list(self, item_id: int) -> builtins.list[Category]:
        """List item categories

         List item categories

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/categories`` (operation ``private_item_categories_list``).
        """
        return cast(
            "builtins.list[Category]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_categories_list", (200,), {"item_id": item_id}
            ),
        )

    async def categories_replace(self, item_id: int, *, body: CategoriesCreator) -> None:
        """Replace item categories

         Associate new categories with the item. This will remove all already associated categories and add
        these new ones

        Args:
            item_id (int):
            body (CategoriesCreator):

        ``PUT /account/items/{item_id}/categories`` (operation ``private_item_categories_replace``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_categories_replace", (205,), {"item_id": item_id, "body": body}
        )

    async def category_delete(self, item_id: int, category_id: int) -> None:
        """Delete item category

         De-associate category from item

        Args:
            item_id (int):
            category_id (int):

        ``DELETE /account/items/{item_id}/categories/{category_id}`` (operation ``private_item_category_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_category_delete",
            (204,),
            {"item_id": item_id, "category_id": category_id},
        )

    async def confidentiality_delete(self, item_id: int) -> None:
        """Delete item confidentiality

         Delete confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            item_id (int):

        ``DELETE /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_confidentiality_delete", (204,), {"item_id": item_id}
        )

    async def confidentiality_details(self, item_id: int) -> ItemConfidentiality:
        """Item confidentiality details

         View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
        by the new extended embargo functionality and all items that used to be confidential have now been
        migrated to items with a permanent embargo on files. All API endpoints related to this functionality
        will remain for backwards compatibility, but will now be attached to the new extended embargo
        workflows.

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_details``).
        """
        return cast(
            "ItemConfidentiality",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_confidentiality_details", (200,), {"item_id": item_id}
            ),
        )

    async def confidentiality_update(self, item_id: int, *, body: ConfidentialityCreator) -> None:
        """Update item confidentiality

         Update confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            item_id (int):
            body (ConfidentialityCreator):

        ``PUT /account/items/{item_id}/confidentiality`` (operation ``private_item_confidentiality_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_confidentiality_update", (205,), {"item_id": item_id, "body": body}
        )

    async def create(self, *, body: ItemCreate) -> LocationWarnings:
        """Create new Item

         Create a new Item by sending item information. Stock fields (journal, volume, etc.) are sent inside
        the `fields` object. Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise. `categories` input is a list of objects, each identified by either `id` (int) or
        `source_id` (string); entries may be mixed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
        `source_id` values are reported in the response `warnings` array. `licence` input is a single object
        with an `id` key (`{"id": <int>}`). Bare integers are rejected with 422. Unrecognised field names
        inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            body (ItemCreate): v3 item creation payload. Structural inputs stay top-level; all
                metadata goes inside 'fields'. Example: {'item_type_id': 1, 'fields': {'title': 'My
                item'}}.

        ``POST /account/items`` (operation ``private_item_create``).
        """
        return cast(
            "LocationWarnings",
            await self._requester.call("figshare_api_v3.api.items.private_item_create", (201,), {"body": body}),
        )

    async def delete(self, item_id: int) -> None:
        """Delete item

         Delete an item

        Args:
            item_id (int):

        ``DELETE /account/items/{item_id}`` (operation ``private_item_delete``).
        """
        await self._requester.call("figshare_api_v3.api.items.private_item_delete", (204,), {"item_id": item_id})

    async def details(self, item_id: int) -> ItemCompletePrivate:
        """Item details

         View a private item. Metadata is returned under the `fields` object with relational fields hydrated
        (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            item_id (int):

        ``GET /account/items/{item_id}`` (operation ``private_item_details``).
        """
        return cast(
            "ItemCompletePrivate",
            await self._requester.call("figshare_api_v3.api.items.private_item_details", (200,), {"item_id": item_id}),
        )

    async def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Item Download

         Download files from a private item preserving the folder structure

        Args:
            item_id (int):
            folder_path (str | Unset):

        ``GET /account/items/{item_id}/download`` (operation ``private_item_download``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_download", (200,), {"item_id": item_id, "folder_path": folder_path}
        )

    async def embargo_delete(self, item_id: int) -> None:
        """Delete Item Embargo

         Will lift the embargo for the specified item

        Args:
            item_id (int):

        ``DELETE /account/items/{item_id}/embargo`` (operation ``private_item_embargo_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_embargo_delete", (204,), {"item_id": item_id}
        )

    async def embargo_details(self, item_id: int) -> ItemEmbargo:
        """Item Embargo Details

         View a private item embargo details

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/embargo`` (operation ``private_item_embargo_details``).
        """
        return cast(
            "ItemEmbargo",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_embargo_details", (200,), {"item_id": item_id}
            ),
        )

    async def embargo_update(self, item_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Item Embargo

         Note: setting an item under whole embargo does not imply that the item will be published when the
        embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        Args:
            item_id (int):
            body (ArticleEmbargoUpdater):

        ``PUT /account/items/{item_id}/embargo`` (operation ``private_item_embargo_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_embargo_update", (205,), {"item_id": item_id, "body": body}
        )

    async def fields_catalog(self) -> builtins.list[UnderlyingField]:
        """Item Field Definitions

         Returns the catalog of underlying field definitions (core, stock, custom) for items. Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        ``GET /account/items/fields`` (operation ``items_fields_catalog``).
        """
        return cast(
            "builtins.list[UnderlyingField]",
            await self._requester.call("figshare_api_v3.api.other.items_fields_catalog", (200,), {}),
        )

    async def fields_configuration(
        self, item_type_id: int, *, group_id: int | Unset = UNSET
    ) -> builtins.list[ItemTypeField]:
        """Item Type Field Configuration

         Returns the fields configured for a specific item type, including per-type overrides (display_name,
        hint_text, is_mandatory, order, display_area, settings). Requires item-type based metadata to be
        enabled for the institution; returns 403 otherwise.

        Args:
            item_type_id (int):
            group_id (int | Unset):

        ``GET /account/items/fields/configuration/{item_type_id}`` (operation ``items_fields_configuration``).
        """
        return cast(
            "builtins.list[ItemTypeField]",
            await self._requester.call(
                "figshare_api_v3.api.other.items_fields_configuration",
                (200,),
                {"item_type_id": item_type_id, "group_id": group_id},
            ),
        )

    async def file_delete(self, item_id: int, file_id: int) -> None:
        """File Delete

         Delete a file from the item

        Args:
            item_id (int):
            file_id (int):

        ``DELETE /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_file_delete", (204,), {"item_id": item_id, "file_id": file_id}
        )

    async def file_details(self, item_id: int, file_id: int) -> PrivateFile:
        """Single File

         View details of file for specified item

        Args:
            item_id (int):
            file_id (int):

        ``GET /account/items/{item_id}/files/{file_id}`` (operation ``private_item_file_details``).
        """
        return cast(
            "PrivateFile",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_file_details", (200,), {"item_id": item_id, "file_id": file_id}
            ),
        )

    async def files_list(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List item files

         List private files

        Args:
            item_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/items/{item_id}/files`` (operation ``private_item_files_list``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_files_list",
                (200,),
                {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: AccountItemsListOrder | Unset = UNSET,
        order_direction: AccountItemsListOrderDirection | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Private Items

         List the caller's own items. Light list shape — fetch `/v2/account/items/{item_id}` for the full
        detail.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (AccountItemsListOrder | Unset):
            order_direction (AccountItemsListOrderDirection | Unset):
            item_type_id (int | Unset):

        ``GET /account/items`` (operation ``account_items_list``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            await self._requester.call(
                "figshare_api_v3.api.items.account_items_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "item_type_id": item_type_id,
                },
            ),
        )

    async def partial_update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Partially update item

         Partially update an item by sending only the keys to change. Send the keys to update inside
        `fields:{}` — keys not present are preserved. `categories` entries accept `id` (int) or `source_id`
        (string), mixed allowed; `licence` is `{"id": <int>}`. Bare integers are rejected. Unrecognised
        field names inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            item_id (int):
            body (ItemUpdate): v3 item update payload. Same shape as ItemCreate; all properties
                optional (send only what changes inside 'fields'). Example: {'fields': {'title': 'Updated
                item title'}}.

        ``PATCH /account/items/{item_id}`` (operation ``private_item_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_partial_update", (205,), {"item_id": item_id, "body": body}
            ),
        )

    async def private_link(self, item_id: int) -> builtins.list[PrivateLink]:
        """List private links

         List private links

        Args:
            item_id (int):

        ``GET /account/items/{item_id}/private_links`` (operation ``private_item_private_link``).
        """
        return cast(
            "builtins.list[PrivateLink]",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_private_link", (200,), {"item_id": item_id}
            ),
        )

    async def private_link_create(
        self, item_id: int, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create private link

         Create new private link for this item

        Args:
            item_id (int):
            body (PrivateLinkCreator | Unset):

        ``POST /account/items/{item_id}/private_links`` (operation ``private_item_private_link_create``).
        """
        return cast(
            "PrivateLinkResponse",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_private_link_create", (201,), {"item_id": item_id, "body": body}
            ),
        )

    async def private_link_delete(self, item_id: int, link_id: str) -> None:
        """Disable private link

         Disable/delete private link for this item

        Args:
            item_id (int):
            link_id (str):

        ``DELETE /account/items/{item_id}/private_links/{link_id}`` (operation ``private_item_private_link_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_private_link_delete",
            (204,),
            {"item_id": item_id, "link_id": link_id},
        )

    async def private_link_update(
        self, item_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update private link

         Update existing private link for this item

        Args:
            item_id (int):
            link_id (str):
            body (PrivateLinkCreator | Unset):

        ``PUT /account/items/{item_id}/private_links/{link_id}`` (operation ``private_item_private_link_update``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_private_link_update",
            (205,),
            {"item_id": item_id, "link_id": link_id, "body": body},
        )

    async def publish(self, item_id: int) -> Location:
        """Private Item Publish

         - If the whole item is under embargo, it will not be published immediately, but when the embargo
        expires or is lifted.
        - When an item is published, a new public version will be generated. Any further updates to the item
        will affect the private item data. In order to make these changes publicly visible, an explicit
        publish operation is needed.

        Args:
            item_id (int):

        ``POST /account/items/{item_id}/publish`` (operation ``account_item_publish``).
        """
        return cast(
            "Location",
            await self._requester.call("figshare_api_v3.api.items.account_item_publish", (201,), {"item_id": item_id}),
        )

    async def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Item Report

         Return status on all reports generated for the account from the oauth credentials

        Args:
            group_id (int | Unset):

        ``GET /account/items/export`` (operation ``account_item_report``).
        """
        return cast(
            "builtins.list[AccountReport]",
            await self._requester.call("figshare_api_v3.api.items.account_item_report", (200,), {"group_id": group_id}),
        )

    async def report_generate(self) -> AccountReport:
        """Initiate a new Report

         Initiate a new Item Report for this Account. There is a limit of 1 report per day.

        ``POST /account/items/export`` (operation ``account_item_report_generate``).
        """
        return cast(
            "AccountReport",
            await self._requester.call("figshare_api_v3.api.items.account_item_report_generate", (200,), {}),
        )

    async def reserve_doi(self, item_id: int) -> ItemDOI:
        """Private Item Reserve DOI

         Reserve DOI for item

        Args:
            item_id (int):

        ``POST /account/items/{item_id}/reserve_doi`` (operation ``private_item_reserve_doi``).
        """
        return cast(
            "ItemDOI",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_reserve_doi", (200,), {"item_id": item_id}
            ),
        )

    async def reserve_handle(self, item_id: int) -> ItemHandle:
        """Private Item Reserve Handle

         Reserve Handle for item

        Args:
            item_id (int):

        ``POST /account/items/{item_id}/reserve_handle`` (operation ``private_item_reserve_handle``).
        """
        return cast(
            "ItemHandle",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_reserve_handle", (200,), {"item_id": item_id}
            ),
        )

    async def resource(self, item_id: int, *, body: Resource) -> Location:
        """Private Item Resource

         Edit item resource data.

        Args:
            item_id (int):
            body (Resource):

        ``POST /account/items/{item_id}/resource`` (operation ``private_item_resource``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_resource", (205,), {"item_id": item_id, "body": body}
            ),
        )

    async def search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Private Items Search

         Search the caller's own items. Same light list shape as `/v2/account/items`.

        Args:
            body (ArticleSearch | Unset):

        ``POST /account/items/search`` (operation ``account_items_search``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            await self._requester.call("figshare_api_v3.api.items.account_items_search", (200,), {"body": body}),
        )

    async def unpublish(self, item_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Item Unpublish

         Allows authorized users to unpublish an item.

        Args:
            item_id (int):
            body (ArticleUnpublishData):

        ``POST /account/items/{item_id}/unpublish`` (operation ``account_item_unpublish``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.account_item_unpublish", (204,), {"item_id": item_id, "body": body}
        )

    async def update(self, item_id: int, *, body: ItemUpdate) -> LocationWarningsUpdate:
        """Update item

         Update an item by passing full body parameters. Stock fields are sent inside the `fields` object.
        Requires item-type based metadata to be enabled for the institution; returns 403 otherwise.
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed; `licence` input is
        `{"id": <int>}`. Bare integers are rejected.

        Args:
            item_id (int):
            body (ItemUpdate): v3 item update payload. Same shape as ItemCreate; all properties
                optional (send only what changes inside 'fields'). Example: {'fields': {'title': 'Updated
                item title'}}.

        ``PUT /account/items/{item_id}`` (operation ``private_item_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_update", (205,), {"item_id": item_id, "body": body}
            ),
        )

    async def upload_complete(self, item_id: int, file_id: int) -> None:
        """Complete Upload

         Complete file upload

        Args:
            item_id (int):
            file_id (int):

        ``POST /account/items/{item_id}/files/{file_id}`` (operation ``private_item_upload_complete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_upload_complete", (202,), {"item_id": item_id, "file_id": file_id}
        )

    async def upload_initiate(self, item_id: int, *, body: FileCreator) -> Location:
        """Initiate Upload

         Initiate a new file upload within the item. Either use the link property to point to an existing
        file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
        name, size).

        Args:
            item_id (int):
            body (FileCreator):

        ``POST /account/items/{item_id}/files`` (operation ``private_item_upload_initiate``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_upload_initiate", (201,), {"item_id": item_id, "body": body}
            ),
        )

    async def version_partial_update(
        self, item_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update item version

         Partially updating an item version by passing only the fields to change.

        Args:
            item_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PATCH /account/items/{item_id}/versions/{version_id}`` (operation ``private_item_version_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_version_partial_update",
                (205,),
                {"item_id": item_id, "version_id": version_id, "body": body},
            ),
        )

    async def version_supplementary_field_delete(
        self, item_id: int, version_id: int, *, body: PrivateItemVersionSupplementaryFieldDeleteBody
    ) -> None:
        """Delete item version supplementary field

         Delete a supplementary custom field from an item version.

        Args:
            item_id (int):
            version_id (int):
            body (PrivateItemVersionSupplementaryFieldDeleteBody):

        ``DELETE /account/items/{item_id}/versions/{version_id}/supplementary_fields`` (operation ``private_item_version_supplementary_field_delete``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.private_item_version_supplementary_field_delete",
            (204,),
            {"item_id": item_id, "version_id": version_id, "body": body},
        )

    async def version_update(
        self, item_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Update item version

         Updating an item version by passing body parameters.

        Args:
            item_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PUT /account/items/{item_id}/versions/{version_id}`` (operation ``private_item_version_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api_v3.api.items.private_item_version_update",
                (205,),
                {"item_id": item_id, "version_id": version_id, "body": body},
            ),
        )

    async def version_update_thumb(self, item_id: int, version_id: int, *, body: FileId) -> None:
        """Update item version thumbnail

         For a given public item version update the item thumbnail by choosing one of the associated files

        Args:
            item_id (int):
            version_id (int):
            body (FileId):

        ``PUT /account/items/{item_id}/versions/{version_id}/update_thumb`` (operation ``item_version_update_thumb``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.item_version_update_thumb",
            (205,),
            {"item_id": item_id, "version_id": version_id, "body": body},
        )


class AsyncAccountLicencesResource:
    """Operations on ``account.licences`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[Licence]:
        """Private Account Licences

         This is a private endpoint that requires OAuth. It will return a list with figshare public licences
        AND licences defined for account's institution.

        ``GET /account/licences`` (operation ``private_licences_list``).
        """
        return cast(
            "builtins.list[Licence]",
            await self._requester.call("figshare_api_v3.api.other.private_licences_list", (200,), {}),
        )


class AsyncAccountResource:
    """Operations on ``account`` (async)."""

    authors: AsyncAccountAuthorsResource
    collections: AsyncAccountCollectionsResource
    institution: AsyncAccountInstitutionResource
    categories: AsyncAccountCategoriesResource
    funding: AsyncAccountFundingResource
    profile: AsyncAccountProfileResource
    projects: AsyncAccountProjectsResource
    items: AsyncAccountItemsResource
    licences: AsyncAccountLicencesResource

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.authors = AsyncAccountAuthorsResource(requester)
        self.collections = AsyncAccountCollectionsResource(requester)
        self.institution = AsyncAccountInstitutionResource(requester)
        self.categories = AsyncAccountCategoriesResource(requester)
        self.funding = AsyncAccountFundingResource(requester)
        self.profile = AsyncAccountProfileResource(requester)
        self.projects = AsyncAccountProjectsResource(requester)
        self.items = AsyncAccountItemsResource(requester)
        self.licences = AsyncAccountLicencesResource(requester)

    async def get(self) -> Account:
        """Private Account information

         Account information for token/personal token

        ``GET /account`` (operation ``private_account``).
        """
        return cast("Account", await self._requester.call("figshare_api_v3.api.other.private_account", (200,), {}))


class AsyncCollectionsResource:
    """Operations on ``collections`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, collection_id: int) -> CollectionComplete:
        """Collection details

         View a public collection. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            collection_id (int):

        ``GET /collections/{collection_id}`` (operation ``collection_details``).
        """
        return cast(
            "CollectionComplete",
            await self._requester.call(
                "figshare_api_v3.api.collections.collection_details", (200,), {"collection_id": collection_id}
            ),
        )

    async def items(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Item]:
        """Public Collection Items

         Returns a list of public collection items Requires item-type based metadata to be enabled for the
        institution; returns 403 otherwise.

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /collections/{collection_id}/items`` (operation ``collection_items``).
        """
        return cast(
            "builtins.list[Item]",
            await self._requester.call(
                "figshare_api_v3.api.items.collection_items",
                (200,),
                {
                    "collection_id": collection_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    async def public_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsPublicListOrder | Unset = UNSET,
        order_direction: CollectionsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections

         List public collections from institutions with item-type based metadata enabled. Returns the light
        list shape; fetch `/v3/collections/{collection_id}` for the full detail including the `fields`
        object.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (CollectionsPublicListOrder | Unset):
            order_direction (CollectionsPublicListOrderDirection | Unset):
            institution (int | Unset):
            group (int | Unset):
            item_type_id (int | Unset):

        ``GET /collections`` (operation ``collections_public_list``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api_v3.api.collections.collections_public_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "group": group,
                    "item_type_id": item_type_id,
                },
            ),
        )

    async def public_search(self, *, body: CollectionsSearch | Unset = UNSET) -> builtins.list[Collection]:
        """Public Collections Search

         Search public collections. Same light list shape as `/v3/collections`.

        Args:
            body (CollectionsSearch | Unset): v3 collection search payload. `order` accepts the
                collection's current date keys; legacy stats keys (`views`, `shares`, `cites`) are
                rejected for institutions with item-type based metadata enabled.

        ``POST /collections/search`` (operation ``collections_public_search``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api_v3.api.collections.collections_public_search", (200,), {"body": body}
            ),
        )

    async def version_details(self, collection_id: int, version_id: int) -> CollectionComplete:
        """Collection Version details

         View details for a certain version of a collection

        Args:
            collection_id (int):
            version_id (int):

        ``GET /collections/{collection_id}/versions/{version_id}`` (operation ``collection_version_details``).
        """
        return cast(
            "CollectionComplete",
            await self._requester.call(
                "figshare_api_v3.api.collections.collection_version_details",
                (200,),
                {"collection_id": collection_id, "version_id": version_id},
            ),
        )

    async def versions(self, collection_id: int) -> builtins.list[CollectionVersions]:
        """Collection Versions list

         Returns a list of public collection Versions

        Args:
            collection_id (int):

        ``GET /collections/{collection_id}/versions`` (operation ``collection_versions``).
        """
        return cast(
            "builtins.list[CollectionVersions]",
            await self._requester.call(
                "figshare_api_v3.api.collections.collection_versions", (200,), {"collection_id": collection_id}
            ),
        )


class AsyncInstitutionResource:
    """Operations on ``institution`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def hrfeed_upload(self, *, body: InstitutionHrfeedUploadBody | Unset = UNSET) -> ResponseMessage:
        """Private Institution HRfeed Upload

         More info in the <a href="#hr_feed">HR Feed section</a>

        Args:
            body (InstitutionHrfeedUploadBody | Unset):

        ``POST /institution/hrfeed/upload`` (operation ``institution_hrfeed_upload``).
        """
        return cast(
            "ResponseMessage",
            await self._requester.call(
                "figshare_api_v3.api.institutions.institution_hrfeed_upload", (200,), {"body": body}
            ),
        )


class AsyncTokenResource:
    """Operations on ``token`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(self, *, body: CreateOAuthToken | Unset = UNSET) -> OAuthToken:
        """Create OAuth token

         Creates OAuth token using various grant types

        Args:
            body (CreateOAuthToken | Unset):

        ``POST /token`` (operation ``create_token``).
        """
        return cast(
            "OAuthToken", await self._requester.call("figshare_api_v3.api.oauth.create_token", (200,), {"body": body})
        )

    async def get_info(self, *, access_token: str | Unset = UNSET) -> OAuthToken:
        """Get OAuth token information

         Returns information about the current OAuth token

        Args:
            access_token (str | Unset):

        ``GET /token`` (operation ``get_token_info``).
        """
        return cast(
            "OAuthToken",
            await self._requester.call(
                "figshare_api_v3.api.oauth.get_token_info", (200,), {"access_token": access_token}
            ),
        )


class AsyncItemTypesResource:
    """Operations on ``item_types`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemType]:
        """Item Types

         List the institution's selectable item types with their field configuration.

        Args:
            group_id (int | Unset):

        ``GET /item_types`` (operation ``item_types_list``).
        """
        return cast(
            "builtins.list[ItemType]",
            await self._requester.call("figshare_api_v3.api.other.item_types_list", (200,), {"group_id": group_id}),
        )


class AsyncCategoriesResource:
    """Operations on ``categories`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[CategoryList]:
        """Public Categories

         Returns a list of public categories

        ``GET /categories`` (operation ``categories_list``).
        """
        return cast(
            "builtins.list[CategoryList]",
            await self._requester.call("figshare_api_v3.api.other.categories_list", (200,), {}),
        )


class AsyncFileResource:
    """Operations on ``file`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def download(self, file_id: int) -> None:
        """Public File Download

         Starts the download of a file

        Args:
            file_id (int):

        ``GET /file/download/{file_id}`` (operation ``file_download``).
        """
        await self._requester.call("figshare_api_v3.api.other.file_download", (200,), {"file_id": file_id})


class AsyncProjectsResource:
    """Operations on ``projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, project_id: int) -> ProjectComplete:
        """Public Project

         View a public project. Metadata is returned under the `fields` object with relational fields
        hydrated (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-
        type based metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            project_id (int):

        ``GET /projects/{project_id}`` (operation ``project_details``).
        """
        return cast(
            "ProjectComplete",
            await self._requester.call(
                "figshare_api_v3.api.projects.project_details", (200,), {"project_id": project_id}
            ),
        )

    async def items(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Project Items

         List items in project Requires item-type based metadata to be enabled for the institution; returns
        403 otherwise.

        Args:
            project_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /projects/{project_id}/items`` (operation ``project_items``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            await self._requester.call(
                "figshare_api_v3.api.items.project_items",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def public_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsPublicListOrder | Unset = UNSET,
        order_direction: ProjectsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects

         List public projects from institutions with item-type based metadata enabled. Returns the light list
        shape; fetch `/v3/projects/{project_id}` for the full detail including the `fields` object.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ProjectsPublicListOrder | Unset):
            order_direction (ProjectsPublicListOrderDirection | Unset):
            institution (int | Unset):
            group (int | Unset):

        ``GET /projects`` (operation ``projects_public_list``).
        """
        return cast(
            "builtins.list[Project]",
            await self._requester.call(
                "figshare_api_v3.api.projects.projects_public_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "group": group,
                },
            ),
        )

    async def public_search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[Project]:
        """Public Projects Search

         Search public projects. Same light list shape as `/v3/projects`.

        Args:
            body (ProjectsSearch | Unset): v3 project search payload. `order` accepts the current date
                keys; legacy keys (`published_date`, `modified_date`, `views`) are rejected for
                institutions with item-type based metadata enabled.

        ``POST /projects/search`` (operation ``projects_public_search``).
        """
        return cast(
            "builtins.list[Project]",
            await self._requester.call("figshare_api_v3.api.projects.projects_public_search", (200,), {"body": body}),
        )


class AsyncStatusResource:
    """Operations on ``status`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(self) -> str:
        """Status

         Diagnostic endpoint used for health checks.

        ``GET /status`` (operation ``status``).
        """
        return cast("str", await self._requester.call("figshare_api_v3.api.other.status", (200,), {}))


class AsyncReadcubeResource:
    """Operations on ``readcube`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def add_cites(self, *, body: ReadcubeAddCitesBody) -> str:
        """Readcube citation webhook

         Receives citation notifications from Readcube and records them against the referenced items.

        Args:
            body (ReadcubeAddCitesBody):

        ``POST /readcube`` (operation ``readcube_add_cites``).
        """
        return cast(
            "str", await self._requester.call("figshare_api_v3.api.other.readcube_add_cites", (200,), {"body": body})
        )


class AsyncEchoResource:
    """Operations on ``echo`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(self) -> EchoResponse200:
        """Echo request

         Diagnostic endpoint that echoes a fixed payload for the authenticated account.

        ``GET /echo`` (operation ``echo``).
        """
        return cast("EchoResponse200", await self._requester.call("figshare_api_v3.api.other.echo", (200,), {}))


class AsyncWhoamiResource:
    """Operations on ``whoami`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def get(self) -> WhoamiResponse200:
        """Authenticated account information

         Returns the account information for the authenticated OAuth account.

        ``GET /whoami`` (operation ``whoami``).
        """
        return cast("WhoamiResponse200", await self._requester.call("figshare_api_v3.api.other.whoami", (200,), {}))


class AsyncInstitutionsResource:
    """Operations on ``institutions`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create_submission_token(
        self, string_id: str, group_id: int, token: str
    ) -> InstitutionCreateSubmissionTokenResponse200:
        """Create institution submission token

         Creates a submission token for a given institution group, used by external submission integrations.

        Args:
            string_id (str):
            group_id (int):
            token (str):

        ``PUT /institutions/{string_id}/groups/{group_id}/submissions/{token}`` (operation ``institution_create_submission_token``).
        """
        return cast(
            "InstitutionCreateSubmissionTokenResponse200",
            await self._requester.call(
                "figshare_api_v3.api.institutions.institution_create_submission_token",
                (200,),
                {"string_id": string_id, "group_id": group_id, "token": token},
            ),
        )

    async def items(self, institution_string_id: str, *, resource_id: str, filename: str) -> builtins.list[Item]:
        """Public Institution Items

         Returns a list of items belonging to the institution Requires item-type based metadata to be enabled
        for the institution; returns 403 otherwise.

        Args:
            institution_string_id (str):
            resource_id (str):
            filename (str):

        ``GET /institutions/{institution_string_id}/items/filter-by`` (operation ``institution_items``).
        """
        return cast(
            "builtins.list[Item]",
            await self._requester.call(
                "figshare_api_v3.api.items.institution_items",
                (200,),
                {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
            ),
        )


class AsyncItemsResource:
    """Operations on ``items`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, item_id: int) -> ItemComplete:
        """Public item details

         View a public item. Metadata is returned under the `fields` object with relational fields hydrated
        (`authors`, `categories`, `licence`, `funding_list`, `related_materials`). Requires item-type based
        metadata to be enabled for the institution; returns 403 otherwise.

        Args:
            item_id (int):

        ``GET /items/{item_id}`` (operation ``public_item_details``).
        """
        return cast(
            "ItemComplete",
            await self._requester.call("figshare_api_v3.api.items.public_item_details", (200,), {"item_id": item_id}),
        )

    async def download(self, item_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Download

         Download files from a public item preserving the folder structure

        Args:
            item_id (int):
            folder_path (str | Unset):

        ``GET /items/{item_id}/download`` (operation ``public_item_download``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.public_item_download", (200,), {"item_id": item_id, "folder_path": folder_path}
        )

    async def file_details(self, item_id: int, file_id: int) -> PublicFile:
        """Item file details

         File by id

        Args:
            item_id (int):
            file_id (int):

        ``GET /items/{item_id}/files/{file_id}`` (operation ``item_file_details``).
        """
        return cast(
            "PublicFile",
            await self._requester.call(
                "figshare_api_v3.api.items.item_file_details", (200,), {"item_id": item_id, "file_id": file_id}
            ),
        )

    async def files(
        self,
        item_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List item files

         Files list for item

        Args:
            item_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /items/{item_id}/files`` (operation ``item_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            await self._requester.call(
                "figshare_api_v3.api.items.item_files",
                (200,),
                {"item_id": item_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def public_list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ItemsPublicListOrder | Unset = UNSET,
        order_direction: ItemsPublicListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        group: int | Unset = UNSET,
        item_type_id: int | Unset = UNSET,
    ) -> builtins.list[ItemWithProject]:
        """Public Items

         List public items from institutions with item-type based metadata enabled. Returns the light list
        shape (system fields + project_id + item_type); fetch `/v2/items/{item_id}` for the full detail
        including the `fields` object.

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ItemsPublicListOrder | Unset):
            order_direction (ItemsPublicListOrderDirection | Unset):
            institution (int | Unset):
            group (int | Unset):
            item_type_id (int | Unset):

        ``GET /items`` (operation ``items_public_list``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            await self._requester.call(
                "figshare_api_v3.api.items.items_public_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "group": group,
                    "item_type_id": item_type_id,
                },
            ),
        )

    async def public_search(self, *, body: ArticleSearch | Unset = UNSET) -> builtins.list[ItemWithProject]:
        """Public Items Search

         Search public items. Same light list shape as `/v2/items`.

        Args:
            body (ArticleSearch | Unset):

        ``POST /items/search`` (operation ``items_public_search``).
        """
        return cast(
            "builtins.list[ItemWithProject]",
            await self._requester.call("figshare_api_v3.api.items.items_public_search", (200,), {"body": body}),
        )

    async def version_confidentiality(self, item_id: int, version_id: int) -> ItemConfidentiality:
        """Public Item Confidentiality for item version

         Confidentiality for item version. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            item_id (int):
            version_id (int):

        ``GET /items/{item_id}/versions/{version_id}/confidentiality`` (operation ``item_version_confidentiality``).
        """
        return cast(
            "ItemConfidentiality",
            await self._requester.call(
                "figshare_api_v3.api.items.item_version_confidentiality",
                (200,),
                {"item_id": item_id, "version_id": version_id},
            ),
        )

    async def version_details(self, item_id: int, version_id: int) -> ItemComplete:
        """Item details for version

         Item with specified version

        Args:
            item_id (int):
            version_id (int):

        ``GET /items/{item_id}/versions/{version_id}`` (operation ``item_version_details``).
        """
        return cast(
            "ItemComplete",
            await self._requester.call(
                "figshare_api_v3.api.items.item_version_details", (200,), {"item_id": item_id, "version_id": version_id}
            ),
        )

    async def version_download(self, item_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Item Version Download

         Download files from a certain version of an public item preserving the folder structure

        Args:
            item_id (int):
            version_id (int):
            folder_path (str | Unset):

        ``GET /items/{item_id}/versions/{version_id}/download`` (operation ``public_item_version_download``).
        """
        await self._requester.call(
            "figshare_api_v3.api.items.public_item_version_download",
            (200,),
            {"item_id": item_id, "version_id": version_id, "folder_path": folder_path},
        )

    async def version_embargo(self, item_id: int, version_id: int) -> ItemEmbargo:
        """Public Item Embargo for item version

         Embargo for item version

        Args:
            item_id (int):
            version_id (int):

        ``GET /items/{item_id}/versions/{version_id}/embargo`` (operation ``item_version_embargo``).
        """
        return cast(
            "ItemEmbargo",
            await self._requester.call(
                "figshare_api_v3.api.items.item_version_embargo", (200,), {"item_id": item_id, "version_id": version_id}
            ),
        )

    async def version_files(
        self,
        item_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Item version files

         Item version file details

        Args:
            item_id (int):
            version_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /items/{item_id}/versions/{version_id}/files`` (operation ``item_version_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            await self._requester.call(
                "figshare_api_v3.api.items.item_version_files",
                (200,),
                {
                    "item_id": item_id,
                    "version_id": version_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    async def versions(self, item_id: int) -> builtins.list[ItemVersions]:
        """List item versions

         List public item versions

        Args:
            item_id (int):

        ``GET /items/{item_id}/versions`` (operation ``item_versions``).
        """
        return cast(
            "builtins.list[ItemVersions]",
            await self._requester.call("figshare_api_v3.api.items.item_versions", (200,), {"item_id": item_id}),
        )


class AsyncLicencesResource:
    """Operations on ``licences`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[Licence]:
        """Public Licences

         Returns a list of public licences

        ``GET /licences`` (operation ``licences_list``).
        """
        return cast(
            "builtins.list[Licence]", await self._requester.call("figshare_api_v3.api.other.licences_list", (200,), {})
        )


class AsyncResources:
    """Operations on ``the API`` (async)."""

    altmetric: AsyncAltmetricResource
    account: AsyncAccountResource
    collections: AsyncCollectionsResource
    institution: AsyncInstitutionResource
    token: AsyncTokenResource
    item_types: AsyncItemTypesResource
    categories: AsyncCategoriesResource
    file: AsyncFileResource
    projects: AsyncProjectsResource
    status: AsyncStatusResource
    readcube: AsyncReadcubeResource
    echo: AsyncEchoResource
    whoami: AsyncWhoamiResource
    institutions: AsyncInstitutionsResource
    items: AsyncItemsResource
    licences: AsyncLicencesResource

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.altmetric = AsyncAltmetricResource(requester)
        self.account = AsyncAccountResource(requester)
        self.collections = AsyncCollectionsResource(requester)
        self.institution = AsyncInstitutionResource(requester)
        self.token = AsyncTokenResource(requester)
        self.item_types = AsyncItemTypesResource(requester)
        self.categories = AsyncCategoriesResource(requester)
        self.file = AsyncFileResource(requester)
        self.projects = AsyncProjectsResource(requester)
        self.status = AsyncStatusResource(requester)
        self.readcube = AsyncReadcubeResource(requester)
        self.echo = AsyncEchoResource(requester)
        self.whoami = AsyncWhoamiResource(requester)
        self.institutions = AsyncInstitutionsResource(requester)
        self.items = AsyncItemsResource(requester)
        self.licences = AsyncLicencesResource(requester)


OPERATIONS: dict[str, tuple[str, str]] = {
    "altmetric_institutions_list": ("altmetric", "institutions_list"),
    "private_author_details": ("account.authors", "details"),
    "private_authors_search": ("account.authors", "search"),
    "collections_fields_catalog": ("account.collections", "fields_catalog"),
    "collections_fields_configuration": ("account.collections", "fields_configuration"),
    "private_collection_author_delete": ("account.collections", "author_delete"),
    "private_collection_authors_add": ("account.collections", "authors_add"),
    "private_collection_authors_list": ("account.collections", "authors_list"),
    "private_collection_authors_replace": ("account.collections", "authors_replace"),
    "private_collection_categories_add": ("account.collections", "categories_add"),
    "private_collection_categories_list": ("account.collections", "categories_list"),
    "private_collection_categories_replace": ("account.collections", "categories_replace"),
    "private_collection_category_delete": ("account.collections", "category_delete"),
    "private_collection_create": ("account.collections", "create"),
    "private_collection_delete": ("account.collections", "delete"),
    "private_collection_details": ("account.collections", "details"),
    "private_collection_item_delete": ("account.collections", "item_delete"),
    "private_collection_items_add": ("account.collections", "items_add"),
    "private_collection_items_list": ("account.collections", "items_list"),
    "private_collection_items_replace": ("account.collections", "items_replace"),
    "private_collection_patch": ("account.collections", "patch"),
    "private_collection_private_link_create": ("account.collections", "private_link_create"),
    "private_collection_private_link_delete": ("account.collections", "private_link_delete"),
    "private_collection_private_link_details": ("account.collections", "private_link_details"),
    "private_collection_private_link_update": ("account.collections", "private_link_update"),
    "private_collection_private_links_list": ("account.collections", "private_links_list"),
    "private_collection_publish": ("account.collections", "publish"),
    "private_collection_reserve_doi": ("account.collections", "reserve_doi"),
    "private_collection_reserve_handle": ("account.collections", "reserve_handle"),
    "private_collection_resource": ("account.collections", "resource"),
    "private_collection_update": ("account.collections", "update"),
    "private_collections_list": ("account.collections", "list"),
    "private_collections_search": ("account.collections", "search"),
    "account_institution_curation": ("account.institution", "curation"),
    "account_institution_curations": ("account.institution", "curations"),
    "account_institution_fields_upload": ("account.institution", "fields_upload"),
    "get_account_institution_curation_comments": ("account.institution", "get_curation_comments"),
    "post_account_institution_curation_comments": ("account.institution", "post_curation_comments"),
    "private_account_institution_user": ("account.institution", "user"),
    "private_group_embargo_options_details": ("account.institution", "group_embargo_options_details"),
    "private_institution_account": ("account.institution", "get"),
    "private_institution_account_group_role_delete": ("account.institution", "group_role_delete"),
    "private_institution_account_group_roles": ("account.institution", "group_roles"),
    "private_institution_account_group_roles_create": ("account.institution", "group_roles_create"),
    "private_institution_accounts_create": ("account.institution", "accounts_create"),
    "private_institution_accounts_list": ("account.institution", "accounts_list"),
    "private_institution_accounts_search": ("account.institution", "accounts_search"),
    "private_institution_accounts_update": ("account.institution", "accounts_update"),
    "private_institution_details": ("account.institution", "details"),
    "private_institution_embargo_options_details": ("account.institution", "embargo_options_details"),
    "private_institution_groups_list": ("account.institution", "groups_list"),
    "private_institution_items": ("account.institution", "items"),
    "private_institution_roles_list": ("account.institution", "roles_list"),
    "private_categories_list": ("account.categories", "list"),
    "private_funding_search": ("account.funding", "search"),
    "update_user_profile": ("account.profile", "update_user"),
    "update_user_profile_picture": ("account.profile", "update_user_picture"),
    "private_project_collaborator__Delete": ("account.projects", "collaborator_delete"),
    "private_project_collaborators_invite": ("account.projects", "collaborators_invite"),
    "private_project_collaborators_list": ("account.projects", "collaborators_list"),
    "private_project_create": ("account.projects", "create"),
    "private_project_delete": ("account.projects", "delete"),
    "private_project_details": ("account.projects", "details"),
    "private_project_item_delete": ("account.projects", "item_delete"),
    "private_project_item_details": ("account.projects", "item_details"),
    "private_project_item_file": ("account.projects", "item_file"),
    "private_project_item_files": ("account.projects", "item_files"),
    "private_project_items_create": ("account.projects", "items_create"),
    "private_project_items_list": ("account.projects", "items_list"),
    "private_project_leave": ("account.projects", "leave"),
    "private_project_note": ("account.projects", "note"),
    "private_project_note_delete": ("account.projects", "note_delete"),
    "private_project_note_update": ("account.projects", "note_update"),
    "private_project_notes_create": ("account.projects", "notes_create"),
    "private_project_notes_list": ("account.projects", "notes_list"),
    "private_project_partial_update": ("account.projects", "partial_update"),
    "private_project_publish": ("account.projects", "publish"),
    "private_project_update": ("account.projects", "update"),
    "private_projects_list": ("account.projects", "list"),
    "private_projects_search": ("account.projects", "search"),
    "projects_fields_catalog": ("account.projects", "fields_catalog"),
    "projects_fields_configuration": ("account.projects", "fields_configuration"),
    "account_item_publish": ("account.items", "publish"),
    "account_item_report": ("account.items", "report"),
    "account_item_report_generate": ("account.items", "report_generate"),
    "account_item_unpublish": ("account.items", "unpublish"),
    "account_items_list": ("account.items", "list"),
    "account_items_search": ("account.items", "search"),
    "item_version_update_thumb": ("account.items", "version_update_thumb"),
    "items_fields_catalog": ("account.items", "fields_catalog"),
    "items_fields_configuration": ("account.items", "fields_configuration"),
    "private_item_author_delete": ("account.items", "author_delete"),
    "private_item_authors_add": ("account.items", "authors_add"),
    "private_item_authors_list": ("account.items", "authors_list"),
    "private_item_authors_replace": ("account.items", "authors_replace"),
    "private_item_categories_add": ("account.items", "categories_add"),
    "private_item_categories_list": ("account.items", "categories_list"),
    "private_item_categories_replace": ("account.items", "categories_replace"),
    "private_item_category_delete": ("account.items", "category_delete"),
    "private_item_confidentiality_delete": ("account.items", "confidentiality_delete"),
    "private_item_confidentiality_details": ("account.items", "confidentiality_details"),
    "private_item_confidentiality_update": ("account.items", "confidentiality_update"),
    "private_item_create": ("account.items", "create"),
    "private_item_delete": ("account.items", "delete"),
    "private_item_details": ("account.items", "details"),
    "private_item_download": ("account.items", "download"),
    "private_item_embargo_delete": ("account.items", "embargo_delete"),
    "private_item_embargo_details": ("account.items", "embargo_details"),
    "private_item_embargo_update": ("account.items", "embargo_update"),
    "private_item_file_delete": ("account.items", "file_delete"),
    "private_item_file_details": ("account.items", "file_details"),
    "private_item_files_list": ("account.items", "files_list"),
    "private_item_partial_update": ("account.items", "partial_update"),
    "private_item_private_link": ("account.items", "private_link"),
    "private_item_private_link_create": ("account.items", "private_link_create"),
    "private_item_private_link_delete": ("account.items", "private_link_delete"),
    "private_item_private_link_update": ("account.items", "private_link_update"),
    "private_item_reserve_doi": ("account.items", "reserve_doi"),
    "private_item_reserve_handle": ("account.items", "reserve_handle"),
    "private_item_resource": ("account.items", "resource"),
    "private_item_update": ("account.items", "update"),
    "private_item_upload_complete": ("account.items", "upload_complete"),
    "private_item_upload_initiate": ("account.items", "upload_initiate"),
    "private_item_version_partial_update": ("account.items", "version_partial_update"),
    "private_item_version_supplementary_field_delete": ("account.items", "version_supplementary_field_delete"),
    "private_item_version_update": ("account.items", "version_update"),
    "private_licences_list": ("account.licences", "list"),
    "private_account": ("account", "get"),
    "collection_details": ("collections", "details"),
    "collection_items": ("collections", "items"),
    "collection_version_details": ("collections", "version_details"),
    "collection_versions": ("collections", "versions"),
    "collections_public_list": ("collections", "public_list"),
    "collections_public_search": ("collections", "public_search"),
    "institution_hrfeed_upload": ("institution", "hrfeed_upload"),
    "create_token": ("token", "create"),
    "get_token_info": ("token", "get_info"),
    "item_types_list": ("item_types", "list"),
    "categories_list": ("categories", "list"),
    "file_download": ("file", "download"),
    "project_details": ("projects", "details"),
    "project_items": ("projects", "items"),
    "projects_public_list": ("projects", "public_list"),
    "projects_public_search": ("projects", "public_search"),
    "status": ("status", "get"),
    "readcube_add_cites": ("readcube", "add_cites"),
    "echo": ("echo", "get"),
    "whoami": ("whoami", "get"),
    "institution_create_submission_token": ("institutions", "create_submission_token"),
    "institution_items": ("institutions", "items"),
    "item_file_details": ("items", "file_details"),
    "item_files": ("items", "files"),
    "item_version_confidentiality": ("items", "version_confidentiality"),
    "item_version_details": ("items", "version_details"),
    "item_version_embargo": ("items", "version_embargo"),
    "item_version_files": ("items", "version_files"),
    "item_versions": ("items", "versions"),
    "items_public_list": ("items", "public_list"),
    "items_public_search": ("items", "public_search"),
    "public_item_details": ("items", "details"),
    "public_item_download": ("items", "download"),
    "public_item_version_download": ("items", "version_download"),
    "licences_list": ("licences", "list"),
}
"""Where each operation id is: (resource path from the client, method name)."""
