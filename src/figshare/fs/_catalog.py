"""From parsed paths to Figshare's items: DOI resolution, membership checks and cached listings.

Listings are cached per article (version), collection and project, so ``ls``, ``info``, ``glob`` and
``open`` of the files of one article cost its two API calls once. An explicit public version never changes
and stays cached; the latest public version, your own articles and collection and project contents follow
``listings_expiry_time`` (None: until `Catalog.invalidate`, which writes call for the article they change).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from figshare.errors import NotFoundError
from figshare.files._doi import doi_version, trailing_id, unversioned
from figshare.files._records import RemoteFile
from figshare.fs._backend import Article, Backend, Item
from figshare.fs._errors import FigsharePathNotFoundError
from figshare.fs._paths import ArticleTarget, ItemRef, Within

T = TypeVar("T")

logger = logging.getLogger("figshare.fs")


@dataclasses.dataclass(frozen=True)
class ArticleKey:
    """One listing: your own article (``own``), a public version, or the latest public version (None)."""

    id: int
    version: int | None = None
    own: bool = False

    @property
    def immutable(self) -> bool:
        """Published versions never change."""
        return self.version is not None and not self.own


@dataclasses.dataclass(frozen=True)
class ArticleListing:
    """An article (version) and its files by their path inside it (``folder/name``)."""

    key: ArticleKey
    article: Article
    files: dict[str, RemoteFile]  # of several files with one name in one folder, the newest
    paths: dict[int, str]  # every (not link-only) file id and its path

    def ids_at(self, relative: str) -> list[int]:
        """Every file id at a path inside the article (Figshare allows several)."""
        return [file_id for file_id, path in self.paths.items() if path == relative]

    @property
    def version(self) -> int | None:
        """The public version listed (None for your own article's current state)."""
        return None if self.key.own else (self.key.version or self.article.version)


class Catalog:
    """Resolves and lists through ``backend``, cached as the module docstring says. Thread-safe."""

    def __init__(self, backend: Backend, *, use_cache: bool = True, expiry: float | None = None) -> None:
        self._backend = backend
        self._use_cache = use_cache
        self._expiry = expiry
        self._lock = threading.Lock()
        self._cache: dict[Any, tuple[Any, float]] = {}

    # ---- caching ----

    def _cached(self, key: Any, fetch: Callable[[], T], *, immutable: bool = False) -> T:
        now = time.monotonic()
        if self._use_cache:
            with self._lock:
                entry = self._cache.get(key)
            if entry is not None:
                value, stored = entry
                if immutable or self._expiry is None or now - stored < self._expiry:
                    return value  # type: ignore[no-any-return]
        value = fetch()
        if self._use_cache:
            with self._lock:
                self._cache[key] = (value, now)
        return value

    def invalidate(self, key: ArticleKey | None = None, *, own_articles_only: bool = False) -> None:
        """Forget one article's listing (and the lists of your articles), the list of your articles only, or
        everything."""
        with self._lock:
            if key is None and not own_articles_only:
                self._cache.clear()
            for cached in [("listing", key), ("article", key), ("own_articles",)]:
                self._cache.pop(cached, None)

    # ---- articles ----

    def resolve(self, target: ArticleTarget, path: str) -> ArticleKey:
        """The article (version) a path's target names, its DOI resolved and its collection or project
        checked to contain it (FigsharePathNotFoundError otherwise, as for any missing item)."""
        ref = target.ref
        if ref.id is not None:
            article_id, version = ref.id, target.version
        else:
            assert ref.doi is not None
            article_id = self._article_by_doi(ref.doi, own=target.own, path=path)
            version = ref.doi_version
        if target.within is not None:
            kind, item_id = self.container(target.within, path)
            if article_id not in {item.id for item in self.members(kind, item_id, path)}:
                raise FigsharePathNotFoundError(
                    f"figshare://{path}: article {article_id} is not in {kind} {item_id}", path=path
                )
        return ArticleKey(article_id, None if target.own else version, own=target.own)

    def article(self, key: ArticleKey, path: str) -> Article:
        """The article (version) record."""
        fetch = partial(self._backend.article, key.id, key.version, own=key.own)
        return self._cached(("article", key), lambda: _ask(fetch, path, _describe(key)), immutable=key.immutable)

    def listing(self, key: ArticleKey, path: str) -> ArticleListing:
        """The article (version) and its files (link-only files left out: their bytes are elsewhere)."""

        def fetch() -> ArticleListing:
            article = self.article(key, path)
            try:
                records = self._backend.files(key.id, key.version, own=key.own)
            except NotFoundError as error:
                # the article was just read: its files list is what is missing (a service without the files
                # endpoint); the files in the article's own body are the same records
                if article.embedded_files is None:
                    raise _not_found(path, _describe(key), error) from error
                records = list(article.embedded_files)
            paths = _paths(article, records)
            by_id = {record.id: record for record in records}
            return ArticleListing(key, article, {path: by_id[file_id] for file_id, path in paths.items()}, paths)

        return self._cached(("listing", key), fetch, immutable=key.immutable)

    def versions(self, key: ArticleKey, path: str) -> list[int]:
        """The public versions of an article."""
        fetch = partial(self._backend.versions, key.id)
        return self._cached(("versions", key.id), lambda: _ask(fetch, path, _describe(key)))

    def own_articles(self, path: str) -> list[Item]:
        """Your own articles."""
        fetch = partial(self._backend.items, "private_articles_list")
        return self._cached(("own_articles",), lambda: _ask(fetch, path, "your articles"))

    def _article_by_doi(self, doi: str, *, own: bool, path: str) -> int:
        """The id of the article with a DOI (`_by_doi`; the public search is ``GET /articles?doi=``)."""

        def guess(article_id: int) -> Item:
            return self.article(ArticleKey(article_id, None if own else doi_version(doi), own=own), path)

        search = None if own else partial(self._backend.items, "articles_list", doi=doi)
        what = "article" if own else "public article"
        return self._cached(("article_doi", doi, own), lambda: _by_doi(doi, path, what, guess, search), immutable=True)

    # ---- collections and projects ----

    def container(self, within: Within | None, path: str) -> tuple[str, int]:
        """The collection (checked to exist) or project a path goes through, and its id."""
        assert within is not None
        kind, ref = within
        if kind == "collection":
            return kind, self.collection_id(ref, path)
        assert ref.id is not None
        return kind, ref.id

    def details(self, kind: str, item_id: int, path: str) -> Item:
        """A public collection (current version) or project."""
        return self._lookup(self._backend.item, f"{kind}_details", item_id, path)

    def members(self, kind: str, item_id: int, path: str) -> list[Item]:
        """The articles of a public collection or project."""
        return self._lookup(self._backend.items, f"{kind}_articles", item_id, path)

    def collection_id(self, ref: ItemRef, path: str) -> int:
        """A collection's id; FigsharePathNotFoundError for a DOI of a version that is not the current one
        (Figshare's API lists the articles of a collection's current version only)."""
        if ref.id is not None:
            self.details("collection", ref.id, path)
            return ref.id
        assert ref.doi is not None
        collection_id = self._cached(("collection_doi", ref.doi), lambda: self._find_collection(ref.doi or "", path))
        if (wanted := ref.doi_version) is not None:
            current = self.details("collection", collection_id, path).version
            if current is not None and current != wanted:
                raise FigsharePathNotFoundError(
                    f"figshare://{path}: {ref.doi} names version {wanted} of collection {collection_id}, which is now "
                    f"at version {current}; Figshare's API lists the articles of the current version only",
                    path=path,
                )
        return collection_id

    def _find_collection(self, doi: str, path: str) -> int:
        search = partial(self._backend.items, "collections_list", doi=doi)
        return _by_doi(doi, path, "public collection", partial(self.details, "collection", path=path), search)

    def _lookup(self, method: Callable[[str, int], T], operation_id: str, item_id: int, path: str) -> T:
        """``method(operation_id, item_id)``, cached; FigsharePathNotFoundError when Figshare has none."""
        what = f"{operation_id.split('_')[0]} {item_id}"
        return self._cached((operation_id, item_id), lambda: _ask(partial(method, operation_id, item_id), path, what))


def _ask(call: Callable[[], T], path: str, what: str) -> T:
    try:
        return call()
    except NotFoundError as error:
        raise _not_found(path, what, error) from error


def _not_found(path: str, what: str, error: NotFoundError) -> FigsharePathNotFoundError:
    return FigsharePathNotFoundError(
        f"figshare://{path}: Figshare has no {what} (or your token may not see it): {error.message}", path=path
    )


def _by_doi(
    doi: str, path: str, what: str, guess: Callable[[int], Item], search: Callable[[], list[Item]] | None
) -> int:
    """The id of the item with a DOI: the id a Figshare DOI ends with when ``guess(id)`` has that DOI, else
    the one ``search()`` finds."""
    base = unversioned(doi)
    if (guessed := trailing_id(doi)) is not None:
        with contextlib.suppress(FigsharePathNotFoundError):
            found = guess(guessed)
            if unversioned(found.doi) == base:
                return found.id
    for item in _ask(search, path, f"DOI {doi}") if search is not None else []:
        if unversioned(item.doi) == base:
            return item.id
    raise FigsharePathNotFoundError(f"figshare://{path}: no {what} has the DOI {doi}", path=path)


def _describe(key: ArticleKey) -> str:
    if key.own:
        return f"article {key.id} of yours"
    if key.version is not None:
        return f"version {key.version} of public article {key.id}"
    return f"public article {key.id}"


def _paths(article: Article, records: list[RemoteFile]) -> dict[int, str]:
    """File ids and their ``folder/name`` paths, in order: of several at one path, the last (newest completed)
    is the one the path names. Names that are not plain relative paths are left out, with a warning."""
    paths: dict[int, str] = {}
    for record in sorted(records, key=lambda record: (record.status != "created", record.id)):
        if record.is_link_only:
            continue
        folder = record.folder_path.strip("/") or article.folders.get(record.id, "")
        relative = f"{folder}/{record.name}" if folder else record.name
        if not _plain(relative):
            logger.warning("article %s: file %s is left out: %r is not a plain path", article.id, record.id, relative)
            continue
        paths[record.id] = relative
    return paths


def _plain(relative: str) -> bool:
    segments = relative.split("/")
    return all(segment not in ("", ".", "..") and "\\" not in segment and segment.isprintable() for segment in segments)
