"""Requests carry only what the caller set: no client-side defaults (see overlays/04-defaults.yaml)."""

from __future__ import annotations

import httpx
import pytest

from figshare import Figshare
from figshare_api.models import ArticleCreate, ArticleSearch, ArticleUpdate, RelatedMaterial


def sent(call: str, **arguments: object) -> httpx.Request:
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=[] if request.method == "GET" else {})

    with Figshare(token="t", rate_limit=None, http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
        resource, _, name = call.rpartition(".")
        target: object = client
        for part in resource.split("."):
            target = getattr(target, part)
        getattr(target, name)(**arguments)
    return requests[-1]


def test_list_call_without_pagination_sends_no_query() -> None:
    assert sent("articles.list").url.query == b""


def test_limit_offset_call_does_not_also_send_page_size() -> None:
    """Figshare answers 422 when page/page_size are mixed with limit/offset."""
    assert dict(sent("articles.list", limit=100, offset=200).url.params) == {"limit": "100", "offset": "200"}


def test_update_sends_only_the_changed_field() -> None:
    """A declared default (description "", license 0, ...) would overwrite the article's other metadata."""
    request = sent("account.articles.update", article_id=1, body=ArticleUpdate(title="New title"))
    assert request.content == b'{"title":"New title"}'


def test_search_body_sends_only_what_is_set() -> None:
    assert ArticleSearch(search_for="figshare").to_dict() == {"search_for": "figshare"}


def test_request_models_stay_exact() -> None:
    """Requests keep the spec's enums and required fields (responses use RelatedMaterialResponse)."""
    material = RelatedMaterial(identifier="10.6084/m9.figshare.1407024", relation="IsSupplementTo")
    assert material.to_dict() == {"identifier": "10.6084/m9.figshare.1407024", "relation": "IsSupplementTo"}
    with pytest.raises(ValueError, match=r"RelatedMaterial\.relation must be one of"):
        RelatedMaterial(identifier="10.6084/m9.figshare.1407024", relation="IsSupplement")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="missing 1 required"):
        ArticleCreate()  # type: ignore[call-arg]


def test_nested_parts_accept_plain_dicts_and_lists() -> None:
    article = ArticleCreate(title="x", authors=[{"name": "Ada Lovelace"}], keywords=("a", "b"))
    assert article.to_dict()["authors"] == [{"name": "Ada Lovelace"}]
    assert article.to_dict()["keywords"] == ["a", "b"]
    assert type(article.authors).__name__ == "list" and type(article.authors[0]).__name__ == "AuthorInput"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"title": 3}, r"ArticleCreate\.title must be a str, not int"),
        ({"title": "x", "authors": [5]}, r"ArticleCreate\.authors\[0\] must be an AuthorInput or a dict, not int"),
        ({"title": "x", "authors": {"name": "Ada"}}, r"ArticleCreate\.authors must be a list"),
        ({"title": "x", "authors": [{"name": 5}]}, r"AuthorInput\.name must be a str, not int"),
        ({"title": "x", "categories": [True]}, r"ArticleCreate\.categories\[0\] must be an int, not bool"),
    ],
)
def test_a_wrong_type_fails_at_construction_naming_the_field(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        ArticleCreate(**arguments)  # type: ignore[arg-type]
