"""Every operation of the API as a typed method, grouped the way its URLs are (generator/facade.py).

Do not edit: regenerate with ``make generate``. Each resource is its own module, imported the first time it is
used. `OPERATIONS` maps every operation id to its resource and method.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

from figshare_api.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api.resources.account import AccountResource, AsyncAccountResource
    from figshare_api.resources.altmetric import AltmetricResource, AsyncAltmetricResource
    from figshare_api.resources.articles import ArticlesResource, AsyncArticlesResource
    from figshare_api.resources.categories import AsyncCategoriesResource, CategoriesResource
    from figshare_api.resources.collections import AsyncCollectionsResource, CollectionsResource
    from figshare_api.resources.file import AsyncFileResource, FileResource
    from figshare_api.resources.institution import AsyncInstitutionResource, InstitutionResource
    from figshare_api.resources.institutions import AsyncInstitutionsResource, InstitutionsResource
    from figshare_api.resources.item_types import AsyncItemTypesResource, ItemTypesResource
    from figshare_api.resources.licenses import AsyncLicensesResource, LicensesResource
    from figshare_api.resources.projects import AsyncProjectsResource, ProjectsResource
    from figshare_api.resources.symplectic import AsyncSymplecticResource, SymplecticResource
    from figshare_api.resources.token import AsyncTokenResource, TokenResource


class Resources:
    """Every resource of the API (sync); each loads on first use."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def account(self) -> AccountResource:
        """Operations on ``account``."""
        from figshare_api.resources.account import AccountResource

        return AccountResource(self._requester)

    @cached_property
    def altmetric(self) -> AltmetricResource:
        """Operations on ``altmetric``."""
        from figshare_api.resources.altmetric import AltmetricResource

        return AltmetricResource(self._requester)

    @cached_property
    def articles(self) -> ArticlesResource:
        """Operations on ``articles``."""
        from figshare_api.resources.articles import ArticlesResource

        return ArticlesResource(self._requester)

    @cached_property
    def categories(self) -> CategoriesResource:
        """Operations on ``categories``."""
        from figshare_api.resources.categories import CategoriesResource

        return CategoriesResource(self._requester)

    @cached_property
    def collections(self) -> CollectionsResource:
        """Operations on ``collections``."""
        from figshare_api.resources.collections import CollectionsResource

        return CollectionsResource(self._requester)

    @cached_property
    def file(self) -> FileResource:
        """Operations on ``file``."""
        from figshare_api.resources.file import FileResource

        return FileResource(self._requester)

    @cached_property
    def institution(self) -> InstitutionResource:
        """Operations on ``institution``."""
        from figshare_api.resources.institution import InstitutionResource

        return InstitutionResource(self._requester)

    @cached_property
    def institutions(self) -> InstitutionsResource:
        """Operations on ``institutions``."""
        from figshare_api.resources.institutions import InstitutionsResource

        return InstitutionsResource(self._requester)

    @cached_property
    def item_types(self) -> ItemTypesResource:
        """Operations on ``item_types``."""
        from figshare_api.resources.item_types import ItemTypesResource

        return ItemTypesResource(self._requester)

    @cached_property
    def licenses(self) -> LicensesResource:
        """Operations on ``licenses``."""
        from figshare_api.resources.licenses import LicensesResource

        return LicensesResource(self._requester)

    @cached_property
    def projects(self) -> ProjectsResource:
        """Operations on ``projects``."""
        from figshare_api.resources.projects import ProjectsResource

        return ProjectsResource(self._requester)

    @cached_property
    def symplectic(self) -> SymplecticResource:
        """Operations on ``symplectic``."""
        from figshare_api.resources.symplectic import SymplecticResource

        return SymplecticResource(self._requester)

    @cached_property
    def token(self) -> TokenResource:
        """Operations on ``token``."""
        from figshare_api.resources.token import TokenResource

        return TokenResource(self._requester)


