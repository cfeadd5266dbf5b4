"""Operations on ``account.profile``: typed methods that send them through a requester (generator/facade.py).

Do not edit: regenerate with ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from figshare_api.types import UNSET, AsyncRequester, Operation, Requester, Unset

if TYPE_CHECKING:
    from figshare_api.models import (
        ProfileUpdateData,
        UpdateUserProfilePictureBody,
        UpdateUserProfilePictureResponse200,
        UpdateUserProfileResponse200,
    )

_update_user_profile: Operation[UpdateUserProfileResponse200] = Operation(
    "update_user_profile",
    "PUT",
    "/account/profile",
    (200,),
    query=(("user_id", "user_id"), ("institution_user_id", "institution_user_id")),
    body="json",
    result="UpdateUserProfileResponse200",
    models="figshare_api.models",
    parameters=(("user_id", int), ("institution_user_id", str)),
    required=("body",),
    request="ProfileUpdateData",
)
_update_user_profile_picture: Operation[UpdateUserProfilePictureResponse200] = Operation(
    "update_user_profile_picture",
    "POST",
    "/account/profile/{user_id}/picture",
    (200,),
    body="multipart",
    result="UpdateUserProfilePictureResponse200",
    models="figshare_api.models",
    parameters=(("user_id", int),),
    required=("user_id", "body"),
    request="UpdateUserProfilePictureBody",
)


class AccountProfileResource:
    """Operations on ``account.profile`` (sync)."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def picture_update(
        self, user_id: int, *, body: UpdateUserProfilePictureBody
    ) -> UpdateUserProfilePictureResponse200:
        """Update public profile picture.

        Updates the profile picture of the user's public profile.

        ``POST /account/profile/{user_id}/picture`` (operation ``update_user_profile_picture``).

        Args:
            user_id: User ID.
            body: The request body: an `UpdateUserProfilePictureBody`.

        Returns:
            UpdateUserProfilePictureResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(_update_user_profile_picture, {"user_id": user_id, "body": body})

    def update(
        self, *, body: ProfileUpdateData, user_id: int | Unset = UNSET, institution_user_id: str | Unset = UNSET
    ) -> UpdateUserProfileResponse200:
        """Update public profile.

        Updates the fields of the user's public profile.

        ``PUT /account/profile`` (operation ``update_user_profile``).

        Args:
            body: The request body: an `ProfileUpdateData`.
            user_id: User ID.
            institution_user_id: Institutional user ID.

        Returns:
            UpdateUserProfileResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return self._requester.call(
            _update_user_profile, {"body": body, "user_id": user_id, "institution_user_id": institution_user_id}
        )


class AsyncAccountProfileResource:
    """Operations on ``account.profile`` (async)."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def picture_update(
        self, user_id: int, *, body: UpdateUserProfilePictureBody
    ) -> UpdateUserProfilePictureResponse200:
        """Update public profile picture.

        Updates the profile picture of the user's public profile.

        ``POST /account/profile/{user_id}/picture`` (operation ``update_user_profile_picture``).

        Args:
            user_id: User ID.
            body: The request body: an `UpdateUserProfilePictureBody`.

        Returns:
            UpdateUserProfilePictureResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(_update_user_profile_picture, {"user_id": user_id, "body": body})

    async def update(
        self, *, body: ProfileUpdateData, user_id: int | Unset = UNSET, institution_user_id: str | Unset = UNSET
    ) -> UpdateUserProfileResponse200:
        """Update public profile.

        Updates the fields of the user's public profile.

        ``PUT /account/profile`` (operation ``update_user_profile``).

        Args:
            body: The request body: an `ProfileUpdateData`.
            user_id: User ID.
            institution_user_id: Institutional user ID.

        Returns:
            UpdateUserProfileResponse200: the parsed response body.

        Raises:
            figshare.BadRequestError: the request was refused as invalid (400).
            figshare.PermissionDeniedError: the credentials may not do this (403).
            figshare.NotFoundError: no such item, or not one these credentials may see (404).
            figshare.InternalServerError: Figshare failed, after the retries (5xx).
            figshare.APIStatusError: any other error status.
            figshare.APIConnectionError: no response (connection failure or timeout), after the retries.
            figshare.ResponseParseError: the success response is not the documented JSON.
        """
        return await self._requester.call(
            _update_user_profile, {"body": body, "user_id": user_id, "institution_user_id": institution_user_id}
        )
