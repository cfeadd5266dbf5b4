"""The exit codes of the ``figshare`` command: one per kind of failure, so scripts can tell them apart."""

from __future__ import annotations

import enum

__all__ = ["ExitCode"]


class ExitCode(enum.IntEnum):
    """What the ``figshare`` command's exit status means (documented in ``docs/cli.md``)."""

    OK = 0
    """Done."""
    FAILED = 1
    """Any other failure: an unexpected answer, a file that cannot be written, a refused confirmation."""
    USAGE = 2
    """The command line is wrong: an unknown option, a missing argument, a value out of range."""
    AUTH = 3
    """Not signed in, the token was refused (401) or may not do this (403), sign-in failed."""
    NOT_FOUND = 4
    """The item, file or address does not exist, or is not visible to these credentials (404)."""
    NETWORK = 5
    """No usable answer: connection failed or timed out, or Figshare's firewall challenged the request."""
    REJECTED = 6
    """Figshare refused the request as invalid or conflicting (400, 409, 422)."""
    UNAVAILABLE = 7
    """Rate limited (429) or Figshare failing (5xx) even after retries: try again later."""
    INCOMPLETE = 8
    """The command ran to the end but some items failed (listed); running it again retries them."""
    INTERRUPTED = 130
    """Interrupted (Ctrl-C); transfers and harvests continue where they stopped when run again."""