class AsyncResources:
    """Every resource of the API (async); each loads on first use."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def account(self) -> AsyncAccountResource:
        """Operations on ``account``."""
        from figshare_api.resources.account import AsyncAccountResource

        return AsyncAccountResource(self._requester)

    @cached_property
    def altmetric(self) -> AsyncAltmetricResource:
        """Operations on ``altmetric``."""
        from figshare_api.resources.altmetric import AsyncAltmetricResource

        return AsyncAltmetricResource(self._requester)

    @cached_property
    def articles(self) -> AsyncArticlesResource:
        """Operations on ``articles``."""
        from figshare_api.resources.articles import AsyncArticlesResource

        return AsyncArticlesResource(self._requester)

    @cached_property
    def categories(self) -> AsyncCategoriesResource:
        """Operations on ``categories``."""
        from figshare_api.resources.categories import AsyncCategoriesResource

        return AsyncCategoriesResource(self._requester)

    @cached_property
    def collections(self) -> AsyncCollectionsResource:
        """Operations on ``collections``."""
        from figshare_api.resources.collections import AsyncCollectionsResource

        return AsyncCollectionsResource(self._requester)

    @cached_property
    def file(self) -> AsyncFileResource:
        """Operations on ``file``."""
        from figshare_api.resources.file import AsyncFileResource

        return AsyncFileResource(self._requester)

    @cached_property
    def institution(self) -> AsyncInstitutionResource:
        """Operations on ``institution``."""
        from figshare_api.resources.institution import AsyncInstitutionResource

        return AsyncInstitutionResource(self._requester)

    @cached_property
    def institutions(self) -> AsyncInstitutionsResource:
        """Operations on ``institutions``."""
        from figshare_api.resources.institutions import AsyncInstitutionsResource

        return AsyncInstitutionsResource(self._requester)

    @cached_property
    def item_types(self) -> AsyncItemTypesResource:
        """Operations on ``item_types``."""
        from figshare_api.resources.item_types import AsyncItemTypesResource

        return AsyncItemTypesResource(self._requester)

    @cached_property
    def licenses(self) -> AsyncLicensesResource:
        """Operations on ``licenses``."""
        from figshare_api.resources.licenses import AsyncLicensesResource

        return AsyncLicensesResource(self._requester)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Operations on ``projects``."""
        from figshare_api.resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self._requester)

    @cached_property
    def symplectic(self) -> AsyncSymplecticResource:
        """Operations on ``symplectic``."""
        from figshare_api.resources.symplectic import AsyncSymplecticResource

        return AsyncSymplecticResource(self._requester)

    @cached_property
    def token(self) -> AsyncTokenResource:
        """Operations on ``token``."""
        from figshare_api.resources.token import AsyncTokenResource

        return AsyncTokenResource(self._requester)


