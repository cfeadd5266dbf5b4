"""Every operation of the API as a typed method, grouped the way its URLs are (generator/facade.py).

Do not edit: regenerate with ``make generate``. Each resource is its own module, imported the first time it is
used. `OPERATIONS` maps every operation id to its resource and method.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

from figshare_api_v3.types import AsyncRequester, Operation, Requester

if TYPE_CHECKING:
    from figshare_api_v3.resources.account import AccountResource, AsyncAccountResource
    from figshare_api_v3.resources.altmetric import AltmetricResource, AsyncAltmetricResource
    from figshare_api_v3.resources.categories import AsyncCategoriesResource, CategoriesResource
    from figshare_api_v3.resources.collections import AsyncCollectionsResource, CollectionsResource
    from figshare_api_v3.resources.echo import AsyncEchoResource, EchoResource
    from figshare_api_v3.resources.file import AsyncFileResource, FileResource
    from figshare_api_v3.resources.institution import AsyncInstitutionResource, InstitutionResource
    from figshare_api_v3.resources.institutions import AsyncInstitutionsResource, InstitutionsResource
    from figshare_api_v3.resources.item_types import AsyncItemTypesResource, ItemTypesResource
    from figshare_api_v3.resources.items import AsyncItemsResource, ItemsResource
    from figshare_api_v3.resources.licences import AsyncLicencesResource, LicencesResource
    from figshare_api_v3.resources.projects import AsyncProjectsResource, ProjectsResource
    from figshare_api_v3.resources.readcube import AsyncReadcubeResource, ReadcubeResource
    from figshare_api_v3.resources.status import AsyncStatusResource, StatusResource
    from figshare_api_v3.resources.token import AsyncTokenResource, TokenResource
    from figshare_api_v3.resources.whoami import AsyncWhoamiResource, WhoamiResource


class Resources:
    """Every resource of the API (sync); each loads on first use."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def account(self) -> AccountResource:
        """Operations on ``account``."""
        from figshare_api_v3.resources.account import AccountResource

        return AccountResource(self._requester)

    @cached_property
    def altmetric(self) -> AltmetricResource:
        """Operations on ``altmetric``."""
        from figshare_api_v3.resources.altmetric import AltmetricResource

        return AltmetricResource(self._requester)

    @cached_property
    def categories(self) -> CategoriesResource:
        """Operations on ``categories``."""
        from figshare_api_v3.resources.categories import CategoriesResource

        return CategoriesResource(self._requester)

    @cached_property
    def collections(self) -> CollectionsResource:
        """Operations on ``collections``."""
        from figshare_api_v3.resources.collections import CollectionsResource

        return CollectionsResource(self._requester)

    @cached_property
    def echo(self) -> EchoResource:
        """Operations on ``echo``."""
        from figshare_api_v3.resources.echo import EchoResource

        return EchoResource(self._requester)

    @cached_property
    def file(self) -> FileResource:
        """Operations on ``file``."""
        from figshare_api_v3.resources.file import FileResource

        return FileResource(self._requester)

    @cached_property
    def institution(self) -> InstitutionResource:
        """Operations on ``institution``."""
        from figshare_api_v3.resources.institution import InstitutionResource

        return InstitutionResource(self._requester)

    @cached_property
    def institutions(self) -> InstitutionsResource:
        """Operations on ``institutions``."""
        from figshare_api_v3.resources.institutions import InstitutionsResource

        return InstitutionsResource(self._requester)

    @cached_property
    def item_types(self) -> ItemTypesResource:
        """Operations on ``item_types``."""
        from figshare_api_v3.resources.item_types import ItemTypesResource

        return ItemTypesResource(self._requester)

    @cached_property
    def items(self) -> ItemsResource:
        """Operations on ``items``."""
        from figshare_api_v3.resources.items import ItemsResource

        return ItemsResource(self._requester)

    @cached_property
    def licences(self) -> LicencesResource:
        """Operations on ``licences``."""
        from figshare_api_v3.resources.licences import LicencesResource

        return LicencesResource(self._requester)

    @cached_property
    def projects(self) -> ProjectsResource:
        """Operations on ``projects``."""
        from figshare_api_v3.resources.projects import ProjectsResource

        return ProjectsResource(self._requester)

    @cached_property
    def readcube(self) -> ReadcubeResource:
        """Operations on ``readcube``."""
        from figshare_api_v3.resources.readcube import ReadcubeResource

        return ReadcubeResource(self._requester)

    @cached_property
    def status(self) -> StatusResource:
        """Operations on ``status``."""
        from figshare_api_v3.resources.status import StatusResource

        return StatusResource(self._requester)

    @cached_property
    def token(self) -> TokenResource:
        """Operations on ``token``."""
        from figshare_api_v3.resources.token import TokenResource

        return TokenResource(self._requester)

    @cached_property
    def whoami(self) -> WhoamiResource:
        """Operations on ``whoami``."""
        from figshare_api_v3.resources.whoami import WhoamiResource

        return WhoamiResource(self._requester)


