from typing import Literal

SymplecticChangedArticlesIsEmbargoed = Literal["false", "true"]
"""The allowed values."""

SYMPLECTIC_CHANGED_ARTICLES_IS_EMBARGOED_VALUES: frozenset[SymplecticChangedArticlesIsEmbargoed] = frozenset(
    (
        "false",
        "true",
    )
)
"""Every value of `SymplecticChangedArticlesIsEmbargoed`."""
