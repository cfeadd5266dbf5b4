from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ProjectCreate(RequestModel):
    """The ``ProjectCreate`` object."""

    title: str | Unset
    """The title for this project. Required, 3 - 1000 characters. Legacy requests send it at the top level; requests
    for institutions with item-type based metadata enabled send it inside the `fields` object, where it is
    validated. Not listed in top-level `required` because those payloads carry it within `fields`."""
    description: str | Unset
    """Project description"""
    funding: str | Unset
    """Grant number or organization(s) that funded this project. Up to 2000 characters permitted."""
    funding_list: list[FundingCreate] | Unset
    """Funding creation / update items"""
    group_id: int | Unset
    """Only if project type is group."""
    custom_fields: ProjectCreateCustomFields | Unset
    """List of key, values pairs to be associated with the project"""
    custom_fields_list: list[CustomArticleFieldAdd] | Unset
    """List of custom fields values, supersedes custom_fields parameter"""
    fields: ProjectCreateFields | Unset
    """Institutions with item-type based metadata only: all metadata fields keyed by underlying field name (e.g. title,
    description, funding_list). When present, the fields object is the authoritative source for all metadata;
    top-level metadata keys are ignored."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "title": "title",
        "description": "description",
        "funding": "funding",
        "funding_list": "funding_list",
        "group_id": "group_id",
        "custom_fields": "custom_fields",
        "custom_fields_list": "custom_fields_list",
        "fields": "fields",
    }

    def __init__(
        self,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        funding: str | Unset = UNSET,
        funding_list: Sequence[FundingCreate | Mapping[str, Any]] | Unset = UNSET,
        group_id: int | Unset = UNSET,
        custom_fields: ProjectCreateCustomFields | Mapping[str, Any] | Unset = UNSET,
        custom_fields_list: Sequence[CustomArticleFieldAdd | Mapping[str, Any]] | Unset = UNSET,
        fields: ProjectCreateFields | Mapping[str, Any] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.title = check(title, str, "ProjectCreate.title")
        self.description = check(description, str, "ProjectCreate.description")
        self.funding = check(funding, str, "ProjectCreate.funding")
        self.funding_list = check(funding_list, [FundingCreate], "ProjectCreate.funding_list")
        self.group_id = check(group_id, int, "ProjectCreate.group_id")
        self.custom_fields = check(custom_fields, ProjectCreateCustomFields, "ProjectCreate.custom_fields")
        self.custom_fields_list = check(custom_fields_list, [CustomArticleFieldAdd], "ProjectCreate.custom_fields_list")
        self.fields = check(fields, ProjectCreateFields, "ProjectCreate.fields")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .custom_article_field_add import CustomArticleFieldAdd  # noqa: E402
from .funding_create import FundingCreate  # noqa: E402
from .project_create_custom_fields import ProjectCreateCustomFields  # noqa: E402
from .project_create_fields import ProjectCreateFields  # noqa: E402
