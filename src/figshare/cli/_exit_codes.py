"""The exit codes of the ``figshare`` command: one per kind of failure, so scripts can tell them apart."""

from __future__ import annotations

import enum

__all__ = ["ExitCode"]


class ExitCode(enum.IntEnum):
    """What the ``figshare`` command's exit status means (the meanings are in ``docs/cli.md``)."""

    OK = 0
    FAILED = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    NETWORK = 5
    REJECTED = 6
    UNAVAILABLE = 7
    INCOMPLETE = 8
    INTERRUPTED = 130
