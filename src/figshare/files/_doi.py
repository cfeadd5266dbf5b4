"""From a DOI to the Figshare article and the exact version it names.

Figshare DOIs end in ``.<article id>.v<version>`` (``10.6084/m9.figshare.12345.v3``, also institutional
ones such as ``10.25446/oxford.12345.v1``); without ``.v<n>`` the DOI names the article's latest version.
The article id read from the DOI is confirmed against the article's own ``doi``; DOIs of other shapes are
looked up with ``GET /articles?doi=``.
"""

from __future__ import annotations

import re

from figshare.errors import NotFoundError
from figshare.files._effects import FindArticlesByDoi, GetArticle, Steps, perform
from figshare.files._errors import DownloadError
from figshare.files._records import ArticleRef

__all__ = ["normalise_doi", "resolve_doi"]

_PREFIXES = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", re.IGNORECASE)
_VERSION = re.compile(r"\.v(\d+)$")
_ARTICLE_ID = re.compile(r"\.(\d+)$")


def normalise_doi(text: str) -> str:
    """The bare, lower-case DOI of ``10.x/...``, ``doi:10.x/...`` or ``https://doi.org/10.x/...``."""
    doi = _PREFIXES.sub("", text.strip()).lower()
    if not doi.startswith("10.") or "/" not in doi:
        raise ValueError(f"not a DOI: {text!r}")
    return doi


def _unversioned(doi: str) -> str:
    return _VERSION.sub("", doi)


def _version(doi: str) -> int | None:
    match = _VERSION.search(doi)
    return int(match.group(1)) if match else None


def resolve_doi(text: str) -> Steps[tuple[int, int | None, ArticleRef | None]]:
    """The article id and version (None: the latest) that a DOI names, and the article (version) when it was
    read on the way; DownloadError if no article has the DOI."""
    doi = normalise_doi(text)
    base = _unversioned(doi)
    version = _version(doi)
    match = _ARTICLE_ID.search(base)
    if match is not None:
        article_id = int(match.group(1))
        try:
            article = yield from perform(GetArticle(article_id, private=False, version=version))
        except NotFoundError:
            pass
        else:
            if _unversioned(article.doi.lower()) == base:
                return article_id, version, article
    for found in (yield from perform(FindArticlesByDoi(doi))):
        if _unversioned(found.doi.lower()) == base:
            return found.id, version, None
    raise DownloadError(f"no public Figshare article has the DOI {doi}" + (f" (version {version})" if version else ""))
