from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Curation")


@_attrs_define
class Curation:
    id: int | None | Unset = UNSET
    """ The review id """
    group_id: int | None | Unset = UNSET
    """ The group in which the article is present. """
    account_id: int | None | Unset = UNSET
    """ The ID of the account of the owner of the article of this review. """
    assigned_to: int | None | Unset = UNSET
    """ The ID of the account to which this review is assigned. """
    article_id: int | None | Unset = UNSET
    """ The ID of the article of this review. """
    version: int | None | Unset = UNSET
    """ The Version number of the article in review. """
    comments_count: int | None | Unset = UNSET
    """ The number of comments in the review. """
    status: None | str | Unset = UNSET
    """ The status of the review. """
    created_date: None | str | Unset = UNSET
    """ The creation date of the review. """
    modified_date: None | str | Unset = UNSET
    """ The date the review has been modified. """
    request_number: int | None | Unset = UNSET
    """ The request number of the review. """
    resolution_comment: None | str | Unset = UNSET
    """ The resolution comment of the review. """
    review_date: None | str | Unset = UNSET
    """ The date of the review. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        assigned_to: int | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        article_id: int | None | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        comments_count: int | None | Unset
        if isinstance(self.comments_count, Unset):
            comments_count = UNSET
        else:
            comments_count = self.comments_count

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        request_number: int | None | Unset
        if isinstance(self.request_number, Unset):
            request_number = UNSET
        else:
            request_number = self.request_number

        resolution_comment: None | str | Unset
        if isinstance(self.resolution_comment, Unset):
            resolution_comment = UNSET
        else:
            resolution_comment = self.resolution_comment

        review_date: None | str | Unset
        if isinstance(self.review_date, Unset):
            review_date = UNSET
        else:
            review_date = self.review_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if version is not UNSET:
            field_dict["version"] = version
        if comments_count is not UNSET:
            field_dict["comments_count"] = comments_count
        if status is not UNSET:
            field_dict["status"] = status
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if modified_date is not UNSET:
            field_dict["modified_date"] = modified_date
        if request_number is not UNSET:
            field_dict["request_number"] = request_number
        if resolution_comment is not UNSET:
            field_dict["resolution_comment"] = resolution_comment
        if review_date is not UNSET:
            field_dict["review_date"] = review_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        group_id = d.pop("group_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        assigned_to = d.pop("assigned_to", UNSET)

        article_id = d.pop("article_id", UNSET)

        version = d.pop("version", UNSET)

        comments_count = d.pop("comments_count", UNSET)

        status = d.pop("status", UNSET)

        created_date = d.pop("created_date", UNSET)

        modified_date = d.pop("modified_date", UNSET)

        request_number = d.pop("request_number", UNSET)

        resolution_comment = d.pop("resolution_comment", UNSET)

        review_date = d.pop("review_date", UNSET)

        curation = cls(
            id=id,
            group_id=group_id,
            account_id=account_id,
            assigned_to=assigned_to,
            article_id=article_id,
            version=version,
            comments_count=comments_count,
            status=status,
            created_date=created_date,
            modified_date=modified_date,
            request_number=request_number,
            resolution_comment=resolution_comment,
            review_date=review_date,
        )

        curation.additional_properties = d
        return curation

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
