"""Where an operation lives on the client and what its method is called: one scheme, from the URL.

Resource: the first static URL segment (``/articles/...`` -> ``articles``); under ``/account`` the second
(``/account/articles/...`` -> ``account.articles``).

Method: the URL's nouns after the resource (singular when the next segment is an id: ``versions/{version_id}``
-> ``version``), then a verb (``files_list``, ``file_details``, ``version_files_list``):

- GET: ``list`` for a collection (a plural noun not followed by an id), else ``details``;
- POST: ``create`` (its noun singular: ``note_create``); PUT: ``update``; PATCH: ``partial_update``;
  DELETE: ``delete``;
- an operation whose id ends in ``add``, ``replace`` or ``invite`` uses that verb (``authors_add``), which the
  URL cannot show;
- a URL ending in an action (``publish``, ``search``, ``download``, ``reserve_doi``...) is named by it
  (``publish``, ``accounts_search``, ``version_download``).

The resource's own operations are the bare verbs (``list``, ``details``, ``create``, ``update``...). A few
operations the scheme names badly are renamed in the generator config (``operation_names``, keyed by
operation id, as githubkit keeps its operation overrides); a new upstream operation is named by the scheme.
"""

from __future__ import annotations

import keyword
import re

from openapi_python_client.strings import PythonIdentifier

FIELD_PREFIX = "field_"
ACTIONS = frozenset(
    {
        "publish",
        "unpublish",
        "reserve_doi",
        "reserve_handle",
        "search",
        "leave",
        "download",
        "upload",
        "update_thumb",
        "filter_by",
    }
)
VERBS_FROM_ID = frozenset({"add", "replace", "invite"})
VERB_OF_METHOD = {"post": "create", "put": "update", "patch": "partial_update", "delete": "delete"}


def identifier(text: str) -> str:
    return str(PythonIdentifier(text, FIELD_PREFIX))


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{")


def group_path(path: str) -> tuple[str, ...]:
    """The resource an operation belongs to: ``("articles",)``, ``("account", "articles")``, ``("account",)``."""
    segments = [segment for segment in path.strip("/").split("/") if segment and not _is_parameter(segment)]
    if not segments:
        raise ValueError(f"the path {path!r} has no static segment to name its resource after")
    if segments[0] == "account" and len(segments) > 1:
        return ("account", identifier(segments[1]))
    return (identifier(segments[0]),)


def singular(noun: str) -> str:
    """``files`` -> ``file``, ``categories`` -> ``category``, ``private_links`` -> ``private_link``."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(("ss", "us")):
        return noun[:-1]
    return noun


def method_name(path: str, http_method: str, operation_id: str, overrides: dict[str, str] | None = None) -> str:
    """The method name of an operation on its resource (see the module docstring)."""
    if overrides and operation_id in overrides:
        return overrides[operation_id]
    group = group_path(path)
    segments = [segment for segment in path.strip("/").split("/") if segment]
    rest = segments[len(group) :]
    if rest and _is_parameter(rest[0]):
        rest = rest[1:]
    nouns: list[str] = []
    for index, segment in enumerate(rest):
        if _is_parameter(segment):
            continue
        word = identifier(segment)
        followed_by_id = index + 1 < len(rest) and _is_parameter(rest[index + 1])
        nouns.append(singular(word) if followed_by_id else word)
    if nouns and nouns[-1] in ACTIONS:
        return _safe("_".join(nouns))
    ends_with_id = _is_parameter(segments[-1])
    last = nouns[-1] if nouns else group[-1]
    id_tokens = re.split(r"_+", identifier(operation_id))
    if http_method == "get":
        verb = "list" if not ends_with_id and singular(last) != last else "details"
    elif http_method in ("post", "put") and id_tokens[-1] in VERBS_FROM_ID:
        verb = id_tokens[-1]
    else:
        verb = VERB_OF_METHOD[http_method]
    if verb == "create" and nouns:
        nouns[-1] = singular(nouns[-1])
    return _safe("_".join([*nouns, verb]))


def _safe(name: str) -> str:
    return name + "_" if keyword.iskeyword(name) else name
