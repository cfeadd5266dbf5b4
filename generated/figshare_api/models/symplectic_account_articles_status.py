from typing import Literal

SymplecticAccountArticlesStatus = Literal["draft", "private", "public"]
"""The allowed values."""

SYMPLECTIC_ACCOUNT_ARTICLES_STATUS_VALUES: frozenset[SymplecticAccountArticlesStatus] = frozenset(
    (
        "draft",
        "private",
        "public",
    )
)
"""Every value of `SymplecticAccountArticlesStatus`."""
