from typing import Literal

ProjectsSearchOrder = Literal[
    "created_date",
    "finish_date",
    "first_online",
    "modified_date",
    "posted_date",
    "publisher_accepted",
    "publisher_published",
    "start_date",
]
"""The field by which to order (current date keys)."""

PROJECTS_SEARCH_ORDER_VALUES: frozenset[ProjectsSearchOrder] = frozenset(
    (
        "created_date",
        "finish_date",
        "first_online",
        "modified_date",
        "posted_date",
        "publisher_accepted",
        "publisher_published",
        "start_date",
    )
)
"""Every value of `ProjectsSearchOrder`."""
