from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, field

from ..types import RequestModel, check


@define(init=False)
class AuthorsCreator(RequestModel):
    """The ``AuthorsCreator`` object."""

    authors: list[AuthorInput]
    """List of authors to be associated with the article. The list can contain the following fields: id, name,
    first_name, last_name, email, orcid_id. If an id is supplied, it will take priority and everything else will be
    ignored. For adding more authors use the specific authors endpoint."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "authors": "authors",
    }

    def __init__(self, authors: Sequence[AuthorInput | Mapping[str, Any]]) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.authors = check(authors, [AuthorInput], "AuthorsCreator.authors")
        self.additional_properties = {}


# At the end: models may refer to each other.

from .author_input import AuthorInput  # noqa: E402
