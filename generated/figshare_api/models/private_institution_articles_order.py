from typing import Literal

PrivateInstitutionArticlesOrder = Literal["modified_date", "published_date"]
"""The allowed values."""

PRIVATE_INSTITUTION_ARTICLES_ORDER_VALUES: frozenset[PrivateInstitutionArticlesOrder] = frozenset(
    (
        "modified_date",
        "published_date",
    )
)
"""Every value of `PrivateInstitutionArticlesOrder`."""
