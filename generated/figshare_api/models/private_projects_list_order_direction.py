from typing import Literal

PrivateProjectsListOrderDirection = Literal["asc", "desc"]
"""The allowed values."""

PRIVATE_PROJECTS_LIST_ORDER_DIRECTION_VALUES: frozenset[PrivateProjectsListOrderDirection] = frozenset(
    (
        "asc",
        "desc",
    )
)
"""Every value of `PrivateProjectsListOrderDirection`."""
