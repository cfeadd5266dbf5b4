"""Every model of the API, imported lazily on first use (generator/templates/models_init.py.jinja).

``from figshare_api_v3.models import Article`` imports only ``Article`` and the models it refers to, so that
importing the package stays cheap. Models that are the same in the v2 API are ``figshare_api``'s
own classes.
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
    from figshare_api.models.article_embargo_updater import ArticleEmbargoUpdater as ArticleEmbargoUpdater
    from figshare_api.models.article_embargo_updater_embargo_options_item import (
        ArticleEmbargoUpdaterEmbargoOptionsItem as ArticleEmbargoUpdaterEmbargoOptionsItem,
    )
    from figshare_api.models.article_embargo_updater_embargo_type import (
        ArticleEmbargoUpdaterEmbargoType as ArticleEmbargoUpdaterEmbargoType,
    )
    from figshare_api.models.article_project_create_custom_fields import (
        ArticleProjectCreateCustomFields as ArticleProjectCreateCustomFields,
    )
    from figshare_api.models.article_search import ArticleSearch as ArticleSearch
    from figshare_api.models.article_search_order import ArticleSearchOrder as ArticleSearchOrder
    from figshare_api.models.article_unpublish_data import ArticleUnpublishData as ArticleUnpublishData
    from figshare_api.models.article_version_update import ArticleVersionUpdate as ArticleVersionUpdate
    from figshare_api.models.article_version_update_internal_metadata import (
        ArticleVersionUpdateInternalMetadata as ArticleVersionUpdateInternalMetadata,
    )
    from figshare_api.models.article_version_update_supplementary_fields_item import (
        ArticleVersionUpdateSupplementaryFieldsItem as ArticleVersionUpdateSupplementaryFieldsItem,
    )
    from figshare_api.models.author import Author as Author
    from figshare_api.models.author_complete import AuthorComplete as AuthorComplete
    from figshare_api.models.author_input import AuthorInput as AuthorInput
    from figshare_api.models.authors_creator import AuthorsCreator as AuthorsCreator
    from figshare_api.models.categories_creator import CategoriesCreator as CategoriesCreator
    from figshare_api.models.category import Category as Category
    from figshare_api.models.category_list import CategoryList as CategoryList
    from figshare_api.models.collaborator import Collaborator as Collaborator
    from figshare_api.models.collection_complete_fields_type_0 import (
        CollectionCompleteFieldsType0 as CollectionCompleteFieldsType0,
    )
    from figshare_api.models.collection_complete_private_fields_type_0 import (
        CollectionCompletePrivateFieldsType0 as CollectionCompletePrivateFieldsType0,
    )
    from figshare_api.models.collection_doi import CollectionDOI as CollectionDOI
    from figshare_api.models.collection_handle import CollectionHandle as CollectionHandle
    from figshare_api.models.collection_private_link_creator import (
        CollectionPrivateLinkCreator as CollectionPrivateLinkCreator,
    )
    from figshare_api.models.collection_versions import CollectionVersions as CollectionVersions
    from figshare_api.models.common_search_order_direction import (
        CommonSearchOrderDirection as CommonSearchOrderDirection,
    )
    from figshare_api.models.confidentiality_creator import ConfidentialityCreator as ConfidentialityCreator
    from figshare_api.models.create_o_auth_token import CreateOAuthToken as CreateOAuthToken
    from figshare_api.models.create_o_auth_token_grant_type import (
        CreateOAuthTokenGrantType as CreateOAuthTokenGrantType,
    )
    from figshare_api.models.create_project_response import CreateProjectResponse as CreateProjectResponse
    from figshare_api.models.curation_comment import CurationComment as CurationComment
    from figshare_api.models.curation_comment_create import CurationCommentCreate as CurationCommentCreate
    from figshare_api.models.custom_article_field_add import CustomArticleFieldAdd as CustomArticleFieldAdd
    from figshare_api.models.custom_article_field_add_value_type_2 import (
        CustomArticleFieldAddValueType2 as CustomArticleFieldAddValueType2,
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
    from figshare_api.models.location import Location as Location
    from figshare_api.models.location_warnings import LocationWarnings as LocationWarnings
    from figshare_api.models.location_warnings_update import LocationWarningsUpdate as LocationWarningsUpdate
    from figshare_api.models.o_auth_token import OAuthToken as OAuthToken
    from figshare_api.models.private_authors_search import PrivateAuthorsSearch as PrivateAuthorsSearch
    from figshare_api.models.private_collections_list_order_direction import (
        PrivateCollectionsListOrderDirection as PrivateCollectionsListOrderDirection,
    )
    from figshare_api.models.private_file import PrivateFile as PrivateFile
    from figshare_api.models.private_link import PrivateLink as PrivateLink
    from figshare_api.models.private_link_creator import PrivateLinkCreator as PrivateLinkCreator
    from figshare_api.models.private_link_response import PrivateLinkResponse as PrivateLinkResponse
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
    from figshare_api.models.project_complete_fields_type_0 import (
        ProjectCompleteFieldsType0 as ProjectCompleteFieldsType0,
    )
    from figshare_api.models.project_complete_private_fields_type_0 import (
        ProjectCompletePrivateFieldsType0 as ProjectCompletePrivateFieldsType0,
    )
    from figshare_api.models.project_note import ProjectNote as ProjectNote
    from figshare_api.models.project_note_create import ProjectNoteCreate as ProjectNoteCreate
    from figshare_api.models.project_note_private import ProjectNotePrivate as ProjectNotePrivate
    from figshare_api.models.project_private import ProjectPrivate as ProjectPrivate
    from figshare_api.models.public_file import PublicFile as PublicFile
    from figshare_api.models.related_material import RelatedMaterial as RelatedMaterial
    from figshare_api.models.related_material_identifier_type import (
        RelatedMaterialIdentifierType as RelatedMaterialIdentifierType,
    )
    from figshare_api.models.related_material_relation import RelatedMaterialRelation as RelatedMaterialRelation
    from figshare_api.models.resource import Resource as Resource
    from figshare_api.models.response_message import ResponseMessage as ResponseMessage
    from figshare_api.models.role import Role as Role
    from figshare_api.models.short_account import ShortAccount as ShortAccount
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

    from figshare_api_v3.models.account_institution_fields_upload_body import (
        AccountInstitutionFieldsUploadBody as AccountInstitutionFieldsUploadBody,
    )
    from figshare_api_v3.models.account_institution_fields_upload_response_200 import (
        AccountInstitutionFieldsUploadResponse200 as AccountInstitutionFieldsUploadResponse200,
    )
    from figshare_api_v3.models.account_items_list_order import AccountItemsListOrder as AccountItemsListOrder
    from figshare_api_v3.models.account_items_list_order_direction import (
        AccountItemsListOrderDirection as AccountItemsListOrderDirection,
    )
    from figshare_api_v3.models.collection import Collection as Collection
    from figshare_api_v3.models.collection_complete import CollectionComplete as CollectionComplete
    from figshare_api_v3.models.collection_complete_private import (
        CollectionCompletePrivate as CollectionCompletePrivate,
    )
    from figshare_api_v3.models.collection_create import CollectionCreate as CollectionCreate
    from figshare_api_v3.models.collection_create_fields import CollectionCreateFields as CollectionCreateFields
    from figshare_api_v3.models.collection_update import CollectionUpdate as CollectionUpdate
    from figshare_api_v3.models.collection_update_fields import CollectionUpdateFields as CollectionUpdateFields
    from figshare_api_v3.models.collections_public_list_order import (
        CollectionsPublicListOrder as CollectionsPublicListOrder,
    )
    from figshare_api_v3.models.collections_public_list_order_direction import (
        CollectionsPublicListOrderDirection as CollectionsPublicListOrderDirection,
    )
    from figshare_api_v3.models.collections_search import CollectionsSearch as CollectionsSearch
    from figshare_api_v3.models.collections_search_order import CollectionsSearchOrder as CollectionsSearchOrder
    from figshare_api_v3.models.curation import Curation as Curation
    from figshare_api_v3.models.curation_detail import CurationDetail as CurationDetail
    from figshare_api_v3.models.echo_response_200 import EchoResponse200 as EchoResponse200
    from figshare_api_v3.models.institution_create_submission_token_response_200 import (
        InstitutionCreateSubmissionTokenResponse200 as InstitutionCreateSubmissionTokenResponse200,
    )
    from figshare_api_v3.models.item import Item as Item
    from figshare_api_v3.models.item_complete import ItemComplete as ItemComplete
    from figshare_api_v3.models.item_complete_fields_type_0 import ItemCompleteFieldsType0 as ItemCompleteFieldsType0
    from figshare_api_v3.models.item_complete_folder_structure_type_0 import (
        ItemCompleteFolderStructureType0 as ItemCompleteFolderStructureType0,
    )
    from figshare_api_v3.models.item_complete_private import ItemCompletePrivate as ItemCompletePrivate
    from figshare_api_v3.models.item_complete_private_fields_type_0 import (
        ItemCompletePrivateFieldsType0 as ItemCompletePrivateFieldsType0,
    )
    from figshare_api_v3.models.item_complete_private_folder_structure_type_0 import (
        ItemCompletePrivateFolderStructureType0 as ItemCompletePrivateFolderStructureType0,
    )
    from figshare_api_v3.models.item_confidentiality import ItemConfidentiality as ItemConfidentiality
    from figshare_api_v3.models.item_create import ItemCreate as ItemCreate
    from figshare_api_v3.models.item_create_fields import ItemCreateFields as ItemCreateFields
    from figshare_api_v3.models.item_doi import ItemDOI as ItemDOI
    from figshare_api_v3.models.item_embargo import ItemEmbargo as ItemEmbargo
    from figshare_api_v3.models.item_embargo_embargo_options_type_0_item import (
        ItemEmbargoEmbargoOptionsType0Item as ItemEmbargoEmbargoOptionsType0Item,
    )
    from figshare_api_v3.models.item_handle import ItemHandle as ItemHandle
    from figshare_api_v3.models.item_update import ItemUpdate as ItemUpdate
    from figshare_api_v3.models.item_update_fields import ItemUpdateFields as ItemUpdateFields
    from figshare_api_v3.models.item_versions import ItemVersions as ItemVersions
    from figshare_api_v3.models.item_with_project import ItemWithProject as ItemWithProject
    from figshare_api_v3.models.items_creator import ItemsCreator as ItemsCreator
    from figshare_api_v3.models.items_public_list_order import ItemsPublicListOrder as ItemsPublicListOrder
    from figshare_api_v3.models.items_public_list_order_direction import (
        ItemsPublicListOrderDirection as ItemsPublicListOrderDirection,
    )
    from figshare_api_v3.models.licence import Licence as Licence
    from figshare_api_v3.models.private_collections_list_order import (
        PrivateCollectionsListOrder as PrivateCollectionsListOrder,
    )
    from figshare_api_v3.models.private_institution_items_order import (
        PrivateInstitutionItemsOrder as PrivateInstitutionItemsOrder,
    )
    from figshare_api_v3.models.private_institution_items_order_direction import (
        PrivateInstitutionItemsOrderDirection as PrivateInstitutionItemsOrderDirection,
    )
    from figshare_api_v3.models.private_item_version_supplementary_field_delete_body import (
        PrivateItemVersionSupplementaryFieldDeleteBody as PrivateItemVersionSupplementaryFieldDeleteBody,
    )
    from figshare_api_v3.models.private_project_items_create_body import (
        PrivateProjectItemsCreateBody as PrivateProjectItemsCreateBody,
    )
    from figshare_api_v3.models.private_projects_list_order import PrivateProjectsListOrder as PrivateProjectsListOrder
    from figshare_api_v3.models.project_complete import ProjectComplete as ProjectComplete
    from figshare_api_v3.models.project_complete_private import ProjectCompletePrivate as ProjectCompletePrivate
    from figshare_api_v3.models.project_create import ProjectCreate as ProjectCreate
    from figshare_api_v3.models.project_create_fields import ProjectCreateFields as ProjectCreateFields
    from figshare_api_v3.models.project_update import ProjectUpdate as ProjectUpdate
    from figshare_api_v3.models.project_update_fields import ProjectUpdateFields as ProjectUpdateFields
    from figshare_api_v3.models.projects_public_list_order import ProjectsPublicListOrder as ProjectsPublicListOrder
    from figshare_api_v3.models.projects_public_list_order_direction import (
        ProjectsPublicListOrderDirection as ProjectsPublicListOrderDirection,
    )
    from figshare_api_v3.models.projects_search import ProjectsSearch as ProjectsSearch
    from figshare_api_v3.models.projects_search_order import ProjectsSearchOrder as ProjectsSearchOrder
    from figshare_api_v3.models.readcube_add_cites_body import ReadcubeAddCitesBody as ReadcubeAddCitesBody
    from figshare_api_v3.models.readcube_add_cites_body_figshare_articles_item import (
        ReadcubeAddCitesBodyFigshareArticlesItem as ReadcubeAddCitesBodyFigshareArticlesItem,
    )
    from figshare_api_v3.models.underlying_field import UnderlyingField as UnderlyingField
    from figshare_api_v3.models.underlying_field_settings_type_0 import (
        UnderlyingFieldSettingsType0 as UnderlyingFieldSettingsType0,
    )
    from figshare_api_v3.models.whoami_response_200 import WhoamiResponse200 as WhoamiResponse200

_MODULE_OF = {
    "Account": "figshare_api.models.account",
    "AccountCreate": "figshare_api.models.account_create",
    "AccountCreateResponse": "figshare_api.models.account_create_response",
    "AccountGroupRoles": "figshare_api.models.account_group_roles",
    "AccountGroupRolesCreate": "figshare_api.models.account_group_roles_create",
    "AccountInstitutionCurationsStatus": "figshare_api.models.account_institution_curations_status",
    "AccountInstitutionFieldsUploadBody": "figshare_api_v3.models.account_institution_fields_upload_body",
    "AccountInstitutionFieldsUploadResponse200": "figshare_api_v3.models.account_institution_fields_upload_response_200",
    "AccountItemsListOrder": "figshare_api_v3.models.account_items_list_order",
    "AccountItemsListOrderDirection": "figshare_api_v3.models.account_items_list_order_direction",
    "AccountReport": "figshare_api.models.account_report",
    "AccountUpdate": "figshare_api.models.account_update",
    "AltmetricInstitution": "figshare_api.models.altmetric_institution",
    "ArticleEmbargoUpdater": "figshare_api.models.article_embargo_updater",
    "ArticleEmbargoUpdaterEmbargoOptionsItem": "figshare_api.models.article_embargo_updater_embargo_options_item",
    "ArticleEmbargoUpdaterEmbargoType": "figshare_api.models.article_embargo_updater_embargo_type",
    "ArticleProjectCreateCustomFields": "figshare_api.models.article_project_create_custom_fields",
    "ArticleSearch": "figshare_api.models.article_search",
    "ArticleSearchOrder": "figshare_api.models.article_search_order",
    "ArticleUnpublishData": "figshare_api.models.article_unpublish_data",
    "ArticleVersionUpdate": "figshare_api.models.article_version_update",
    "ArticleVersionUpdateInternalMetadata": "figshare_api.models.article_version_update_internal_metadata",
    "ArticleVersionUpdateSupplementaryFieldsItem": "figshare_api.models.article_version_update_supplementary_fields_item",
    "Author": "figshare_api.models.author",
    "AuthorComplete": "figshare_api.models.author_complete",
    "AuthorInput": "figshare_api.models.author_input",
    "AuthorsCreator": "figshare_api.models.authors_creator",
    "CategoriesCreator": "figshare_api.models.categories_creator",
    "Category": "figshare_api.models.category",
    "CategoryList": "figshare_api.models.category_list",
    "Collaborator": "figshare_api.models.collaborator",
    "Collection": "figshare_api_v3.models.collection",
    "CollectionComplete": "figshare_api_v3.models.collection_complete",
    "CollectionCompleteFieldsType0": "figshare_api.models.collection_complete_fields_type_0",
    "CollectionCompletePrivate": "figshare_api_v3.models.collection_complete_private",
    "CollectionCompletePrivateFieldsType0": "figshare_api.models.collection_complete_private_fields_type_0",
    "CollectionCreate": "figshare_api_v3.models.collection_create",
    "CollectionCreateFields": "figshare_api_v3.models.collection_create_fields",
    "CollectionDOI": "figshare_api.models.collection_doi",
    "CollectionHandle": "figshare_api.models.collection_handle",
    "CollectionPrivateLinkCreator": "figshare_api.models.collection_private_link_creator",
    "CollectionUpdate": "figshare_api_v3.models.collection_update",
    "CollectionUpdateFields": "figshare_api_v3.models.collection_update_fields",
    "CollectionVersions": "figshare_api.models.collection_versions",
    "CollectionsPublicListOrder": "figshare_api_v3.models.collections_public_list_order",
    "CollectionsPublicListOrderDirection": "figshare_api_v3.models.collections_public_list_order_direction",
    "CollectionsSearch": "figshare_api_v3.models.collections_search",
    "CollectionsSearchOrder": "figshare_api_v3.models.collections_search_order",
    "CommonSearchOrderDirection": "figshare_api.models.common_search_order_direction",
    "ConfidentialityCreator": "figshare_api.models.confidentiality_creator",
    "CreateOAuthToken": "figshare_api.models.create_o_auth_token",
    "CreateOAuthTokenGrantType": "figshare_api.models.create_o_auth_token_grant_type",
    "CreateProjectResponse": "figshare_api.models.create_project_response",
    "Curation": "figshare_api_v3.models.curation",
    "CurationComment": "figshare_api.models.curation_comment",
    "CurationCommentCreate": "figshare_api.models.curation_comment_create",
    "CurationDetail": "figshare_api_v3.models.curation_detail",
    "CustomArticleFieldAdd": "figshare_api.models.custom_article_field_add",
    "CustomArticleFieldAddValueType2": "figshare_api.models.custom_article_field_add_value_type_2",
    "EchoResponse200": "figshare_api_v3.models.echo_response_200",
    "FileCreator": "figshare_api.models.file_creator",
    "FileId": "figshare_api.models.file_id",
    "FundingCreate": "figshare_api.models.funding_create",
    "FundingInformation": "figshare_api.models.funding_information",
    "FundingSearch": "figshare_api.models.funding_search",
    "Group": "figshare_api.models.group",
    "GroupEmbargoOptions": "figshare_api.models.group_embargo_options",
    "Institution": "figshare_api.models.institution",
    "InstitutionAccountsSearch": "figshare_api.models.institution_accounts_search",
    "InstitutionCreateSubmissionTokenResponse200": "figshare_api_v3.models.institution_create_submission_token_response_200",
    "InstitutionHrfeedUploadBody": "figshare_api.models.institution_hrfeed_upload_body",
    "Item": "figshare_api_v3.models.item",
    "ItemComplete": "figshare_api_v3.models.item_complete",
    "ItemCompleteFieldsType0": "figshare_api_v3.models.item_complete_fields_type_0",
    "ItemCompleteFolderStructureType0": "figshare_api_v3.models.item_complete_folder_structure_type_0",
    "ItemCompletePrivate": "figshare_api_v3.models.item_complete_private",
    "ItemCompletePrivateFieldsType0": "figshare_api_v3.models.item_complete_private_fields_type_0",
    "ItemCompletePrivateFolderStructureType0": "figshare_api_v3.models.item_complete_private_folder_structure_type_0",
    "ItemConfidentiality": "figshare_api_v3.models.item_confidentiality",
    "ItemCreate": "figshare_api_v3.models.item_create",
    "ItemCreateFields": "figshare_api_v3.models.item_create_fields",
    "ItemDOI": "figshare_api_v3.models.item_doi",
    "ItemEmbargo": "figshare_api_v3.models.item_embargo",
    "ItemEmbargoEmbargoOptionsType0Item": "figshare_api_v3.models.item_embargo_embargo_options_type_0_item",
    "ItemHandle": "figshare_api_v3.models.item_handle",
    "ItemType": "figshare_api.models.item_type",
    "ItemTypeField": "figshare_api.models.item_type_field",
    "ItemTypeFieldSettingsType0": "figshare_api.models.item_type_field_settings_type_0",
    "ItemUpdate": "figshare_api_v3.models.item_update",
    "ItemUpdateFields": "figshare_api_v3.models.item_update_fields",
    "ItemVersions": "figshare_api_v3.models.item_versions",
    "ItemWithProject": "figshare_api_v3.models.item_with_project",
    "ItemsCreator": "figshare_api_v3.models.items_creator",
    "ItemsPublicListOrder": "figshare_api_v3.models.items_public_list_order",
    "ItemsPublicListOrderDirection": "figshare_api_v3.models.items_public_list_order_direction",
    "Licence": "figshare_api_v3.models.licence",
    "Location": "figshare_api.models.location",
    "LocationWarnings": "figshare_api.models.location_warnings",
    "LocationWarningsUpdate": "figshare_api.models.location_warnings_update",
    "OAuthToken": "figshare_api.models.o_auth_token",
    "PrivateAuthorsSearch": "figshare_api.models.private_authors_search",
    "PrivateCollectionsListOrder": "figshare_api_v3.models.private_collections_list_order",
    "PrivateCollectionsListOrderDirection": "figshare_api.models.private_collections_list_order_direction",
    "PrivateFile": "figshare_api.models.private_file",
    "PrivateInstitutionItemsOrder": "figshare_api_v3.models.private_institution_items_order",
    "PrivateInstitutionItemsOrderDirection": "figshare_api_v3.models.private_institution_items_order_direction",
    "PrivateItemVersionSupplementaryFieldDeleteBody": "figshare_api_v3.models.private_item_version_supplementary_field_delete_body",
    "PrivateLink": "figshare_api.models.private_link",
    "PrivateLinkCreator": "figshare_api.models.private_link_creator",
    "PrivateLinkResponse": "figshare_api.models.private_link_response",
    "PrivateProjectItemsCreateBody": "figshare_api_v3.models.private_project_items_create_body",
    "PrivateProjectsListOrder": "figshare_api_v3.models.private_projects_list_order",
    "PrivateProjectsListOrderDirection": "figshare_api.models.private_projects_list_order_direction",
    "PrivateProjectsListStorage": "figshare_api.models.private_projects_list_storage",
    "ProfileUpdateData": "figshare_api.models.profile_update_data",
    "ProfileUpdateDataPersonalProfilesItem": "figshare_api.models.profile_update_data_personal_profiles_item",
    "Project": "figshare_api.models.project",
    "ProjectCollaborator": "figshare_api.models.project_collaborator",
    "ProjectCollaboratorInvite": "figshare_api.models.project_collaborator_invite",
    "ProjectCollaboratorInviteRoleName": "figshare_api.models.project_collaborator_invite_role_name",
    "ProjectComplete": "figshare_api_v3.models.project_complete",
    "ProjectCompleteFieldsType0": "figshare_api.models.project_complete_fields_type_0",
    "ProjectCompletePrivate": "figshare_api_v3.models.project_complete_private",
    "ProjectCompletePrivateFieldsType0": "figshare_api.models.project_complete_private_fields_type_0",
    "ProjectCreate": "figshare_api_v3.models.project_create",
    "ProjectCreateFields": "figshare_api_v3.models.project_create_fields",
    "ProjectNote": "figshare_api.models.project_note",
    "ProjectNoteCreate": "figshare_api.models.project_note_create",
    "ProjectNotePrivate": "figshare_api.models.project_note_private",
    "ProjectPrivate": "figshare_api.models.project_private",
    "ProjectUpdate": "figshare_api_v3.models.project_update",
    "ProjectUpdateFields": "figshare_api_v3.models.project_update_fields",
    "ProjectsPublicListOrder": "figshare_api_v3.models.projects_public_list_order",
    "ProjectsPublicListOrderDirection": "figshare_api_v3.models.projects_public_list_order_direction",
    "ProjectsSearch": "figshare_api_v3.models.projects_search",
    "ProjectsSearchOrder": "figshare_api_v3.models.projects_search_order",
    "PublicFile": "figshare_api.models.public_file",
    "ReadcubeAddCitesBody": "figshare_api_v3.models.readcube_add_cites_body",
    "ReadcubeAddCitesBodyFigshareArticlesItem": "figshare_api_v3.models.readcube_add_cites_body_figshare_articles_item",
    "RelatedMaterial": "figshare_api.models.related_material",
    "RelatedMaterialIdentifierType": "figshare_api.models.related_material_identifier_type",
    "RelatedMaterialRelation": "figshare_api.models.related_material_relation",
    "Resource": "figshare_api.models.resource",
    "ResponseMessage": "figshare_api.models.response_message",
    "Role": "figshare_api.models.role",
    "ShortAccount": "figshare_api.models.short_account",
    "TimelineUpdate": "figshare_api.models.timeline_update",
    "UnderlyingField": "figshare_api_v3.models.underlying_field",
    "UnderlyingFieldSettingsType0": "figshare_api_v3.models.underlying_field_settings_type_0",
    "UpdateUserProfilePictureBody": "figshare_api.models.update_user_profile_picture_body",
    "UpdateUserProfilePictureResponse200": "figshare_api.models.update_user_profile_picture_response_200",
    "UpdateUserProfileResponse200": "figshare_api.models.update_user_profile_response_200",
    "User": "figshare_api.models.user",
    "WhoamiResponse200": "figshare_api_v3.models.whoami_response_200",
}

__all__ = (
    "Account",
    "AccountCreate",
    "AccountCreateResponse",
    "AccountGroupRoles",
    "AccountGroupRolesCreate",
    "AccountInstitutionCurationsStatus",
    "AccountInstitutionFieldsUploadBody",
    "AccountInstitutionFieldsUploadResponse200",
    "AccountItemsListOrder",
    "AccountItemsListOrderDirection",
    "AccountReport",
    "AccountUpdate",
    "AltmetricInstitution",
    "ArticleEmbargoUpdater",
    "ArticleEmbargoUpdaterEmbargoOptionsItem",
    "ArticleEmbargoUpdaterEmbargoType",
    "ArticleProjectCreateCustomFields",
    "ArticleSearch",
    "ArticleSearchOrder",
    "ArticleUnpublishData",
    "ArticleVersionUpdate",
    "ArticleVersionUpdateInternalMetadata",
    "ArticleVersionUpdateSupplementaryFieldsItem",
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
    "CollectionCreateFields",
    "CollectionDOI",
    "CollectionHandle",
    "CollectionPrivateLinkCreator",
    "CollectionsPublicListOrder",
    "CollectionsPublicListOrderDirection",
    "CollectionsSearch",
    "CollectionsSearchOrder",
    "CollectionUpdate",
    "CollectionUpdateFields",
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
    "CustomArticleFieldAdd",
    "CustomArticleFieldAddValueType2",
    "EchoResponse200",
    "FileCreator",
    "FileId",
    "FundingCreate",
    "FundingInformation",
    "FundingSearch",
    "Group",
    "GroupEmbargoOptions",
    "Institution",
    "InstitutionAccountsSearch",
    "InstitutionCreateSubmissionTokenResponse200",
    "InstitutionHrfeedUploadBody",
    "Item",
    "ItemComplete",
    "ItemCompleteFieldsType0",
    "ItemCompleteFolderStructureType0",
    "ItemCompletePrivate",
    "ItemCompletePrivateFieldsType0",
    "ItemCompletePrivateFolderStructureType0",
    "ItemConfidentiality",
    "ItemCreate",
    "ItemCreateFields",
    "ItemDOI",
    "ItemEmbargo",
    "ItemEmbargoEmbargoOptionsType0Item",
    "ItemHandle",
    "ItemsCreator",
    "ItemsPublicListOrder",
    "ItemsPublicListOrderDirection",
    "ItemType",
    "ItemTypeField",
    "ItemTypeFieldSettingsType0",
    "ItemUpdate",
    "ItemUpdateFields",
    "ItemVersions",
    "ItemWithProject",
    "Licence",
    "Location",
    "LocationWarnings",
    "LocationWarningsUpdate",
    "OAuthToken",
    "PrivateAuthorsSearch",
    "PrivateCollectionsListOrder",
    "PrivateCollectionsListOrderDirection",
    "PrivateFile",
    "PrivateInstitutionItemsOrder",
    "PrivateInstitutionItemsOrderDirection",
    "PrivateItemVersionSupplementaryFieldDeleteBody",
    "PrivateLink",
    "PrivateLinkCreator",
    "PrivateLinkResponse",
    "PrivateProjectItemsCreateBody",
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
    "ProjectCreateFields",
    "ProjectNote",
    "ProjectNoteCreate",
    "ProjectNotePrivate",
    "ProjectPrivate",
    "ProjectsPublicListOrder",
    "ProjectsPublicListOrderDirection",
    "ProjectsSearch",
    "ProjectsSearchOrder",
    "ProjectUpdate",
    "ProjectUpdateFields",
    "PublicFile",
    "ReadcubeAddCitesBody",
    "ReadcubeAddCitesBodyFigshareArticlesItem",
    "RelatedMaterial",
    "RelatedMaterialIdentifierType",
    "RelatedMaterialRelation",
    "Resource",
    "ResponseMessage",
    "Role",
    "ShortAccount",
    "TimelineUpdate",
    "UnderlyingField",
    "UnderlyingFieldSettingsType0",
    "UpdateUserProfilePictureBody",
    "UpdateUserProfilePictureResponse200",
    "UpdateUserProfileResponse200",
    "User",
    "WhoamiResponse200",
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
