"""Errors the Stats client raises itself, before any request is sent."""

from __future__ import annotations

from figshare.errors import FigshareError, InvalidArgumentError


class StatsError(FigshareError):
    """Base of the errors raised by the Stats client itself (responses map onto ``figshare.errors``)."""


class StatsArgumentError(StatsError, InvalidArgumentError):
    """An argument the Stats API would reject or silently misread, or a setting that would leak credentials.

    Checked before any request is sent; a `ValueError` and a `figshare.InvalidArgumentError`.
    """


class MissingCredentialsError(StatsError):
    """An institutional timeline, breakdown or ranking needs the institution's Stats credentials."""
