"""Read what a person types to name an item: an id, a DOI, or a figshare.com page address."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import httpx

from figshare.cli._failures import CliError, ExitCode

__all__ = ["ItemReference", "parse_reference"]

_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")
_VERSIONED_DOI = re.compile(r"(?P<doi>.+)\.v(?P<version>\d+)")


@dataclass(frozen=True)
class ItemReference:
    """An item named by id (and maybe version) or by DOI."""

    id: int | None = None
    doi: str | None = None
    version: int | None = None


def parse_reference(text: str, *, allow_doi: bool = True) -> ItemReference:
    """Parse ``12345``, ``10.6084/m9.figshare.12345.v2``, ``https://doi.org/...`` or a figshare.com address.

    A page address gives the id from its last path segments: ``.../12345`` or ``.../12345/2`` (version 2).
    A DOI is kept as written (minus a ``.vN`` version suffix) for the API to look up.
    """
    value = text.strip()
    if value.isdigit():
        return ItemReference(id=int(value))
    lowered = value.lower()
    for prefix in _DOI_PREFIXES:
        if lowered.startswith(prefix):
            value = value[len(prefix) :]
            break
    if _DOI.fullmatch(value):
        if not allow_doi:
            raise _bad(text, "this kind of item has no DOI: give its id")
        versioned = _VERSIONED_DOI.fullmatch(value)
        if versioned:
            return ItemReference(doi=versioned["doi"], version=int(versioned["version"]))
        return ItemReference(doi=value)
    if lowered.startswith(("https://", "http://")):
        return _from_page_address(text, value)
    raise _bad(text, "expected an id (12345), a DOI (10.6084/m9.figshare.12345) or a figshare.com address")


def _from_page_address(text: str, value: str) -> ItemReference:
    try:
        segments = [segment for segment in httpx.URL(value).path.split("/") if segment]
    except httpx.InvalidURL:
        raise _bad(text, "not a valid address") from None
    trailing = [int(segment) for segment in itertools.takewhile(str.isdigit, reversed(segments))][::-1]
    if len(trailing) in (1, 2):
        return ItemReference(id=trailing[0], version=trailing[1] if len(trailing) == 2 else None)
    raise _bad(text, "the address does not end with an item id (…/12345 or …/12345/2)")


def _bad(text: str, reason: str) -> CliError:
    return CliError(f"cannot read {text!r} as an item: {reason}", exit_code=ExitCode.USAGE)
