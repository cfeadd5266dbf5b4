from typing import Literal

PrivateProjectsListOrder = Literal[
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

PRIVATE_PROJECTS_LIST_ORDER_VALUES: frozenset[PrivateProjectsListOrder] = frozenset(
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
"""Every value of `PrivateProjectsListOrder`."""
