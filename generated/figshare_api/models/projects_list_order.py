from typing import Literal

ProjectsListOrder = Literal["modified_date", "published_date", "views"]
"""The allowed values."""

PROJECTS_LIST_ORDER_VALUES: frozenset[ProjectsListOrder] = frozenset(
    (
        "modified_date",
        "published_date",
        "views",
    )
)
"""Every value of `ProjectsListOrder`."""
