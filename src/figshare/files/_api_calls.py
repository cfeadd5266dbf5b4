"""The effects that are one API call, for both runtimes: which call answers each and how its answer becomes
the effect's result. A runtime only makes the call (the sync one calls it, the async one awaits it)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from figshare.files._effects import (
    CompleteUpload,
    DeleteOwnFile,
    Effect,
    FindArticlesByDoi,
    GetArticle,
    GetOwnFile,
    GetPart,
    GetUploadInfo,
    InitiateLink,
    InitiateUpload,
    ListFiles,
    ResetPart,
)
from figshare.files._parts import parse_part, parse_upload_info
from figshare.files._records import article_ref, remote_file
from figshare.files._runtime_common import file_creator, file_id_from_location, parsed

__all__ = ["API_CALLS", "ApiCall", "files_listing"]

ApiCall = tuple[Callable[[], Any], Callable[[Any], Any]]
"""The call to make (or await) and what turns its answer into the effect's result."""


def files_listing(client: Any, effect: ListFiles) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """The listing `ListFiles` pages through (with the client's ``paginate``) and its arguments."""
    if effect.private:
        return client.account.articles.files_list, (effect.article_id,)
    if effect.version is not None:
        return client.articles.version_files_list, (effect.article_id, effect.version)
    return client.articles.files_list, (effect.article_id,)


def _nothing(_: object) -> None:
    return None


def _get_article(client: Any, _: Any, effect: GetArticle) -> ApiCall:
    if effect.private:
        return functools.partial(client.account.articles.details, effect.article_id), article_ref
    if effect.version is not None:
        return functools.partial(client.articles.version_details, effect.article_id, effect.version), article_ref
    return functools.partial(client.articles.details, effect.article_id), article_ref


def _find_articles_by_doi(client: Any, _: Any, effect: FindArticlesByDoi) -> ApiCall:
    return functools.partial(client.articles.list, doi=effect.doi), lambda models: [article_ref(m) for m in models]


def _initiate(client: Any, _: Any, effect: InitiateUpload | InitiateLink) -> ApiCall:
    call = functools.partial(client.account.articles.upload_initiate, effect.article_id, body=file_creator(effect))
    return call, lambda answer: file_id_from_location(answer.location, effect.article_id)


def _get_own_file(client: Any, _: Any, effect: GetOwnFile) -> ApiCall:
    return functools.partial(client.account.articles.file_details, effect.article_id, effect.file_id), remote_file


def _complete_upload(client: Any, _: Any, effect: CompleteUpload) -> ApiCall:
    return functools.partial(client.account.articles.upload_complete, effect.article_id, effect.file_id), _nothing


def _delete_own_file(client: Any, _: Any, effect: DeleteOwnFile) -> ApiCall:
    return functools.partial(client.account.articles.file_delete, effect.article_id, effect.file_id), _nothing


def _get_upload_info(_: Any, upload_core: Any, effect: GetUploadInfo) -> ApiCall:
    call = functools.partial(upload_core.request, "GET", effect.upload_url)
    return call, lambda response: parsed(response, parse_upload_info, "an upload")


def _get_part(_: Any, upload_core: Any, effect: GetPart) -> ApiCall:
    call = functools.partial(upload_core.request, "GET", f"{effect.upload_url}/{effect.part_no}")
    return call, lambda response: parsed(response, parse_part, "a part")


def _reset_part(_: Any, upload_core: Any, effect: ResetPart) -> ApiCall:
    return functools.partial(upload_core.request, "DELETE", f"{effect.upload_url}/{effect.part_no}"), _nothing


API_CALLS: dict[type[Effect[Any]], Callable[[Any, Any, Any], ApiCall]] = {
    GetArticle: _get_article,
    FindArticlesByDoi: _find_articles_by_doi,
    InitiateUpload: _initiate,
    InitiateLink: _initiate,
    GetOwnFile: _get_own_file,
    CompleteUpload: _complete_upload,
    DeleteOwnFile: _delete_own_file,
    GetUploadInfo: _get_upload_info,
    GetPart: _get_part,
    ResetPart: _reset_part,
}
"""Effect type -> ``(client, upload_core, effect) -> (call, convert)``."""
