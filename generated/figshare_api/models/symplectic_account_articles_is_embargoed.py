from typing import Literal

SymplecticAccountArticlesIsEmbargoed = Literal["false", "true"]
"""The allowed values."""

SYMPLECTIC_ACCOUNT_ARTICLES_IS_EMBARGOED_VALUES: frozenset[SymplecticAccountArticlesIsEmbargoed] = frozenset(
    (
        "false",
        "true",
    )
)
"""Every value of `SymplecticAccountArticlesIsEmbargoed`."""
