"""Every operation of the API as a typed method, grouped the way its URLs are (generator/facade.py).

Do not edit: regenerate with `make generate`. The classes call a *requester* (the hand-written ``figshare``
client) with the generated operation module's name, its success statuses and the arguments; the requester
sends the request and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Protocol, cast

from figshare_api.types import UNSET, Unset

if TYPE_CHECKING:
    from figshare_api.models.account import Account
    from figshare_api.models.account_create import AccountCreate
    from figshare_api.models.account_create_response import AccountCreateResponse
    from figshare_api.models.account_group_roles import AccountGroupRoles
    from figshare_api.models.account_group_roles_create import AccountGroupRolesCreate
    from figshare_api.models.account_institution_curations_status import AccountInstitutionCurationsStatus
    from figshare_api.models.account_report import AccountReport
    from figshare_api.models.account_update import AccountUpdate
    from figshare_api.models.altmetric_institution import AltmetricInstitution
    from figshare_api.models.article import Article
    from figshare_api.models.article_complete import ArticleComplete
    from figshare_api.models.article_complete_private import ArticleCompletePrivate
    from figshare_api.models.article_confidentiality import ArticleConfidentiality
    from figshare_api.models.article_create import ArticleCreate
    from figshare_api.models.article_doi import ArticleDOI
    from figshare_api.models.article_embargo import ArticleEmbargo
    from figshare_api.models.article_embargo_updater import ArticleEmbargoUpdater
    from figshare_api.models.article_handle import ArticleHandle
    from figshare_api.models.article_project_create import ArticleProjectCreate
    from figshare_api.models.article_search import ArticleSearch
    from figshare_api.models.article_unpublish_data import ArticleUnpublishData
    from figshare_api.models.article_update import ArticleUpdate
    from figshare_api.models.article_version_update import ArticleVersionUpdate
    from figshare_api.models.article_versions import ArticleVersions
    from figshare_api.models.article_with_project import ArticleWithProject
    from figshare_api.models.articles_creator import ArticlesCreator
    from figshare_api.models.articles_list_order import ArticlesListOrder
    from figshare_api.models.articles_list_order_direction import ArticlesListOrderDirection
    from figshare_api.models.author import Author
    from figshare_api.models.author_complete import AuthorComplete
    from figshare_api.models.authors_creator import AuthorsCreator
    from figshare_api.models.categories_creator import CategoriesCreator
    from figshare_api.models.category import Category
    from figshare_api.models.category_list import CategoryList
    from figshare_api.models.collection import Collection
    from figshare_api.models.collection_complete import CollectionComplete
    from figshare_api.models.collection_complete_private import CollectionCompletePrivate
    from figshare_api.models.collection_create import CollectionCreate
    from figshare_api.models.collection_doi import CollectionDOI
    from figshare_api.models.collection_handle import CollectionHandle
    from figshare_api.models.collection_private_link_creator import CollectionPrivateLinkCreator
    from figshare_api.models.collection_search import CollectionSearch
    from figshare_api.models.collection_update import CollectionUpdate
    from figshare_api.models.collection_versions import CollectionVersions
    from figshare_api.models.collections_list_order import CollectionsListOrder
    from figshare_api.models.collections_list_order_direction import CollectionsListOrderDirection
    from figshare_api.models.confidentiality_creator import ConfidentialityCreator
    from figshare_api.models.create_o_auth_token import CreateOAuthToken
    from figshare_api.models.create_project_response import CreateProjectResponse
    from figshare_api.models.curation import Curation
    from figshare_api.models.curation_comment import CurationComment
    from figshare_api.models.curation_comment_create import CurationCommentCreate
    from figshare_api.models.curation_detail import CurationDetail
    from figshare_api.models.custom_article_field import CustomArticleField
    from figshare_api.models.custom_fields_upload_body import CustomFieldsUploadBody
    from figshare_api.models.custom_fields_upload_response_200 import CustomFieldsUploadResponse200
    from figshare_api.models.file_creator import FileCreator
    from figshare_api.models.file_id import FileId
    from figshare_api.models.funding_information import FundingInformation
    from figshare_api.models.funding_search import FundingSearch
    from figshare_api.models.group import Group
    from figshare_api.models.group_embargo_options import GroupEmbargoOptions
    from figshare_api.models.institution import Institution
    from figshare_api.models.institution_accounts_search import InstitutionAccountsSearch
    from figshare_api.models.institution_hrfeed_upload_body import InstitutionHrfeedUploadBody
    from figshare_api.models.item_type import ItemType
    from figshare_api.models.license_ import License
    from figshare_api.models.location import Location
    from figshare_api.models.location_warnings import LocationWarnings
    from figshare_api.models.location_warnings_update import LocationWarningsUpdate
    from figshare_api.models.o_auth_token import OAuthToken
    from figshare_api.models.private_article_search import PrivateArticleSearch
    from figshare_api.models.private_authors_search import PrivateAuthorsSearch
    from figshare_api.models.private_collection_search import PrivateCollectionSearch
    from figshare_api.models.private_collections_list_order import PrivateCollectionsListOrder
    from figshare_api.models.private_collections_list_order_direction import PrivateCollectionsListOrderDirection
    from figshare_api.models.private_file import PrivateFile
    from figshare_api.models.private_institution_articles_order import PrivateInstitutionArticlesOrder
    from figshare_api.models.private_institution_articles_order_direction import (
        PrivateInstitutionArticlesOrderDirection,
    )
    from figshare_api.models.private_link import PrivateLink
    from figshare_api.models.private_link_creator import PrivateLinkCreator
    from figshare_api.models.private_link_response import PrivateLinkResponse
    from figshare_api.models.private_projects_list_order import PrivateProjectsListOrder
    from figshare_api.models.private_projects_list_order_direction import PrivateProjectsListOrderDirection
    from figshare_api.models.private_projects_list_storage import PrivateProjectsListStorage
    from figshare_api.models.profile_update_data import ProfileUpdateData
    from figshare_api.models.project import Project
    from figshare_api.models.project_collaborator import ProjectCollaborator
    from figshare_api.models.project_collaborator_invite import ProjectCollaboratorInvite
    from figshare_api.models.project_complete import ProjectComplete
    from figshare_api.models.project_complete_private import ProjectCompletePrivate
    from figshare_api.models.project_create import ProjectCreate
    from figshare_api.models.project_note import ProjectNote
    from figshare_api.models.project_note_create import ProjectNoteCreate
    from figshare_api.models.project_note_private import ProjectNotePrivate
    from figshare_api.models.project_private import ProjectPrivate
    from figshare_api.models.project_update import ProjectUpdate
    from figshare_api.models.projects_list_order import ProjectsListOrder
    from figshare_api.models.projects_list_order_direction import ProjectsListOrderDirection
    from figshare_api.models.projects_search import ProjectsSearch
    from figshare_api.models.public_file import PublicFile
    from figshare_api.models.resource import Resource
    from figshare_api.models.response_message import ResponseMessage
    from figshare_api.models.role import Role
    from figshare_api.models.short_account import ShortAccount
    from figshare_api.models.short_custom_field import ShortCustomField
    from figshare_api.models.symplectic_account_articles_is_embargoed import SymplecticAccountArticlesIsEmbargoed
    from figshare_api.models.symplectic_account_articles_response_200_item import (
        SymplecticAccountArticlesResponse200Item,
    )
    from figshare_api.models.symplectic_account_articles_status import SymplecticAccountArticlesStatus
    from figshare_api.models.symplectic_accounts_ids_response_200_item import SymplecticAccountsIdsResponse200Item
    from figshare_api.models.symplectic_article_response_200 import SymplecticArticleResponse200
    from figshare_api.models.symplectic_changed_articles_is_embargoed import SymplecticChangedArticlesIsEmbargoed
    from figshare_api.models.symplectic_changed_articles_response_200_item import (
        SymplecticChangedArticlesResponse200Item,
    )
    from figshare_api.models.symplectic_changed_articles_status import SymplecticChangedArticlesStatus
    from figshare_api.models.symplectic_user_id_response_200 import SymplecticUserIdResponse200
    from figshare_api.models.update_user_profile_picture_body import UpdateUserProfilePictureBody
    from figshare_api.models.update_user_profile_picture_response_200 import UpdateUserProfilePictureResponse200
    from figshare_api.models.update_user_profile_response_200 import UpdateUserProfileResponse200
    from figshare_api.models.user import User


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
            self._requester.call("figshare_api.api.altmetric.altmetric_institutions_list", (200,), {"offset": offset}),
        )


class ArticlesResource:
    """Operations on ``articles`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def details(self, article_id: int) -> ArticleComplete:
        """View article details

         View an article

        Args:
            article_id (int):

        ``GET /articles/{article_id}`` (operation ``article_details``).
        """
        return cast(
            "ArticleComplete",
            self._requester.call("figshare_api.api.articles.article_details", (200,), {"article_id": article_id}),
        )

    def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Download

         Download files from a public article preserving the folder structure

        Args:
            article_id (int):
            folder_path (str | Unset):

        ``GET /articles/{article_id}/download`` (operation ``public_article_download``).
        """
        self._requester.call(
            "figshare_api.api.articles.public_article_download",
            (200,),
            {"article_id": article_id, "folder_path": folder_path},
        )

    def file_details(self, article_id: int, file_id: int) -> PublicFile:
        """Article file details

         File by id

        Args:
            article_id (int):
            file_id (int):

        ``GET /articles/{article_id}/files/{file_id}`` (operation ``article_file_details``).
        """
        return cast(
            "PublicFile",
            self._requester.call(
                "figshare_api.api.articles.article_file_details", (200,), {"article_id": article_id, "file_id": file_id}
            ),
        )

    def files(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List article files

         Files list for article

        Args:
            article_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /articles/{article_id}/files`` (operation ``article_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            self._requester.call(
                "figshare_api.api.articles.article_files",
                (200,),
                {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ArticlesListOrder | Unset = UNSET,
        order_direction: ArticlesListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type: int | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Articles

         Returns a list of public articles

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ArticlesListOrder | Unset):
            order_direction (ArticlesListOrderDirection | Unset):
            institution (int | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            group (int | Unset):
            resource_doi (str | Unset):
            item_type (int | Unset):
            doi (str | Unset):
            handle (str | Unset):
            x_cursor (str | Unset):

        ``GET /articles`` (operation ``articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.articles.articles_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "published_since": published_since,
                    "modified_since": modified_since,
                    "group": group,
                    "resource_doi": resource_doi,
                    "item_type": item_type,
                    "doi": doi,
                    "handle": handle,
                    "x_cursor": x_cursor,
                },
            ),
        )

    def search(
        self, *, body: ArticleSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[ArticleWithProject]:
        """Public Articles Search

         Returns a list of public articles, filtered by the search parameters

        Args:
            x_cursor (str | Unset):
            body (ArticleSearch | Unset):

        ``POST /articles/search`` (operation ``articles_search``).
        """
        return cast(
            "builtins.list[ArticleWithProject]",
            self._requester.call(
                "figshare_api.api.articles.articles_search", (200,), {"body": body, "x_cursor": x_cursor}
            ),
        )

    def version_confidentiality(self, article_id: int, version_id: int) -> ArticleConfidentiality:
        """Public Article Confidentiality for article version

         Confidentiality for article version. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            article_id (int):
            version_id (int):

        ``GET /articles/{article_id}/versions/{version_id}/confidentiality`` (operation ``article_version_confidentiality``).
        """
        return cast(
            "ArticleConfidentiality",
            self._requester.call(
                "figshare_api.api.articles.article_version_confidentiality",
                (200,),
                {"article_id": article_id, "version_id": version_id},
            ),
        )

    def version_details(self, article_id: int, version_id: int) -> ArticleComplete:
        """Article details for version

         Article with specified version

        Args:
            article_id (int):
            version_id (int):

        ``GET /articles/{article_id}/versions/{version_id}`` (operation ``article_version_details``).
        """
        return cast(
            "ArticleComplete",
            self._requester.call(
                "figshare_api.api.articles.article_version_details",
                (200,),
                {"article_id": article_id, "version_id": version_id},
            ),
        )

    def version_download(self, article_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Version Download

         Download files from a certain version of an public article preserving the folder structure

        Args:
            article_id (int):
            version_id (int):
            folder_path (str | Unset):

        ``GET /articles/{article_id}/versions/{version_id}/download`` (operation ``public_article_version_download``).
        """
        self._requester.call(
            "figshare_api.api.articles.public_article_version_download",
            (200,),
            {"article_id": article_id, "version_id": version_id, "folder_path": folder_path},
        )

    def version_embargo(self, article_id: int, version_id: int) -> ArticleEmbargo:
        """Public Article Embargo for article version

         Embargo for article version

        Args:
            article_id (int):
            version_id (int):

        ``GET /articles/{article_id}/versions/{version_id}/embargo`` (operation ``article_version_embargo``).
        """
        return cast(
            "ArticleEmbargo",
            self._requester.call(
                "figshare_api.api.articles.article_version_embargo",
                (200,),
                {"article_id": article_id, "version_id": version_id},
            ),
        )

    def version_files(
        self,
        article_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Article version files

         Article version file details

        Args:
            article_id (int):
            version_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /articles/{article_id}/versions/{version_id}/files`` (operation ``article_version_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            self._requester.call(
                "figshare_api.api.articles.article_version_files",
                (200,),
                {
                    "article_id": article_id,
                    "version_id": version_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def versions(self, article_id: int) -> builtins.list[ArticleVersions]:
        """List article versions

         List public article versions

        Args:
            article_id (int):

        ``GET /articles/{article_id}/versions`` (operation ``article_versions``).
        """
        return cast(
            "builtins.list[ArticleVersions]",
            self._requester.call("figshare_api.api.articles.article_versions", (200,), {"article_id": article_id}),
        )


class AccountArticlesResource:
    """Operations on ``account.articles`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def author_delete(self, article_id: int, author_id: int) -> None:
        """Delete article author

         De-associate author from article

        Args:
            article_id (int):
            author_id (int):

        ``DELETE /account/articles/{article_id}/authors/{author_id}`` (operation ``private_article_author_delete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_author_delete",
            (204,),
            {"article_id": article_id, "author_id": author_id},
        )

    def authors_add(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Add article authors

         Associate new authors with the article. This will add new authors to the list of already associated
        authors

        Args:
            article_id (int):
            body (AuthorsCreator):

        ``POST /account/articles/{article_id}/authors`` (operation ``private_article_authors_add``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_authors_add", (205,), {"article_id": article_id, "body": body}
        )

    def authors_list(self, article_id: int) -> builtins.list[Author]:
        """List article authors

         List article authors

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/authors`` (operation ``private_article_authors_list``).
        """
        return cast(
            "builtins.list[Author]",
            self._requester.call(
                "figshare_api.api.articles.private_article_authors_list", (200,), {"article_id": article_id}
            ),
        )

    def authors_replace(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Replace article authors

         Associate new authors with the article. This will remove all already associated authors and add
        these new ones

        Args:
            article_id (int):
            body (AuthorsCreator):

        ``PUT /account/articles/{article_id}/authors`` (operation ``private_article_authors_replace``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_authors_replace",
            (205,),
            {"article_id": article_id, "body": body},
        )

    def categories_add(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Add article categories

         Associate new categories with the article. This will add new categories to the list of already
        associated categories

        Args:
            article_id (int):
            body (CategoriesCreator):

        ``POST /account/articles/{article_id}/categories`` (operation ``private_article_categories_add``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_categories_add", (205,), {"article_id": article_id, "body": body}
        )

    def categories_list(self, article_id: int) -> builtins.list[Category]:
        """List article categories

         List article categories

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/categories`` (operation ``private_article_categories_list``).
        """
        return cast(
            "builtins.list[Category]",
            self._requester.call(
                "figshare_api.api.articles.private_article_categories_list", (200,), {"article_id": article_id}
            ),
        )

    def categories_replace(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Replace article categories

         Associate new categories with the article. This will remove all already associated categories and
        add these new ones

        Args:
            article_id (int):
            body (CategoriesCreator):

        ``PUT /account/articles/{article_id}/categories`` (operation ``private_article_categories_replace``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_categories_replace",
            (205,),
            {"article_id": article_id, "body": body},
        )

    def category_delete(self, article_id: int, category_id: int) -> None:
        """Delete article category

         De-associate category from article

        Args:
            article_id (int):
            category_id (int):

        ``DELETE /account/articles/{article_id}/categories/{category_id}`` (operation ``private_article_category_delete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_category_delete",
            (204,),
            {"article_id": article_id, "category_id": category_id},
        )

    def confidentiality_delete(self, article_id: int) -> None:
        """Delete article confidentiality

         Delete confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            article_id (int):

        ``DELETE /account/articles/{article_id}/confidentiality`` (operation ``private_article_confidentiality_delete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_confidentiality_delete", (204,), {"article_id": article_id}
        )

    def confidentiality_details(self, article_id: int) -> ArticleConfidentiality:
        """Article confidentiality details

         View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
        by the new extended embargo functionality and all items that used to be confidential have now been
        migrated to items with a permanent embargo on files. All API endpoints related to this functionality
        will remain for backwards compatibility, but will now be attached to the new extended embargo
        workflows.

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/confidentiality`` (operation ``private_article_confidentiality_details``).
        """
        return cast(
            "ArticleConfidentiality",
            self._requester.call(
                "figshare_api.api.articles.private_article_confidentiality_details", (200,), {"article_id": article_id}
            ),
        )

    def confidentiality_update(self, article_id: int, *, body: ConfidentialityCreator) -> None:
        """Update article confidentiality

         Update confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            article_id (int):
            body (ConfidentialityCreator):

        ``PUT /account/articles/{article_id}/confidentiality`` (operation ``private_article_confidentiality_update``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_confidentiality_update",
            (205,),
            {"article_id": article_id, "body": body},
        )

    def create(self, *, body: ArticleCreate) -> LocationWarnings:
        """Create new Article

         Create a new Article by sending article information

        Args:
            body (ArticleCreate):

        ``POST /account/articles`` (operation ``private_article_create``).
        """
        return cast(
            "LocationWarnings",
            self._requester.call("figshare_api.api.articles.private_article_create", (201,), {"body": body}),
        )

    def delete(self, article_id: int) -> None:
        """Delete article

         Delete an article

        Args:
            article_id (int):

        ``DELETE /account/articles/{article_id}`` (operation ``private_article_delete``).
        """
        self._requester.call("figshare_api.api.articles.private_article_delete", (204,), {"article_id": article_id})

    def details(self, article_id: int) -> ArticleCompletePrivate:
        """Article details

         View a private article

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}`` (operation ``private_article_details``).
        """
        return cast(
            "ArticleCompletePrivate",
            self._requester.call(
                "figshare_api.api.articles.private_article_details", (200,), {"article_id": article_id}
            ),
        )

    def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Article Download

         Download files from a private article preserving the folder structure

        Args:
            article_id (int):
            folder_path (str | Unset):

        ``GET /account/articles/{article_id}/download`` (operation ``private_article_download``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_download",
            (200,),
            {"article_id": article_id, "folder_path": folder_path},
        )

    def embargo_delete(self, article_id: int) -> None:
        """Delete Article Embargo

         Will lift the embargo for the specified article

        Args:
            article_id (int):

        ``DELETE /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_delete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_embargo_delete", (204,), {"article_id": article_id}
        )

    def embargo_details(self, article_id: int) -> ArticleEmbargo:
        """Article Embargo Details

         View a private article embargo details

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_details``).
        """
        return cast(
            "ArticleEmbargo",
            self._requester.call(
                "figshare_api.api.articles.private_article_embargo_details", (200,), {"article_id": article_id}
            ),
        )

    def embargo_update(self, article_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Article Embargo

         Note: setting an article under whole embargo does not imply that the article will be published when
        the embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        Args:
            article_id (int):
            body (ArticleEmbargoUpdater):

        ``PUT /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_update``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_embargo_update", (205,), {"article_id": article_id, "body": body}
        )

    def file(self, article_id: int, file_id: int) -> PrivateFile:
        """Single File

         View details of file for specified article

        Args:
            article_id (int):
            file_id (int):

        ``GET /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file``).
        """
        return cast(
            "PrivateFile",
            self._requester.call(
                "figshare_api.api.articles.private_article_file", (200,), {"article_id": article_id, "file_id": file_id}
            ),
        )

    def file_delete(self, article_id: int, file_id: int) -> None:
        """File Delete

         Complete file upload

        Args:
            article_id (int):
            file_id (int):

        ``DELETE /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file_delete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_file_delete",
            (204,),
            {"article_id": article_id, "file_id": file_id},
        )

    def files_list(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List article files

         List private files

        Args:
            article_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/articles/{article_id}/files`` (operation ``private_article_files_list``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            self._requester.call(
                "figshare_api.api.articles.private_article_files_list",
                (200,),
                {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Private Articles

         Get Own Articles

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/articles`` (operation ``private_articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.articles.private_articles_list",
                (200,),
                {"page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def partial_update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Partially update article

         Partially update an article by sending only the fields to change.

        Args:
            article_id (int):
            body (ArticleUpdate):

        ``PATCH /account/articles/{article_id}`` (operation ``private_article_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api.api.articles.private_article_partial_update",
                (205,),
                {"article_id": article_id, "body": body},
            ),
        )

    def private_link(self, article_id: int) -> builtins.list[PrivateLink]:
        """List private links

         List private links

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/private_links`` (operation ``private_article_private_link``).
        """
        return cast(
            "builtins.list[PrivateLink]",
            self._requester.call(
                "figshare_api.api.articles.private_article_private_link", (200,), {"article_id": article_id}
            ),
        )

    def private_link_create(self, article_id: int, *, body: PrivateLinkCreator | Unset = UNSET) -> PrivateLinkResponse:
        """Create private link

         Create new private link for this article

        Args:
            article_id (int):
            body (PrivateLinkCreator | Unset):

        ``POST /account/articles/{article_id}/private_links`` (operation ``private_article_private_link_create``).
        """
        return cast(
            "PrivateLinkResponse",
            self._requester.call(
                "figshare_api.api.articles.private_article_private_link_create",
                (201,),
                {"article_id": article_id, "body": body},
            ),
        )

    def private_link_delete(self, article_id: int, link_id: str) -> None:
        """Disable private link

         Disable/delete private link for this article

        Args:
            article_id (int):
            link_id (str):

        ``DELETE /account/articles/{article_id}/private_links/{link_id}`` (operation ``private_article_private_link_delete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_private_link_delete",
            (204,),
            {"article_id": article_id, "link_id": link_id},
        )

    def private_link_update(self, article_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET) -> None:
        """Update private link

         Update existing private link for this article

        Args:
            article_id (int):
            link_id (str):
            body (PrivateLinkCreator | Unset):

        ``PUT /account/articles/{article_id}/private_links/{link_id}`` (operation ``private_article_private_link_update``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_private_link_update",
            (205,),
            {"article_id": article_id, "link_id": link_id, "body": body},
        )

    def publish(self, article_id: int) -> Location:
        """Private Article Publish

         - If the whole article is under embargo, it will not be published immediately, but when the embargo
        expires or is lifted.
        - When an article is published, a new public version will be generated. Any further updates to the
        article will affect the private article data. In order to make these changes publicly visible, an
        explicit publish operation is needed.

        Args:
            article_id (int):

        ``POST /account/articles/{article_id}/publish`` (operation ``account_article_publish``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api.api.articles.account_article_publish", (201,), {"article_id": article_id}
            ),
        )

    def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Article Report

         Return status on all reports generated for the account from the oauth credentials

        Args:
            group_id (int | Unset):

        ``GET /account/articles/export`` (operation ``account_article_report``).
        """
        return cast(
            "builtins.list[AccountReport]",
            self._requester.call("figshare_api.api.articles.account_article_report", (200,), {"group_id": group_id}),
        )

    def report_generate(self) -> AccountReport:
        """Initiate a new Report

         Initiate a new Article Report for this Account. There is a limit of 1 report per day.

        ``POST /account/articles/export`` (operation ``account_article_report_generate``).
        """
        return cast(
            "AccountReport",
            self._requester.call("figshare_api.api.articles.account_article_report_generate", (200,), {}),
        )

    def reserve_doi(self, article_id: int) -> ArticleDOI:
        """Private Article Reserve DOI

         Reserve DOI for article

        Args:
            article_id (int):

        ``POST /account/articles/{article_id}/reserve_doi`` (operation ``private_article_reserve_doi``).
        """
        return cast(
            "ArticleDOI",
            self._requester.call(
                "figshare_api.api.articles.private_article_reserve_doi", (200,), {"article_id": article_id}
            ),
        )

    def reserve_handle(self, article_id: int) -> ArticleHandle:
        """Private Article Reserve Handle

         Reserve Handle for article

        Args:
            article_id (int):

        ``POST /account/articles/{article_id}/reserve_handle`` (operation ``private_article_reserve_handle``).
        """
        return cast(
            "ArticleHandle",
            self._requester.call(
                "figshare_api.api.articles.private_article_reserve_handle", (200,), {"article_id": article_id}
            ),
        )

    def resource(self, article_id: int, *, body: Resource) -> Location:
        """Private Article Resource

         Edit article resource data.

        Args:
            article_id (int):
            body (Resource):

        ``POST /account/articles/{article_id}/resource`` (operation ``private_article_resource``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api.api.articles.private_article_resource", (205,), {"article_id": article_id, "body": body}
            ),
        )

    def search(self, *, body: PrivateArticleSearch) -> builtins.list[ArticleWithProject]:
        """Private Articles search

         Returns a list of private articles filtered by the search parameters

        Args:
            body (PrivateArticleSearch):

        ``POST /account/articles/search`` (operation ``private_articles_search``).
        """
        return cast(
            "builtins.list[ArticleWithProject]",
            self._requester.call("figshare_api.api.articles.private_articles_search", (200,), {"body": body}),
        )

    def unpublish(self, article_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Article Unpublish

         Allows authorized users to unpublish an article.

        Args:
            article_id (int):
            body (ArticleUnpublishData):

        ``POST /account/articles/{article_id}/unpublish`` (operation ``account_article_unpublish``).
        """
        self._requester.call(
            "figshare_api.api.articles.account_article_unpublish", (204,), {"article_id": article_id, "body": body}
        )

    def update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Update article

         Update an article by passing full body parameters.

        Args:
            article_id (int):
            body (ArticleUpdate):

        ``PUT /account/articles/{article_id}`` (operation ``private_article_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api.api.articles.private_article_update", (205,), {"article_id": article_id, "body": body}
            ),
        )

    def upload_complete(self, article_id: int, file_id: int) -> None:
        """Complete Upload

         Complete file upload

        Args:
            article_id (int):
            file_id (int):

        ``POST /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_upload_complete``).
        """
        self._requester.call(
            "figshare_api.api.articles.private_article_upload_complete",
            (202,),
            {"article_id": article_id, "file_id": file_id},
        )

    def upload_initiate(
        self,
        article_id: int,
        *,
        body: FileCreator,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Location:
        """Initiate Upload

         Initiate a new file upload within the article. Either use the link property to point to an existing
        file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
        name, size).

        Args:
            article_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            body (FileCreator):

        ``POST /account/articles/{article_id}/files`` (operation ``private_article_upload_initiate``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api.api.articles.private_article_upload_initiate",
                (201,),
                {
                    "article_id": article_id,
                    "body": body,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    def version_partial_update(
        self, article_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update article version

         Partially updating an article version by passing only the fields to change.

        Args:
            article_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PATCH /account/articles/{article_id}/versions/{version_id}`` (operation ``article_version_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api.api.articles.article_version_partial_update",
                (205,),
                {"article_id": article_id, "version_id": version_id, "body": body},
            ),
        )

    def version_update(self, article_id: int, version_id: int, *, body: ArticleVersionUpdate) -> LocationWarningsUpdate:
        """Update article version

         Updating an article version by passing body parameters.

        Args:
            article_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PUT /account/articles/{article_id}/versions/{version_id}`` (operation ``article_version_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api.api.articles.article_version_update",
                (205,),
                {"article_id": article_id, "version_id": version_id, "body": body},
            ),
        )

    def version_update_thumb(self, article_id: int, version_id: int, *, body: FileId) -> None:
        """Update article version thumbnail

         For a given public article version update the article thumbnail by choosing one of the associated
        files

        Args:
            article_id (int):
            version_id (int):
            body (FileId):

        ``PUT /account/articles/{article_id}/versions/{version_id}/update_thumb`` (operation ``article_version_update_thumb``).
        """
        self._requester.call(
            "figshare_api.api.articles.article_version_update_thumb",
            (205,),
            {"article_id": article_id, "version_id": version_id, "body": body},
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
            self._requester.call("figshare_api.api.authors.private_author_details", (200,), {"author_id": author_id}),
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
            self._requester.call("figshare_api.api.authors.private_authors_search", (200,), {"body": body}),
        )


class AccountCollectionsResource:
    """Operations on ``account.collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def article_delete(self, collection_id: int, article_id: int) -> None:
        """Delete collection article

         De-associate article from collection

        Args:
            collection_id (int):
            article_id (int):

        ``DELETE /account/collections/{collection_id}/articles/{article_id}`` (operation ``private_collection_article_delete``).
        """
        self._requester.call(
            "figshare_api.api.collections.private_collection_article_delete",
            (204,),
            {"collection_id": collection_id, "article_id": article_id},
        )

    def articles_add(self, collection_id: int, *, body: ArticlesCreator) -> Location:
        """Add collection articles

         Associate new articles with the collection. This will add new articles to the list of already
        associated articles

        Args:
            collection_id (int):
            body (ArticlesCreator):

        ``POST /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_add``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api.api.collections.private_collection_articles_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def articles_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """List collection articles

         List collection articles

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.collections.private_collection_articles_list",
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

    def articles_replace(self, collection_id: int, *, body: ArticlesCreator) -> None:
        """Replace collection articles

         Associate new articles with the collection. This will remove all already associated articles and add
        these new ones

        Args:
            collection_id (int):
            body (ArticlesCreator):

        ``PUT /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_replace``).
        """
        self._requester.call(
            "figshare_api.api.collections.private_collection_articles_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    def author_delete(self, collection_id: int, author_id: int) -> None:
        """Delete collection author

         Delete collection author

        Args:
            collection_id (int):
            author_id (int):

        ``DELETE /account/collections/{collection_id}/authors/{author_id}`` (operation ``private_collection_author_delete``).
        """
        self._requester.call(
            "figshare_api.api.collections.private_collection_author_delete",
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
                "figshare_api.api.collections.private_collection_authors_add",
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
                "figshare_api.api.collections.private_collection_authors_list", (200,), {"collection_id": collection_id}
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
            "figshare_api.api.collections.private_collection_authors_replace",
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
                "figshare_api.api.collections.private_collection_categories_add",
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
                "figshare_api.api.collections.private_collection_categories_list",
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
            "figshare_api.api.collections.private_collection_categories_replace",
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
            "figshare_api.api.collections.private_collection_category_delete",
            (204,),
            {"collection_id": collection_id, "category_id": category_id},
        )

    def create(self, *, body: CollectionCreate) -> LocationWarnings:
        """Create collection

         Create a new collection. Institutions with item-type based metadata enabled wrap metadata in a
        `fields` object; stock fields are `categories`, `funding_list`, `related_materials`, and
        `publisher`. `categories` input is a list of objects, each identified by either `id` (int) or
        `source_id` (string); mixed entries allowed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
        `source_id` values are reported in the response `warnings` array. Bare integers are rejected.
        Unrecognised field names inside `fields` (e.g. a typo) are rejected with 422. `licence` is no longer
        accepted on collections (removed Apr 2026). Institutions without item-type based metadata can use
        the legacy flat-payload form.

        Args:
            body (CollectionCreate):

        ``POST /account/collections`` (operation ``private_collection_create``).
        """
        return cast(
            "LocationWarnings",
            self._requester.call("figshare_api.api.collections.private_collection_create", (201,), {"body": body}),
        )

    def delete(self, collection_id: int) -> None:
        """Delete collection

         Delete n collection

        Args:
            collection_id (int):

        ``DELETE /account/collections/{collection_id}`` (operation ``private_collection_delete``).
        """
        self._requester.call(
            "figshare_api.api.collections.private_collection_delete", (204,), {"collection_id": collection_id}
        )

    def details(self, collection_id: int) -> CollectionCompletePrivate:
        """Collection details

         View a collection. For collections with item-type based metadata, all core and stock metadata
        (including `title`) is returned under a `fields` object and suppressed at the top level, with
        relational fields hydrated: `authors → [{id, name, first_name, last_name, is_active, url_name,
        orcid_id, affiliations}]`, `categories → [{id, title, parent_id, path, source_id, taxonomy_id}]`,
        `funding_list → [{id, title, grant_code, funder_name, is_user_defined, url}]` (`url` only when a
        dimensions id is present), `related_materials → [{id, title, relation, identifier,
        identifier_type}]`, `publisher` returned as-is (string). Collections without item-type based
        metadata keep the legacy flat shape.

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).
        """
        return cast(
            "CollectionCompletePrivate",
            self._requester.call(
                "figshare_api.api.collections.private_collection_details", (200,), {"collection_id": collection_id}
            ),
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
    ) -> builtins.list[Collection]:
        """Private Collections List

         List private collections

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateCollectionsListOrder | Unset):
            order_direction (PrivateCollectionsListOrderDirection | Unset):

        ``GET /account/collections`` (operation ``private_collections_list``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call(
                "figshare_api.api.collections.private_collections_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                },
            ),
        )

    def patch(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection

         Partially update a collection by sending only the keys to change. For collections with item-type
        based metadata, send the keys to update inside `fields:{}` — keys not present are preserved.
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
        rejected). Unresolved `source_id` values are reported in the response `warnings` array. Unrecognised
        field names inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            collection_id (int):
            body (CollectionUpdate):

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api.api.collections.private_collection_patch",
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
                "figshare_api.api.collections.private_collection_private_link_create",
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
            "figshare_api.api.collections.private_collection_private_link_delete",
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
                "figshare_api.api.collections.private_collection_private_link_details",
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
            "figshare_api.api.collections.private_collection_private_link_update",
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
                "figshare_api.api.collections.private_collection_private_links_list",
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
                "figshare_api.api.collections.private_collection_publish", (201,), {"collection_id": collection_id}
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
                "figshare_api.api.collections.private_collection_reserve_doi", (200,), {"collection_id": collection_id}
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
                "figshare_api.api.collections.private_collection_reserve_handle",
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
                "figshare_api.api.collections.private_collection_resource",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    def search(self, *, body: PrivateCollectionSearch) -> builtins.list[Collection]:
        """Private Collections Search

         Returns a list of private Collections

        Args:
            body (PrivateCollectionSearch):

        ``POST /account/collections/search`` (operation ``private_collections_search``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call("figshare_api.api.collections.private_collections_search", (200,), {"body": body}),
        )

    def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection

         Update a collection by passing full body parameters. Institutions with item-type based metadata
        enabled wrap metadata in a `fields` object; `categories` entries accept `id` (int) or `source_id`
        (string), mixed allowed (bare integers rejected). Unresolved `source_id` values are reported in the
        response `warnings` array. The legacy flat-payload form is also accepted for institutions without
        item-type based metadata.

        Args:
            collection_id (int):
            body (CollectionUpdate):

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            self._requester.call(
                "figshare_api.api.collections.private_collection_update",
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
                "figshare_api.api.institutions.private_institution_accounts_create", (201,), {"body": body}
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
                "figshare_api.api.institutions.private_institution_accounts_list",
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
                "figshare_api.api.institutions.private_institution_accounts_search", (200,), {"body": body}
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
            "figshare_api.api.institutions.private_institution_accounts_update",
            (205,),
            {"account_id": account_id, "body": body},
        )

    def articles(
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
        """Private Institution Articles

         Get Articles from own institution. User must be administrator of the institution

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateInstitutionArticlesOrder | Unset):
            order_direction (PrivateInstitutionArticlesOrderDirection | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            status (int | Unset):
            resource_doi (str | Unset):
            item_type (int | Unset):
            group (int | Unset):

        ``GET /account/institution/articles`` (operation ``private_institution_articles``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.institutions.private_institution_articles",
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
                    "item_type": item_type,
                    "group": group,
                },
            ),
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
                "figshare_api.api.institutions.account_institution_curation", (200,), {"curation_id": curation_id}
            ),
        )

    def curations(
        self,
        *,
        group_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        status: AccountInstitutionCurationsStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Curation:
        """Institution Curation Reviews

         Retrieve a list of curation reviews for this institution

        Args:
            group_id (int | Unset):
            article_id (int | Unset):
            status (AccountInstitutionCurationsStatus | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/institution/reviews`` (operation ``account_institution_curations``).
        """
        return cast(
            "Curation",
            self._requester.call(
                "figshare_api.api.institutions.account_institution_curations",
                (200,),
                {"group_id": group_id, "article_id": article_id, "status": status, "limit": limit, "offset": offset},
            ),
        )

    def custom_fields_list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ShortCustomField]:
        """Private account institution group custom fields

         Returns the custom fields in the group the user belongs to, or the ones in the group specified, if
        the user has access. Deprecated in favour of GET /account/items/fields/configuration/{item_type_id}.
        Will be removed after 2027-01-01.

        Args:
            group_id (int | Unset):

        ``GET /account/institution/custom_fields`` (operation ``custom_fields_list``).
        """
        return cast(
            "builtins.list[ShortCustomField]",
            self._requester.call("figshare_api.api.institutions.custom_fields_list", (200,), {"group_id": group_id}),
        )

    def custom_fields_upload(
        self, custom_field_id: int, *, body: CustomFieldsUploadBody | Unset = UNSET
    ) -> CustomFieldsUploadResponse200:
        """Custom fields values files upload

         Uploads a CSV containing values for a specific custom field of type <b>dropdown_large_list</b>. The
        <code>custom_field_id</code> path parameter accepts both classic custom field IDs (legacy) and
        underlying field IDs (v2). The lookup is performed automatically — no additional parameter is
        required. More details in the <a href="#custom_fields">Custom Fields section</a>

        Args:
            custom_field_id (int):
            body (CustomFieldsUploadBody | Unset):

        ``POST /account/institution/custom_fields/{custom_field_id}/items/upload`` (operation ``custom_fields_upload``).
        """
        return cast(
            "CustomFieldsUploadResponse200",
            self._requester.call(
                "figshare_api.api.institutions.custom_fields_upload",
                (200,),
                {"custom_field_id": custom_field_id, "body": body},
            ),
        )

    def details(self) -> Institution:
        """Private Account Institutions

         Account institution details

        ``GET /account/institution`` (operation ``private_institution_details``).
        """
        return cast(
            "Institution", self._requester.call("figshare_api.api.institutions.private_institution_details", (200,), {})
        )

    def embargo_options_details(self) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution embargo options

         Account institution embargo options details

        ``GET /account/institution/embargo_options`` (operation ``private_institution_embargo_options_details``).
        """
        return cast(
            "builtins.list[GroupEmbargoOptions]",
            self._requester.call(
                "figshare_api.api.institutions.private_institution_embargo_options_details", (200,), {}
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
                "figshare_api.api.institutions.private_institution_account", (200,), {"account_id": account_id}
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
                "figshare_api.api.institutions.get_account_institution_curation_comments",
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
                "figshare_api.api.institutions.private_group_embargo_options_details", (200,), {"group_id": group_id}
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
            "figshare_api.api.institutions.private_institution_account_group_role_delete",
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
                "figshare_api.api.institutions.private_institution_account_group_roles",
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
            "figshare_api.api.institutions.private_institution_account_group_roles_create",
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
            self._requester.call("figshare_api.api.institutions.private_institution_groups_list", (200,), {}),
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
            "figshare_api.api.institutions.post_account_institution_curation_comments",
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
            self._requester.call("figshare_api.api.institutions.private_institution_roles_list", (200,), {}),
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
                "figshare_api.api.institutions.private_account_institution_user", (200,), {"account_id": account_id}
            ),
        )


class AccountGroupsResource:
    """Operations on ``account.groups`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def custom_fields(self, group_id: int) -> builtins.list[CustomArticleField]:
        """Group custom fields

         Returns the custom fields for the specified group. Deprecated in favour of GET
        /account/items/fields/configuration/{item_type_id}. Will be removed after 2027-01-01.

        Args:
            group_id (int):

        ``GET /account/groups/{group_id}/metadata/item`` (operation ``account_group_custom_fields``).
        """
        return cast(
            "builtins.list[CustomArticleField]",
            self._requester.call(
                "figshare_api.api.institutions.account_group_custom_fields", (200,), {"group_id": group_id}
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
            self._requester.call("figshare_api.api.institutions.private_categories_list", (200,), {}),
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
            self._requester.call("figshare_api.api.other.private_funding_search", (200,), {"body": body}),
        )


class AccountLicensesResource:
    """Operations on ``account.licenses`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[License]:
        """Private Account Licenses

         This is a private endpoint that requires OAuth. It will return a list with figshare public licenses
        AND licenses defined for account's institution.

        ``GET /account/licenses`` (operation ``private_licenses_list``).
        """
        return cast(
            "builtins.list[License]", self._requester.call("figshare_api.api.other.private_licenses_list", (200,), {})
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
                "figshare_api.api.profiles.update_user_profile",
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
                "figshare_api.api.profiles.update_user_profile_picture", (200,), {"user_id": user_id, "body": body}
            ),
        )


