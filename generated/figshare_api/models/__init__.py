"""Every model of the API, imported lazily on first use (generator/templates/models_init.py.jinja).

``from figshare_api.models import Article`` imports only ``Article`` and the models it refers to, so that
importing the package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from figshare_api.models.account import Account as Account
    from figshare_api.models.account_create import AccountCreate as AccountCreate
    from figshare_api.models.account_create_response import AccountCreateResponse as AccountCreateResponse
    from figshare_api.models.account_group_roles import AccountGroupRoles as AccountGroupRoles
    from figshare_api.models.account_group_roles_create import AccountGroupRolesCreate as AccountGroupRolesCreate
    from figshare_api.models.account_institution_curations_status import (
        AccountInstitutionCurationsStatus as AccountInstitutionCurationsStatus,
    )
    from figshare_api.models.account_report import AccountReport as AccountReport
    from figshare_api.models.account_update import AccountUpdate as AccountUpdate
    from figshare_api.models.altmetric_institution import AltmetricInstitution as AltmetricInstitution
    from figshare_api.models.article import Article as Article
    from figshare_api.models.article_complete import ArticleComplete as ArticleComplete
    from figshare_api.models.article_complete_folder_structure_type_0 import (
        ArticleCompleteFolderStructureType0 as ArticleCompleteFolderStructureType0,
    )
    from figshare_api.models.article_complete_private import ArticleCompletePrivate as ArticleCompletePrivate
    from figshare_api.models.article_complete_private_folder_structure_type_0 import (
        ArticleCompletePrivateFolderStructureType0 as ArticleCompletePrivateFolderStructureType0,
    )
    from figshare_api.models.article_confidentiality import ArticleConfidentiality as ArticleConfidentiality
    from figshare_api.models.article_create import ArticleCreate as ArticleCreate
    from figshare_api.models.article_create_custom_fields import ArticleCreateCustomFields as ArticleCreateCustomFields
    from figshare_api.models.article_doi import ArticleDOI as ArticleDOI
    from figshare_api.models.article_embargo import ArticleEmbargo as ArticleEmbargo
    from figshare_api.models.article_embargo_embargo_options_type_0_item import (
        ArticleEmbargoEmbargoOptionsType0Item as ArticleEmbargoEmbargoOptionsType0Item,
    )
    from figshare_api.models.article_embargo_updater import ArticleEmbargoUpdater as ArticleEmbargoUpdater
    from figshare_api.models.article_embargo_updater_embargo_options_item import (
        ArticleEmbargoUpdaterEmbargoOptionsItem as ArticleEmbargoUpdaterEmbargoOptionsItem,
    )
    from figshare_api.models.article_embargo_updater_embargo_type import (
        ArticleEmbargoUpdaterEmbargoType as ArticleEmbargoUpdaterEmbargoType,
    )
    from figshare_api.models.article_handle import ArticleHandle as ArticleHandle
    from figshare_api.models.article_project_create import ArticleProjectCreate as ArticleProjectCreate
    from figshare_api.models.article_project_create_custom_fields import (
        ArticleProjectCreateCustomFields as ArticleProjectCreateCustomFields,
    )
    from figshare_api.models.article_search import ArticleSearch as ArticleSearch
    from figshare_api.models.article_search_order import ArticleSearchOrder as ArticleSearchOrder
    from figshare_api.models.article_unpublish_data import ArticleUnpublishData as ArticleUnpublishData
    from figshare_api.models.article_update import ArticleUpdate as ArticleUpdate
    from figshare_api.models.article_update_custom_fields import ArticleUpdateCustomFields as ArticleUpdateCustomFields
    from figshare_api.models.article_version_update import ArticleVersionUpdate as ArticleVersionUpdate
    from figshare_api.models.article_version_update_internal_metadata import (
        ArticleVersionUpdateInternalMetadata as ArticleVersionUpdateInternalMetadata,
    )
    from figshare_api.models.article_version_update_supplementary_fields_item import (
        ArticleVersionUpdateSupplementaryFieldsItem as ArticleVersionUpdateSupplementaryFieldsItem,
    )
    from figshare_api.models.article_versions import ArticleVersions as ArticleVersions
    from figshare_api.models.article_with_project import ArticleWithProject as ArticleWithProject
    from figshare_api.models.articles_creator import ArticlesCreator as ArticlesCreator
    from figshare_api.models.articles_list_order import ArticlesListOrder as ArticlesListOrder
    from figshare_api.models.articles_list_order_direction import (
        ArticlesListOrderDirection as ArticlesListOrderDirection,
    )
    from figshare_api.models.author import Author as Author
    from figshare_api.models.author_complete import AuthorComplete as AuthorComplete
    from figshare_api.models.author_input import AuthorInput as AuthorInput
    from figshare_api.models.authors_creator import AuthorsCreator as AuthorsCreator
    from figshare_api.models.categories_creator import CategoriesCreator as CategoriesCreator
    from figshare_api.models.category import Category as Category
    from figshare_api.models.category_list import CategoryList as CategoryList
    from figshare_api.models.collaborator import Collaborator as Collaborator
    from figshare_api.models.collection import Collection as Collection
    from figshare_api.models.collection_complete import CollectionComplete as CollectionComplete
    from figshare_api.models.collection_complete_fields_type_0 import (
        CollectionCompleteFieldsType0 as CollectionCompleteFieldsType0,
    )
    from figshare_api.models.collection_complete_private import CollectionCompletePrivate as CollectionCompletePrivate
    from figshare_api.models.collection_complete_private_fields_type_0 import (
        CollectionCompletePrivateFieldsType0 as CollectionCompletePrivateFieldsType0,
    )
    from figshare_api.models.collection_create import CollectionCreate as CollectionCreate
    from figshare_api.models.collection_create_custom_fields import (
        CollectionCreateCustomFields as CollectionCreateCustomFields,
    )
    from figshare_api.models.collection_create_fields import CollectionCreateFields as CollectionCreateFields
    from figshare_api.models.collection_doi import CollectionDOI as CollectionDOI
    from figshare_api.models.collection_handle import CollectionHandle as CollectionHandle
    from figshare_api.models.collection_private_link_creator import (
        CollectionPrivateLinkCreator as CollectionPrivateLinkCreator,
    )
    from figshare_api.models.collection_search import CollectionSearch as CollectionSearch
    from figshare_api.models.collection_search_order import CollectionSearchOrder as CollectionSearchOrder
    from figshare_api.models.collection_update import CollectionUpdate as CollectionUpdate
    from figshare_api.models.collection_update_custom_fields import (
        CollectionUpdateCustomFields as CollectionUpdateCustomFields,
    )
    from figshare_api.models.collection_versions import CollectionVersions as CollectionVersions
    from figshare_api.models.collections_list_order import CollectionsListOrder as CollectionsListOrder
    from figshare_api.models.collections_list_order_direction import (
        CollectionsListOrderDirection as CollectionsListOrderDirection,
    )
    from figshare_api.models.common_search_order_direction import (
        CommonSearchOrderDirection as CommonSearchOrderDirection,
    )
    from figshare_api.models.confidentiality_creator import ConfidentialityCreator as ConfidentialityCreator
    from figshare_api.models.create_o_auth_token import CreateOAuthToken as CreateOAuthToken
    from figshare_api.models.create_o_auth_token_grant_type import (
        CreateOAuthTokenGrantType as CreateOAuthTokenGrantType,
    )
    from figshare_api.models.create_project_response import CreateProjectResponse as CreateProjectResponse
    from figshare_api.models.curation import Curation as Curation
    from figshare_api.models.curation_comment import CurationComment as CurationComment
    from figshare_api.models.curation_comment_create import CurationCommentCreate as CurationCommentCreate
    from figshare_api.models.curation_detail import CurationDetail as CurationDetail
    from figshare_api.models.custom_article_field import CustomArticleField as CustomArticleField
    from figshare_api.models.custom_article_field_add import CustomArticleFieldAdd as CustomArticleFieldAdd
    from figshare_api.models.custom_article_field_add_value_type_2 import (
        CustomArticleFieldAddValueType2 as CustomArticleFieldAddValueType2,
    )
    from figshare_api.models.custom_article_field_settings_type_0 import (
        CustomArticleFieldSettingsType0 as CustomArticleFieldSettingsType0,
    )
    from figshare_api.models.custom_fields_upload_body import CustomFieldsUploadBody as CustomFieldsUploadBody
    from figshare_api.models.custom_fields_upload_response_200 import (
        CustomFieldsUploadResponse200 as CustomFieldsUploadResponse200,
    )
    from figshare_api.models.file_creator import FileCreator as FileCreator
    from figshare_api.models.file_id import FileId as FileId
    from figshare_api.models.funding_create import FundingCreate as FundingCreate
    from figshare_api.models.funding_information import FundingInformation as FundingInformation
    from figshare_api.models.funding_search import FundingSearch as FundingSearch
    from figshare_api.models.group import Group as Group
    from figshare_api.models.group_embargo_options import GroupEmbargoOptions as GroupEmbargoOptions
    from figshare_api.models.institution import Institution as Institution
    from figshare_api.models.institution_accounts_search import InstitutionAccountsSearch as InstitutionAccountsSearch
    from figshare_api.models.institution_hrfeed_upload_body import (
        InstitutionHrfeedUploadBody as InstitutionHrfeedUploadBody,
    )
    from figshare_api.models.item_type import ItemType as ItemType
    from figshare_api.models.item_type_field import ItemTypeField as ItemTypeField
    from figshare_api.models.item_type_field_settings_type_0 import (
        ItemTypeFieldSettingsType0 as ItemTypeFieldSettingsType0,
    )
    from figshare_api.models.license_ import License as License
    from figshare_api.models.location import Location as Location
    from figshare_api.models.location_warnings import LocationWarnings as LocationWarnings
    from figshare_api.models.location_warnings_update import LocationWarningsUpdate as LocationWarningsUpdate
    from figshare_api.models.o_auth_token import OAuthToken as OAuthToken
    from figshare_api.models.private_article_search import PrivateArticleSearch as PrivateArticleSearch
    from figshare_api.models.private_authors_search import PrivateAuthorsSearch as PrivateAuthorsSearch
    from figshare_api.models.private_collection_search import PrivateCollectionSearch as PrivateCollectionSearch
    from figshare_api.models.private_collections_list_order import (
        PrivateCollectionsListOrder as PrivateCollectionsListOrder,
    )
    from figshare_api.models.private_collections_list_order_direction import (
        PrivateCollectionsListOrderDirection as PrivateCollectionsListOrderDirection,
    )
    from figshare_api.models.private_file import PrivateFile as PrivateFile
    from figshare_api.models.private_institution_articles_order import (
        PrivateInstitutionArticlesOrder as PrivateInstitutionArticlesOrder,
    )
    from figshare_api.models.private_institution_articles_order_direction import (
        PrivateInstitutionArticlesOrderDirection as PrivateInstitutionArticlesOrderDirection,
    )
    from figshare_api.models.private_link import PrivateLink as PrivateLink
    from figshare_api.models.private_link_creator import PrivateLinkCreator as PrivateLinkCreator
    from figshare_api.models.private_link_response import PrivateLinkResponse as PrivateLinkResponse
    from figshare_api.models.private_projects_list_order import PrivateProjectsListOrder as PrivateProjectsListOrder
    from figshare_api.models.private_projects_list_order_direction import (
        PrivateProjectsListOrderDirection as PrivateProjectsListOrderDirection,
    )
    from figshare_api.models.private_projects_list_storage import (
        PrivateProjectsListStorage as PrivateProjectsListStorage,
    )
    from figshare_api.models.profile_update_data import ProfileUpdateData as ProfileUpdateData
    from figshare_api.models.profile_update_data_personal_profiles_item import (
        ProfileUpdateDataPersonalProfilesItem as ProfileUpdateDataPersonalProfilesItem,
    )
    from figshare_api.models.project import Project as Project
    from figshare_api.models.project_collaborator import ProjectCollaborator as ProjectCollaborator
    from figshare_api.models.project_collaborator_invite import ProjectCollaboratorInvite as ProjectCollaboratorInvite
    from figshare_api.models.project_collaborator_invite_role_name import (
        ProjectCollaboratorInviteRoleName as ProjectCollaboratorInviteRoleName,
    )
    from figshare_api.models.project_complete import ProjectComplete as ProjectComplete
    from figshare_api.models.project_complete_fields_type_0 import (
        ProjectCompleteFieldsType0 as ProjectCompleteFieldsType0,
    )
    from figshare_api.models.project_complete_private import ProjectCompletePrivate as ProjectCompletePrivate
    from figshare_api.models.project_complete_private_fields_type_0 import (
        ProjectCompletePrivateFieldsType0 as ProjectCompletePrivateFieldsType0,
    )
    from figshare_api.models.project_create import ProjectCreate as ProjectCreate
    from figshare_api.models.project_create_custom_fields import ProjectCreateCustomFields as ProjectCreateCustomFields
    from figshare_api.models.project_create_fields import ProjectCreateFields as ProjectCreateFields
    from figshare_api.models.project_note import ProjectNote as ProjectNote
    from figshare_api.models.project_note_create import ProjectNoteCreate as ProjectNoteCreate
    from figshare_api.models.project_note_private import ProjectNotePrivate as ProjectNotePrivate
    from figshare_api.models.project_private import ProjectPrivate as ProjectPrivate
    from figshare_api.models.project_update import ProjectUpdate as ProjectUpdate
    from figshare_api.models.project_update_custom_fields import ProjectUpdateCustomFields as ProjectUpdateCustomFields
    from figshare_api.models.projects_list_order import ProjectsListOrder as ProjectsListOrder
    from figshare_api.models.projects_list_order_direction import (
        ProjectsListOrderDirection as ProjectsListOrderDirection,
    )
    from figshare_api.models.projects_search import ProjectsSearch as ProjectsSearch
    from figshare_api.models.projects_search_order import ProjectsSearchOrder as ProjectsSearchOrder
    from figshare_api.models.public_file import PublicFile as PublicFile
    from figshare_api.models.related_material import RelatedMaterial as RelatedMaterial
    from figshare_api.models.related_material_identifier_type import (
        RelatedMaterialIdentifierType as RelatedMaterialIdentifierType,
    )
    from figshare_api.models.related_material_relation import RelatedMaterialRelation as RelatedMaterialRelation
    from figshare_api.models.related_material_response import RelatedMaterialResponse as RelatedMaterialResponse
    from figshare_api.models.resource import Resource as Resource
    from figshare_api.models.response_message import ResponseMessage as ResponseMessage
    from figshare_api.models.role import Role as Role
    from figshare_api.models.short_account import ShortAccount as ShortAccount
    from figshare_api.models.short_custom_field import ShortCustomField as ShortCustomField
    from figshare_api.models.short_custom_field_settings_type_0 import (
        ShortCustomFieldSettingsType0 as ShortCustomFieldSettingsType0,
    )
    from figshare_api.models.symplectic_account_articles_is_embargoed import (
        SymplecticAccountArticlesIsEmbargoed as SymplecticAccountArticlesIsEmbargoed,
    )
    from figshare_api.models.symplectic_account_articles_response_200_item import (
        SymplecticAccountArticlesResponse200Item as SymplecticAccountArticlesResponse200Item,
    )
    from figshare_api.models.symplectic_account_articles_status import (
        SymplecticAccountArticlesStatus as SymplecticAccountArticlesStatus,
    )
    from figshare_api.models.symplectic_accounts_ids_response_200_item import (
        SymplecticAccountsIdsResponse200Item as SymplecticAccountsIdsResponse200Item,
    )
    from figshare_api.models.symplectic_article_response_200 import (
        SymplecticArticleResponse200 as SymplecticArticleResponse200,
    )
    from figshare_api.models.symplectic_changed_articles_is_embargoed import (
        SymplecticChangedArticlesIsEmbargoed as SymplecticChangedArticlesIsEmbargoed,
    )
    from figshare_api.models.symplectic_changed_articles_response_200_item import (
        SymplecticChangedArticlesResponse200Item as SymplecticChangedArticlesResponse200Item,
    )
    from figshare_api.models.symplectic_changed_articles_status import (
        SymplecticChangedArticlesStatus as SymplecticChangedArticlesStatus,
    )
    from figshare_api.models.symplectic_user_id_response_200 import (
        SymplecticUserIdResponse200 as SymplecticUserIdResponse200,
    )
    from figshare_api.models.timeline import Timeline as Timeline
    from figshare_api.models.timeline_update import TimelineUpdate as TimelineUpdate
    from figshare_api.models.update_user_profile_picture_body import (
        UpdateUserProfilePictureBody as UpdateUserProfilePictureBody,
    )
    from figshare_api.models.update_user_profile_picture_response_200 import (
        UpdateUserProfilePictureResponse200 as UpdateUserProfilePictureResponse200,
    )
    from figshare_api.models.update_user_profile_response_200 import (
        UpdateUserProfileResponse200 as UpdateUserProfileResponse200,
    )
    from figshare_api.models.user import User as User

_MODULE_OF = {
    "Account": "figshare_api.models.account",
    "AccountCreate": "figshare_api.models.account_create",
    "AccountCreateResponse": "figshare_api.models.account_create_response",
    "AccountGroupRoles": "figshare_api.models.account_group_roles",
    "AccountGroupRolesCreate": "figshare_api.models.account_group_roles_create",
    "AccountInstitutionCurationsStatus": "figshare_api.models.account_institution_curations_status",
    "AccountReport": "figshare_api.models.account_report",
    "AccountUpdate": "figshare_api.models.account_update",
    "AltmetricInstitution": "figshare_api.models.altmetric_institution",
    "Article": "figshare_api.models.article",
    "ArticleComplete": "figshare_api.models.article_complete",
    "ArticleCompleteFolderStructureType0": "figshare_api.models.article_complete_folder_structure_type_0",
    "ArticleCompletePrivate": "figshare_api.models.article_complete_private",
    "ArticleCompletePrivateFolderStructureType0": "figshare_api.models.article_complete_private_folder_structure_type_0",
    "ArticleConfidentiality": "figshare_api.models.article_confidentiality",
    "ArticleCreate": "figshare_api.models.article_create",
    "ArticleCreateCustomFields": "figshare_api.models.article_create_custom_fields",
    "ArticleDOI": "figshare_api.models.article_doi",
    "ArticleEmbargo": "figshare_api.models.article_embargo",
    "ArticleEmbargoEmbargoOptionsType0Item": "figshare_api.models.article_embargo_embargo_options_type_0_item",
    "ArticleEmbargoUpdater": "figshare_api.models.article_embargo_updater",
    "ArticleEmbargoUpdaterEmbargoOptionsItem": "figshare_api.models.article_embargo_updater_embargo_options_item",
    "ArticleEmbargoUpdaterEmbargoType": "figshare_api.models.article_embargo_updater_embargo_type",
    "ArticleHandle": "figshare_api.models.article_handle",
    "ArticleProjectCreate": "figshare_api.models.article_project_create",
    "ArticleProjectCreateCustomFields": "figshare_api.models.article_project_create_custom_fields",
    "ArticleSearch": "figshare_api.models.article_search",
    "ArticleSearchOrder": "figshare_api.models.article_search_order",
    "ArticleUnpublishData": "figshare_api.models.article_unpublish_data",
    "ArticleUpdate": "figshare_api.models.article_update",
    "ArticleUpdateCustomFields": "figshare_api.models.article_update_custom_fields",
    "ArticleVersionUpdate": "figshare_api.models.article_version_update",
    "ArticleVersionUpdateInternalMetadata": "figshare_api.models.article_version_update_internal_metadata",
    "ArticleVersionUpdateSupplementaryFieldsItem": "figshare_api.models.article_version_update_supplementary_fields_item",
    "ArticleVersions": "figshare_api.models.article_versions",
    "ArticleWithProject": "figshare_api.models.article_with_project",
    "ArticlesCreator": "figshare_api.models.articles_creator",
    "ArticlesListOrder": "figshare_api.models.articles_list_order",
    "ArticlesListOrderDirection": "figshare_api.models.articles_list_order_direction",
    "Author": "figshare_api.models.author",
    "AuthorComplete": "figshare_api.models.author_complete",
    "AuthorInput": "figshare_api.models.author_input",
    "AuthorsCreator": "figshare_api.models.authors_creator",
    "CategoriesCreator": "figshare_api.models.categories_creator",
    "Category": "figshare_api.models.category",
    "CategoryList": "figshare_api.models.category_list",
    "Collaborator": "figshare_api.models.collaborator",
    "Collection": "figshare_api.models.collection",
    "CollectionComplete": "figshare_api.models.collection_complete",
    "CollectionCompleteFieldsType0": "figshare_api.models.collection_complete_fields_type_0",
    "CollectionCompletePrivate": "figshare_api.models.collection_complete_private",
    "CollectionCompletePrivateFieldsType0": "figshare_api.models.collection_complete_private_fields_type_0",
    "CollectionCreate": "figshare_api.models.collection_create",
    "CollectionCreateCustomFields": "figshare_api.models.collection_create_custom_fields",
    "CollectionCreateFields": "figshare_api.models.collection_create_fields",
    "CollectionDOI": "figshare_api.models.collection_doi",
    "CollectionHandle": "figshare_api.models.collection_handle",
    "CollectionPrivateLinkCreator": "figshare_api.models.collection_private_link_creator",
    "CollectionSearch": "figshare_api.models.collection_search",
    "CollectionSearchOrder": "figshare_api.models.collection_search_order",
    "CollectionUpdate": "figshare_api.models.collection_update",
    "CollectionUpdateCustomFields": "figshare_api.models.collection_update_custom_fields",
    "CollectionVersions": "figshare_api.models.collection_versions",
    "CollectionsListOrder": "figshare_api.models.collections_list_order",
    "CollectionsListOrderDirection": "figshare_api.models.collections_list_order_direction",
    "CommonSearchOrderDirection": "figshare_api.models.common_search_order_direction",
    "ConfidentialityCreator": "figshare_api.models.confidentiality_creator",
    "CreateOAuthToken": "figshare_api.models.create_o_auth_token",
    "CreateOAuthTokenGrantType": "figshare_api.models.create_o_auth_token_grant_type",
    "CreateProjectResponse": "figshare_api.models.create_project_response",
    "Curation": "figshare_api.models.curation",
    "CurationComment": "figshare_api.models.curation_comment",
    "CurationCommentCreate": "figshare_api.models.curation_comment_create",
    "CurationDetail": "figshare_api.models.curation_detail",
    "CustomArticleField": "figshare_api.models.custom_article_field",
    "CustomArticleFieldAdd": "figshare_api.models.custom_article_field_add",
    "CustomArticleFieldAddValueType2": "figshare_api.models.custom_article_field_add_value_type_2",
    "CustomArticleFieldSettingsType0": "figshare_api.models.custom_article_field_settings_type_0",
    "CustomFieldsUploadBody": "figshare_api.models.custom_fields_upload_body",
    "CustomFieldsUploadResponse200": "figshare_api.models.custom_fields_upload_response_200",
    "FileCreator": "figshare_api.models.file_creator",
    "FileId": "figshare_api.models.file_id",
    "FundingCreate": "figshare_api.models.funding_create",
    "FundingInformation": "figshare_api.models.funding_information",
    "FundingSearch": "figshare_api.models.funding_search",
    "Group": "figshare_api.models.group",
    "GroupEmbargoOptions": "figshare_api.models.group_embargo_options",
    "Institution": "figshare_api.models.institution",
    "InstitutionAccountsSearch": "figshare_api.models.institution_accounts_search",
    "InstitutionHrfeedUploadBody": "figshare_api.models.institution_hrfeed_upload_body",
    "ItemType": "figshare_api.models.item_type",
    "ItemTypeField": "figshare_api.models.item_type_field",
    "ItemTypeFieldSettingsType0": "figshare_api.models.item_type_field_settings_type_0",
    "License": "figshare_api.models.license_",
    "Location": "figshare_api.models.location",
    "LocationWarnings": "figshare_api.models.location_warnings",
    "LocationWarningsUpdate": "figshare_api.models.location_warnings_update",
    "OAuthToken": "figshare_api.models.o_auth_token",
    "PrivateArticleSearch": "figshare_api.models.private_article_search",
    "PrivateAuthorsSearch": "figshare_api.models.private_authors_search",
    "PrivateCollectionSearch": "figshare_api.models.private_collection_search",
    "PrivateCollectionsListOrder": "figshare_api.models.private_collections_list_order",
    "PrivateCollectionsListOrderDirection": "figshare_api.models.private_collections_list_order_direction",
    "PrivateFile": "figshare_api.models.private_file",
    "PrivateInstitutionArticlesOrder": "figshare_api.models.private_institution_articles_order",
    "PrivateInstitutionArticlesOrderDirection": "figshare_api.models.private_institution_articles_order_direction",
    "PrivateLink": "figshare_api.models.private_link",
    "PrivateLinkCreator": "figshare_api.models.private_link_creator",
    "PrivateLinkResponse": "figshare_api.models.private_link_response",
    "PrivateProjectsListOrder": "figshare_api.models.private_projects_list_order",
    "PrivateProjectsListOrderDirection": "figshare_api.models.private_projects_list_order_direction",
    "PrivateProjectsListStorage": "figshare_api.models.private_projects_list_storage",
    "ProfileUpdateData": "figshare_api.models.profile_update_data",
    "ProfileUpdateDataPersonalProfilesItem": "figshare_api.models.profile_update_data_personal_profiles_item",
    "Project": "figshare_api.models.project",
    "ProjectCollaborator": "figshare_api.models.project_collaborator",
    "ProjectCollaboratorInvite": "figshare_api.models.project_collaborator_invite",
    "ProjectCollaboratorInviteRoleName": "figshare_api.models.project_collaborator_invite_role_name",
    "ProjectComplete": "figshare_api.models.project_complete",
    "ProjectCompleteFieldsType0": "figshare_api.models.project_complete_fields_type_0",
    "ProjectCompletePrivate": "figshare_api.models.project_complete_private",
    "ProjectCompletePrivateFieldsType0": "figshare_api.models.project_complete_private_fields_type_0",
    "ProjectCreate": "figshare_api.models.project_create",
    "ProjectCreateCustomFields": "figshare_api.models.project_create_custom_fields",
    "ProjectCreateFields": "figshare_api.models.project_create_fields",
    "ProjectNote": "figshare_api.models.project_note",
    "ProjectNoteCreate": "figshare_api.models.project_note_create",
    "ProjectNotePrivate": "figshare_api.models.project_note_private",
    "ProjectPrivate": "figshare_api.models.project_private",
    "ProjectUpdate": "figshare_api.models.project_update",
    "ProjectUpdateCustomFields": "figshare_api.models.project_update_custom_fields",
    "ProjectsListOrder": "figshare_api.models.projects_list_order",
    "ProjectsListOrderDirection": "figshare_api.models.projects_list_order_direction",
    "ProjectsSearch": "figshare_api.models.projects_search",
    "ProjectsSearchOrder": "figshare_api.models.projects_search_order",
    "PublicFile": "figshare_api.models.public_file",
    "RelatedMaterial": "figshare_api.models.related_material",
    "RelatedMaterialIdentifierType": "figshare_api.models.related_material_identifier_type",
    "RelatedMaterialRelation": "figshare_api.models.related_material_relation",
    "RelatedMaterialResponse": "figshare_api.models.related_material_response",
    "Resource": "figshare_api.models.resource",
    "ResponseMessage": "figshare_api.models.response_message",
    "Role": "figshare_api.models.role",
    "ShortAccount": "figshare_api.models.short_account",
    "ShortCustomField": "figshare_api.models.short_custom_field",
    "ShortCustomFieldSettingsType0": "figshare_api.models.short_custom_field_settings_type_0",
    "SymplecticAccountArticlesIsEmbargoed": "figshare_api.models.symplectic_account_articles_is_embargoed",
    "SymplecticAccountArticlesResponse200Item": "figshare_api.models.symplectic_account_articles_response_200_item",
    "SymplecticAccountArticlesStatus": "figshare_api.models.symplectic_account_articles_status",
    "SymplecticAccountsIdsResponse200Item": "figshare_api.models.symplectic_accounts_ids_response_200_item",
    "SymplecticArticleResponse200": "figshare_api.models.symplectic_article_response_200",
    "SymplecticChangedArticlesIsEmbargoed": "figshare_api.models.symplectic_changed_articles_is_embargoed",
    "SymplecticChangedArticlesResponse200Item": "figshare_api.models.symplectic_changed_articles_response_200_item",
    "SymplecticChangedArticlesStatus": "figshare_api.models.symplectic_changed_articles_status",
    "SymplecticUserIdResponse200": "figshare_api.models.symplectic_user_id_response_200",
    "Timeline": "figshare_api.models.timeline",
    "TimelineUpdate": "figshare_api.models.timeline_update",
    "UpdateUserProfilePictureBody": "figshare_api.models.update_user_profile_picture_body",
    "UpdateUserProfilePictureResponse200": "figshare_api.models.update_user_profile_picture_response_200",
    "UpdateUserProfileResponse200": "figshare_api.models.update_user_profile_response_200",
    "User": "figshare_api.models.user",
}

__all__ = (
    "Account",
    "AccountCreate",
    "AccountCreateResponse",
    "AccountGroupRoles",
    "AccountGroupRolesCreate",
    "AccountInstitutionCurationsStatus",
    "AccountReport",
    "AccountUpdate",
    "AltmetricInstitution",
    "Article",
    "ArticleComplete",
    "ArticleCompleteFolderStructureType0",
    "ArticleCompletePrivate",
    "ArticleCompletePrivateFolderStructureType0",
    "ArticleConfidentiality",
    "ArticleCreate",
    "ArticleCreateCustomFields",
    "ArticleDOI",
    "ArticleEmbargo",
    "ArticleEmbargoEmbargoOptionsType0Item",
    "ArticleEmbargoUpdater",
    "ArticleEmbargoUpdaterEmbargoOptionsItem",
    "ArticleEmbargoUpdaterEmbargoType",
    "ArticleHandle",
    "ArticleProjectCreate",
    "ArticleProjectCreateCustomFields",
    "ArticlesCreator",
    "ArticleSearch",
    "ArticleSearchOrder",
    "ArticlesListOrder",
    "ArticlesListOrderDirection",
    "ArticleUnpublishData",
    "ArticleUpdate",
    "ArticleUpdateCustomFields",
    "ArticleVersions",
    "ArticleVersionUpdate",
    "ArticleVersionUpdateInternalMetadata",
    "ArticleVersionUpdateSupplementaryFieldsItem",
    "ArticleWithProject",
    "Author",
    "AuthorComplete",
    "AuthorInput",
    "AuthorsCreator",
    "CategoriesCreator",
    "Category",
    "CategoryList",
    "Collaborator",
    "Collection",
    "CollectionComplete",
    "CollectionCompleteFieldsType0",
    "CollectionCompletePrivate",
    "CollectionCompletePrivateFieldsType0",
    "CollectionCreate",
    "CollectionCreateCustomFields",
    "CollectionCreateFields",
    "CollectionDOI",
    "CollectionHandle",
    "CollectionPrivateLinkCreator",
    "CollectionSearch",
    "CollectionSearchOrder",
    "CollectionsListOrder",
    "CollectionsListOrderDirection",
    "CollectionUpdate",
    "CollectionUpdateCustomFields",
    "CollectionVersions",
    "CommonSearchOrderDirection",
    "ConfidentialityCreator",
    "CreateOAuthToken",
    "CreateOAuthTokenGrantType",
    "CreateProjectResponse",
    "Curation",
    "CurationComment",
    "CurationCommentCreate",
    "CurationDetail",
    "CustomArticleField",
    "CustomArticleFieldAdd",
    "CustomArticleFieldAddValueType2",
    "CustomArticleFieldSettingsType0",
    "CustomFieldsUploadBody",
    "CustomFieldsUploadResponse200",
    "FileCreator",
    "FileId",
    "FundingCreate",
    "FundingInformation",
    "FundingSearch",
    "Group",
    "GroupEmbargoOptions",
    "Institution",
    "InstitutionAccountsSearch",
    "InstitutionHrfeedUploadBody",
    "ItemType",
    "ItemTypeField",
    "ItemTypeFieldSettingsType0",
    "License",
    "Location",
    "LocationWarnings",
    "LocationWarningsUpdate",
    "OAuthToken",
    "PrivateArticleSearch",
    "PrivateAuthorsSearch",
    "PrivateCollectionSearch",
    "PrivateCollectionsListOrder",
    "PrivateCollectionsListOrderDirection",
    "PrivateFile",
    "PrivateInstitutionArticlesOrder",
    "PrivateInstitutionArticlesOrderDirection",
    "PrivateLink",
    "PrivateLinkCreator",
    "PrivateLinkResponse",
    "PrivateProjectsListOrder",
    "PrivateProjectsListOrderDirection",
    "PrivateProjectsListStorage",
    "ProfileUpdateData",
    "ProfileUpdateDataPersonalProfilesItem",
    "Project",
    "ProjectCollaborator",
    "ProjectCollaboratorInvite",
    "ProjectCollaboratorInviteRoleName",
    "ProjectComplete",
    "ProjectCompleteFieldsType0",
    "ProjectCompletePrivate",
    "ProjectCompletePrivateFieldsType0",
    "ProjectCreate",
    "ProjectCreateCustomFields",
    "ProjectCreateFields",
    "ProjectNote",
    "ProjectNoteCreate",
    "ProjectNotePrivate",
    "ProjectPrivate",
    "ProjectsListOrder",
    "ProjectsListOrderDirection",
    "ProjectsSearch",
    "ProjectsSearchOrder",
    "ProjectUpdate",
    "ProjectUpdateCustomFields",
    "PublicFile",
    "RelatedMaterial",
    "RelatedMaterialIdentifierType",
    "RelatedMaterialRelation",
    "RelatedMaterialResponse",
    "Resource",
    "ResponseMessage",
    "Role",
    "ShortAccount",
    "ShortCustomField",
    "ShortCustomFieldSettingsType0",
    "SymplecticAccountArticlesIsEmbargoed",
    "SymplecticAccountArticlesResponse200Item",
    "SymplecticAccountArticlesStatus",
    "SymplecticAccountsIdsResponse200Item",
    "SymplecticArticleResponse200",
    "SymplecticChangedArticlesIsEmbargoed",
    "SymplecticChangedArticlesResponse200Item",
    "SymplecticChangedArticlesStatus",
    "SymplecticUserIdResponse200",
    "Timeline",
    "TimelineUpdate",
    "UpdateUserProfilePictureBody",
    "UpdateUserProfilePictureResponse200",
    "UpdateUserProfileResponse200",
    "User",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
