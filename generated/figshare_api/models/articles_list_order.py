from typing import Literal

ArticlesListOrder = Literal["cites", "created_date", "downloads", "modified_date", "published_date", "shares", "views"]
"""The allowed values."""

ARTICLES_LIST_ORDER_VALUES: frozenset[ArticlesListOrder] = frozenset(
    (
        "cites",
        "created_date",
        "downloads",
        "modified_date",
        "published_date",
        "shares",
        "views",
    )
)
"""Every value of `ArticlesListOrder`."""
