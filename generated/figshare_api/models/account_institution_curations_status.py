from typing import Literal

AccountInstitutionCurationsStatus = Literal["approved", "closed", "pending", "rejected"]
"""The allowed values."""

ACCOUNT_INSTITUTION_CURATIONS_STATUS_VALUES: frozenset[AccountInstitutionCurationsStatus] = frozenset(
    (
        "approved",
        "closed",
        "pending",
        "rejected",
    )
)
"""Every value of `AccountInstitutionCurationsStatus`."""
