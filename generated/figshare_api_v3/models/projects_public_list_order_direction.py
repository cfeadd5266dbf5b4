from typing import Literal

ProjectsPublicListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

PROJECTS_PUBLIC_LIST_ORDER_DIRECTION_VALUES: frozenset[ProjectsPublicListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `ProjectsPublicListOrderDirection`."""