class AsyncResources:
    """Every resource of the API (async); each loads on first use."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def account(self) -> AsyncAccountResource:
        """Operations on ``account``."""
        from figshare_api_v3.resources.account import AsyncAccountResource

        return AsyncAccountResource(self._requester)

    @cached_property
    def altmetric(self) -> AsyncAltmetricResource:
        """Operations on ``altmetric``."""
        from figshare_api_v3.resources.altmetric import AsyncAltmetricResource

        return AsyncAltmetricResource(self._requester)

    @cached_property
    def categories(self) -> AsyncCategoriesResource:
        """Operations on ``categories``."""
        from figshare_api_v3.resources.categories import AsyncCategoriesResource

        return AsyncCategoriesResource(self._requester)

    @cached_property
    def collections(self) -> AsyncCollectionsResource:
        """Operations on ``collections``."""
        from figshare_api_v3.resources.collections import AsyncCollectionsResource

        return AsyncCollectionsResource(self._requester)

    @cached_property
    def echo(self) -> AsyncEchoResource:
        """Operations on ``echo``."""
        from figshare_api_v3.resources.echo import AsyncEchoResource

        return AsyncEchoResource(self._requester)

    @cached_property
    def file(self) -> AsyncFileResource:
        """Operations on ``file``."""
        from figshare_api_v3.resources.file import AsyncFileResource

        return AsyncFileResource(self._requester)

    @cached_property
    def institution(self) -> AsyncInstitutionResource:
        """Operations on ``institution``."""
        from figshare_api_v3.resources.institution import AsyncInstitutionResource

        return AsyncInstitutionResource(self._requester)

    @cached_property
    def institutions(self) -> AsyncInstitutionsResource:
        """Operations on ``institutions``."""
        from figshare_api_v3.resources.institutions import AsyncInstitutionsResource

        return AsyncInstitutionsResource(self._requester)

    @cached_property
    def item_types(self) -> AsyncItemTypesResource:
        """Operations on ``item_types``."""
        from figshare_api_v3.resources.item_types import AsyncItemTypesResource

        return AsyncItemTypesResource(self._requester)

    @cached_property
    def items(self) -> AsyncItemsResource:
        """Operations on ``items``."""
        from figshare_api_v3.resources.items import AsyncItemsResource

        return AsyncItemsResource(self._requester)

    @cached_property
    def licences(self) -> AsyncLicencesResource:
        """Operations on ``licences``."""
        from figshare_api_v3.resources.licences import AsyncLicencesResource

        return AsyncLicencesResource(self._requester)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """Operations on ``projects``."""
        from figshare_api_v3.resources.projects import AsyncProjectsResource

        return AsyncProjectsResource(self._requester)

    @cached_property
    def readcube(self) -> AsyncReadcubeResource:
        """Operations on ``readcube``."""
        from figshare_api_v3.resources.readcube import AsyncReadcubeResource

        return AsyncReadcubeResource(self._requester)

    @cached_property
    def status(self) -> AsyncStatusResource:
        """Operations on ``status``."""
        from figshare_api_v3.resources.status import AsyncStatusResource

        return AsyncStatusResource(self._requester)

    @cached_property
    def token(self) -> AsyncTokenResource:
        """Operations on ``token``."""
        from figshare_api_v3.resources.token import AsyncTokenResource

        return AsyncTokenResource(self._requester)

    @cached_property
    def whoami(self) -> AsyncWhoamiResource:
        """Operations on ``whoami``."""
        from figshare_api_v3.resources.whoami import AsyncWhoamiResource

        return AsyncWhoamiResource(self._requester)


OPERATIONS: dict[str, tuple[str, str]] = {
    "private_account": ("account", "details"),
    "private_author_details": ("account.authors", "details"),
    "private_authors_search": ("account.authors", "search"),
    "private_categories_list": ("account.categories", "list"),
    "collections_fields_catalog": ("account.collections", "fields_list"),
    "collections_fields_configuration": ("account.collections", "fields_configuration_details"),
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
    "account_institution_curation": ("account.institution", "review_details"),
    "account_institution_curations": ("account.institution", "reviews_list"),
    "account_institution_fields_upload": ("account.institution", "field_items_upload"),
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
    "private_institution_details": ("account.institution", "details"),
    "private_institution_embargo_options_details": ("account.institution", "embargo_options_list"),
    "private_institution_groups_list": ("account.institution", "groups_list"),
    "private_institution_items": ("account.institution", "items_list"),
    "private_institution_roles_list": ("account.institution", "roles_list"),
    "account_item_publish": ("account.items", "publish"),
    "account_item_report": ("account.items", "report"),
    "account_item_report_generate": ("account.items", "report_generate"),
    "account_item_unpublish": ("account.items", "unpublish"),
    "account_items_list": ("account.items", "list"),
    "account_items_search": ("account.items", "search"),
    "item_version_update_thumb": ("account.items", "version_update_thumb"),
    "items_fields_catalog": ("account.items", "fields_list"),
    "items_fields_configuration": ("account.items", "fields_configuration_details"),
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
    "private_item_private_link": ("account.items", "private_links_list"),
    "private_item_private_link_create": ("account.items", "private_link_create"),
    "private_item_private_link_delete": ("account.items", "private_link_delete"),
    "private_item_private_link_update": ("account.items", "private_link_update"),
    "private_item_reserve_doi": ("account.items", "reserve_doi"),
    "private_item_reserve_handle": ("account.items", "reserve_handle"),
    "private_item_resource": ("account.items", "resource_create"),
    "private_item_update": ("account.items", "update"),
    "private_item_upload_complete": ("account.items", "upload_complete"),
    "private_item_upload_initiate": ("account.items", "upload_initiate"),
    "private_item_version_partial_update": ("account.items", "version_partial_update"),
    "private_item_version_supplementary_field_delete": ("account.items", "version_supplementary_fields_delete"),
    "private_item_version_update": ("account.items", "version_update"),
    "private_licences_list": ("account.licences", "list"),
    "update_user_profile": ("account.profile", "update"),
    "update_user_profile_picture": ("account.profile", "picture_update"),
    "private_project_collaborator__Delete": ("account.projects", "collaborator_delete"),
    "private_project_collaborators_invite": ("account.projects", "collaborators_invite"),
    "private_project_collaborators_list": ("account.projects", "collaborators_list"),
    "private_project_create": ("account.projects", "create"),
    "private_project_delete": ("account.projects", "delete"),
    "private_project_details": ("account.projects", "details"),
    "private_project_item_delete": ("account.projects", "item_delete"),
    "private_project_item_details": ("account.projects", "item_details"),
    "private_project_item_file": ("account.projects", "item_file_details"),
    "private_project_item_files": ("account.projects", "item_files_list"),
    "private_project_items_create": ("account.projects", "item_create"),
    "private_project_items_list": ("account.projects", "items_list"),
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
    "projects_fields_catalog": ("account.projects", "fields_list"),
    "projects_fields_configuration": ("account.projects", "fields_configuration_details"),
    "altmetric_institutions_list": ("altmetric", "institutions_list"),
    "categories_list": ("categories", "list"),
    "collection_details": ("collections", "details"),
    "collection_items": ("collections", "items_list"),
    "collection_version_details": ("collections", "version_details"),
    "collection_versions": ("collections", "versions_list"),
    "collections_public_list": ("collections", "list"),
    "collections_public_search": ("collections", "search"),
    "echo": ("echo", "details"),
    "file_download": ("file", "download"),
    "institution_hrfeed_upload": ("institution", "hrfeed_upload"),
    "institution_create_submission_token": ("institutions", "group_submission_update"),
    "institution_items": ("institutions", "items_filter_by"),
    "item_types_list": ("item_types", "list"),
    "item_file_details": ("items", "file_details"),
    "item_files": ("items", "files_list"),
    "item_version_confidentiality": ("items", "version_confidentiality_details"),
    "item_version_details": ("items", "version_details"),
    "item_version_embargo": ("items", "version_embargo_details"),
    "item_version_files": ("items", "version_files_list"),
    "item_versions": ("items", "versions_list"),
    "items_public_list": ("items", "list"),
    "items_public_search": ("items", "search"),
    "public_item_details": ("items", "details"),
    "public_item_download": ("items", "download"),
    "public_item_version_download": ("items", "version_download"),
    "licences_list": ("licences", "list"),
    "project_details": ("projects", "details"),
    "project_items": ("projects", "items_list"),
    "projects_public_list": ("projects", "list"),
    "projects_public_search": ("projects", "search"),
    "readcube_add_cites": ("readcube", "create"),
    "status": ("status", "details"),
    "create_token": ("token", "create"),
    "get_token_info": ("token", "details"),
    "whoami": ("whoami", "details"),
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
