from typing import Literal

ArticlesListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

ARTICLES_LIST_ORDER_DIRECTION_VALUES: frozenset[ArticlesListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `ArticlesListOrderDirection`."""
