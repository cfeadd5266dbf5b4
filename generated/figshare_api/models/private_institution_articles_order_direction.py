from typing import Literal

PrivateInstitutionArticlesOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

PRIVATE_INSTITUTION_ARTICLES_ORDER_DIRECTION_VALUES: frozenset[PrivateInstitutionArticlesOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `PrivateInstitutionArticlesOrderDirection`."""
