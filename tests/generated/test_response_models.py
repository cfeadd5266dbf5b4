"""How a parsed response model behaves (generator/templates/types.py.jinja `ResponseModel`): lossless in key
order, nested models made on first read, only fields settable, copies independent."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

from figshare_api.models import ArticleComplete, Author, CustomArticleField, License

ARTICLE: dict[str, Any] = {
    "id": 1,
    "title": "T",
    "license": {"value": 1, "name": "CC BY", "url": "u"},
    "authors": [{"id": 2, "full_name": "Ada", "x-new": True}],
    "custom_fields": [{"name": "Advisor", "value": "Bell"}],
    "doi": None,
    "x-unknown": [1, 2],
    "files": "not a list",
}


def parsed(body: dict[str, Any] | None = None) -> ArticleComplete:
    return ArticleComplete.from_dict(json.loads(json.dumps(body or ARTICLE)))


def test_to_dict_gives_back_the_body_in_its_key_order_without_any_read() -> None:
    article = parsed()
    assert json.dumps(article.to_dict()) == json.dumps(ARTICLE)
    assert article["x-unknown"] == [1, 2]


def test_nested_models_are_typed_on_read_and_lossless_after() -> None:
    article = parsed()
    assert isinstance(article.license_, License)
    assert article.license_.name == "CC BY"
    assert article.authors is not None
    assert isinstance(article.authors[0], Author)
    assert article.authors[0].additional_properties == {"x-new": True}
    assert article.files == "not a list"  # lenient: kept as it came
    assert article.categories is None
    assert article.handle is None
    assert json.dumps(article.to_dict()) == json.dumps(ARTICLE)


def test_the_callers_dict_is_not_changed() -> None:
    body = json.loads(json.dumps(ARTICLE))
    article = ArticleComplete.from_dict(body)
    assert article.custom_fields is not None
    assert body == ARTICLE


def test_a_body_of_known_keys_only_round_trips_with_nulls_kept() -> None:
    field = CustomArticleField.from_dict({"value": None, "name": "n"})
    assert field.settings is None
    assert field.to_dict() == {"value": None, "name": "n"}
    assert list(field.to_dict()) == ["value", "name"]
    field.order = 3
    field.is_mandatory = None
    assert field.to_dict() == {"value": None, "name": "n", "order": 3}


def test_setting_a_nested_field_before_reading_it_wins() -> None:
    article = parsed()
    article.authors = [Author(full_name="Grace")]
    assert article.to_dict()["authors"] == [{"full_name": "Grace"}]
    del article.custom_fields
    assert article.custom_fields is None
    assert article.to_dict()["custom_fields"] is None  # the body had the key


def test_only_fields_can_be_set() -> None:
    article = parsed()
    with pytest.raises(AttributeError):
        article.titel = "typo"  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        Author().fullname = "typo"  # type: ignore[attr-defined]

    class Mine(Author):
        pass

    mine = Mine.from_dict({"id": 1})
    mine.note = "a user's subclass may add attributes"  # type: ignore[attr-defined]
    assert mine.to_dict() == {"id": 1}


def test_copies_and_pickles_are_independent_and_equal() -> None:
    for make in (copy.copy, copy.deepcopy, lambda model: pickle.loads(pickle.dumps(model))):
        article = parsed()
        twin = make(article)
        assert article.custom_fields is not None
        assert twin.custom_fields is not None
        assert twin == article
        assert json.dumps(twin.to_dict()) == json.dumps(ARTICLE)


def test_constructed_models_give_only_what_was_set() -> None:
    author = Author(full_name="Ada", id=None)
    assert author.to_dict() == {"full_name": "Ada"}
    assert parsed() == parsed()
    assert repr(Author.from_dict({"id": 1})).startswith("Author(id=1,")


def test_a_first_read_from_many_threads_gives_every_thread_the_same_models() -> None:
    from concurrent.futures import ThreadPoolExecutor

    for _ in range(20):
        article = parsed()
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda model: model.custom_fields, [article] * 8))
        assert all(result is results[0] for result in results)
        assert results[0] is not None


def test_lists_of_models_are_what_from_dict_makes_of_each_item() -> None:
    items: list[Any] = [
        {"name": "Advisor", "value": "Bell"},  # plain keys only: the inline case
        {"value": None, "name": "n"},
        {"name": "x", "settings": {"options": ["a"]}},  # a nested model
        {"name": "y", "x-new": 1},  # a key the spec does not describe
        "not an object",
        None,
    ]
    article = parsed({"custom_fields": items, "authors": [{"id": 2, "full_name": "Ada"}], "license": None})
    fields = article.custom_fields
    assert fields is not None
    for made, item in zip(fields, items, strict=True):
        if isinstance(item, dict):
            expected = CustomArticleField.from_dict(item)
            assert type(made) is CustomArticleField
            assert made == expected
            assert list(made.__dict__) == list(expected.__dict__)
            assert made.to_dict() == item
        else:
            assert made == item
    assert fields[0].settings is None and fields[0].additional_properties == {}
    assert fields[3].additional_properties == {"x-new": 1}
    fields[0].additional_properties["later"] = True  # each model has its own
    assert fields[1].additional_properties == {}
    assert article.to_dict()["custom_fields"] == [{"name": "Advisor", "value": "Bell", "later": True}, *items[1:]]


@pytest.mark.parametrize(
    ("model", "body"),
    [
        (CustomArticleField, {"name": "n", "settings": None, "value": "v"}),  # a null nested field keeps its place
        (CustomArticleField, {"settings": None}),
        (CustomArticleField, {"name": "n", "settings": {"options": ["a"]}, "value": "v"}),
        (CustomArticleField, {"name": "n", "x-new": 1, "settings": None}),
        (CustomArticleField, {"settings": {"a": 1}, "x-new": 1, "name": "n"}),
        (CustomArticleField, {"name": "n"}),
        (ArticleComplete, {"id": 1, "timeline": None, "title": "t"}),
        (ArticleComplete, {"license": None, "id": 1, "timeline": None}),  # renamed and null
        (ArticleComplete, {"id": 1, "license": {"value": 1}, "title": "t"}),  # renamed and nested
        (ArticleComplete, {"license": None, "x-new": [1], "authors": [{"id": 2}], "id": 1}),
        (ArticleComplete, {"id": 1, "title": "t"}),
    ],
)
def test_absent_null_and_present_nested_fields_round_trip_in_order(model: Any, body: dict[str, Any]) -> None:
    made = model.from_dict(json.loads(json.dumps(body)))
    assert json.dumps(made.to_dict()) == json.dumps(body)
    for attribute in model._nested:
        getattr(made, attribute)  # first reads
    assert json.dumps(made.to_dict()) == json.dumps(body)
    assert made == model.from_dict(body)
