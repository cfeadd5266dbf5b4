from typing import Literal

SymplecticChangedArticlesStatus = Literal["draft", "private", "public"]
"""The allowed values."""

SYMPLECTIC_CHANGED_ARTICLES_STATUS_VALUES: frozenset[SymplecticChangedArticlesStatus] = frozenset(
    (
        "draft",
        "private",
        "public",
    )
)
"""Every value of `SymplecticChangedArticlesStatus`."""