OPERATIONS: dict[str, tuple[str, str]] = {
    "private_account": ("account", "details"),
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
    "private_article_file": ("account.articles", "file_details"),
    "private_article_file_delete": ("account.articles", "file_delete"),
    "private_article_files_list": ("account.articles", "files_list"),
    "private_article_partial_update": ("account.articles", "partial_update"),
    "private_article_private_link": ("account.articles", "private_links_list"),
    "private_article_private_link_create": ("account.articles", "private_link_create"),
    "private_article_private_link_delete": ("account.articles", "private_link_delete"),
    "private_article_private_link_update": ("account.articles", "private_link_update"),
    "private_article_reserve_doi": ("account.articles", "reserve_doi"),
    "private_article_reserve_handle": ("account.articles", "reserve_handle"),
    "private_article_resource": ("account.articles", "resource_create"),
    "private_article_update": ("account.articles", "update"),
    "private_article_upload_complete": ("account.articles", "upload_complete"),
    "private_article_upload_initiate": ("account.articles", "upload_initiate"),
    "private_articles_list": ("account.articles", "list"),
    "private_articles_search": ("account.articles", "search"),
    "private_author_details": ("account.authors", "details"),
    "private_authors_search": ("account.authors", "search"),
    "private_categories_list": ("account.categories", "list"),
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
    "private_collection_patch": ("account.collections", "partial_update"),
    "private_collection_private_link_create": ("account.collections", "private_link_create"),
    "private_collection_private_link_delete": ("account.collections", "private_link_delete"),
    "private_collection_private_link_details": ("account.collections", "private_link_details"),
    "private_collection_private_link_update": ("account.collections", "private_link_update"),
    "private_collection_private_links_list": ("account.collections", "private_links_list"),
    "private_collection_publish": ("account.collections", "publish"),
    "private_collection_reserve_doi": ("account.collections", "reserve_doi"),
    "private_collection_reserve_handle": ("account.collections", "reserve_handle"),
    "private_collection_resource": ("account.collections", "resource_create"),
    "private_collection_update": ("account.collections", "update"),
    "private_collections_list": ("account.collections", "list"),
    "private_collections_search": ("account.collections", "search"),
    "private_funding_search": ("account.funding", "search"),
    "account_group_custom_fields": ("account.groups", "custom_fields_list"),
    "account_institution_curation": ("account.institution", "review_details"),
    "account_institution_curations": ("account.institution", "reviews_list"),
    "custom_fields_list": ("account.institution", "custom_fields_list"),
    "custom_fields_upload": ("account.institution", "custom_field_items_upload"),
    "get_account_institution_curation_comments": ("account.institution", "review_comments_list"),
    "post_account_institution_curation_comments": ("account.institution", "review_comment_create"),
    "private_account_institution_user": ("account.institution", "user_details"),
    "private_group_embargo_options_details": ("account.institution", "group_embargo_options_list"),
    "private_institution_account": ("account.institution", "account_details"),
    "private_institution_account_group_role_delete": ("account.institution", "account_role_delete"),
    "private_institution_account_group_roles": ("account.institution", "account_roles_list"),
    "private_institution_account_group_roles_create": ("account.institution", "account_roles_create"),
    "private_institution_accounts_create": ("account.institution", "account_create"),
    "private_institution_accounts_list": ("account.institution", "accounts_list"),
    "private_institution_accounts_search": ("account.institution", "accounts_search"),
    "private_institution_accounts_update": ("account.institution", "account_update"),
    "private_institution_articles": ("account.institution", "articles_list"),
    "private_institution_details": ("account.institution", "details"),
    "private_institution_embargo_options_details": ("account.institution", "embargo_options_list"),
    "private_institution_groups_list": ("account.institution", "groups_list"),
    "private_institution_roles_list": ("account.institution", "roles_list"),
    "private_licenses_list": ("account.licenses", "list"),
    "update_user_profile": ("account.profile", "update"),
    "update_user_profile_picture": ("account.profile", "picture_update"),
    "private_project_article_delete": ("account.projects", "article_delete"),
    "private_project_article_details": ("account.projects", "article_details"),
    "private_project_article_file": ("account.projects", "article_file_details"),
    "private_project_article_files": ("account.projects", "article_files_list"),
    "private_project_articles_create": ("account.projects", "article_create"),
    "private_project_articles_list": ("account.projects", "articles_list"),
    "private_project_collaborator__Delete": ("account.projects", "collaborator_delete"),
    "private_project_collaborators_invite": ("account.projects", "collaborators_invite"),
    "private_project_collaborators_list": ("account.projects", "collaborators_list"),
    "private_project_create": ("account.projects", "create"),
    "private_project_delete": ("account.projects", "delete"),
    "private_project_details": ("account.projects", "details"),
    "private_project_leave": ("account.projects", "leave"),
    "private_project_note": ("account.projects", "note_details"),
    "private_project_note_delete": ("account.projects", "note_delete"),
    "private_project_note_update": ("account.projects", "note_update"),
    "private_project_notes_create": ("account.projects", "note_create"),
    "private_project_notes_list": ("account.projects", "notes_list"),
    "private_project_partial_update": ("account.projects", "partial_update"),
    "private_project_publish": ("account.projects", "publish"),
    "private_project_update": ("account.projects", "update"),
    "private_projects_list": ("account.projects", "list"),
    "private_projects_search": ("account.projects", "search"),
    "altmetric_institutions_list": ("altmetric", "institutions_list"),
    "article_details": ("articles", "details"),
    "article_file_details": ("articles", "file_details"),
    "article_files": ("articles", "files_list"),
    "article_version_confidentiality": ("articles", "version_confidentiality_details"),
    "article_version_details": ("articles", "version_details"),
    "article_version_embargo": ("articles", "version_embargo_details"),
    "article_version_files": ("articles", "version_files_list"),
    "article_versions": ("articles", "versions_list"),
    "articles_list": ("articles", "list"),
    "articles_search": ("articles", "search"),
    "public_article_download": ("articles", "download"),
    "public_article_version_download": ("articles", "version_download"),
    "categories_list": ("categories", "list"),
    "collection_articles": ("collections", "articles_list"),
    "collection_details": ("collections", "details"),
    "collection_version_details": ("collections", "version_details"),
    "collection_versions": ("collections", "versions_list"),
    "collections_list": ("collections", "list"),
    "collections_search": ("collections", "search"),
    "file_download": ("file", "download"),
    "institution_hrfeed_upload": ("institution", "hrfeed_upload"),
    "institution_articles": ("institutions", "articles_filter_by"),
    "item_types_list": ("item_types", "list"),
    "licenses_list": ("licenses", "list"),
    "project_articles": ("projects", "articles_list"),
    "project_details": ("projects", "details"),
    "projects_list": ("projects", "list"),
    "projects_search": ("projects", "search"),
    "symplectic_account_articles": ("symplectic", "account_articles_list"),
    "symplectic_accounts_ids": ("symplectic", "accounts_list"),
    "symplectic_article": ("symplectic", "article_details"),
    "symplectic_changed_articles": ("symplectic", "articles_list"),
    "symplectic_user_id": ("symplectic", "user_details"),
    "create_token": ("token", "create"),
    "get_token_info": ("token", "details"),
}
"""Where each operation id is: (resource path from the client, method name)."""


def operation(operation_id: str) -> Operation[Any]:
    """The `Operation` behind ``operation_id``: its method, path and parameters, and its success parser.

    Raises:
        KeyError: no operation has this id.
    """
    resource, _method = OPERATIONS[operation_id]
    module = importlib.import_module(f"{__name__}.{resource.replace('.', '_')}")
    found: Operation[Any] = getattr(module, f"_{operation_id}")
    return found
