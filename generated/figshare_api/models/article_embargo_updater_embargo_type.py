from typing import Literal

ArticleEmbargoUpdaterEmbargoType = Literal["article", "file"]
"""Embargo can be enabled at the article or the file level. Possible values: article, file"""

ARTICLE_EMBARGO_UPDATER_EMBARGO_TYPE_VALUES: frozenset[ArticleEmbargoUpdaterEmbargoType] = frozenset(
    (
        "article",
        "file",
    )
)
"""Every value of `ArticleEmbargoUpdaterEmbargoType`."""
