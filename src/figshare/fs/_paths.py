"""The grammar of ``figshare://`` paths (listed in `figshare.fs.FigshareFileSystem`'s docstring), parsed into
what they name, without I/O. ``<ref>`` is an id or a DOI: as is in two segments, with ``doi:`` or
``https://doi.org/``, or in one segment with its slash percent-encoded (``10.6084%2Fm9.figshare.1``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Literal
from urllib.parse import unquote

from figshare.errors import InvalidArgumentError
from figshare.files._doi import doi_version, normalise_doi

_DOI_PREFIX = re.compile(r"^10\.\d{3,9}$")

Kind = Literal[
    "root",
    "articles_root",
    "collections_root",
    "projects_root",
    "account",
    "own_articles",
    "article",
    "versions",
    "collection",
    "project",
]
ROOTS: dict[str, Kind] = {  # the folders of figshare://, in the order a listing shows them
    "articles": "articles_root",
    "collections": "collections_root",
    "projects": "projects_root",
    "account": "account",
}


@dataclasses.dataclass(frozen=True)
class ItemRef:
    """An item named by its id or by a DOI (lower-cased, without ``doi:``/``https://doi.org/``)."""

    id: int | None = None
    doi: str | None = None

    @property
    def doi_version(self) -> int | None:
        """The version a DOI names (``….v3``), None for the latest or for an id."""
        return None if self.doi is None else doi_version(self.doi)

    def __str__(self) -> str:
        return str(self.id) if self.id is not None else f"DOI {self.doi}"


Within = tuple[Literal["collection", "project"], ItemRef]


@dataclasses.dataclass(frozen=True)
class ArticleTarget:
    """An article (version) a path reaches: ``version`` is an explicit ``versions/<n>`` (a versioned DOI's is
    `ItemRef.doi_version`); ``within`` the collection or project the path reaches it through."""

    ref: ItemRef
    own: bool = False
    version: int | None = None
    within: Within | None = None


@dataclasses.dataclass(frozen=True)
class ParsedPath:
    """What a path names: ``within`` the collection or project (itself or an article's folder), ``inner``
    the path inside an article ("" for the article itself)."""

    kind: Kind
    path: str
    article: ArticleTarget | None = None
    within: Within | None = None
    inner: str = ""


def parse_path(path: str) -> ParsedPath:
    """Parse a path stripped of its protocol; a ValueError for any other form lists the forms there are."""
    if not (segments := [segment for segment in path.split("/") if segment]):
        return ParsedPath("root", path)
    head, rest = segments[0], segments[1:]
    if head in ROOTS and not rest:
        return ParsedPath(ROOTS[head], path)
    if head == "articles":
        ref, rest = _take_ref(rest, path, what="article")
        return _article(path, ArticleTarget(ref), rest, allow_versions=True)
    if head in ("collections", "projects"):
        kind: Literal["collection", "project"] = "collection" if head == "collections" else "project"
        if kind == "collection":
            ref, rest = _take_ref(rest, path, what="collection")
        else:
            ref, rest = ItemRef(_number(rest[0], path, what="a project id")), rest[1:]
        if not rest:
            return ParsedPath(kind, path, within=(kind, ref))
        article_id = _number(
            rest[0], path, what="an article id (the folders of collections and projects are article ids)"
        )
        return _article(path, ArticleTarget(ItemRef(article_id), within=(kind, ref)), rest[1:])
    if head == "account":
        if rest[0] != "articles":
            raise _bad(path, "under account/ there is only articles/<id>/...")
        if len(rest) == 1:
            return ParsedPath("own_articles", path)
        ref, inner = _take_ref(rest[1:], path, what="article")
        return _article(path, ArticleTarget(ref, own=True), inner)
    raise _bad(path, f"it starts with {head!r}")


def _article(path: str, target: ArticleTarget, rest: list[str], *, allow_versions: bool = False) -> ParsedPath:
    if allow_versions and rest[:1] == ["versions"]:
        if target.ref.doi_version is not None:
            raise _bad(path, "a DOI ending in .v<n> names its version already: drop versions/<n>")
        if len(rest) == 1:
            return ParsedPath("versions", path, article=target)
        version = _number(rest[1], path, what="a version number")
        return ParsedPath(
            "article", path, article=dataclasses.replace(target, version=version), inner="/".join(rest[2:])
        )
    return ParsedPath("article", path, article=target, inner="/".join(rest))


def _take_ref(segments: list[str], path: str, *, what: str) -> tuple[ItemRef, list[str]]:
    """The id or DOI at the start of ``segments`` and the segments after it."""
    first = unquote(segments[0])
    if first.isascii() and first.isdigit():
        return ItemRef(id=_number(first, path, what=f"an {what} id")), segments[1:]
    if first.lower().startswith("doi:"):
        first = first[4:]
    if "/" in first:  # one percent-encoded segment: 10.6084%2Fm9.figshare.123
        return ItemRef(doi=_doi(first, path)), segments[1:]
    if _DOI_PREFIX.match(first) and len(segments) > 1:
        return ItemRef(doi=_doi(f"{first}/{unquote(segments[1])}", path)), segments[2:]
    raise _bad(path, f"{segments[0]!r} is neither an {what} id nor a DOI (10.xxxx/suffix)")


def _doi(text: str, path: str) -> str:
    try:
        return normalise_doi(text)
    except ValueError:
        raise _bad(path, f"{text!r} is not a DOI") from None


def _number(segment: str, path: str, *, what: str) -> int:
    if not (segment.isascii() and segment.isdigit()) or int(segment) <= 0:
        raise _bad(path, f"{segment!r} is not {what}")
    return int(segment)


def _bad(path: str, reason: str) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"path: figshare://{path} is not a Figshare path ({reason}); use articles/<id or DOI>/<file>, "
        "articles/<id>/versions/<n>/<file>, collections/<id or DOI>/<article id>/<file>, "
        "projects/<id>/<article id>/<file> or account/articles/<id>/<file>",
        argument="path",
    )
