"""Figshare's OAI-PMH conventions: item identifiers and the set names of its selective harvesting.

An OAI-PMH item on Figshare is the latest version of an article, identified as
``oai:figshare.com:article/<article id>``. Sets are named ``portal_<n>`` (portal / institution),
``category_<n>``, ``item_type_<n>`` and ``month_year_<MM>_<YYYY>`` (month of publication).
"""

from __future__ import annotations

from figshare._validate import path_id, show
from figshare.errors import InvalidArgumentError

FIGSHARE_OAI_URL = "https://api.figshare.com/v2/oai"
_ARTICLE_PREFIX = "oai:figshare.com:article/"


def article_identifier(article_id: int) -> str:
    """Return the OAI-PMH identifier of a Figshare article: ``oai:figshare.com:article/<id>``."""
    return _ARTICLE_PREFIX + str(path_id(article_id, "article id"))


def article_id(identifier: str) -> int:
    """Return the article id inside a Figshare OAI-PMH identifier (``oai:figshare.com:article/<id>``).

    Raises ``ValueError`` when the identifier is not one of Figshare's article identifiers.
    """
    digits = identifier[len(_ARTICLE_PREFIX) :] if identifier.startswith(_ARTICLE_PREFIX) else ""
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"not a Figshare OAI-PMH article identifier: {identifier!r}")
    return int(digits)


def portal_set(portal_id: int) -> str:
    """The set of a Figshare portal (institution or publisher): ``portal_<n>``."""
    return f"portal_{path_id(portal_id, 'portal id')}"


def category_set(category_id: int) -> str:
    """The set of a Figshare category: ``category_<n>``."""
    return f"category_{path_id(category_id, 'category id')}"


def item_type_set(item_type_id: int) -> str:
    """The set of a Figshare item type (defined_type id, e.g. 3 for dataset): ``item_type_<n>``."""
    return f"item_type_{path_id(item_type_id, 'item type id')}"


def month_year_set(month: int, year: int) -> str:
    """The set of the items published in one month: ``month_year_<MM>_<YYYY>``, e.g. ``month_year_06_2017``."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise InvalidArgumentError(f"month must be an integer from 1 to 12, not {show(month)}", argument="month")
    if isinstance(year, bool) or not isinstance(year, int) or not 1000 <= year <= 9999:
        raise InvalidArgumentError(f"year must be a four-digit integer, not {show(year)}", argument="year")
    return f"month_year_{month:02d}_{year}"
