"""Contains all the data models used in inputs/outputs.

Models are imported lazily, on first attribute access, so that importing one operation module (or this
package) does not import every model: ``from figshare_api.models import Article`` imports only ``Article`` and
the models it refers to.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_create import AccountCreate
    from .account_create_response import AccountCreateResponse
    from .account_group_roles import AccountGroupRoles
    from .account_group_roles_create import AccountGroupRolesCreate
    from .account_institution_curations_status import AccountInstitutionCurationsStatus
    from .account_report import AccountReport
    from .account_update import AccountUpdate
    from .altmetric_institution import AltmetricInstitution
    from .article import Article
    from .article_complete import ArticleComplete
    from .article_complete_folder_structure_type_0 import ArticleCompleteFolderStructureType0
    from .article_complete_private import ArticleCompletePrivate
    from .article_complete_private_folder_structure_type_0 import ArticleCompletePrivateFolderStructureType0
    from .article_confidentiality import ArticleConfidentiality
    from .article_create import ArticleCreate
    from .article_create_custom_fields import ArticleCreateCustomFields
    from .article_doi import ArticleDOI
    from .article_embargo import ArticleEmbargo
    from .article_embargo_embargo_options_type_0_item import ArticleEmbargoEmbargoOptionsType0Item
    from .article_embargo_updater import ArticleEmbargoUpdater
    from .article_embargo_updater_embargo_options_item import ArticleEmbargoUpdaterEmbargoOptionsItem
    from .article_embargo_updater_embargo_type import ArticleEmbargoUpdaterEmbargoType
    from .article_handle import ArticleHandle
    from .article_project_create import ArticleProjectCreate
    from .article_project_create_custom_fields import ArticleProjectCreateCustomFields
    from .article_search import ArticleSearch
    from .article_search_order import ArticleSearchOrder
    from .article_unpublish_data import ArticleUnpublishData
    from .article_update import ArticleUpdate
    from .article_update_custom_fields import ArticleUpdateCustomFields
    from .article_version_update import ArticleVersionUpdate
    from .article_version_update_internal_metadata import ArticleVersionUpdateInternalMetadata
    from .article_version_update_supplementary_fields_item import ArticleVersionUpdateSupplementaryFieldsItem
    from .article_versions import ArticleVersions
    from .article_with_project import ArticleWithProject
    from .articles_creator import ArticlesCreator
    from .articles_list_order import ArticlesListOrder
    from .articles_list_order_direction import ArticlesListOrderDirection
    from .author import Author
    from .author_complete import AuthorComplete
    from .author_input import AuthorInput
    from .authors_creator import AuthorsCreator
    from .categories_creator import CategoriesCreator
    from .category import Category
    from .category_list import CategoryList
    from .collaborator import Collaborator
    from .collection import Collection
    from .collection_complete import CollectionComplete
    from .collection_complete_fields_type_0 import CollectionCompleteFieldsType0
    from .collection_complete_private import CollectionCompletePrivate
    from .collection_complete_private_fields_type_0 import CollectionCompletePrivateFieldsType0
    from .collection_create import CollectionCreate
    from .collection_create_custom_fields import CollectionCreateCustomFields
    from .collection_create_fields import CollectionCreateFields
    from .collection_doi import CollectionDOI
    from .collection_handle import CollectionHandle
    from .collection_private_link_creator import CollectionPrivateLinkCreator
    from .collection_search import CollectionSearch
    from .collection_search_order import CollectionSearchOrder
    from .collection_update import CollectionUpdate
    from .collection_update_custom_fields import CollectionUpdateCustomFields
    from .collection_versions import CollectionVersions
    from .collections_list_order import CollectionsListOrder
    from .collections_list_order_direction import CollectionsListOrderDirection
    from .common_search import CommonSearch
    from .common_search_order_direction import CommonSearchOrderDirection
    from .confidentiality_creator import ConfidentialityCreator
    from .create_o_auth_token import CreateOAuthToken
    from .create_o_auth_token_grant_type import CreateOAuthTokenGrantType
    from .create_project_response import CreateProjectResponse
    from .curation import Curation
    from .curation_comment import CurationComment
    from .curation_comment_create import CurationCommentCreate
    from .curation_detail import CurationDetail
    from .custom_article_field import CustomArticleField
    from .custom_article_field_add import CustomArticleFieldAdd
    from .custom_article_field_add_value_type_2 import CustomArticleFieldAddValueType2
    from .custom_article_field_settings_type_0 import CustomArticleFieldSettingsType0
    from .custom_fields_upload_body import CustomFieldsUploadBody
    from .custom_fields_upload_response_200 import CustomFieldsUploadResponse200
    from .error_message import ErrorMessage
    from .file_creator import FileCreator
    from .file_id import FileId
    from .funding_create import FundingCreate
    from .funding_information import FundingInformation
    from .funding_search import FundingSearch
    from .group import Group
    from .group_embargo_options import GroupEmbargoOptions
    from .institution import Institution
    from .institution_accounts_search import InstitutionAccountsSearch
    from .institution_hrfeed_upload_body import InstitutionHrfeedUploadBody
    from .item_complete import ItemComplete
    from .item_complete_fields import ItemCompleteFields
    from .item_complete_private import ItemCompletePrivate
    from .item_complete_private_fields import ItemCompletePrivateFields
    from .item_create import ItemCreate
    from .item_create_fields import ItemCreateFields
    from .item_type import ItemType
    from .item_type_field import ItemTypeField
    from .item_type_field_settings_type_0 import ItemTypeFieldSettingsType0
    from .item_update import ItemUpdate
    from .item_update_fields import ItemUpdateFields
    from .license_ import License
    from .location import Location
    from .location_warnings import LocationWarnings
    from .location_warnings_update import LocationWarningsUpdate
    from .metadata_timeline import MetadataTimeline
    from .o_auth_token import OAuthToken
    from .private_article_search import PrivateArticleSearch
    from .private_authors_search import PrivateAuthorsSearch
    from .private_collection_search import PrivateCollectionSearch
    from .private_collections_list_order import PrivateCollectionsListOrder
    from .private_collections_list_order_direction import PrivateCollectionsListOrderDirection
    from .private_file import PrivateFile
    from .private_institution_articles_order import PrivateInstitutionArticlesOrder
    from .private_institution_articles_order_direction import PrivateInstitutionArticlesOrderDirection
    from .private_link import PrivateLink
    from .private_link_creator import PrivateLinkCreator
    from .private_link_response import PrivateLinkResponse
    from .private_project_article import PrivateProjectArticle
    from .private_projects_list_order import PrivateProjectsListOrder
    from .private_projects_list_order_direction import PrivateProjectsListOrderDirection
    from .private_projects_list_storage import PrivateProjectsListStorage
    from .profile_update_data import ProfileUpdateData
    from .profile_update_data_personal_profiles_item import ProfileUpdateDataPersonalProfilesItem
    from .project import Project
    from .project_article import ProjectArticle
    from .project_collaborator import ProjectCollaborator
    from .project_collaborator_invite import ProjectCollaboratorInvite
    from .project_collaborator_invite_role_name import ProjectCollaboratorInviteRoleName
    from .project_complete import ProjectComplete
    from .project_complete_fields_type_0 import ProjectCompleteFieldsType0
    from .project_complete_private import ProjectCompletePrivate
    from .project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0
    from .project_create import ProjectCreate
    from .project_create_custom_fields import ProjectCreateCustomFields
    from .project_create_fields import ProjectCreateFields
    from .project_note import ProjectNote
    from .project_note_create import ProjectNoteCreate
    from .project_note_private import ProjectNotePrivate
    from .project_private import ProjectPrivate
    from .project_update import ProjectUpdate
    from .project_update_custom_fields import ProjectUpdateCustomFields
    from .projects_list_order import ProjectsListOrder
    from .projects_list_order_direction import ProjectsListOrderDirection
    from .projects_search import ProjectsSearch
    from .projects_search_order import ProjectsSearchOrder
    from .public_file import PublicFile
    from .related_material import RelatedMaterial
    from .related_material_identifier_type import RelatedMaterialIdentifierType
    from .related_material_relation import RelatedMaterialRelation
    from .related_material_response import RelatedMaterialResponse
    from .resource import Resource
    from .response_message import ResponseMessage
    from .role import Role
    from .short_account import ShortAccount
    from .short_custom_field import ShortCustomField
    from .short_custom_field_settings_type_0 import ShortCustomFieldSettingsType0
    from .symplectic_account_articles_is_embargoed import SymplecticAccountArticlesIsEmbargoed
    from .symplectic_account_articles_response_200_item import SymplecticAccountArticlesResponse200Item
    from .symplectic_account_articles_status import SymplecticAccountArticlesStatus
    from .symplectic_accounts_ids_response_200_item import SymplecticAccountsIdsResponse200Item
    from .symplectic_article_response_200 import SymplecticArticleResponse200
    from .symplectic_changed_articles_is_embargoed import SymplecticChangedArticlesIsEmbargoed
    from .symplectic_changed_articles_response_200_item import SymplecticChangedArticlesResponse200Item
    from .symplectic_changed_articles_status import SymplecticChangedArticlesStatus
    from .symplectic_user_id_response_200 import SymplecticUserIdResponse200
    from .timeline import Timeline
    from .timeline_update import TimelineUpdate
    from .timeline_update_response import TimelineUpdateResponse
    from .underlying_field import UnderlyingField
    from .underlying_field_internal_type import UnderlyingFieldInternalType
    from .underlying_field_settings import UnderlyingFieldSettings
    from .update_user_profile_picture_body import UpdateUserProfilePictureBody
    from .update_user_profile_picture_response_200 import UpdateUserProfilePictureResponse200
    from .update_user_profile_response_200 import UpdateUserProfileResponse200
    from .upload_file_part import UploadFilePart
    from .upload_file_part_status import UploadFilePartStatus
    from .upload_info import UploadInfo
    from .upload_info_status import UploadInfoStatus
    from .user import User

_MODULE_OF = {
    "Account": ".account",
    "AccountCreate": ".account_create",
    "AccountCreateResponse": ".account_create_response",
    "AccountGroupRoles": ".account_group_roles",
    "AccountGroupRolesCreate": ".account_group_roles_create",
    "AccountInstitutionCurationsStatus": ".account_institution_curations_status",
    "AccountReport": ".account_report",
    "AccountUpdate": ".account_update",
    "AltmetricInstitution": ".altmetric_institution",
    "Article": ".article",
    "ArticleComplete": ".article_complete",
    "ArticleCompleteFolderStructureType0": ".article_complete_folder_structure_type_0",
    "ArticleCompletePrivate": ".article_complete_private",
    "ArticleCompletePrivateFolderStructureType0": ".article_complete_private_folder_structure_type_0",
    "ArticleConfidentiality": ".article_confidentiality",
    "ArticleCreate": ".article_create",
    "ArticleCreateCustomFields": ".article_create_custom_fields",
    "ArticleDOI": ".article_doi",
    "ArticleEmbargo": ".article_embargo",
    "ArticleEmbargoEmbargoOptionsType0Item": ".article_embargo_embargo_options_type_0_item",
    "ArticleEmbargoUpdater": ".article_embargo_updater",
    "ArticleEmbargoUpdaterEmbargoOptionsItem": ".article_embargo_updater_embargo_options_item",
    "ArticleEmbargoUpdaterEmbargoType": ".article_embargo_updater_embargo_type",
    "ArticleHandle": ".article_handle",
    "ArticleProjectCreate": ".article_project_create",
    "ArticleProjectCreateCustomFields": ".article_project_create_custom_fields",
    "ArticleSearch": ".article_search",
    "ArticleSearchOrder": ".article_search_order",
    "ArticleUnpublishData": ".article_unpublish_data",
    "ArticleUpdate": ".article_update",
    "ArticleUpdateCustomFields": ".article_update_custom_fields",
    "ArticleVersionUpdate": ".article_version_update",
    "ArticleVersionUpdateInternalMetadata": ".article_version_update_internal_metadata",
    "ArticleVersionUpdateSupplementaryFieldsItem": ".article_version_update_supplementary_fields_item",
    "ArticleVersions": ".article_versions",
    "ArticleWithProject": ".article_with_project",
    "ArticlesCreator": ".articles_creator",
    "ArticlesListOrder": ".articles_list_order",
    "ArticlesListOrderDirection": ".articles_list_order_direction",
    "Author": ".author",
    "AuthorComplete": ".author_complete",
    "AuthorInput": ".author_input",
    "AuthorsCreator": ".authors_creator",
    "CategoriesCreator": ".categories_creator",
    "Category": ".category",
    "CategoryList": ".category_list",
    "Collaborator": ".collaborator",
    "Collection": ".collection",
    "CollectionComplete": ".collection_complete",
    "CollectionCompleteFieldsType0": ".collection_complete_fields_type_0",
    "CollectionCompletePrivate": ".collection_complete_private",
    "CollectionCompletePrivateFieldsType0": ".collection_complete_private_fields_type_0",
    "CollectionCreate": ".collection_create",
    "CollectionCreateCustomFields": ".collection_create_custom_fields",
    "CollectionCreateFields": ".collection_create_fields",
    "CollectionDOI": ".collection_doi",
    "CollectionHandle": ".collection_handle",
    "CollectionPrivateLinkCreator": ".collection_private_link_creator",
    "CollectionSearch": ".collection_search",
    "CollectionSearchOrder": ".collection_search_order",
    "CollectionUpdate": ".collection_update",
    "CollectionUpdateCustomFields": ".collection_update_custom_fields",
    "CollectionVersions": ".collection_versions",
    "CollectionsListOrder": ".collections_list_order",
    "CollectionsListOrderDirection": ".collections_list_order_direction",
    "CommonSearch": ".common_search",
    "CommonSearchOrderDirection": ".common_search_order_direction",
    "ConfidentialityCreator": ".confidentiality_creator",
    "CreateOAuthToken": ".create_o_auth_token",
    "CreateOAuthTokenGrantType": ".create_o_auth_token_grant_type",
    "CreateProjectResponse": ".create_project_response",
    "Curation": ".curation",
    "CurationComment": ".curation_comment",
    "CurationCommentCreate": ".curation_comment_create",
    "CurationDetail": ".curation_detail",
    "CustomArticleField": ".custom_article_field",
    "CustomArticleFieldAdd": ".custom_article_field_add",
    "CustomArticleFieldAddValueType2": ".custom_article_field_add_value_type_2",
    "CustomArticleFieldSettingsType0": ".custom_article_field_settings_type_0",
    "CustomFieldsUploadBody": ".custom_fields_upload_body",
    "CustomFieldsUploadResponse200": ".custom_fields_upload_response_200",
    "ErrorMessage": ".error_message",
    "FileCreator": ".file_creator",
    "FileId": ".file_id",
    "FundingCreate": ".funding_create",
    "FundingInformation": ".funding_information",
    "FundingSearch": ".funding_search",
    "Group": ".group",
    "GroupEmbargoOptions": ".group_embargo_options",
    "Institution": ".institution",
    "InstitutionAccountsSearch": ".institution_accounts_search",
    "InstitutionHrfeedUploadBody": ".institution_hrfeed_upload_body",
    "ItemComplete": ".item_complete",
    "ItemCompleteFields": ".item_complete_fields",
    "ItemCompletePrivate": ".item_complete_private",
    "ItemCompletePrivateFields": ".item_complete_private_fields",
    "ItemCreate": ".item_create",
    "ItemCreateFields": ".item_create_fields",
    "ItemType": ".item_type",
    "ItemTypeField": ".item_type_field",
    "ItemTypeFieldSettingsType0": ".item_type_field_settings_type_0",
    "ItemUpdate": ".item_update",
    "ItemUpdateFields": ".item_update_fields",
    "License": ".license_",
    "Location": ".location",
    "LocationWarnings": ".location_warnings",
    "LocationWarningsUpdate": ".location_warnings_update",
    "MetadataTimeline": ".metadata_timeline",
    "OAuthToken": ".o_auth_token",
    "PrivateArticleSearch": ".private_article_search",
    "PrivateAuthorsSearch": ".private_authors_search",
    "PrivateCollectionSearch": ".private_collection_search",
    "PrivateCollectionsListOrder": ".private_collections_list_order",
    "PrivateCollectionsListOrderDirection": ".private_collections_list_order_direction",
    "PrivateFile": ".private_file",
    "PrivateInstitutionArticlesOrder": ".private_institution_articles_order",
    "PrivateInstitutionArticlesOrderDirection": ".private_institution_articles_order_direction",
    "PrivateLink": ".private_link",
    "PrivateLinkCreator": ".private_link_creator",
    "PrivateLinkResponse": ".private_link_response",
    "PrivateProjectArticle": ".private_project_article",
    "PrivateProjectsListOrder": ".private_projects_list_order",
    "PrivateProjectsListOrderDirection": ".private_projects_list_order_direction",
    "PrivateProjectsListStorage": ".private_projects_list_storage",
    "ProfileUpdateData": ".profile_update_data",
    "ProfileUpdateDataPersonalProfilesItem": ".profile_update_data_personal_profiles_item",
    "Project": ".project",
    "ProjectArticle": ".project_article",
    "ProjectCollaborator": ".project_collaborator",
    "ProjectCollaboratorInvite": ".project_collaborator_invite",
    "ProjectCollaboratorInviteRoleName": ".project_collaborator_invite_role_name",
    "ProjectComplete": ".project_complete",
    "ProjectCompleteFieldsType0": ".project_complete_fields_type_0",
    "ProjectCompletePrivate": ".project_complete_private",
    "ProjectCompletePrivateFieldsType0": ".project_complete_private_fields_type_0",
    "ProjectCreate": ".project_create",
    "ProjectCreateCustomFields": ".project_create_custom_fields",
    "ProjectCreateFields": ".project_create_fields",
    "ProjectNote": ".project_note",
    "ProjectNoteCreate": ".project_note_create",
    "ProjectNotePrivate": ".project_note_private",
    "ProjectPrivate": ".project_private",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateCustomFields": ".project_update_custom_fields",
    "ProjectsListOrder": ".projects_list_order",
    "ProjectsListOrderDirection": ".projects_list_order_direction",
    "ProjectsSearch": ".projects_search",
    "ProjectsSearchOrder": ".projects_search_order",
    "PublicFile": ".public_file",
    "RelatedMaterial": ".related_material",
    "RelatedMaterialIdentifierType": ".related_material_identifier_type",
    "RelatedMaterialRelation": ".related_material_relation",
    "RelatedMaterialResponse": ".related_material_response",
    "Resource": ".resource",
    "ResponseMessage": ".response_message",
    "Role": ".role",
    "ShortAccount": ".short_account",
    "ShortCustomField": ".short_custom_field",
    "ShortCustomFieldSettingsType0": ".short_custom_field_settings_type_0",
    "SymplecticAccountArticlesIsEmbargoed": ".symplectic_account_articles_is_embargoed",
    "SymplecticAccountArticlesResponse200Item": ".symplectic_account_articles_response_200_item",
    "SymplecticAccountArticlesStatus": ".symplectic_account_articles_status",
    "SymplecticAccountsIdsResponse200Item": ".symplectic_accounts_ids_response_200_item",
    "SymplecticArticleResponse200": ".symplectic_article_response_200",
    "SymplecticChangedArticlesIsEmbargoed": ".symplectic_changed_articles_is_embargoed",
    "SymplecticChangedArticlesResponse200Item": ".symplectic_changed_articles_response_200_item",
    "SymplecticChangedArticlesStatus": ".symplectic_changed_articles_status",
    "SymplecticUserIdResponse200": ".symplectic_user_id_response_200",
    "Timeline": ".timeline",
    "TimelineUpdate": ".timeline_update",
    "TimelineUpdateResponse": ".timeline_update_response",
    "UnderlyingField": ".underlying_field",
    "UnderlyingFieldInternalType": ".underlying_field_internal_type",
    "UnderlyingFieldSettings": ".underlying_field_settings",
    "UpdateUserProfilePictureBody": ".update_user_profile_picture_body",
    "UpdateUserProfilePictureResponse200": ".update_user_profile_picture_response_200",
    "UpdateUserProfileResponse200": ".update_user_profile_response_200",
    "UploadFilePart": ".upload_file_part",
    "UploadFilePartStatus": ".upload_file_part_status",
    "UploadInfo": ".upload_info",
    "UploadInfoStatus": ".upload_info_status",
    "User": ".user",
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
    "CommonSearch",
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
    "ErrorMessage",
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
    "ItemComplete",
    "ItemCompleteFields",
    "ItemCompletePrivate",
    "ItemCompletePrivateFields",
    "ItemCreate",
    "ItemCreateFields",
    "ItemType",
    "ItemTypeField",
    "ItemTypeFieldSettingsType0",
    "ItemUpdate",
    "ItemUpdateFields",
    "License",
    "Location",
    "LocationWarnings",
    "LocationWarningsUpdate",
    "MetadataTimeline",
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
    "PrivateProjectArticle",
    "PrivateProjectsListOrder",
    "PrivateProjectsListOrderDirection",
    "PrivateProjectsListStorage",
    "ProfileUpdateData",
    "ProfileUpdateDataPersonalProfilesItem",
    "Project",
    "ProjectArticle",
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
    "TimelineUpdateResponse",
    "UnderlyingField",
    "UnderlyingFieldInternalType",
    "UnderlyingFieldSettings",
    "UpdateUserProfilePictureBody",
    "UpdateUserProfilePictureResponse200",
    "UpdateUserProfileResponse200",
    "UploadFilePart",
    "UploadFilePartStatus",
    "UploadInfo",
    "UploadInfoStatus",
    "User",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
