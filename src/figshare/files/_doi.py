"""DOIs as Figshare mints them (``10.6084/m9.figshare.<id>[.v<version>]``), for downloads and `figshare.fs`."""

from __future__ import annotations

import re

_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", re.IGNORECASE)
_VERSION = re.compile(r"\.v(\d+)$", re.IGNORECASE)
_TRAILING_ID = re.compile(r"\.(\d+)$")


def bare_doi(text: str) -> str:
    """``text`` lower-case, without a ``doi:``, ``https://doi.org/`` or ``https://dx.doi.org/`` prefix."""
    return _PREFIX.sub("", text.strip()).lower()


def normalise_doi(text: str) -> str:
    """The bare, lower-case DOI of ``10.x/...``, ``doi:10.x/...`` or ``https://doi.org/10.x/...``; ValueError
    when it is not a DOI."""
    doi = bare_doi(text)
    if not doi.startswith("10.") or "/" not in doi:
        raise ValueError(f"not a DOI: {text!r}")
    return doi


def unversioned(doi: str) -> str:
    """``doi`` without its ``.v<n>`` suffix."""
    return _VERSION.sub("", doi)


def doi_version(doi: str) -> int | None:
    """The version a DOI names (``….v3``), None for the latest."""
    match = _VERSION.search(doi)
    return int(match.group(1)) if match else None


def trailing_id(doi: str) -> int | None:
    """The item id a Figshare DOI ends with (before its version), if it ends with one."""
    match = _TRAILING_ID.search(unversioned(doi))
    return int(match.group(1)) if match else None
