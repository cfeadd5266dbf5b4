from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, RequestModel, Unset, check


@define(init=False)
class AuthorInput(RequestModel):
    """An author to associate with an item: an existing author by `id` (which takes priority over everything else), or
    a new one by `name`, `first_name`/`last_name`, `email` and `orcid_id`."""

    id: int | Unset
    """ID of an existing author; when given, the other fields are ignored."""
    name: str | Unset
    """Full name of a new author."""
    first_name: str | Unset
    """First name of a new author."""
    last_name: str | Unset
    """Last name of a new author."""
    email: str | Unset
    """E-mail address of a new author."""
    orcid_id: str | Unset
    """ORCID of a new author."""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "id": "id",
        "name": "name",
        "first_name": "first_name",
        "last_name": "last_name",
        "email": "email",
        "orcid_id": "orcid_id",
    }

    def __init__(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        orcid_id: str | Unset = UNSET,
    ) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.id = check(id, int, "AuthorInput.id")
        self.name = check(name, str, "AuthorInput.name")
        self.first_name = check(first_name, str, "AuthorInput.first_name")
        self.last_name = check(last_name, str, "AuthorInput.last_name")
        self.email = check(email, str, "AuthorInput.email")
        self.orcid_id = check(orcid_id, str, "AuthorInput.orcid_id")
        self.additional_properties = {}
