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
    from .account_institution_fields_upload_body import AccountInstitutionFieldsUploadBody
    from .account_institution_fields_upload_response_200 import AccountInstitutionFieldsUploadResponse200
    from .account_items_list_order import AccountItemsListOrder
    from .account_items_list_order_direction import AccountItemsListOrderDirection
    from .account_report import AccountReport
    from .account_update import AccountUpdate
    from .altmetric_institution import AltmetricInstitution
    from .article import Article
    from .article_complete import ArticleComplete
    from .article_complete_folder_structure import ArticleCompleteFolderStructure
    from .article_complete_private import ArticleCompletePrivate
    from .article_complete_private_embargo_type import ArticleCompletePrivateEmbargoType
    from .article_complete_private_folder_structure import ArticleCompletePrivateFolderStructure
    from .article_confidentiality import ArticleConfidentiality
    from .article_create import ArticleCreate
    from .article_create_custom_fields import ArticleCreateCustomFields
    from .article_doi import ArticleDOI
    from .article_embargo import ArticleEmbargo
    from .article_embargo_embargo_options_item import ArticleEmbargoEmbargoOptionsItem
    from .article_embargo_embargo_type import ArticleEmbargoEmbargoType
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
    from .collection_create_fields import CollectionCreateFields
    from .collection_doi import CollectionDOI
    from .collection_handle import CollectionHandle
    from .collection_private_link_creator import CollectionPrivateLinkCreator
    from .collection_search import CollectionSearch
    from .collection_search_order import CollectionSearchOrder
    from .collection_update import CollectionUpdate
    from .collection_update_fields import CollectionUpdateFields
    from .collection_versions import CollectionVersions
    from .collections_public_list_order import CollectionsPublicListOrder
    from .collections_public_list_order_direction import CollectionsPublicListOrderDirection
    from .collections_search import CollectionsSearch
    from .collections_search_order import CollectionsSearchOrder
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
    from .custom_article_field_field_type import CustomArticleFieldFieldType
    from .custom_article_field_settings import CustomArticleFieldSettings
    from .echo_response_200 import EchoResponse200
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
    from .institution_create_submission_token_response_200 import InstitutionCreateSubmissionTokenResponse200
    from .institution_hrfeed_upload_body import InstitutionHrfeedUploadBody
    from .item import Item
    from .item_complete import ItemComplete
    from .item_complete_fields_type_0 import ItemCompleteFieldsType0
    from .item_complete_folder_structure_type_0 import ItemCompleteFolderStructureType0
    from .item_complete_private import ItemCompletePrivate
    from .item_complete_private_fields_type_0 import ItemCompletePrivateFieldsType0
    from .item_complete_private_folder_structure_type_0 import ItemCompletePrivateFolderStructureType0
    from .item_confidentiality import ItemConfidentiality
    from .item_create import ItemCreate
    from .item_create_fields import ItemCreateFields
    from .item_doi import ItemDOI
    from .item_embargo import ItemEmbargo
    from .item_embargo_embargo_options_type_0_item import ItemEmbargoEmbargoOptionsType0Item
    from .item_handle import ItemHandle
    from .item_type import ItemType
    from .item_type_field import ItemTypeField
    from .item_type_field_settings_type_0 import ItemTypeFieldSettingsType0
    from .item_update import ItemUpdate
    from .item_update_fields import ItemUpdateFields
    from .item_versions import ItemVersions
    from .item_with_project import ItemWithProject
    from .items_creator import ItemsCreator
    from .items_public_list_order import ItemsPublicListOrder
    from .items_public_list_order_direction import ItemsPublicListOrderDirection
    from .licence import Licence
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
    from .private_institution_items_order import PrivateInstitutionItemsOrder
    from .private_institution_items_order_direction import PrivateInstitutionItemsOrderDirection
    from .private_item_version_supplementary_field_delete_body import PrivateItemVersionSupplementaryFieldDeleteBody
    from .private_link import PrivateLink
    from .private_link_creator import PrivateLinkCreator
    from .private_link_response import PrivateLinkResponse
    from .private_project_article import PrivateProjectArticle
    from .private_project_items_create_body import PrivateProjectItemsCreateBody
    from .private_projects_list_order import PrivateProjectsListOrder
    from .private_projects_list_order_direction import PrivateProjectsListOrderDirection
    from .private_projects_list_storage import PrivateProjectsListStorage
    from .profile_update_data import ProfileUpdateData
    from .profile_update_data_personal_profiles_item import ProfileUpdateDataPersonalProfilesItem
    from .project import Project
    from .project_article import ProjectArticle
    from .project_article_embargo_type import ProjectArticleEmbargoType
    from .project_collaborator import ProjectCollaborator
    from .project_collaborator_invite import ProjectCollaboratorInvite
    from .project_collaborator_invite_role_name import ProjectCollaboratorInviteRoleName
    from .project_complete import ProjectComplete
    from .project_complete_fields_type_0 import ProjectCompleteFieldsType0
    from .project_complete_private import ProjectCompletePrivate
    from .project_complete_private_fields_type_0 import ProjectCompletePrivateFieldsType0
    from .project_create import ProjectCreate
    from .project_create_fields import ProjectCreateFields
    from .project_note import ProjectNote
    from .project_note_create import ProjectNoteCreate
    from .project_note_private import ProjectNotePrivate
    from .project_private import ProjectPrivate
    from .project_update import ProjectUpdate
    from .project_update_fields import ProjectUpdateFields
    from .projects_public_list_order import ProjectsPublicListOrder
    from .projects_public_list_order_direction import ProjectsPublicListOrderDirection
    from .projects_search import ProjectsSearch
    from .projects_search_order import ProjectsSearchOrder
    from .public_file import PublicFile
    from .readcube_add_cites_body import ReadcubeAddCitesBody
    from .readcube_add_cites_body_figshare_articles_item import ReadcubeAddCitesBodyFigshareArticlesItem
    from .related_material import RelatedMaterial
    from .related_material_identifier_type import RelatedMaterialIdentifierType
    from .related_material_relation import RelatedMaterialRelation
    from .resource import Resource
    from .response_message import ResponseMessage
    from .role import Role
    from .short_account import ShortAccount
    from .short_custom_field import ShortCustomField
    from .short_custom_field_field_type import ShortCustomFieldFieldType
    from .short_custom_field_settings import ShortCustomFieldSettings
    from .timeline import Timeline
    from .timeline_update import TimelineUpdate
    from .underlying_field import UnderlyingField
    from .underlying_field_settings_type_0 import UnderlyingFieldSettingsType0
    from .update_user_profile_picture_body import UpdateUserProfilePictureBody
    from .update_user_profile_picture_response_200 import UpdateUserProfilePictureResponse200
    from .update_user_profile_response_200 import UpdateUserProfileResponse200
    from .upload_file_part import UploadFilePart
    from .upload_file_part_status import UploadFilePartStatus
    from .upload_info import UploadInfo
    from .upload_info_status import UploadInfoStatus
    from .user import User
    from .whoami_response_200 import WhoamiResponse200

