from typing import Literal

ArticleSearchOrder = Literal["cites", "created_date", "downloads", "modified_date", "published_date", "shares", "views"]
"""The field by which to order"""

ARTICLE_SEARCH_ORDER_VALUES: frozenset[ArticleSearchOrder] = frozenset(
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
"""Every value of `ArticleSearchOrder`."""
