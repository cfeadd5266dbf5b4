from typing import Literal

ProjectsSearchOrder = Literal["modified_date", "published_date", "views"]
"""The field by which to order."""

PROJECTS_SEARCH_ORDER_VALUES: frozenset[ProjectsSearchOrder] = frozenset(
    (
        "modified_date",
        "published_date",
        "views",
    )
)
"""Every value of `ProjectsSearchOrder`."""