_MODULE_OF = {
    "Account": ".account",
    "AccountCreate": ".account_create",
    "AccountCreateResponse": ".account_create_response",
    "AccountGroupRoles": ".account_group_roles",
    "AccountGroupRolesCreate": ".account_group_roles_create",
    "AccountInstitutionCurationsStatus": ".account_institution_curations_status",
    "AccountInstitutionFieldsUploadBody": ".account_institution_fields_upload_body",
    "AccountInstitutionFieldsUploadResponse200": ".account_institution_fields_upload_response_200",
    "AccountItemsListOrder": ".account_items_list_order",
    "AccountItemsListOrderDirection": ".account_items_list_order_direction",
    "AccountReport": ".account_report",
    "AccountUpdate": ".account_update",
    "AltmetricInstitution": ".altmetric_institution",
    "Article": ".article",
    "ArticleComplete": ".article_complete",
    "ArticleCompleteFolderStructure": ".article_complete_folder_structure",
    "ArticleCompletePrivate": ".article_complete_private",
    "ArticleCompletePrivateEmbargoType": ".article_complete_private_embargo_type",
    "ArticleCompletePrivateFolderStructure": ".article_complete_private_folder_structure",
    "ArticleConfidentiality": ".article_confidentiality",
    "ArticleCreate": ".article_create",
    "ArticleCreateCustomFields": ".article_create_custom_fields",
    "ArticleDOI": ".article_doi",
    "ArticleEmbargo": ".article_embargo",
    "ArticleEmbargoEmbargoOptionsItem": ".article_embargo_embargo_options_item",
    "ArticleEmbargoEmbargoType": ".article_embargo_embargo_type",
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
    "CollectionCreateFields": ".collection_create_fields",
    "CollectionDOI": ".collection_doi",
    "CollectionHandle": ".collection_handle",
    "CollectionPrivateLinkCreator": ".collection_private_link_creator",
    "CollectionSearch": ".collection_search",
    "CollectionSearchOrder": ".collection_search_order",
    "CollectionUpdate": ".collection_update",
    "CollectionUpdateFields": ".collection_update_fields",
    "CollectionVersions": ".collection_versions",
    "CollectionsPublicListOrder": ".collections_public_list_order",
    "CollectionsPublicListOrderDirection": ".collections_public_list_order_direction",
    "CollectionsSearch": ".collections_search",
    "CollectionsSearchOrder": ".collections_search_order",
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
    "CustomArticleFieldFieldType": ".custom_article_field_field_type",
    "CustomArticleFieldSettings": ".custom_article_field_settings",
    "EchoResponse200": ".echo_response_200",
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
    "InstitutionCreateSubmissionTokenResponse200": ".institution_create_submission_token_response_200",
    "InstitutionHrfeedUploadBody": ".institution_hrfeed_upload_body",
    "Item": ".item",
    "ItemComplete": ".item_complete",
    "ItemCompleteFieldsType0": ".item_complete_fields_type_0",
    "ItemCompleteFolderStructureType0": ".item_complete_folder_structure_type_0",
    "ItemCompletePrivate": ".item_complete_private",
    "ItemCompletePrivateFieldsType0": ".item_complete_private_fields_type_0",
    "ItemCompletePrivateFolderStructureType0": ".item_complete_private_folder_structure_type_0",
    "ItemConfidentiality": ".item_confidentiality",
    "ItemCreate": ".item_create",
    "ItemCreateFields": ".item_create_fields",
    "ItemDOI": ".item_doi",
    "ItemEmbargo": ".item_embargo",
    "ItemEmbargoEmbargoOptionsType0Item": ".item_embargo_embargo_options_type_0_item",
    "ItemHandle": ".item_handle",
    "ItemType": ".item_type",
    "ItemTypeField": ".item_type_field",
    "ItemTypeFieldSettingsType0": ".item_type_field_settings_type_0",
    "ItemUpdate": ".item_update",
    "ItemUpdateFields": ".item_update_fields",
    "ItemVersions": ".item_versions",
    "ItemWithProject": ".item_with_project",
    "ItemsCreator": ".items_creator",
    "ItemsPublicListOrder": ".items_public_list_order",
    "ItemsPublicListOrderDirection": ".items_public_list_order_direction",
    "Licence": ".licence",
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
    "PrivateInstitutionItemsOrder": ".private_institution_items_order",
    "PrivateInstitutionItemsOrderDirection": ".private_institution_items_order_direction",
    "PrivateItemVersionSupplementaryFieldDeleteBody": ".private_item_version_supplementary_field_delete_body",
    "PrivateLink": ".private_link",
    "PrivateLinkCreator": ".private_link_creator",
    "PrivateLinkResponse": ".private_link_response",
    "PrivateProjectArticle": ".private_project_article",
    "PrivateProjectItemsCreateBody": ".private_project_items_create_body",
    "PrivateProjectsListOrder": ".private_projects_list_order",
    "PrivateProjectsListOrderDirection": ".private_projects_list_order_direction",
    "PrivateProjectsListStorage": ".private_projects_list_storage",
    "ProfileUpdateData": ".profile_update_data",
    "ProfileUpdateDataPersonalProfilesItem": ".profile_update_data_personal_profiles_item",
    "Project": ".project",
    "ProjectArticle": ".project_article",
    "ProjectArticleEmbargoType": ".project_article_embargo_type",
    "ProjectCollaborator": ".project_collaborator",
    "ProjectCollaboratorInvite": ".project_collaborator_invite",
    "ProjectCollaboratorInviteRoleName": ".project_collaborator_invite_role_name",
    "ProjectComplete": ".project_complete",
    "ProjectCompleteFieldsType0": ".project_complete_fields_type_0",
    "ProjectCompletePrivate": ".project_complete_private",
    "ProjectCompletePrivateFieldsType0": ".project_complete_private_fields_type_0",
    "ProjectCreate": ".project_create",
    "ProjectCreateFields": ".project_create_fields",
    "ProjectNote": ".project_note",
    "ProjectNoteCreate": ".project_note_create",
    "ProjectNotePrivate": ".project_note_private",
    "ProjectPrivate": ".project_private",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateFields": ".project_update_fields",
    "ProjectsPublicListOrder": ".projects_public_list_order",
    "ProjectsPublicListOrderDirection": ".projects_public_list_order_direction",
    "ProjectsSearch": ".projects_search",
    "ProjectsSearchOrder": ".projects_search_order",
    "PublicFile": ".public_file",
    "ReadcubeAddCitesBody": ".readcube_add_cites_body",
    "ReadcubeAddCitesBodyFigshareArticlesItem": ".readcube_add_cites_body_figshare_articles_item",
    "RelatedMaterial": ".related_material",
    "RelatedMaterialIdentifierType": ".related_material_identifier_type",
    "RelatedMaterialRelation": ".related_material_relation",
    "Resource": ".resource",
    "ResponseMessage": ".response_message",
    "Role": ".role",
    "ShortAccount": ".short_account",
    "ShortCustomField": ".short_custom_field",
    "ShortCustomFieldFieldType": ".short_custom_field_field_type",
    "ShortCustomFieldSettings": ".short_custom_field_settings",
    "Timeline": ".timeline",
    "TimelineUpdate": ".timeline_update",
    "UnderlyingField": ".underlying_field",
    "UnderlyingFieldSettingsType0": ".underlying_field_settings_type_0",
    "UpdateUserProfilePictureBody": ".update_user_profile_picture_body",
    "UpdateUserProfilePictureResponse200": ".update_user_profile_picture_response_200",
    "UpdateUserProfileResponse200": ".update_user_profile_response_200",
    "UploadFilePart": ".upload_file_part",
    "UploadFilePartStatus": ".upload_file_part_status",
    "UploadInfo": ".upload_info",
    "UploadInfoStatus": ".upload_info_status",
    "User": ".user",
    "WhoamiResponse200": ".whoami_response_200",
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
    "Article",
    "ArticleComplete",
    "ArticleCompleteFolderStructure",
    "ArticleCompletePrivate",
    "ArticleCompletePrivateEmbargoType",
    "ArticleCompletePrivateFolderStructure",
    "ArticleConfidentiality",
    "ArticleCreate",
    "ArticleCreateCustomFields",
    "ArticleDOI",
    "ArticleEmbargo",
    "ArticleEmbargoEmbargoOptionsItem",
    "ArticleEmbargoEmbargoType",
    "ArticleEmbargoUpdater",
    "ArticleEmbargoUpdaterEmbargoOptionsItem",
    "ArticleEmbargoUpdaterEmbargoType",
    "ArticleHandle",
    "ArticleProjectCreate",
    "ArticleProjectCreateCustomFields",
    "ArticlesCreator",
    "ArticleSearch",
    "ArticleSearchOrder",
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
    "CollectionCreateFields",
    "CollectionDOI",
    "CollectionHandle",
    "CollectionPrivateLinkCreator",
    "CollectionSearch",
    "CollectionSearchOrder",
    "CollectionsPublicListOrder",
    "CollectionsPublicListOrderDirection",
    "CollectionsSearch",
    "CollectionsSearchOrder",
    "CollectionUpdate",
    "CollectionUpdateFields",
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
    "CustomArticleFieldFieldType",
    "CustomArticleFieldSettings",
    "EchoResponse200",
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
    "PrivateInstitutionItemsOrder",
    "PrivateInstitutionItemsOrderDirection",
    "PrivateItemVersionSupplementaryFieldDeleteBody",
    "PrivateLink",
    "PrivateLinkCreator",
    "PrivateLinkResponse",
    "PrivateProjectArticle",
    "PrivateProjectItemsCreateBody",
    "PrivateProjectsListOrder",
    "PrivateProjectsListOrderDirection",
    "PrivateProjectsListStorage",
    "ProfileUpdateData",
    "ProfileUpdateDataPersonalProfilesItem",
    "Project",
    "ProjectArticle",
    "ProjectArticleEmbargoType",
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
    "ShortCustomField",
    "ShortCustomFieldFieldType",
    "ShortCustomFieldSettings",
    "Timeline",
    "TimelineUpdate",
    "UnderlyingField",
    "UnderlyingFieldSettingsType0",
    "UpdateUserProfilePictureBody",
    "UpdateUserProfilePictureResponse200",
    "UpdateUserProfileResponse200",
    "UploadFilePart",
    "UploadFilePartStatus",
    "UploadInfo",
    "UploadInfoStatus",
    "User",
    "WhoamiResponse200",
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
