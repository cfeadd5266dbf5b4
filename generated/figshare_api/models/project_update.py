from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class ProjectUpdate(RequestModel):
    """The ``ProjectUpdate`` object."""

    title: str | Unset
    """The title for this project - mandatory. 3 - 1000 characters."""
    description: str | Unset
    """Project description"""
    funding: str | Unset
    """Grant number or organization(s) that funded this project. Up to 2000 characters permitted."""
    funding_list: list[FundingCreate] | Unset
    """Funding creation / update items"""
    custom_fields: ProjectUpdateCustomFields | Unset
    """List of key, values pairs to be associated with the project"""
    custom_fields_list: list[CustomArticleFieldAdd] | Unset
    """List of custom fields values, supersedes custom_fields parameter"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "title": "title",
        "description": "description",
        "funding": "funding",
        "funding_list": "funding_list",
        "custom_fields": "custom_fields",
        "custom_fields_list": "custom_fields_list",
    }

    def __init__(
        self,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        funding: str | Unset = UNSET,
        funding_list: Sequence[FundingCreate | Mapping[str, Any]] | Unset = UNSET,
        custom_fields: ProjectUpdateCustomFields | Mapping[str, Any] | Unset = UNSET,
        custom_fields_list: Sequence[CustomArticleFieldAdd | Mapping[str, Any]] | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.title = check(title, str, "ProjectUpdate.title")
        self.description = check(description, str, "ProjectUpdate.description")
        self.funding = check(funding, str, "ProjectUpdate.funding")
        self.funding_list = check(funding_list, [FundingCreate], "ProjectUpdate.funding_list")
        self.custom_fields = check(custom_fields, ProjectUpdateCustomFields, "ProjectUpdate.custom_fields")
        self.custom_fields_list = check(custom_fields_list, [CustomArticleFieldAdd], "ProjectUpdate.custom_fields_list")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .custom_article_field_add import CustomArticleFieldAdd  # noqa: E402
from .funding_create import FundingCreate  # noqa: E402
from .project_update_custom_fields import ProjectUpdateCustomFields  # noqa: E402