class AccountProjectsResource:
    """Operations on ``account.projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def article_delete(self, project_id: int, article_id: int) -> None:
        """Delete project article

         Delete project article

        Args:
            project_id (int):
            article_id (int):

        ``DELETE /account/projects/{project_id}/articles/{article_id}`` (operation ``private_project_article_delete``).
        """
        self._requester.call(
            "figshare_api.api.projects.private_project_article_delete",
            (204,),
            {"project_id": project_id, "article_id": article_id},
        )

    def article_details(self, project_id: int, article_id: int) -> ArticleCompletePrivate:
        """Project article details

         Project article details

        Args:
            project_id (int):
            article_id (int):

        ``GET /account/projects/{project_id}/articles/{article_id}`` (operation ``private_project_article_details``).
        """
        return cast(
            "ArticleCompletePrivate",
            self._requester.call(
                "figshare_api.api.projects.private_project_article_details",
                (200,),
                {"project_id": project_id, "article_id": article_id},
            ),
        )

    def article_file(self, project_id: int, article_id: int, file_id: int) -> PrivateFile:
        """Project article file details

         Project article file details

        Args:
            project_id (int):
            article_id (int):
            file_id (int):

        ``GET /account/projects/{project_id}/articles/{article_id}/files/{file_id}`` (operation ``private_project_article_file``).
        """
        return cast(
            "PrivateFile",
            self._requester.call(
                "figshare_api.api.projects.private_project_article_file",
                (200,),
                {"project_id": project_id, "article_id": article_id, "file_id": file_id},
            ),
        )

    def article_files(self, project_id: int, article_id: int) -> builtins.list[PrivateFile]:
        """Project article list files

         List article files

        Args:
            project_id (int):
            article_id (int):

        ``GET /account/projects/{project_id}/articles/{article_id}/files`` (operation ``private_project_article_files``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            self._requester.call(
                "figshare_api.api.projects.private_project_article_files",
                (200,),
                {"project_id": project_id, "article_id": article_id},
            ),
        )

    def articles_create(self, project_id: int, *, body: ArticleProjectCreate) -> Location:
        """Create project article

         Create a new Article and associate it with this project

        Args:
            project_id (int):
            body (ArticleProjectCreate):

        ``POST /account/projects/{project_id}/articles`` (operation ``private_project_articles_create``).
        """
        return cast(
            "Location",
            self._requester.call(
                "figshare_api.api.projects.private_project_articles_create",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    def articles_list(self, project_id: int) -> builtins.list[Article]:
        """List project articles

         List project articles

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}/articles`` (operation ``private_project_articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.projects.private_project_articles_list", (200,), {"project_id": project_id}
            ),
        )

    def collaborator_delete(self, project_id: int, user_id: int) -> None:
        """Remove project collaborator

         Remove project collaborator

        Args:
            project_id (int):
            user_id (int):

        ``DELETE /account/projects/{project_id}/collaborators/{user_id}`` (operation ``private_project_collaborator__Delete``).
        """
        self._requester.call(
            "figshare_api.api.projects.private_project_collaborator_delete",
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
                "figshare_api.api.projects.private_project_collaborators_invite",
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
                "figshare_api.api.projects.private_project_collaborators_list", (200,), {"project_id": project_id}
            ),
        )

    def create(self, *, body: ProjectCreate) -> CreateProjectResponse:
        """Create project

         Create a new project. Institutions with item-type based metadata enabled wrap metadata in a `fields`
        object (`title`, `description`, `funding_list`). Institutions without item-type based metadata can
        use the legacy flat-payload form. `funding_list` entries accept either `{"id": <int>}` (reference an
        existing record) or `{"title": "..."}` (mint a new user-defined entry). Unrecognised field names
        inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            body (ProjectCreate):

        ``POST /account/projects`` (operation ``private_project_create``).
        """
        return cast(
            "CreateProjectResponse",
            self._requester.call("figshare_api.api.projects.private_project_create", (201,), {"body": body}),
        )

    def delete(self, project_id: int) -> None:
        """Delete project

         A project can be deleted only if: - it is not public - it does not have public articles.

        When an individual project is deleted, all the articles are moved to my data of each owner.

        When a group project is deleted, all the articles and files are deleted as well. Only project owner,
        group admin and above can delete a project.

        Args:
            project_id (int):

        ``DELETE /account/projects/{project_id}`` (operation ``private_project_delete``).
        """
        self._requester.call("figshare_api.api.projects.private_project_delete", (204,), {"project_id": project_id})

    def details(self, project_id: int) -> ProjectCompletePrivate:
        """View project details

         View a private project. For projects with item-type based metadata, all core and stock metadata
        (including `title`) is returned under a `fields` object and suppressed at the top level, with
        `funding_list` hydrated to `[{id, title, grant_code, funder_name, is_user_defined, url}]` (`url`
        only when a dimensions id is present). Projects without item-type based metadata keep the legacy
        flat shape.

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}`` (operation ``private_project_details``).
        """
        return cast(
            "ProjectCompletePrivate",
            self._requester.call(
                "figshare_api.api.projects.private_project_details", (200,), {"project_id": project_id}
            ),
        )

    def leave(self, project_id: int) -> None:
        """Private Project Leave

         Please note: project's owner cannot leave the project.

        Args:
            project_id (int):

        ``POST /account/projects/{project_id}/leave`` (operation ``private_project_leave``).
        """
        self._requester.call("figshare_api.api.projects.private_project_leave", (204,), {"project_id": project_id})

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

         List private projects

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
                "figshare_api.api.projects.private_projects_list",
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
                "figshare_api.api.projects.private_project_note", (200,), {"project_id": project_id, "note_id": note_id}
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
            "figshare_api.api.projects.private_project_note_delete",
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
            "figshare_api.api.projects.private_project_note_update",
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
                "figshare_api.api.projects.private_project_notes_create",
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
                "figshare_api.api.projects.private_project_notes_list",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def partial_update(self, project_id: int, *, body: ProjectUpdate | Unset = UNSET) -> None:
        """Partially update project

         Partially update a project; only provided keys will be changed. For institutions with item-type
        based metadata enabled, send the keys to update inside `fields:{}` — keys not present are preserved.
        `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Unrecognised field names inside
        `fields` (e.g. a typo) are rejected with 422.

        Args:
            project_id (int):
            body (ProjectUpdate | Unset):

        ``PATCH /account/projects/{project_id}`` (operation ``private_project_partial_update``).
        """
        self._requester.call(
            "figshare_api.api.projects.private_project_partial_update", (205,), {"project_id": project_id, "body": body}
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
                "figshare_api.api.projects.private_project_publish", (200,), {"project_id": project_id}
            ),
        )

    def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[ProjectPrivate]:
        """Private Projects search

         Search inside the private projects

        Args:
            body (ProjectsSearch | Unset):

        ``POST /account/projects/search`` (operation ``private_projects_search``).
        """
        return cast(
            "builtins.list[ProjectPrivate]",
            self._requester.call("figshare_api.api.projects.private_projects_search", (200,), {"body": body}),
        )

    def update(self, project_id: int, *, body: ProjectUpdate) -> None:
        """Update project

         Update a project by passing full body parameters. Institutions with item-type based metadata enabled
        wrap metadata in a `fields` object; the legacy flat-payload form is also accepted for institutions
        without item-type based metadata. `funding_list` entries accept `{"id": <int>}` or `{"title":
        "..."}`.

        Args:
            project_id (int):
            body (ProjectUpdate):

        ``PUT /account/projects/{project_id}`` (operation ``private_project_update``).
        """
        self._requester.call(
            "figshare_api.api.projects.private_project_update", (205,), {"project_id": project_id, "body": body}
        )


class AccountResource:
    """Operations on ``account`` (sync)."""

    articles: AccountArticlesResource
    authors: AccountAuthorsResource
    collections: AccountCollectionsResource
    institution: AccountInstitutionResource
    groups: AccountGroupsResource
    categories: AccountCategoriesResource
    funding: AccountFundingResource
    licenses: AccountLicensesResource
    profile: AccountProfileResource
    projects: AccountProjectsResource

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        self.articles = AccountArticlesResource(requester)
        self.authors = AccountAuthorsResource(requester)
        self.collections = AccountCollectionsResource(requester)
        self.institution = AccountInstitutionResource(requester)
        self.groups = AccountGroupsResource(requester)
        self.categories = AccountCategoriesResource(requester)
        self.funding = AccountFundingResource(requester)
        self.licenses = AccountLicensesResource(requester)
        self.profile = AccountProfileResource(requester)
        self.projects = AccountProjectsResource(requester)

    def get(self) -> Account:
        """Private Account information

         Account information for token/personal token

        ``GET /account`` (operation ``private_account``).
        """
        return cast("Account", self._requester.call("figshare_api.api.other.private_account", (200,), {}))


class CollectionsResource:
    """Operations on ``collections`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def articles(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Collection Articles

         Returns a list of public collection articles

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /collections/{collection_id}/articles`` (operation ``collection_articles``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.collections.collection_articles",
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

    def details(self, collection_id: int) -> CollectionComplete:
        """Collection details

         View a collection

        Args:
            collection_id (int):

        ``GET /collections/{collection_id}`` (operation ``collection_details``).
        """
        return cast(
            "CollectionComplete",
            self._requester.call(
                "figshare_api.api.collections.collection_details", (200,), {"collection_id": collection_id}
            ),
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsListOrder | Unset = UNSET,
        order_direction: CollectionsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections

         Returns a list of public collections

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (CollectionsListOrder | Unset):
            order_direction (CollectionsListOrderDirection | Unset):
            institution (int | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            group (int | Unset):
            resource_doi (str | Unset):
            doi (str | Unset):
            handle (str | Unset):
            x_cursor (str | Unset):

        ``GET /collections`` (operation ``collections_list``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call(
                "figshare_api.api.collections.collections_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "published_since": published_since,
                    "modified_since": modified_since,
                    "group": group,
                    "resource_doi": resource_doi,
                    "doi": doi,
                    "handle": handle,
                    "x_cursor": x_cursor,
                },
            ),
        )

    def search(
        self, *, body: CollectionSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[Collection]:
        """Public Collections Search

         Returns a list of public collections

        Args:
            x_cursor (str | Unset):
            body (CollectionSearch | Unset):

        ``POST /collections/search`` (operation ``collections_search``).
        """
        return cast(
            "builtins.list[Collection]",
            self._requester.call(
                "figshare_api.api.collections.collections_search", (200,), {"body": body, "x_cursor": x_cursor}
            ),
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
                "figshare_api.api.collections.collection_version_details",
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
                "figshare_api.api.collections.collection_versions", (200,), {"collection_id": collection_id}
            ),
        )


class InstitutionsResource:
    """Operations on ``institutions`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def articles(self, institution_string_id: str, *, resource_id: str, filename: str) -> builtins.list[Article]:
        """Public Institution Articles

         Returns a list of articles belonging to the institution

        Args:
            institution_string_id (str):
            resource_id (str):
            filename (str):

        ``GET /institutions/{institution_string_id}/articles/filter-by`` (operation ``institution_articles``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.institutions.institution_articles",
                (200,),
                {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
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
            self._requester.call("figshare_api.api.institutions.institution_hrfeed_upload", (200,), {"body": body}),
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
        return cast("OAuthToken", self._requester.call("figshare_api.api.oauth.create_token", (200,), {"body": body}))

    def get_info(self, *, access_token: str | Unset = UNSET) -> OAuthToken:
        """Get OAuth token information

         Returns information about the current OAuth token

        Args:
            access_token (str | Unset):

        ``GET /token`` (operation ``get_token_info``).
        """
        return cast(
            "OAuthToken",
            self._requester.call("figshare_api.api.oauth.get_token_info", (200,), {"access_token": access_token}),
        )


class ItemTypesResource:
    """Operations on ``item_types`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemType]:
        """Item Types

         Returns the list of Item Types of the requested group. If no user is authenticated, returns the item
        types available for Figshare.

        Args:
            group_id (int | Unset):

        ``GET /item_types`` (operation ``item_types_list``).
        """
        return cast(
            "builtins.list[ItemType]",
            self._requester.call("figshare_api.api.other.item_types_list", (200,), {"group_id": group_id}),
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
            "builtins.list[CategoryList]", self._requester.call("figshare_api.api.other.categories_list", (200,), {})
        )


class LicensesResource:
    """Operations on ``licenses`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self) -> builtins.list[License]:
        """Public Licenses

         Returns a list of public licenses

        ``GET /licenses`` (operation ``licenses_list``).
        """
        return cast("builtins.list[License]", self._requester.call("figshare_api.api.other.licenses_list", (200,), {}))


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
        self._requester.call("figshare_api.api.other.file_download", (200,), {"file_id": file_id})


class ProjectsResource:
    """Operations on ``projects`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def articles(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Project Articles

         List articles in project

        Args:
            project_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /projects/{project_id}/articles`` (operation ``project_articles``).
        """
        return cast(
            "builtins.list[Article]",
            self._requester.call(
                "figshare_api.api.projects.project_articles",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    def details(self, project_id: int) -> ProjectComplete:
        """Public Project

         View a project

        Args:
            project_id (int):

        ``GET /projects/{project_id}`` (operation ``project_details``).
        """
        return cast(
            "ProjectComplete",
            self._requester.call("figshare_api.api.projects.project_details", (200,), {"project_id": project_id}),
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsListOrder | Unset = UNSET,
        order_direction: ProjectsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects

         Returns a list of public projects

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ProjectsListOrder | Unset):
            order_direction (ProjectsListOrderDirection | Unset):
            institution (int | Unset):
            published_since (str | Unset):
            group (int | Unset):
            x_cursor (str | Unset):

        ``GET /projects`` (operation ``projects_list``).
        """
        return cast(
            "builtins.list[Project]",
            self._requester.call(
                "figshare_api.api.projects.projects_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "published_since": published_since,
                    "group": group,
                    "x_cursor": x_cursor,
                },
            ),
        )

    def search(self, *, body: ProjectsSearch | Unset = UNSET, x_cursor: str | Unset = UNSET) -> builtins.list[Project]:
        """Public Projects Search

         Returns a list of public articles

        Args:
            x_cursor (str | Unset):
            body (ProjectsSearch | Unset):

        ``POST /projects/search`` (operation ``projects_search``).
        """
        return cast(
            "builtins.list[Project]",
            self._requester.call(
                "figshare_api.api.projects.projects_search", (200,), {"body": body, "x_cursor": x_cursor}
            ),
        )


class SymplecticResource:
    """Operations on ``symplectic`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def account_articles(
        self,
        external_user_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticAccountArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticAccountArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticAccountArticlesResponse200Item]:
        """Get articles for a specific account

         Returns a list of articles for a specific user account identified by external_user_id
        (symplectic_user_id or institution_user_id).

        Args:
            external_user_id (str):
            offset (int | Unset):
            limit (int | Unset):
            status (SymplecticAccountArticlesStatus | Unset):
            is_embargoed (SymplecticAccountArticlesIsEmbargoed | Unset):

        ``GET /symplectic/accounts/{external_user_id}/articles`` (operation ``symplectic_account_articles``).
        """
        return cast(
            "builtins.list[SymplecticAccountArticlesResponse200Item]",
            self._requester.call(
                "figshare_api.api.symplectic.symplectic_account_articles",
                (200,),
                {
                    "external_user_id": external_user_id,
                    "offset": offset,
                    "limit": limit,
                    "status": status,
                    "is_embargoed": is_embargoed,
                },
            ),
        )

    def accounts_ids(self, *, since: str) -> builtins.list[SymplecticAccountsIdsResponse200Item]:
        """Get changed accounts for Symplectic Elements

         Returns a list of accounts that have been modified since the specified date for Symplectic Elements
        integration.

        Args:
            since (str):

        ``GET /symplectic/accounts`` (operation ``symplectic_accounts_ids``).
        """
        return cast(
            "builtins.list[SymplecticAccountsIdsResponse200Item]",
            self._requester.call("figshare_api.api.symplectic.symplectic_accounts_ids", (200,), {"since": since}),
        )

    def article(self, article_id: int) -> SymplecticArticleResponse200:
        """Get article details for Symplectic Elements

         Returns detailed information about a specific article for Symplectic Elements integration, including
        full metadata and author account information.

        Args:
            article_id (int):

        ``GET /symplectic/articles/{article_id}`` (operation ``symplectic_article``).
        """
        return cast(
            "SymplecticArticleResponse200",
            self._requester.call("figshare_api.api.symplectic.symplectic_article", (200,), {"article_id": article_id}),
        )

    def changed_articles(
        self,
        *,
        since: str,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticChangedArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticChangedArticlesResponse200Item]:
        """Get changed articles for Symplectic Elements

         Returns a list of articles for Symplectic Elements integration to synchronize article data.

        Args:
            since (str):
            offset (int | Unset):
            limit (int | Unset):
            status (SymplecticChangedArticlesStatus | Unset):
            is_embargoed (SymplecticChangedArticlesIsEmbargoed | Unset):

        ``GET /symplectic/articles`` (operation ``symplectic_changed_articles``).
        """
        return cast(
            "builtins.list[SymplecticChangedArticlesResponse200Item]",
            self._requester.call(
                "figshare_api.api.symplectic.symplectic_changed_articles",
                (200,),
                {"since": since, "offset": offset, "limit": limit, "status": status, "is_embargoed": is_embargoed},
            ),
        )

    def user_id(self, user_id: int) -> SymplecticUserIdResponse200:
        """Get institutional user ID for a user

         Returns the institution user ID for a given user within the authenticated account's institution.

        Args:
            user_id (int):

        ``GET /symplectic/users/{user_id}`` (operation ``symplectic_user_id``).
        """
        return cast(
            "SymplecticUserIdResponse200",
            self._requester.call("figshare_api.api.symplectic.symplectic_user_id", (200,), {"user_id": user_id}),
        )


class Resources:
    """Operations on ``the API`` (sync)."""

    altmetric: AltmetricResource
    articles: ArticlesResource
    account: AccountResource
    collections: CollectionsResource
    institutions: InstitutionsResource
    institution: InstitutionResource
    token: TokenResource
    item_types: ItemTypesResource
    categories: CategoriesResource
    licenses: LicensesResource
    file: FileResource
    projects: ProjectsResource
    symplectic: SymplecticResource

    def __init__(self, requester: Requester) -> None:
        self._requester = requester
        self.altmetric = AltmetricResource(requester)
        self.articles = ArticlesResource(requester)
        self.account = AccountResource(requester)
        self.collections = CollectionsResource(requester)
        self.institutions = InstitutionsResource(requester)
        self.institution = InstitutionResource(requester)
        self.token = TokenResource(requester)
        self.item_types = ItemTypesResource(requester)
        self.categories = CategoriesResource(requester)
        self.licenses = LicensesResource(requester)
        self.file = FileResource(requester)
        self.projects = ProjectsResource(requester)
        self.symplectic = SymplecticResource(requester)


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
                "figshare_api.api.altmetric.altmetric_institutions_list", (200,), {"offset": offset}
            ),
        )


class AsyncArticlesResource:
    """Operations on ``articles`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def details(self, article_id: int) -> ArticleComplete:
        """View article details

         View an article

        Args:
            article_id (int):

        ``GET /articles/{article_id}`` (operation ``article_details``).
        """
        return cast(
            "ArticleComplete",
            await self._requester.call("figshare_api.api.articles.article_details", (200,), {"article_id": article_id}),
        )

    async def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Download

         Download files from a public article preserving the folder structure

        Args:
            article_id (int):
            folder_path (str | Unset):

        ``GET /articles/{article_id}/download`` (operation ``public_article_download``).
        """
        await self._requester.call(
            "figshare_api.api.articles.public_article_download",
            (200,),
            {"article_id": article_id, "folder_path": folder_path},
        )

    async def file_details(self, article_id: int, file_id: int) -> PublicFile:
        """Article file details

         File by id

        Args:
            article_id (int):
            file_id (int):

        ``GET /articles/{article_id}/files/{file_id}`` (operation ``article_file_details``).
        """
        return cast(
            "PublicFile",
            await self._requester.call(
                "figshare_api.api.articles.article_file_details", (200,), {"article_id": article_id, "file_id": file_id}
            ),
        )

    async def files(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """List article files

         Files list for article

        Args:
            article_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /articles/{article_id}/files`` (operation ``article_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            await self._requester.call(
                "figshare_api.api.articles.article_files",
                (200,),
                {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ArticlesListOrder | Unset = UNSET,
        order_direction: ArticlesListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        item_type: int | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Articles

         Returns a list of public articles

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ArticlesListOrder | Unset):
            order_direction (ArticlesListOrderDirection | Unset):
            institution (int | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            group (int | Unset):
            resource_doi (str | Unset):
            item_type (int | Unset):
            doi (str | Unset):
            handle (str | Unset):
            x_cursor (str | Unset):

        ``GET /articles`` (operation ``articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.articles.articles_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "published_since": published_since,
                    "modified_since": modified_since,
                    "group": group,
                    "resource_doi": resource_doi,
                    "item_type": item_type,
                    "doi": doi,
                    "handle": handle,
                    "x_cursor": x_cursor,
                },
            ),
        )

    async def search(
        self, *, body: ArticleSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[ArticleWithProject]:
        """Public Articles Search

         Returns a list of public articles, filtered by the search parameters

        Args:
            x_cursor (str | Unset):
            body (ArticleSearch | Unset):

        ``POST /articles/search`` (operation ``articles_search``).
        """
        return cast(
            "builtins.list[ArticleWithProject]",
            await self._requester.call(
                "figshare_api.api.articles.articles_search", (200,), {"body": body, "x_cursor": x_cursor}
            ),
        )

    async def version_confidentiality(self, article_id: int, version_id: int) -> ArticleConfidentiality:
        """Public Article Confidentiality for article version

         Confidentiality for article version. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            article_id (int):
            version_id (int):

        ``GET /articles/{article_id}/versions/{version_id}/confidentiality`` (operation ``article_version_confidentiality``).
        """
        return cast(
            "ArticleConfidentiality",
            await self._requester.call(
                "figshare_api.api.articles.article_version_confidentiality",
                (200,),
                {"article_id": article_id, "version_id": version_id},
            ),
        )

    async def version_details(self, article_id: int, version_id: int) -> ArticleComplete:
        """Article details for version

         Article with specified version

        Args:
            article_id (int):
            version_id (int):

        ``GET /articles/{article_id}/versions/{version_id}`` (operation ``article_version_details``).
        """
        return cast(
            "ArticleComplete",
            await self._requester.call(
                "figshare_api.api.articles.article_version_details",
                (200,),
                {"article_id": article_id, "version_id": version_id},
            ),
        )

    async def version_download(self, article_id: int, version_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Public Article Version Download

         Download files from a certain version of an public article preserving the folder structure

        Args:
            article_id (int):
            version_id (int):
            folder_path (str | Unset):

        ``GET /articles/{article_id}/versions/{version_id}/download`` (operation ``public_article_version_download``).
        """
        await self._requester.call(
            "figshare_api.api.articles.public_article_version_download",
            (200,),
            {"article_id": article_id, "version_id": version_id, "folder_path": folder_path},
        )

    async def version_embargo(self, article_id: int, version_id: int) -> ArticleEmbargo:
        """Public Article Embargo for article version

         Embargo for article version

        Args:
            article_id (int):
            version_id (int):

        ``GET /articles/{article_id}/versions/{version_id}/embargo`` (operation ``article_version_embargo``).
        """
        return cast(
            "ArticleEmbargo",
            await self._requester.call(
                "figshare_api.api.articles.article_version_embargo",
                (200,),
                {"article_id": article_id, "version_id": version_id},
            ),
        )

    async def version_files(
        self,
        article_id: int,
        version_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PublicFile]:
        """Public Article version files

         Article version file details

        Args:
            article_id (int):
            version_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /articles/{article_id}/versions/{version_id}/files`` (operation ``article_version_files``).
        """
        return cast(
            "builtins.list[PublicFile]",
            await self._requester.call(
                "figshare_api.api.articles.article_version_files",
                (200,),
                {
                    "article_id": article_id,
                    "version_id": version_id,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    async def versions(self, article_id: int) -> builtins.list[ArticleVersions]:
        """List article versions

         List public article versions

        Args:
            article_id (int):

        ``GET /articles/{article_id}/versions`` (operation ``article_versions``).
        """
        return cast(
            "builtins.list[ArticleVersions]",
            await self._requester.call(
                "figshare_api.api.articles.article_versions", (200,), {"article_id": article_id}
            ),
        )


class AsyncAccountArticlesResource:
    """Operations on ``account.articles`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def author_delete(self, article_id: int, author_id: int) -> None:
        """Delete article author

         De-associate author from article

        Args:
            article_id (int):
            author_id (int):

        ``DELETE /account/articles/{article_id}/authors/{author_id}`` (operation ``private_article_author_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_author_delete",
            (204,),
            {"article_id": article_id, "author_id": author_id},
        )

    async def authors_add(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Add article authors

         Associate new authors with the article. This will add new authors to the list of already associated
        authors

        Args:
            article_id (int):
            body (AuthorsCreator):

        ``POST /account/articles/{article_id}/authors`` (operation ``private_article_authors_add``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_authors_add", (205,), {"article_id": article_id, "body": body}
        )

    async def authors_list(self, article_id: int) -> builtins.list[Author]:
        """List article authors

         List article authors

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/authors`` (operation ``private_article_authors_list``).
        """
        return cast(
            "builtins.list[Author]",
            await self._requester.call(
                "figshare_api.api.articles.private_article_authors_list", (200,), {"article_id": article_id}
            ),
        )

    async def authors_replace(self, article_id: int, *, body: AuthorsCreator) -> None:
        """Replace article authors

         Associate new authors with the article. This will remove all already associated authors and add
        these new ones

        Args:
            article_id (int):
            body (AuthorsCreator):

        ``PUT /account/articles/{article_id}/authors`` (operation ``private_article_authors_replace``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_authors_replace",
            (205,),
            {"article_id": article_id, "body": body},
        )

    async def categories_add(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Add article categories

         Associate new categories with the article. This will add new categories to the list of already
        associated categories

        Args:
            article_id (int):
            body (CategoriesCreator):

        ``POST /account/articles/{article_id}/categories`` (operation ``private_article_categories_add``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_categories_add", (205,), {"article_id": article_id, "body": body}
        )

    async def categories_list(self, article_id: int) -> builtins.list[Category]:
        """List article categories

         List article categories

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/categories`` (operation ``private_article_categories_list``).
        """
        return cast(
            "builtins.list[Category]",
            await self._requester.call(
                "figshare_api.api.articles.private_article_categories_list", (200,), {"article_id": article_id}
            ),
        )

    async def categories_replace(self, article_id: int, *, body: CategoriesCreator) -> None:
        """Replace article categories

         Associate new categories with the article. This will remove all already associated categories and
        add these new ones

        Args:
            article_id (int):
            body (CategoriesCreator):

        ``PUT /account/articles/{article_id}/categories`` (operation ``private_article_categories_replace``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_categories_replace",
            (205,),
            {"article_id": article_id, "body": body},
        )

    async def category_delete(self, article_id: int, category_id: int) -> None:
        """Delete article category

         De-associate category from article

        Args:
            article_id (int):
            category_id (int):

        ``DELETE /account/articles/{article_id}/categories/{category_id}`` (operation ``private_article_category_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_category_delete",
            (204,),
            {"article_id": article_id, "category_id": category_id},
        )

    async def confidentiality_delete(self, article_id: int) -> None:
        """Delete article confidentiality

         Delete confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            article_id (int):

        ``DELETE /account/articles/{article_id}/confidentiality`` (operation ``private_article_confidentiality_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_confidentiality_delete", (204,), {"article_id": article_id}
        )

    async def confidentiality_details(self, article_id: int) -> ArticleConfidentiality:
        """Article confidentiality details

         View confidentiality settings. The confidentiality feature is now deprecated. This has been replaced
        by the new extended embargo functionality and all items that used to be confidential have now been
        migrated to items with a permanent embargo on files. All API endpoints related to this functionality
        will remain for backwards compatibility, but will now be attached to the new extended embargo
        workflows.

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/confidentiality`` (operation ``private_article_confidentiality_details``).
        """
        return cast(
            "ArticleConfidentiality",
            await self._requester.call(
                "figshare_api.api.articles.private_article_confidentiality_details", (200,), {"article_id": article_id}
            ),
        )

    async def confidentiality_update(self, article_id: int, *, body: ConfidentialityCreator) -> None:
        """Update article confidentiality

         Update confidentiality settings. The confidentiality feature is now deprecated. This has been
        replaced by the new extended embargo functionality and all items that used to be confidential have
        now been migrated to items with a permanent embargo on files. All API endpoints related to this
        functionality will remain for backwards compatibility, but will now be attached to the new extended
        embargo workflows.

        Args:
            article_id (int):
            body (ConfidentialityCreator):

        ``PUT /account/articles/{article_id}/confidentiality`` (operation ``private_article_confidentiality_update``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_confidentiality_update",
            (205,),
            {"article_id": article_id, "body": body},
        )

    async def create(self, *, body: ArticleCreate) -> LocationWarnings:
        """Create new Article

         Create a new Article by sending article information

        Args:
            body (ArticleCreate):

        ``POST /account/articles`` (operation ``private_article_create``).
        """
        return cast(
            "LocationWarnings",
            await self._requester.call("figshare_api.api.articles.private_article_create", (201,), {"body": body}),
        )

    async def delete(self, article_id: int) -> None:
        """Delete article

         Delete an article

        Args:
            article_id (int):

        ``DELETE /account/articles/{article_id}`` (operation ``private_article_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_delete", (204,), {"article_id": article_id}
        )

    async def details(self, article_id: int) -> ArticleCompletePrivate:
        """Article details

         View a private article

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}`` (operation ``private_article_details``).
        """
        return cast(
            "ArticleCompletePrivate",
            await self._requester.call(
                "figshare_api.api.articles.private_article_details", (200,), {"article_id": article_id}
            ),
        )

    async def download(self, article_id: int, *, folder_path: str | Unset = UNSET) -> None:
        """Private Article Download

         Download files from a private article preserving the folder structure

        Args:
            article_id (int):
            folder_path (str | Unset):

        ``GET /account/articles/{article_id}/download`` (operation ``private_article_download``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_download",
            (200,),
            {"article_id": article_id, "folder_path": folder_path},
        )

    async def embargo_delete(self, article_id: int) -> None:
        """Delete Article Embargo

         Will lift the embargo for the specified article

        Args:
            article_id (int):

        ``DELETE /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_embargo_delete", (204,), {"article_id": article_id}
        )

    async def embargo_details(self, article_id: int) -> ArticleEmbargo:
        """Article Embargo Details

         View a private article embargo details

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_details``).
        """
        return cast(
            "ArticleEmbargo",
            await self._requester.call(
                "figshare_api.api.articles.private_article_embargo_details", (200,), {"article_id": article_id}
            ),
        )

    async def embargo_update(self, article_id: int, *, body: ArticleEmbargoUpdater) -> None:
        """Update Article Embargo

         Note: setting an article under whole embargo does not imply that the article will be published when
        the embargo will expire. You must explicitly call the publish endpoint to enable this functionality.

        Args:
            article_id (int):
            body (ArticleEmbargoUpdater):

        ``PUT /account/articles/{article_id}/embargo`` (operation ``private_article_embargo_update``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_embargo_update", (205,), {"article_id": article_id, "body": body}
        )

    async def file(self, article_id: int, file_id: int) -> PrivateFile:
        """Single File

         View details of file for specified article

        Args:
            article_id (int):
            file_id (int):

        ``GET /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file``).
        """
        return cast(
            "PrivateFile",
            await self._requester.call(
                "figshare_api.api.articles.private_article_file", (200,), {"article_id": article_id, "file_id": file_id}
            ),
        )

    async def file_delete(self, article_id: int, file_id: int) -> None:
        """File Delete

         Complete file upload

        Args:
            article_id (int):
            file_id (int):

        ``DELETE /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_file_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_file_delete",
            (204,),
            {"article_id": article_id, "file_id": file_id},
        )

    async def files_list(
        self,
        article_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[PrivateFile]:
        """List article files

         List private files

        Args:
            article_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/articles/{article_id}/files`` (operation ``private_article_files_list``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            await self._requester.call(
                "figshare_api.api.articles.private_article_files_list",
                (200,),
                {"article_id": article_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Private Articles

         Get Own Articles

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/articles`` (operation ``private_articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.articles.private_articles_list",
                (200,),
                {"page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def partial_update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Partially update article

         Partially update an article by sending only the fields to change.

        Args:
            article_id (int):
            body (ArticleUpdate):

        ``PATCH /account/articles/{article_id}`` (operation ``private_article_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api.api.articles.private_article_partial_update",
                (205,),
                {"article_id": article_id, "body": body},
            ),
        )

    async def private_link(self, article_id: int) -> builtins.list[PrivateLink]:
        """List private links

         List private links

        Args:
            article_id (int):

        ``GET /account/articles/{article_id}/private_links`` (operation ``private_article_private_link``).
        """
        return cast(
            "builtins.list[PrivateLink]",
            await self._requester.call(
                "figshare_api.api.articles.private_article_private_link", (200,), {"article_id": article_id}
            ),
        )

    async def private_link_create(
        self, article_id: int, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> PrivateLinkResponse:
        """Create private link

         Create new private link for this article

        Args:
            article_id (int):
            body (PrivateLinkCreator | Unset):

        ``POST /account/articles/{article_id}/private_links`` (operation ``private_article_private_link_create``).
        """
        return cast(
            "PrivateLinkResponse",
            await self._requester.call(
                "figshare_api.api.articles.private_article_private_link_create",
                (201,),
                {"article_id": article_id, "body": body},
            ),
        )

    async def private_link_delete(self, article_id: int, link_id: str) -> None:
        """Disable private link

         Disable/delete private link for this article

        Args:
            article_id (int):
            link_id (str):

        ``DELETE /account/articles/{article_id}/private_links/{link_id}`` (operation ``private_article_private_link_delete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_private_link_delete",
            (204,),
            {"article_id": article_id, "link_id": link_id},
        )

    async def private_link_update(
        self, article_id: int, link_id: str, *, body: PrivateLinkCreator | Unset = UNSET
    ) -> None:
        """Update private link

         Update existing private link for this article

        Args:
            article_id (int):
            link_id (str):
            body (PrivateLinkCreator | Unset):

        ``PUT /account/articles/{article_id}/private_links/{link_id}`` (operation ``private_article_private_link_update``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_private_link_update",
            (205,),
            {"article_id": article_id, "link_id": link_id, "body": body},
        )

    async def publish(self, article_id: int) -> Location:
        """Private Article Publish

         - If the whole article is under embargo, it will not be published immediately, but when the embargo
        expires or is lifted.
        - When an article is published, a new public version will be generated. Any further updates to the
        article will affect the private article data. In order to make these changes publicly visible, an
        explicit publish operation is needed.

        Args:
            article_id (int):

        ``POST /account/articles/{article_id}/publish`` (operation ``account_article_publish``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api.api.articles.account_article_publish", (201,), {"article_id": article_id}
            ),
        )

    async def report(self, *, group_id: int | Unset = UNSET) -> builtins.list[AccountReport]:
        """Account Article Report

         Return status on all reports generated for the account from the oauth credentials

        Args:
            group_id (int | Unset):

        ``GET /account/articles/export`` (operation ``account_article_report``).
        """
        return cast(
            "builtins.list[AccountReport]",
            await self._requester.call(
                "figshare_api.api.articles.account_article_report", (200,), {"group_id": group_id}
            ),
        )

    async def report_generate(self) -> AccountReport:
        """Initiate a new Report

         Initiate a new Article Report for this Account. There is a limit of 1 report per day.

        ``POST /account/articles/export`` (operation ``account_article_report_generate``).
        """
        return cast(
            "AccountReport",
            await self._requester.call("figshare_api.api.articles.account_article_report_generate", (200,), {}),
        )

    async def reserve_doi(self, article_id: int) -> ArticleDOI:
        """Private Article Reserve DOI

         Reserve DOI for article

        Args:
            article_id (int):

        ``POST /account/articles/{article_id}/reserve_doi`` (operation ``private_article_reserve_doi``).
        """
        return cast(
            "ArticleDOI",
            await self._requester.call(
                "figshare_api.api.articles.private_article_reserve_doi", (200,), {"article_id": article_id}
            ),
        )

    async def reserve_handle(self, article_id: int) -> ArticleHandle:
        """Private Article Reserve Handle

         Reserve Handle for article

        Args:
            article_id (int):

        ``POST /account/articles/{article_id}/reserve_handle`` (operation ``private_article_reserve_handle``).
        """
        return cast(
            "ArticleHandle",
            await self._requester.call(
                "figshare_api.api.articles.private_article_reserve_handle", (200,), {"article_id": article_id}
            ),
        )

    async def resource(self, article_id: int, *, body: Resource) -> Location:
        """Private Article Resource

         Edit article resource data.

        Args:
            article_id (int):
            body (Resource):

        ``POST /account/articles/{article_id}/resource`` (operation ``private_article_resource``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api.api.articles.private_article_resource", (205,), {"article_id": article_id, "body": body}
            ),
        )

    async def search(self, *, body: PrivateArticleSearch) -> builtins.list[ArticleWithProject]:
        """Private Articles search

         Returns a list of private articles filtered by the search parameters

        Args:
            body (PrivateArticleSearch):

        ``POST /account/articles/search`` (operation ``private_articles_search``).
        """
        return cast(
            "builtins.list[ArticleWithProject]",
            await self._requester.call("figshare_api.api.articles.private_articles_search", (200,), {"body": body}),
        )

    async def unpublish(self, article_id: int, *, body: ArticleUnpublishData) -> None:
        """Public Article Unpublish

         Allows authorized users to unpublish an article.

        Args:
            article_id (int):
            body (ArticleUnpublishData):

        ``POST /account/articles/{article_id}/unpublish`` (operation ``account_article_unpublish``).
        """
        await self._requester.call(
            "figshare_api.api.articles.account_article_unpublish", (204,), {"article_id": article_id, "body": body}
        )

    async def update(self, article_id: int, *, body: ArticleUpdate) -> LocationWarningsUpdate:
        """Update article

         Update an article by passing full body parameters.

        Args:
            article_id (int):
            body (ArticleUpdate):

        ``PUT /account/articles/{article_id}`` (operation ``private_article_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api.api.articles.private_article_update", (205,), {"article_id": article_id, "body": body}
            ),
        )

    async def upload_complete(self, article_id: int, file_id: int) -> None:
        """Complete Upload

         Complete file upload

        Args:
            article_id (int):
            file_id (int):

        ``POST /account/articles/{article_id}/files/{file_id}`` (operation ``private_article_upload_complete``).
        """
        await self._requester.call(
            "figshare_api.api.articles.private_article_upload_complete",
            (202,),
            {"article_id": article_id, "file_id": file_id},
        )

    async def upload_initiate(
        self,
        article_id: int,
        *,
        body: FileCreator,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Location:
        """Initiate Upload

         Initiate a new file upload within the article. Either use the link property to point to an existing
        file that resides elsewhere and will not be uploaded to Figshare or use the other 3 parameters (md5,
        name, size).

        Args:
            article_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            body (FileCreator):

        ``POST /account/articles/{article_id}/files`` (operation ``private_article_upload_initiate``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api.api.articles.private_article_upload_initiate",
                (201,),
                {
                    "article_id": article_id,
                    "body": body,
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )

    async def version_partial_update(
        self, article_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Partially update article version

         Partially updating an article version by passing only the fields to change.

        Args:
            article_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PATCH /account/articles/{article_id}/versions/{version_id}`` (operation ``article_version_partial_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api.api.articles.article_version_partial_update",
                (205,),
                {"article_id": article_id, "version_id": version_id, "body": body},
            ),
        )

    async def version_update(
        self, article_id: int, version_id: int, *, body: ArticleVersionUpdate
    ) -> LocationWarningsUpdate:
        """Update article version

         Updating an article version by passing body parameters.

        Args:
            article_id (int):
            version_id (int):
            body (ArticleVersionUpdate):

        ``PUT /account/articles/{article_id}/versions/{version_id}`` (operation ``article_version_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api.api.articles.article_version_update",
                (205,),
                {"article_id": article_id, "version_id": version_id, "body": body},
            ),
        )

    async def version_update_thumb(self, article_id: int, version_id: int, *, body: FileId) -> None:
        """Update article version thumbnail

         For a given public article version update the article thumbnail by choosing one of the associated
        files

        Args:
            article_id (int):
            version_id (int):
            body (FileId):

        ``PUT /account/articles/{article_id}/versions/{version_id}/update_thumb`` (operation ``article_version_update_thumb``).
        """
        await self._requester.call(
            "figshare_api.api.articles.article_version_update_thumb",
            (205,),
            {"article_id": article_id, "version_id": version_id, "body": body},
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
                "figshare_api.api.authors.private_author_details", (200,), {"author_id": author_id}
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
            await self._requester.call("figshare_api.api.authors.private_authors_search", (200,), {"body": body}),
        )


class AsyncAccountCollectionsResource:
    """Operations on ``account.collections`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def article_delete(self, collection_id: int, article_id: int) -> None:
        """Delete collection article

         De-associate article from collection

        Args:
            collection_id (int):
            article_id (int):

        ``DELETE /account/collections/{collection_id}/articles/{article_id}`` (operation ``private_collection_article_delete``).
        """
        await self._requester.call(
            "figshare_api.api.collections.private_collection_article_delete",
            (204,),
            {"collection_id": collection_id, "article_id": article_id},
        )

    async def articles_add(self, collection_id: int, *, body: ArticlesCreator) -> Location:
        """Add collection articles

         Associate new articles with the collection. This will add new articles to the list of already
        associated articles

        Args:
            collection_id (int):
            body (ArticlesCreator):

        ``POST /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_add``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api.api.collections.private_collection_articles_add",
                (201,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def articles_list(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """List collection articles

         List collection articles

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.collections.private_collection_articles_list",
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

    async def articles_replace(self, collection_id: int, *, body: ArticlesCreator) -> None:
        """Replace collection articles

         Associate new articles with the collection. This will remove all already associated articles and add
        these new ones

        Args:
            collection_id (int):
            body (ArticlesCreator):

        ``PUT /account/collections/{collection_id}/articles`` (operation ``private_collection_articles_replace``).
        """
        await self._requester.call(
            "figshare_api.api.collections.private_collection_articles_replace",
            (205,),
            {"collection_id": collection_id, "body": body},
        )

    async def author_delete(self, collection_id: int, author_id: int) -> None:
        """Delete collection author

         Delete collection author

        Args:
            collection_id (int):
            author_id (int):

        ``DELETE /account/collections/{collection_id}/authors/{author_id}`` (operation ``private_collection_author_delete``).
        """
        await self._requester.call(
            "figshare_api.api.collections.private_collection_author_delete",
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
                "figshare_api.api.collections.private_collection_authors_add",
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
                "figshare_api.api.collections.private_collection_authors_list", (200,), {"collection_id": collection_id}
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
            "figshare_api.api.collections.private_collection_authors_replace",
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
                "figshare_api.api.collections.private_collection_categories_add",
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
                "figshare_api.api.collections.private_collection_categories_list",
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
            "figshare_api.api.collections.private_collection_categories_replace",
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
            "figshare_api.api.collections.private_collection_category_delete",
            (204,),
            {"collection_id": collection_id, "category_id": category_id},
        )

    async def create(self, *, body: CollectionCreate) -> LocationWarnings:
        """Create collection

         Create a new collection. Institutions with item-type based metadata enabled wrap metadata in a
        `fields` object; stock fields are `categories`, `funding_list`, `related_materials`, and
        `publisher`. `categories` input is a list of objects, each identified by either `id` (int) or
        `source_id` (string); mixed entries allowed (`[{"id": 69}, {"source_id": "3001"}]`). Unresolved
        `source_id` values are reported in the response `warnings` array. Bare integers are rejected.
        Unrecognised field names inside `fields` (e.g. a typo) are rejected with 422. `licence` is no longer
        accepted on collections (removed Apr 2026). Institutions without item-type based metadata can use
        the legacy flat-payload form.

        Args:
            body (CollectionCreate):

        ``POST /account/collections`` (operation ``private_collection_create``).
        """
        return cast(
            "LocationWarnings",
            await self._requester.call(
                "figshare_api.api.collections.private_collection_create", (201,), {"body": body}
            ),
        )

    async def delete(self, collection_id: int) -> None:
        """Delete collection

         Delete n collection

        Args:
            collection_id (int):

        ``DELETE /account/collections/{collection_id}`` (operation ``private_collection_delete``).
        """
        await self._requester.call(
            "figshare_api.api.collections.private_collection_delete", (204,), {"collection_id": collection_id}
        )

    async def details(self, collection_id: int) -> CollectionCompletePrivate:
        """Collection details

         View a collection. For collections with item-type based metadata, all core and stock metadata
        (including `title`) is returned under a `fields` object and suppressed at the top level, with
        relational fields hydrated: `authors → [{id, name, first_name, last_name, is_active, url_name,
        orcid_id, affiliations}]`, `categories → [{id, title, parent_id, path, source_id, taxonomy_id}]`,
        `funding_list → [{id, title, grant_code, funder_name, is_user_defined, url}]` (`url` only when a
        dimensions id is present), `related_materials → [{id, title, relation, identifier,
        identifier_type}]`, `publisher` returned as-is (string). Collections without item-type based
        metadata keep the legacy flat shape.

        Args:
            collection_id (int):

        ``GET /account/collections/{collection_id}`` (operation ``private_collection_details``).
        """
        return cast(
            "CollectionCompletePrivate",
            await self._requester.call(
                "figshare_api.api.collections.private_collection_details", (200,), {"collection_id": collection_id}
            ),
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
    ) -> builtins.list[Collection]:
        """Private Collections List

         List private collections

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateCollectionsListOrder | Unset):
            order_direction (PrivateCollectionsListOrderDirection | Unset):

        ``GET /account/collections`` (operation ``private_collections_list``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api.api.collections.private_collections_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                },
            ),
        )

    async def patch(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Partially update collection

         Partially update a collection by sending only the keys to change. For collections with item-type
        based metadata, send the keys to update inside `fields:{}` — keys not present are preserved.
        `categories` entries accept `id` (int) or `source_id` (string), mixed allowed (bare integers
        rejected). Unresolved `source_id` values are reported in the response `warnings` array. Unrecognised
        field names inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            collection_id (int):
            body (CollectionUpdate):

        ``PATCH /account/collections/{collection_id}`` (operation ``private_collection_patch``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api.api.collections.private_collection_patch",
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
                "figshare_api.api.collections.private_collection_private_link_create",
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
            "figshare_api.api.collections.private_collection_private_link_delete",
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
                "figshare_api.api.collections.private_collection_private_link_details",
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
            "figshare_api.api.collections.private_collection_private_link_update",
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
                "figshare_api.api.collections.private_collection_private_links_list",
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
                "figshare_api.api.collections.private_collection_publish", (201,), {"collection_id": collection_id}
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
                "figshare_api.api.collections.private_collection_reserve_doi", (200,), {"collection_id": collection_id}
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
                "figshare_api.api.collections.private_collection_reserve_handle",
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
                "figshare_api.api.collections.private_collection_resource",
                (205,),
                {"collection_id": collection_id, "body": body},
            ),
        )

    async def search(self, *, body: PrivateCollectionSearch) -> builtins.list[Collection]:
        """Private Collections Search

         Returns a list of private Collections

        Args:
            body (PrivateCollectionSearch):

        ``POST /account/collections/search`` (operation ``private_collections_search``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api.api.collections.private_collections_search", (200,), {"body": body}
            ),
        )

    async def update(self, collection_id: int, *, body: CollectionUpdate) -> LocationWarningsUpdate:
        """Update collection

         Update a collection by passing full body parameters. Institutions with item-type based metadata
        enabled wrap metadata in a `fields` object; `categories` entries accept `id` (int) or `source_id`
        (string), mixed allowed (bare integers rejected). Unresolved `source_id` values are reported in the
        response `warnings` array. The legacy flat-payload form is also accepted for institutions without
        item-type based metadata.

        Args:
            collection_id (int):
            body (CollectionUpdate):

        ``PUT /account/collections/{collection_id}`` (operation ``private_collection_update``).
        """
        return cast(
            "LocationWarningsUpdate",
            await self._requester.call(
                "figshare_api.api.collections.private_collection_update",
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
                "figshare_api.api.institutions.private_institution_accounts_create", (201,), {"body": body}
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
                "figshare_api.api.institutions.private_institution_accounts_list",
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
                "figshare_api.api.institutions.private_institution_accounts_search", (200,), {"body": body}
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
            "figshare_api.api.institutions.private_institution_accounts_update",
            (205,),
            {"account_id": account_id, "body": body},
        )

    async def articles(
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
        """Private Institution Articles

         Get Articles from own institution. User must be administrator of the institution

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (PrivateInstitutionArticlesOrder | Unset):
            order_direction (PrivateInstitutionArticlesOrderDirection | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            status (int | Unset):
            resource_doi (str | Unset):
            item_type (int | Unset):
            group (int | Unset):

        ``GET /account/institution/articles`` (operation ``private_institution_articles``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.institutions.private_institution_articles",
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
                    "item_type": item_type,
                    "group": group,
                },
            ),
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
                "figshare_api.api.institutions.account_institution_curation", (200,), {"curation_id": curation_id}
            ),
        )

    async def curations(
        self,
        *,
        group_id: int | Unset = UNSET,
        article_id: int | Unset = UNSET,
        status: AccountInstitutionCurationsStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> Curation:
        """Institution Curation Reviews

         Retrieve a list of curation reviews for this institution

        Args:
            group_id (int | Unset):
            article_id (int | Unset):
            status (AccountInstitutionCurationsStatus | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /account/institution/reviews`` (operation ``account_institution_curations``).
        """
        return cast(
            "Curation",
            await self._requester.call(
                "figshare_api.api.institutions.account_institution_curations",
                (200,),
                {"group_id": group_id, "article_id": article_id, "status": status, "limit": limit, "offset": offset},
            ),
        )

    async def custom_fields_list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ShortCustomField]:
        """Private account institution group custom fields

         Returns the custom fields in the group the user belongs to, or the ones in the group specified, if
        the user has access. Deprecated in favour of GET /account/items/fields/configuration/{item_type_id}.
        Will be removed after 2027-01-01.

        Args:
            group_id (int | Unset):

        ``GET /account/institution/custom_fields`` (operation ``custom_fields_list``).
        """
        return cast(
            "builtins.list[ShortCustomField]",
            await self._requester.call(
                "figshare_api.api.institutions.custom_fields_list", (200,), {"group_id": group_id}
            ),
        )

    async def custom_fields_upload(
        self, custom_field_id: int, *, body: CustomFieldsUploadBody | Unset = UNSET
    ) -> CustomFieldsUploadResponse200:
        """Custom fields values files upload

         Uploads a CSV containing values for a specific custom field of type <b>dropdown_large_list</b>. The
        <code>custom_field_id</code> path parameter accepts both classic custom field IDs (legacy) and
        underlying field IDs (v2). The lookup is performed automatically — no additional parameter is
        required. More details in the <a href="#custom_fields">Custom Fields section</a>

        Args:
            custom_field_id (int):
            body (CustomFieldsUploadBody | Unset):

        ``POST /account/institution/custom_fields/{custom_field_id}/items/upload`` (operation ``custom_fields_upload``).
        """
        return cast(
            "CustomFieldsUploadResponse200",
            await self._requester.call(
                "figshare_api.api.institutions.custom_fields_upload",
                (200,),
                {"custom_field_id": custom_field_id, "body": body},
            ),
        )

    async def details(self) -> Institution:
        """Private Account Institutions

         Account institution details

        ``GET /account/institution`` (operation ``private_institution_details``).
        """
        return cast(
            "Institution",
            await self._requester.call("figshare_api.api.institutions.private_institution_details", (200,), {}),
        )

    async def embargo_options_details(self) -> builtins.list[GroupEmbargoOptions]:
        """Private Account Institution embargo options

         Account institution embargo options details

        ``GET /account/institution/embargo_options`` (operation ``private_institution_embargo_options_details``).
        """
        return cast(
            "builtins.list[GroupEmbargoOptions]",
            await self._requester.call(
                "figshare_api.api.institutions.private_institution_embargo_options_details", (200,), {}
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
                "figshare_api.api.institutions.private_institution_account", (200,), {"account_id": account_id}
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
                "figshare_api.api.institutions.get_account_institution_curation_comments",
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
                "figshare_api.api.institutions.private_group_embargo_options_details", (200,), {"group_id": group_id}
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
            "figshare_api.api.institutions.private_institution_account_group_role_delete",
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
                "figshare_api.api.institutions.private_institution_account_group_roles",
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
            "figshare_api.api.institutions.private_institution_account_group_roles_create",
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
            await self._requester.call("figshare_api.api.institutions.private_institution_groups_list", (200,), {}),
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
            "figshare_api.api.institutions.post_account_institution_curation_comments",
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
            await self._requester.call("figshare_api.api.institutions.private_institution_roles_list", (200,), {}),
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
                "figshare_api.api.institutions.private_account_institution_user", (200,), {"account_id": account_id}
            ),
        )


class AsyncAccountGroupsResource:
    """Operations on ``account.groups`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def custom_fields(self, group_id: int) -> builtins.list[CustomArticleField]:
        """Group custom fields

         Returns the custom fields for the specified group. Deprecated in favour of GET
        /account/items/fields/configuration/{item_type_id}. Will be removed after 2027-01-01.

        Args:
            group_id (int):

        ``GET /account/groups/{group_id}/metadata/item`` (operation ``account_group_custom_fields``).
        """
        return cast(
            "builtins.list[CustomArticleField]",
            await self._requester.call(
                "figshare_api.api.institutions.account_group_custom_fields", (200,), {"group_id": group_id}
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
            await self._requester.call("figshare_api.api.institutions.private_categories_list", (200,), {}),
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
            await self._requester.call("figshare_api.api.other.private_funding_search", (200,), {"body": body}),
        )


class AsyncAccountLicensesResource:
    """Operations on ``account.licenses`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[License]:
        """Private Account Licenses

         This is a private endpoint that requires OAuth. It will return a list with figshare public licenses
        AND licenses defined for account's institution.

        ``GET /account/licenses`` (operation ``private_licenses_list``).
        """
        return cast(
            "builtins.list[License]",
            await self._requester.call("figshare_api.api.other.private_licenses_list", (200,), {}),
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
                "figshare_api.api.profiles.update_user_profile",
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
                "figshare_api.api.profiles.update_user_profile_picture", (200,), {"user_id": user_id, "body": body}
            ),
        )


class AsyncAccountProjectsResource:
    """Operations on ``account.projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def article_delete(self, project_id: int, article_id: int) -> None:
        """Delete project article

         Delete project article

        Args:
            project_id (int):
            article_id (int):

        ``DELETE /account/projects/{project_id}/articles/{article_id}`` (operation ``private_project_article_delete``).
        """
        await self._requester.call(
            "figshare_api.api.projects.private_project_article_delete",
            (204,),
            {"project_id": project_id, "article_id": article_id},
        )

    async def article_details(self, project_id: int, article_id: int) -> ArticleCompletePrivate:
        """Project article details

         Project article details

        Args:
            project_id (int):
            article_id (int):

        ``GET /account/projects/{project_id}/articles/{article_id}`` (operation ``private_project_article_details``).
        """
        return cast(
            "ArticleCompletePrivate",
            await self._requester.call(
                "figshare_api.api.projects.private_project_article_details",
                (200,),
                {"project_id": project_id, "article_id": article_id},
            ),
        )

    async def article_file(self, project_id: int, article_id: int, file_id: int) -> PrivateFile:
        """Project article file details

         Project article file details

        Args:
            project_id (int):
            article_id (int):
            file_id (int):

        ``GET /account/projects/{project_id}/articles/{article_id}/files/{file_id}`` (operation ``private_project_article_file``).
        """
        return cast(
            "PrivateFile",
            await self._requester.call(
                "figshare_api.api.projects.private_project_article_file",
                (200,),
                {"project_id": project_id, "article_id": article_id, "file_id": file_id},
            ),
        )

    async def article_files(self, project_id: int, article_id: int) -> builtins.list[PrivateFile]:
        """Project article list files

         List article files

        Args:
            project_id (int):
            article_id (int):

        ``GET /account/projects/{project_id}/articles/{article_id}/files`` (operation ``private_project_article_files``).
        """
        return cast(
            "builtins.list[PrivateFile]",
            await self._requester.call(
                "figshare_api.api.projects.private_project_article_files",
                (200,),
                {"project_id": project_id, "article_id": article_id},
            ),
        )

    async def articles_create(self, project_id: int, *, body: ArticleProjectCreate) -> Location:
        """Create project article

         Create a new Article and associate it with this project

        Args:
            project_id (int):
            body (ArticleProjectCreate):

        ``POST /account/projects/{project_id}/articles`` (operation ``private_project_articles_create``).
        """
        return cast(
            "Location",
            await self._requester.call(
                "figshare_api.api.projects.private_project_articles_create",
                (201,),
                {"project_id": project_id, "body": body},
            ),
        )

    async def articles_list(self, project_id: int) -> builtins.list[Article]:
        """List project articles

         List project articles

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}/articles`` (operation ``private_project_articles_list``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.projects.private_project_articles_list", (200,), {"project_id": project_id}
            ),
        )

    async def collaborator_delete(self, project_id: int, user_id: int) -> None:
        """Remove project collaborator

         Remove project collaborator

        Args:
            project_id (int):
            user_id (int):

        ``DELETE /account/projects/{project_id}/collaborators/{user_id}`` (operation ``private_project_collaborator__Delete``).
        """
        await self._requester.call(
            "figshare_api.api.projects.private_project_collaborator_delete",
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
                "figshare_api.api.projects.private_project_collaborators_invite",
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
                "figshare_api.api.projects.private_project_collaborators_list", (200,), {"project_id": project_id}
            ),
        )

    async def create(self, *, body: ProjectCreate) -> CreateProjectResponse:
        """Create project

         Create a new project. Institutions with item-type based metadata enabled wrap metadata in a `fields`
        object (`title`, `description`, `funding_list`). Institutions without item-type based metadata can
        use the legacy flat-payload form. `funding_list` entries accept either `{"id": <int>}` (reference an
        existing record) or `{"title": "..."}` (mint a new user-defined entry). Unrecognised field names
        inside `fields` (e.g. a typo) are rejected with 422.

        Args:
            body (ProjectCreate):

        ``POST /account/projects`` (operation ``private_project_create``).
        """
        return cast(
            "CreateProjectResponse",
            await self._requester.call("figshare_api.api.projects.private_project_create", (201,), {"body": body}),
        )

    async def delete(self, project_id: int) -> None:
        """Delete project

         A project can be deleted only if: - it is not public - it does not have public articles.

        When an individual project is deleted, all the articles are moved to my data of each owner.

        When a group project is deleted, all the articles and files are deleted as well. Only project owner,
        group admin and above can delete a project.

        Args:
            project_id (int):

        ``DELETE /account/projects/{project_id}`` (operation ``private_project_delete``).
        """
        await self._requester.call(
            "figshare_api.api.projects.private_project_delete", (204,), {"project_id": project_id}
        )

    async def details(self, project_id: int) -> ProjectCompletePrivate:
        """View project details

         View a private project. For projects with item-type based metadata, all core and stock metadata
        (including `title`) is returned under a `fields` object and suppressed at the top level, with
        `funding_list` hydrated to `[{id, title, grant_code, funder_name, is_user_defined, url}]` (`url`
        only when a dimensions id is present). Projects without item-type based metadata keep the legacy
        flat shape.

        Args:
            project_id (int):

        ``GET /account/projects/{project_id}`` (operation ``private_project_details``).
        """
        return cast(
            "ProjectCompletePrivate",
            await self._requester.call(
                "figshare_api.api.projects.private_project_details", (200,), {"project_id": project_id}
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
            "figshare_api.api.projects.private_project_leave", (204,), {"project_id": project_id}
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

         List private projects

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
                "figshare_api.api.projects.private_projects_list",
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
                "figshare_api.api.projects.private_project_note", (200,), {"project_id": project_id, "note_id": note_id}
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
            "figshare_api.api.projects.private_project_note_delete",
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
            "figshare_api.api.projects.private_project_note_update",
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
                "figshare_api.api.projects.private_project_notes_create",
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
                "figshare_api.api.projects.private_project_notes_list",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def partial_update(self, project_id: int, *, body: ProjectUpdate | Unset = UNSET) -> None:
        """Partially update project

         Partially update a project; only provided keys will be changed. For institutions with item-type
        based metadata enabled, send the keys to update inside `fields:{}` — keys not present are preserved.
        `funding_list` entries accept `{"id": <int>}` or `{"title": "..."}`. Unrecognised field names inside
        `fields` (e.g. a typo) are rejected with 422.

        Args:
            project_id (int):
            body (ProjectUpdate | Unset):

        ``PATCH /account/projects/{project_id}`` (operation ``private_project_partial_update``).
        """
        await self._requester.call(
            "figshare_api.api.projects.private_project_partial_update", (205,), {"project_id": project_id, "body": body}
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
                "figshare_api.api.projects.private_project_publish", (200,), {"project_id": project_id}
            ),
        )

    async def search(self, *, body: ProjectsSearch | Unset = UNSET) -> builtins.list[ProjectPrivate]:
        """Private Projects search

         Search inside the private projects

        Args:
            body (ProjectsSearch | Unset):

        ``POST /account/projects/search`` (operation ``private_projects_search``).
        """
        return cast(
            "builtins.list[ProjectPrivate]",
            await self._requester.call("figshare_api.api.projects.private_projects_search", (200,), {"body": body}),
        )

    async def update(self, project_id: int, *, body: ProjectUpdate) -> None:
        """Update project

         Update a project by passing full body parameters. Institutions with item-type based metadata enabled
        wrap metadata in a `fields` object; the legacy flat-payload form is also accepted for institutions
        without item-type based metadata. `funding_list` entries accept `{"id": <int>}` or `{"title":
        "..."}`.

        Args:
            project_id (int):
            body (ProjectUpdate):

        ``PUT /account/projects/{project_id}`` (operation ``private_project_update``).
        """
        await self._requester.call(
            "figshare_api.api.projects.private_project_update", (205,), {"project_id": project_id, "body": body}
        )


class AsyncAccountResource:
    """Operations on ``account`` (async)."""

    articles: AsyncAccountArticlesResource
    authors: AsyncAccountAuthorsResource
    collections: AsyncAccountCollectionsResource
    institution: AsyncAccountInstitutionResource
    groups: AsyncAccountGroupsResource
    categories: AsyncAccountCategoriesResource
    funding: AsyncAccountFundingResource
    licenses: AsyncAccountLicensesResource
    profile: AsyncAccountProfileResource
    projects: AsyncAccountProjectsResource

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.articles = AsyncAccountArticlesResource(requester)
        self.authors = AsyncAccountAuthorsResource(requester)
        self.collections = AsyncAccountCollectionsResource(requester)
        self.institution = AsyncAccountInstitutionResource(requester)
        self.groups = AsyncAccountGroupsResource(requester)
        self.categories = AsyncAccountCategoriesResource(requester)
        self.funding = AsyncAccountFundingResource(requester)
        self.licenses = AsyncAccountLicensesResource(requester)
        self.profile = AsyncAccountProfileResource(requester)
        self.projects = AsyncAccountProjectsResource(requester)

    async def get(self) -> Account:
        """Private Account information

         Account information for token/personal token

        ``GET /account`` (operation ``private_account``).
        """
        return cast("Account", await self._requester.call("figshare_api.api.other.private_account", (200,), {}))


class AsyncCollectionsResource:
    """Operations on ``collections`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def articles(
        self,
        collection_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Collection Articles

         Returns a list of public collection articles

        Args:
            collection_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /collections/{collection_id}/articles`` (operation ``collection_articles``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.collections.collection_articles",
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

    async def details(self, collection_id: int) -> CollectionComplete:
        """Collection details

         View a collection

        Args:
            collection_id (int):

        ``GET /collections/{collection_id}`` (operation ``collection_details``).
        """
        return cast(
            "CollectionComplete",
            await self._requester.call(
                "figshare_api.api.collections.collection_details", (200,), {"collection_id": collection_id}
            ),
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: CollectionsListOrder | Unset = UNSET,
        order_direction: CollectionsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        modified_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        resource_doi: str | Unset = UNSET,
        doi: str | Unset = UNSET,
        handle: str | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Collection]:
        """Public Collections

         Returns a list of public collections

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (CollectionsListOrder | Unset):
            order_direction (CollectionsListOrderDirection | Unset):
            institution (int | Unset):
            published_since (str | Unset):
            modified_since (str | Unset):
            group (int | Unset):
            resource_doi (str | Unset):
            doi (str | Unset):
            handle (str | Unset):
            x_cursor (str | Unset):

        ``GET /collections`` (operation ``collections_list``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api.api.collections.collections_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "published_since": published_since,
                    "modified_since": modified_since,
                    "group": group,
                    "resource_doi": resource_doi,
                    "doi": doi,
                    "handle": handle,
                    "x_cursor": x_cursor,
                },
            ),
        )

    async def search(
        self, *, body: CollectionSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[Collection]:
        """Public Collections Search

         Returns a list of public collections

        Args:
            x_cursor (str | Unset):
            body (CollectionSearch | Unset):

        ``POST /collections/search`` (operation ``collections_search``).
        """
        return cast(
            "builtins.list[Collection]",
            await self._requester.call(
                "figshare_api.api.collections.collections_search", (200,), {"body": body, "x_cursor": x_cursor}
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
                "figshare_api.api.collections.collection_version_details",
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
                "figshare_api.api.collections.collection_versions", (200,), {"collection_id": collection_id}
            ),
        )


class AsyncInstitutionsResource:
    """Operations on ``institutions`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def articles(self, institution_string_id: str, *, resource_id: str, filename: str) -> builtins.list[Article]:
        """Public Institution Articles

         Returns a list of articles belonging to the institution

        Args:
            institution_string_id (str):
            resource_id (str):
            filename (str):

        ``GET /institutions/{institution_string_id}/articles/filter-by`` (operation ``institution_articles``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.institutions.institution_articles",
                (200,),
                {"institution_string_id": institution_string_id, "resource_id": resource_id, "filename": filename},
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
                "figshare_api.api.institutions.institution_hrfeed_upload", (200,), {"body": body}
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
            "OAuthToken", await self._requester.call("figshare_api.api.oauth.create_token", (200,), {"body": body})
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
            await self._requester.call("figshare_api.api.oauth.get_token_info", (200,), {"access_token": access_token}),
        )


class AsyncItemTypesResource:
    """Operations on ``item_types`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self, *, group_id: int | Unset = UNSET) -> builtins.list[ItemType]:
        """Item Types

         Returns the list of Item Types of the requested group. If no user is authenticated, returns the item
        types available for Figshare.

        Args:
            group_id (int | Unset):

        ``GET /item_types`` (operation ``item_types_list``).
        """
        return cast(
            "builtins.list[ItemType]",
            await self._requester.call("figshare_api.api.other.item_types_list", (200,), {"group_id": group_id}),
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
            await self._requester.call("figshare_api.api.other.categories_list", (200,), {}),
        )


class AsyncLicensesResource:
    """Operations on ``licenses`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self) -> builtins.list[License]:
        """Public Licenses

         Returns a list of public licenses

        ``GET /licenses`` (operation ``licenses_list``).
        """
        return cast(
            "builtins.list[License]", await self._requester.call("figshare_api.api.other.licenses_list", (200,), {})
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
        await self._requester.call("figshare_api.api.other.file_download", (200,), {"file_id": file_id})


class AsyncProjectsResource:
    """Operations on ``projects`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def articles(
        self,
        project_id: int,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
    ) -> builtins.list[Article]:
        """Public Project Articles

         List articles in project

        Args:
            project_id (int):
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):

        ``GET /projects/{project_id}/articles`` (operation ``project_articles``).
        """
        return cast(
            "builtins.list[Article]",
            await self._requester.call(
                "figshare_api.api.projects.project_articles",
                (200,),
                {"project_id": project_id, "page": page, "page_size": page_size, "limit": limit, "offset": offset},
            ),
        )

    async def details(self, project_id: int) -> ProjectComplete:
        """Public Project

         View a project

        Args:
            project_id (int):

        ``GET /projects/{project_id}`` (operation ``project_details``).
        """
        return cast(
            "ProjectComplete",
            await self._requester.call("figshare_api.api.projects.project_details", (200,), {"project_id": project_id}),
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        order: ProjectsListOrder | Unset = UNSET,
        order_direction: ProjectsListOrderDirection | Unset = UNSET,
        institution: int | Unset = UNSET,
        published_since: str | Unset = UNSET,
        group: int | Unset = UNSET,
        x_cursor: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """Public Projects

         Returns a list of public projects

        Args:
            page (int | Unset):
            page_size (int | Unset):
            limit (int | Unset):
            offset (int | Unset):
            order (ProjectsListOrder | Unset):
            order_direction (ProjectsListOrderDirection | Unset):
            institution (int | Unset):
            published_since (str | Unset):
            group (int | Unset):
            x_cursor (str | Unset):

        ``GET /projects`` (operation ``projects_list``).
        """
        return cast(
            "builtins.list[Project]",
            await self._requester.call(
                "figshare_api.api.projects.projects_list",
                (200,),
                {
                    "page": page,
                    "page_size": page_size,
                    "limit": limit,
                    "offset": offset,
                    "order": order,
                    "order_direction": order_direction,
                    "institution": institution,
                    "published_since": published_since,
                    "group": group,
                    "x_cursor": x_cursor,
                },
            ),
        )

    async def search(
        self, *, body: ProjectsSearch | Unset = UNSET, x_cursor: str | Unset = UNSET
    ) -> builtins.list[Project]:
        """Public Projects Search

         Returns a list of public articles

        Args:
            x_cursor (str | Unset):
            body (ProjectsSearch | Unset):

        ``POST /projects/search`` (operation ``projects_search``).
        """
        return cast(
            "builtins.list[Project]",
            await self._requester.call(
                "figshare_api.api.projects.projects_search", (200,), {"body": body, "x_cursor": x_cursor}
            ),
        )


class AsyncSymplecticResource:
    """Operations on ``symplectic`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def account_articles(
        self,
        external_user_id: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticAccountArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticAccountArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticAccountArticlesResponse200Item]:
        """Get articles for a specific account

         Returns a list of articles for a specific user account identified by external_user_id
        (symplectic_user_id or institution_user_id).

        Args:
            external_user_id (str):
            offset (int | Unset):
            limit (int | Unset):
            status (SymplecticAccountArticlesStatus | Unset):
            is_embargoed (SymplecticAccountArticlesIsEmbargoed | Unset):

        ``GET /symplectic/accounts/{external_user_id}/articles`` (operation ``symplectic_account_articles``).
        """
        return cast(
            "builtins.list[SymplecticAccountArticlesResponse200Item]",
            await self._requester.call(
                "figshare_api.api.symplectic.symplectic_account_articles",
                (200,),
                {
                    "external_user_id": external_user_id,
                    "offset": offset,
                    "limit": limit,
                    "status": status,
                    "is_embargoed": is_embargoed,
                },
            ),
        )

    async def accounts_ids(self, *, since: str) -> builtins.list[SymplecticAccountsIdsResponse200Item]:
        """Get changed accounts for Symplectic Elements

         Returns a list of accounts that have been modified since the specified date for Symplectic Elements
        integration.

        Args:
            since (str):

        ``GET /symplectic/accounts`` (operation ``symplectic_accounts_ids``).
        """
        return cast(
            "builtins.list[SymplecticAccountsIdsResponse200Item]",
            await self._requester.call("figshare_api.api.symplectic.symplectic_accounts_ids", (200,), {"since": since}),
        )

    async def article(self, article_id: int) -> SymplecticArticleResponse200:
        """Get article details for Symplectic Elements

         Returns detailed information about a specific article for Symplectic Elements integration, including
        full metadata and author account information.

        Args:
            article_id (int):

        ``GET /symplectic/articles/{article_id}`` (operation ``symplectic_article``).
        """
        return cast(
            "SymplecticArticleResponse200",
            await self._requester.call(
                "figshare_api.api.symplectic.symplectic_article", (200,), {"article_id": article_id}
            ),
        )

    async def changed_articles(
        self,
        *,
        since: str,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        status: SymplecticChangedArticlesStatus | Unset = UNSET,
        is_embargoed: SymplecticChangedArticlesIsEmbargoed | Unset = UNSET,
    ) -> builtins.list[SymplecticChangedArticlesResponse200Item]:
        """Get changed articles for Symplectic Elements

         Returns a list of articles for Symplectic Elements integration to synchronize article data.

        Args:
            since (str):
            offset (int | Unset):
            limit (int | Unset):
            status (SymplecticChangedArticlesStatus | Unset):
            is_embargoed (SymplecticChangedArticlesIsEmbargoed | Unset):

        ``GET /symplectic/articles`` (operation ``symplectic_changed_articles``).
        """
        return cast(
            "builtins.list[SymplecticChangedArticlesResponse200Item]",
            await self._requester.call(
                "figshare_api.api.symplectic.symplectic_changed_articles",
                (200,),
                {"since": since, "offset": offset, "limit": limit, "status": status, "is_embargoed": is_embargoed},
            ),
        )

    async def user_id(self, user_id: int) -> SymplecticUserIdResponse200:
        """Get institutional user ID for a user

         Returns the institution user ID for a given user within the authenticated account's institution.

        Args:
            user_id (int):

        ``GET /symplectic/users/{user_id}`` (operation ``symplectic_user_id``).
        """
        return cast(
            "SymplecticUserIdResponse200",
            await self._requester.call("figshare_api.api.symplectic.symplectic_user_id", (200,), {"user_id": user_id}),
        )


class AsyncResources:
    """Operations on ``the API`` (async)."""

    altmetric: AsyncAltmetricResource
    articles: AsyncArticlesResource
    account: AsyncAccountResource
    collections: AsyncCollectionsResource
    institutions: AsyncInstitutionsResource
    institution: AsyncInstitutionResource
    token: AsyncTokenResource
    item_types: AsyncItemTypesResource
    categories: AsyncCategoriesResource
    licenses: AsyncLicensesResource
    file: AsyncFileResource
    projects: AsyncProjectsResource
    symplectic: AsyncSymplecticResource

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester
        self.altmetric = AsyncAltmetricResource(requester)
        self.articles = AsyncArticlesResource(requester)
        self.account = AsyncAccountResource(requester)
        self.collections = AsyncCollectionsResource(requester)
        self.institutions = AsyncInstitutionsResource(requester)
        self.institution = AsyncInstitutionResource(requester)
        self.token = AsyncTokenResource(requester)
        self.item_types = AsyncItemTypesResource(requester)
        self.categories = AsyncCategoriesResource(requester)
        self.licenses = AsyncLicensesResource(requester)
        self.file = AsyncFileResource(requester)
        self.projects = AsyncProjectsResource(requester)
        self.symplectic = AsyncSymplecticResource(requester)


OPERATIONS: dict[str, tuple[str, str]] = {
    "altmetric_institutions_list": ("altmetric", "institutions_list"),
    "article_details": ("articles", "details"),
    "article_file_details": ("articles", "file_details"),
    "article_files": ("articles", "files"),
    "article_version_confidentiality": ("articles", "version_confidentiality"),
    "article_version_details": ("articles", "version_details"),
    "article_version_embargo": ("articles", "version_embargo"),
    "article_version_files": ("articles", "version_files"),
    "article_versions": ("articles", "versions"),
    "articles_list": ("articles", "list"),
    "articles_search": ("articles", "search"),
    "public_article_download": ("articles", "download"),
    "public_article_version_download": ("articles", "version_download"),
    "account_article_publish": ("account.articles", "publish"),
    "account_article_report": ("account.articles", "report"),
    "account_article_report_generate": ("account.articles", "report_generate"),
    "account_article_unpublish": ("account.articles", "unpublish"),
    "article_version_partial_update": ("account.articles", "version_partial_update"),
    "article_version_update": ("account.articles", "version_update"),
    "article_version_update_thumb": ("account.articles", "version_update_thumb"),
    "private_article_author_delete": ("account.articles", "author_delete"),
    "private_article_authors_add": ("account.articles", "authors_add"),
    "private_article_authors_list": ("account.articles", "authors_list"),
    "private_article_authors_replace": ("account.articles", "authors_replace"),
    "private_article_categories_add": ("account.articles", "categories_add"),
    "private_article_categories_list": ("account.articles", "categories_list"),
    "private_article_categories_replace": ("account.articles", "categories_replace"),
    "private_article_category_delete": ("account.articles", "category_delete"),
    "private_article_confidentiality_delete": ("account.articles", "confidentiality_delete"),
    "private_article_confidentiality_details": ("account.articles", "confidentiality_details"),
    "private_article_confidentiality_update": ("account.articles", "confidentiality_update"),
    "private_article_create": ("account.articles", "create"),
    "private_article_delete": ("account.articles", "delete"),
    "private_article_details": ("account.articles", "details"),
    "private_article_download": ("account.articles", "download"),
    "private_article_embargo_delete": ("account.articles", "embargo_delete"),
    "private_article_embargo_details": ("account.articles", "embargo_details"),
    "private_article_embargo_update": ("account.articles", "embargo_update"),
    "private_article_file": ("account.articles", "file"),
    "private_article_file_delete": ("account.articles", "file_delete"),
    "private_article_files_list": ("account.articles", "files_list"),
    "private_article_partial_update": ("account.articles", "partial_update"),
    "private_article_private_link": ("account.articles", "private_link"),
    "private_article_private_link_create": ("account.articles", "private_link_create"),
    "private_article_private_link_delete": ("account.articles", "private_link_delete"),
    "private_article_private_link_update": ("account.articles", "private_link_update"),
    "private_article_reserve_doi": ("account.articles", "reserve_doi"),
    "private_article_reserve_handle": ("account.articles", "reserve_handle"),
    "private_article_resource": ("account.articles", "resource"),
    "private_article_update": ("account.articles", "update"),
    "private_article_upload_complete": ("account.articles", "upload_complete"),
    "private_article_upload_initiate": ("account.articles", "upload_initiate"),
    "private_articles_list": ("account.articles", "list"),
    "private_articles_search": ("account.articles", "search"),
    "private_author_details": ("account.authors", "details"),
    "private_authors_search": ("account.authors", "search"),
    "private_collection_article_delete": ("account.collections", "article_delete"),
    "private_collection_articles_add": ("account.collections", "articles_add"),
    "private_collection_articles_list": ("account.collections", "articles_list"),
    "private_collection_articles_replace": ("account.collections", "articles_replace"),
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
    "custom_fields_list": ("account.institution", "custom_fields_list"),
    "custom_fields_upload": ("account.institution", "custom_fields_upload"),
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
    "private_institution_articles": ("account.institution", "articles"),
    "private_institution_details": ("account.institution", "details"),
    "private_institution_embargo_options_details": ("account.institution", "embargo_options_details"),
    "private_institution_groups_list": ("account.institution", "groups_list"),
    "private_institution_roles_list": ("account.institution", "roles_list"),
    "account_group_custom_fields": ("account.groups", "custom_fields"),
    "private_categories_list": ("account.categories", "list"),
    "private_funding_search": ("account.funding", "search"),
    "private_licenses_list": ("account.licenses", "list"),
    "update_user_profile": ("account.profile", "update_user"),
    "update_user_profile_picture": ("account.profile", "update_user_picture"),
    "private_project_article_delete": ("account.projects", "article_delete"),
    "private_project_article_details": ("account.projects", "article_details"),
    "private_project_article_file": ("account.projects", "article_file"),
    "private_project_article_files": ("account.projects", "article_files"),
    "private_project_articles_create": ("account.projects", "articles_create"),
    "private_project_articles_list": ("account.projects", "articles_list"),
    "private_project_collaborator__Delete": ("account.projects", "collaborator_delete"),
    "private_project_collaborators_invite": ("account.projects", "collaborators_invite"),
    "private_project_collaborators_list": ("account.projects", "collaborators_list"),
    "private_project_create": ("account.projects", "create"),
    "private_project_delete": ("account.projects", "delete"),
    "private_project_details": ("account.projects", "details"),
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
    "private_account": ("account", "get"),
    "collection_articles": ("collections", "articles"),
    "collection_details": ("collections", "details"),
    "collection_version_details": ("collections", "version_details"),
    "collection_versions": ("collections", "versions"),
    "collections_list": ("collections", "list"),
    "collections_search": ("collections", "search"),
    "institution_articles": ("institutions", "articles"),
    "institution_hrfeed_upload": ("institution", "hrfeed_upload"),
    "create_token": ("token", "create"),
    "get_token_info": ("token", "get_info"),
    "item_types_list": ("item_types", "list"),
    "categories_list": ("categories", "list"),
    "licenses_list": ("licenses", "list"),
    "file_download": ("file", "download"),
    "project_articles": ("projects", "articles"),
    "project_details": ("projects", "details"),
    "projects_list": ("projects", "list"),
    "projects_search": ("projects", "search"),
    "symplectic_account_articles": ("symplectic", "account_articles"),
    "symplectic_accounts_ids": ("symplectic", "accounts_ids"),
    "symplectic_article": ("symplectic", "article"),
    "symplectic_changed_articles": ("symplectic", "changed_articles"),
    "symplectic_user_id": ("symplectic", "user_id"),
}
"""Where each operation id is: (resource path from the client, method name)."""
