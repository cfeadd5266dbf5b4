"""Articles, collections and projects: what differs between them, so one set of commands serves all three,
and what a person types to name an item (an id, a DOI, or a figshare.com page address).

Models and enums of the generated client are named by dotted path and imported only when a command runs, so
``figshare --help`` and shell completion stay fast.
"""

from __future__ import annotations

import html
import importlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from figshare.cli._failures import CliError, ExitCode

_MODELS = "figshare_api.models."


def load(path: str) -> Any:
    """The class at ``module.Class`` under ``figshare_api.models``."""
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(_MODELS + module), name)


@dataclass(frozen=True)
class ItemKind:
    """One kind of item and the API operations and models behind its commands."""

    name: str
    """Singular, as printed: ``article``."""
    search: str
    mine_search: str
    body_options: frozenset[str]
    """Which of the body options of ``create``/``update`` this kind takes (besides title and description)."""
    has_doi: bool
    has_versions: bool
    columns: tuple[tuple[str, Callable[[dict[str, Any]], Any]], ...]
    details: tuple[tuple[str, Callable[[dict[str, Any]], Any]], ...]

    @property
    def plural(self) -> str:
        """Command group and resources: ``articles`` (``client.articles``, ``client.account.articles``)."""
        return f"{self.name}s"

    def search_body(self, mine: bool) -> str:
        """The generated model of a search body (``--mine`` or public): ``article_search.ArticleSearch``."""
        module = self.mine_search if mine else self.search
        return f"{module}.{_camel(module)}"

    def list_enum(self, mine: bool, parameter: str) -> str:
        """The generated enum of a list's ``order`` or ``order_direction``."""
        resource = f"private_{self.plural}" if mine else self.plural
        return f"{resource}_list_{parameter}.{_camel(resource)}List{_camel(parameter)}"

    def body(self, action: str) -> str:
        """The generated model of a ``create`` or ``update`` body: ``article_create.ArticleCreate``."""
        return f"{self.name}_{action}.{_camel(self.name)}{_camel(action)}"

    def public(self, client: Any) -> Any:
        """The public resource (``client.articles``)."""
        return getattr(client, self.plural)

    def mine(self, client: Any) -> Any:
        """The account's resource (``client.account.articles``)."""
        return getattr(client.account, self.plural)


def _camel(snake: str) -> str:
    return "".join(part.title() for part in snake.split("_"))


def _get(*keys: str) -> Callable[[dict[str, Any]], Any]:
    """The first of ``keys`` that has a value; ``a.b`` reaches into nested objects."""

    def pick(data: dict[str, Any]) -> Any:
        for key in keys:
            value: Any = data
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if value not in (None, "", []):
                return value
        return None

    return pick


def _via(convert: Callable[[Any], Any], key: str) -> Callable[[dict[str, Any]], Any]:
    """The value of ``key`` through ``convert``."""
    return lambda data: convert(data.get(key))


def _names(key: str, field: str) -> Callable[[dict[str, Any]], Any]:
    return _via(
        lambda values: [entry.get(field) for entry in values or [] if isinstance(entry, dict) and entry.get(field)], key
    )


def _date(key: str) -> Callable[[dict[str, Any]], Any]:
    return _via(lambda value: value[:10] if isinstance(value, str) else value, key)


def _size(key: str) -> Callable[[dict[str, Any]], Any]:
    return _via(lambda value: format_size(value) if isinstance(value, int) else None, key)


def _text(key: str, limit: int = 400) -> Callable[[dict[str, Any]], Any]:
    def shorten(value: Any) -> Any:
        if not isinstance(value, str):
            return None
        text = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", value)).split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    return _via(shorten, key)


