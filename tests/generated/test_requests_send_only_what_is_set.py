"""Requests carry only what the caller set: no client-side defaults (see overlays/04-defaults.yaml)."""

from __future__ import annotations

from figshare_api.api.articles import articles_list, private_article_update
from figshare_api.models import ArticleSearch, ArticleUpdate, RelatedMaterial
from figshare_api.models.related_material_relation import RelatedMaterialRelation


def test_list_call_without_pagination_sends_no_query() -> None:
    kwargs = articles_list._get_kwargs()
    assert kwargs["params"] == {}


def test_limit_offset_call_does_not_also_send_page_size() -> None:
    """Figshare answers 422 when page/page_size are mixed with limit/offset."""
    kwargs = articles_list._get_kwargs(limit=100, offset=200)
    assert kwargs["params"] == {"limit": 100, "offset": 200}


def test_update_sends_only_the_changed_field() -> None:
    """A declared default (description "", license 0, ...) would overwrite the article's other metadata."""
    kwargs = private_article_update._get_kwargs(article_id=1, body=ArticleUpdate(title="New title"))
    assert kwargs["json"] == {"title": "New title"}


def test_search_body_sends_only_what_is_set() -> None:
    assert ArticleSearch(search_for="figshare").to_dict() == {"search_for": "figshare"}


def test_request_models_stay_exact() -> None:
    """Requests keep the spec's enums and required fields (responses use RelatedMaterialResponse)."""
    material = RelatedMaterial(
        identifier="10.6084/m9.figshare.1407024", relation=RelatedMaterialRelation.ISSUPPLEMENTTO
    )
    assert material.to_dict() == {"identifier": "10.6084/m9.figshare.1407024", "relation": "IsSupplementTo"}
