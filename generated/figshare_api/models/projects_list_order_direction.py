from typing import Literal

ProjectsListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

PROJECTS_LIST_ORDER_DIRECTION_VALUES: frozenset[ProjectsListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `ProjectsListOrderDirection`."""
