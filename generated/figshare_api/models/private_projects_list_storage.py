from typing import Literal

PrivateProjectsListStorage = Literal["group", "individual"]
"""The allowed values."""

PRIVATE_PROJECTS_LIST_STORAGE_VALUES: frozenset[PrivateProjectsListStorage] = frozenset(
    (
        "group",
        "individual",
    )
)
"""Every value of `PrivateProjectsListStorage`."""
