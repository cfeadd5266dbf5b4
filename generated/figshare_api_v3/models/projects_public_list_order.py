from typing import Literal

ProjectsPublicListOrder = Literal[
    "created_date",
    "finish_date",
    "first_online",
    "modified_date",
    "posted_date",
    "publisher_accepted",
    "publisher_published",
    "start_date",
]
"""The allowed values."""

PROJECTS_PUBLIC_LIST_ORDER_VALUES: frozenset[ProjectsPublicListOrder] = frozenset(
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
"""Every value of `ProjectsPublicListOrder`."""