def format_size(size: int) -> str:
    """``1536`` -> ``1.5 KiB``."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024:
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TiB"


_PICKERS = {
    "ID": _get("id"),
    "Title": _get("title"),
    "Type": _get("defined_type_name"),
    "DOI": _get("doi"),
    "URL": _get("figshare_url", "url_public_html", "url"),
    "Status": _get("status"),
    "Version": _get("version"),
    "License": _get("license.name"),
    "Published": _get("published_date"),
    "Created": _get("created_date"),
    "Modified": _get("modified_date"),
    "Articles": _get("articles_count"),
    "Group": _get("group_id"),
    "Authors": _names("authors", "full_name"),
    "Categories": _names("categories", "title"),
    "Collaborators": _names("collaborators", "name"),
    "Keywords": _get("keywords", "tags"),
    "Size": _size("size"),
    "Description": _text("description"),
}


def _fields(
    labels: str, **special: Callable[[dict[str, Any]], Any]
) -> tuple[tuple[str, Callable[[dict[str, Any]], Any]], ...]:
    """The (label, picker) pairs of the space-separated ``labels``; ``special`` pickers replace the usual ones."""
    return tuple((label, special.get(label, _PICKERS[label])) for label in labels.split())


_DAYS = {"Published": _date("published_date"), "Modified": _date("modified_date")}

ARTICLES = ItemKind(
    name="article",
    search="article_search",
    mine_search="private_article_search",
    body_options=frozenset({"keywords", "categories", "authors", "defined_type", "license", "group_id"}),
    has_doi=True,
    has_versions=True,
    columns=_fields("ID Title Type Published DOI", **_DAYS),
    details=_fields(
        "ID DOI URL Status Type Version License Published Modified Authors Categories Keywords Size Description"
    ),
)

COLLECTIONS = ItemKind(
    name="collection",
    search="collection_search",
    mine_search="private_collection_search",
    body_options=frozenset({"keywords", "categories", "authors", "group_id", "articles"}),
    has_doi=True,
    has_versions=True,
    columns=_fields("ID Title Published DOI", **_DAYS),
    details=_fields("ID DOI URL Version Published Modified Articles Authors Categories Keywords Description"),
)

PROJECTS = ItemKind(
    name="project",
    search="projects_search",
    mine_search="projects_search",
    body_options=frozenset({"group_id"}),
    has_doi=False,
    has_versions=False,
    columns=_fields("ID Title Published Modified", **_DAYS),
    details=_fields(
        "ID URL Published Created Modified Group Collaborators Description", URL=_get("figshare_url", "url")
    ),
)

ITEM_KINDS = (ARTICLES, COLLECTIONS, PROJECTS)


_DOI = re.compile(r"10\.\d{4,9}/\S+")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", re.IGNORECASE)
_VERSIONED_DOI = re.compile(r"(?P<doi>.+)\.v(?P<version>\d+)")


@dataclass(frozen=True)
class ItemReference:
    """An item named by id (and maybe version) or by DOI."""

    id: int | None = None
    doi: str | None = None
    version: int | None = None


def parse_reference(text: str, *, allow_doi: bool = True, kind: str = "articles") -> ItemReference:
    """Parse ``12345``, ``10.6084/m9.figshare.12345.v2``, ``https://doi.org/...`` or a figshare.com address.

    An address with a ``kind`` segment (``/articles/``) ends in the id: ``…/12345``, ``…/12345[/versions]/2``.
    A DOI is kept as written (minus a ``.vN`` version suffix) for the API to look up.
    """
    value = text.strip()
    if value.isdigit():
        return ItemReference(id=int(value))
    lowered = value.lower()
    value = _DOI_PREFIX.sub("", value)
    if _DOI.fullmatch(value):
        if not allow_doi:
            raise _bad(text, "this kind of item has no DOI: give its id")
        if versioned := _VERSIONED_DOI.fullmatch(value):
            return ItemReference(doi=versioned["doi"], version=int(versioned["version"]))
        return ItemReference(doi=value)
    if lowered.startswith(("https://", "http://")):
        return _from_page_address(text, value, kind)
    raise _bad(text, "expected an id (12345), a DOI (10.6084/m9.figshare.12345) or a figshare.com address")


def _from_page_address(text: str, value: str, kind: str) -> ItemReference:
    try:
        # without "versions": the API's (and ndownloader's) …/12345/versions/2 reads as …/12345/2
        segments = [segment for segment in httpx.URL(value).path.split("/") if segment not in ("", "versions")]
    except httpx.InvalidURL:
        raise _bad(text, "not a valid address") from None
    if kind not in segments:  # a file's download link, another kind's page: its number is not such an id
        raise _bad(text, f"not the address of one of the {kind}")
    trailing = [int(segment) for segment in itertools.takewhile(str.isdigit, reversed(segments))][::-1]
    if len(trailing) in (1, 2):
        return ItemReference(id=trailing[0], version=trailing[1] if len(trailing) == 2 else None)
    raise _bad(text, "the address does not end with an item id (…/12345 or …/12345/2)")


def _bad(text: str, reason: str) -> CliError:
    return CliError(f"cannot read {text!r} as an item: {reason}", exit_code=ExitCode.USAGE)
