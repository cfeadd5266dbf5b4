from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_collaborator_invite_role_name import ProjectCollaboratorInviteRoleName
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCollaboratorInvite")


@_attrs_define
class ProjectCollaboratorInvite:
    role_name: ProjectCollaboratorInviteRoleName
    """ Role of the the collaborator inside the project """
    user_id: int | Unset = UNSET
    """ User id of the collaborator """
    email: str | Unset = UNSET
    """ Collaborator email """
    comment: str | Unset = UNSET
    """ Text sent when inviting the user to the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name.value

        user_id = self.user_id

        email = self.email

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_name": role_name,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_name = ProjectCollaboratorInviteRoleName(d.pop("role_name"))

        user_id = d.pop("user_id", UNSET)

        email = d.pop("email", UNSET)

        comment = d.pop("comment", UNSET)

        project_collaborator_invite = cls(
            role_name=role_name,
            user_id=user_id,
            email=email,
            comment=comment,
        )

        project_collaborator_invite.additional_properties = d
        return project_collaborator_invite

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
