from __future__ import annotations

from typing import Any

from attrs import define, field

from ..types import UNSET, File, RequestModel, Unset, check


@define(init=False)
class AccountInstitutionFieldsUploadBody(RequestModel):
    """The ``AccountInstitutionFieldsUploadBody`` object."""

    external_file: File | Unset
    """CSV file to be uploaded"""
    additional_properties: dict[str, Any] = field(init=False, factory=dict)
    """Keys the spec does not describe, with their JSON values."""

    _fields = {
        "external_file": "external_file",
    }

    def __init__(self, *, external_file: File | Unset = UNSET) -> None:
        """Check the values (a wrong type is a `TypeError` naming the field) and convert nested dicts."""
        self.external_file = check(external_file, File, "AccountInstitutionFieldsUploadBody.external_file")
        self.additional_properties = {}
