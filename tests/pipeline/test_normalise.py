"""Structural normalisation rules, each on a small document that shows the problem it solves."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.normalise import (
    flatten_overriding_allofs,
    fold_allof_siblings,
    give_aliases_their_own_model,
    name_unnamed_operations,
    normalise,
    relax_response_schemas,
    split_shared_schemas,
    unique_operation_ids,
)

REF = "#/components/schemas/"


def document(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.3", "info": {}, "paths": paths or {}, "components": {"schemas": schemas}}


def json_body(name: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": REF + name}}}}


def get_returning(name: str) -> dict[str, Any]:
    return {"get": {"operationId": f"get_{name}", "responses": {"200": {"description": "ok", **json_body(name)}}}}


def post_sending(name: str) -> dict[str, Any]:
    return {"post": {"operationId": f"post_{name}", "requestBody": json_body(name), "responses": {"204": {}}}}


def test_fold_moves_own_properties_into_an_allof_member() -> None:
    spec = document(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "integer"}}},
            "Complete": {
                "allOf": [{"$ref": REF + "Base"}],
                "properties": {"files": {"type": "array"}},
                "required": ["files"],
                "description": "kept",
            },
        }
    )
    assert fold_allof_siblings(spec) == ["Complete"]
    complete = spec["components"]["schemas"]["Complete"]
    assert complete == {
        "allOf": [
            {"$ref": REF + "Base"},
            {"type": "object", "properties": {"files": {"type": "array"}}, "required": ["files"]},
        ],
        "description": "kept",
    }


def test_fold_reaches_inline_schemas_in_responses() -> None:
    inline = {"allOf": [{"$ref": REF + "Base"}], "properties": {"x": {"type": "string"}}}
    spec = document(
        {"Base": {"type": "object"}},
        {"/a": {"get": {"responses": {"200": {"content": {"application/json": {"schema": inline}}}}}}},
    )
    assert fold_allof_siblings(spec) == ["(inline schema)"]
    assert inline["allOf"][1]["properties"] == {"x": {"type": "string"}}


def test_overriding_an_inherited_property_flattens_with_the_own_definition_winning() -> None:
    spec = document(
        {
            "PublicFile": {"type": "object", "properties": {"name": {"type": "string"}}},
            "PrivateFile": {"type": "object", "properties": {"upload_url": {"type": "string"}}},
            "Article": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "files": {"type": "array", "items": {"$ref": REF + "PublicFile"}},
                },
                "required": ["id"],
            },
            "ArticlePrivate": {
                "allOf": [
                    {"$ref": REF + "Article"},
                    {
                        "type": "object",
                        "properties": {"files": {"type": "array", "items": {"$ref": REF + "PrivateFile"}}},
                    },
                ]
            },
            "Unchanged": {
                "allOf": [
                    {"$ref": REF + "Article"},
                    {"type": "object", "properties": {"x": {"type": "string"}}},
                ]
            },
        }
    )
    assert flatten_overriding_allofs(spec) == ["ArticlePrivate"]
    private = spec["components"]["schemas"]["ArticlePrivate"]
    assert private["type"] == "object" and "allOf" not in private
    assert private["properties"]["files"]["items"] == {"$ref": REF + "PrivateFile"}
    assert private["properties"]["id"] == {"type": "integer"}
    assert private["required"] == ["id"]
    assert "allOf" in spec["components"]["schemas"]["Unchanged"]


def test_bare_allof_alias_gets_a_model_of_its_own() -> None:
    spec = document({"Base": {"type": "object"}, "Alias": {"allOf": [{"$ref": REF + "Base"}]}})
    assert give_aliases_their_own_model(spec) == ["Alias"]
    assert spec["components"]["schemas"]["Alias"]["allOf"][-1] == {"type": "object"}


def test_schema_used_both_ways_is_copied_for_responses() -> None:
    spec = document(
        {
            "Related": {
                "type": "object",
                "properties": {"relation": {"type": "string", "enum": ["Cites"]}},
                "required": ["relation"],
            },
            "Create": {
                "type": "object",
                "properties": {"related": {"type": "array", "items": {"$ref": REF + "Related"}}},
            },
            "Complete": {
                "type": "object",
                "properties": {"related": {"type": "array", "items": {"$ref": REF + "Related"}}},
            },
        },
        {"/a": {**get_returning("Complete"), **post_sending("Create")}},
    )
    assert split_shared_schemas(spec) == {"Related": "RelatedResponse"}
    schemas = spec["components"]["schemas"]
    assert schemas["Create"]["properties"]["related"]["items"]["$ref"] == REF + "Related"
    assert schemas["Complete"]["properties"]["related"]["items"]["$ref"] == REF + "RelatedResponse"
    relax_response_schemas(spec)
    assert schemas["Related"]["required"] == ["relation"], "requests stay exact"
    assert schemas["Related"]["properties"]["relation"]["enum"] == ["Cites"]
    assert "required" not in schemas["RelatedResponse"]
    assert schemas["RelatedResponse"]["properties"]["relation"]["x-known-values"] == ["Cites"]


def test_responses_are_relaxed_requests_are_not() -> None:
    spec = document(
        {
            "Sub": {"type": "object", "properties": {"x": {"type": "string"}}},
            "Out": {
                "type": "object",
                "additionalProperties": False,
                "required": ["sub", "when"],
                "properties": {
                    "sub": {"$ref": REF + "Sub", "description": "kept"},
                    "when": {"type": "string", "format": "date-time"},
                    "state": {"type": "string", "enum": ["a", "b"]},
                    "inline": {"type": "object", "required": ["y"], "properties": {"y": {"type": "integer"}}},
                },
            },
            "In": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "enum": ["a"]}},
            },
        },
        {"/a": {**get_returning("Out"), **post_sending("In")}},
    )
    assert relax_response_schemas(spec) == ["Out", "Sub"]
    out = spec["components"]["schemas"]["Out"]
    assert "required" not in out and "additionalProperties" not in out
    assert out["properties"]["sub"] == {
        "description": "kept",
        "allOf": [{"$ref": REF + "Sub"}],
        "nullable": True,
    }
    assert out["properties"]["when"] == {"type": "string", "x-format": "date-time", "nullable": True}
    assert out["properties"]["state"] == {"type": "string", "x-known-values": ["a", "b"], "nullable": True}
    assert "required" not in out["properties"]["inline"]
    assert out["properties"]["inline"]["properties"]["y"]["nullable"] is True
    assert spec["components"]["schemas"]["In"] == {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string", "enum": ["a"]}},
    }


def test_repeated_operation_ids_are_made_unique() -> None:
    spec = document({})
    spec["paths"] = {
        "/c": {
            "get": {"operationId": "comments", "responses": {}},
            "post": {"operationId": "comments", "responses": {}},
        }
    }
    assert unique_operation_ids(spec) == {"POST /c": "comments_post"}
    assert spec["paths"]["/c"]["get"]["operationId"] == "comments"


def test_copy_name_collision_is_an_error() -> None:
    spec = document(
        {
            "R": {"type": "object"},
            "RResponse": {"type": "object"},
            "C": {"type": "object", "properties": {"r": {"$ref": REF + "R"}}},
        },
        {"/a": {**get_returning("C"), **post_sending("R")}},
    )
    with pytest.raises(ValueError, match="already exists"):
        normalise(spec)


def test_a_malformed_document_gives_a_clear_error_not_a_crash() -> None:
    from generator.pipeline import PipelineError, patch

    broken = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": "none"}}},
    }
    with pytest.raises(PipelineError, match=r"^validate: .*\$\.paths\['/a'\]\.get\.responses: 'none' is not of type"):
        patch(broken, [])


# -- operations without an id or tags (upstream 2017-06 and 2019-12) ----------------------------------------


def test_operations_without_an_id_get_the_name_openapi_python_client_would_give() -> None:
    spec = document(
        {},
        {
            "/account/articles/{article_id}/files": {
                "get": {"tags": ["articles"], "responses": {}},
                "post": {"tags": ["articles"], "responses": {}},
            },
            "/account/articles/{article_id}/files/{file_id}": {"delete": {"tags": ["articles"], "responses": {}}},
            "/x": {"get": {"operationId": "get_x", "tags": ["x"], "responses": {}}},
            "/x/": {"get": {"tags": ["x"], "responses": {}}},
        },
    )
    named, tagged = name_unnamed_operations(spec)
    assert named == {
        "GET /account/articles/{article_id}/files": "get_account_articles_article_id_files",
        "POST /account/articles/{article_id}/files": "post_account_articles_article_id_files",
        "DELETE /account/articles/{article_id}/files/{file_id}": "delete_account_articles_article_id_files_file_id",
        "GET /x/": "get_x_2",  # "get_x" is taken by an upstream id
    }
    assert tagged == {}
    assert name_unnamed_operations(spec) == ({}, {}), "a second run changes nothing"


def test_derived_names_depend_on_method_and_path_only() -> None:
    paths = {
        "/b/{id}": {"get": {"tags": ["b"], "responses": {}}},
        "/a": {"get": {"tags": ["a"], "responses": {}}},
    }
    forward = document({}, copy.deepcopy(paths))
    backward = document({}, copy.deepcopy(dict(reversed(list(paths.items())))))
    assert name_unnamed_operations(forward)[0] == name_unnamed_operations(backward)[0]


def test_operations_without_tags_take_a_neighbours_tag() -> None:
    spec = document(
        {},
        {
            "/account/articles": {"get": {"operationId": "a", "tags": ["articles"], "responses": {}}},
            "/account/articles/export": {
                "get": {"operationId": "b", "responses": {}},
                "post": {"operationId": "c", "tags": [], "responses": {}},
            },
            "/account/institution/{id}/x": {"get": {"operationId": "d", "responses": {}}},
            "/account/institution/{id}/x/y": {"put": {"operationId": "e", "tags": ["institutions"], "responses": {}}},
            "/account/institution/{id}/x/y/z": {"get": {"operationId": "f", "responses": {}}},
            "/stats/{id}": {"get": {"operationId": "g", "responses": {}}},
        },
    )
    assert name_unnamed_operations(spec)[1] == {
        "GET /account/articles/export": "articles",  # the enclosing path's
        "POST /account/articles/export": "articles",
        "GET /account/institution/{id}/x": "institution",  # nothing encloses it: its second segment
        "GET /account/institution/{id}/x/y/z": "institutions",
        "GET /stats/{id}": "stats",
    }


def test_ids_that_would_name_the_same_module_are_repeats() -> None:
    spec = document(
        {},
        {
            "/a": {"get": {"operationId": "articleList", "responses": {}}},
            "/b": {"post": {"operationId": "article_list", "responses": {}}},
        },
    )
    assert unique_operation_ids(spec) == {"POST /b": "article_list_post"}


def test_ids_that_are_not_python_identifiers_are_spelled_in_snake_case() -> None:
    spec = document(
        {},
        {
            "/a": {"get": {"operationId": "get-articles", "responses": {}}},
            "/b": {"get": {"operationId": "get articles", "responses": {}}},
            "/c": {"get": {"operationId": "getArticles2", "responses": {}}},
        },
    )
    assert unique_operation_ids(spec) == {"GET /a": "get_articles", "GET /b": "get_articles_get"}
    assert spec["paths"]["/c"]["get"]["operationId"] == "getArticles2"


# -- a property redeclared in a schema that composes a relaxed one (v3, 2026-06-29 and 07-03) ---------------


def test_a_redeclared_property_is_relaxed_like_the_one_it_redeclares() -> None:
    created = {"type": "string", "format": "date-time", "description": "Date when article was created"}
    spec = document(
        {
            "Article": {
                "type": "object",
                "required": ["id", "created_date"],
                "properties": {"id": {"type": "integer"}, "created_date": dict(created)},
            },
            "ProjectArticle": {
                "allOf": [{"$ref": REF + "Article"}],
                "required": ["created_date", "citation"],
                "properties": {"created_date": dict(created), "citation": {"type": "string"}},
            },
            "ArticleComplete": {
                "allOf": [{"$ref": REF + "ProjectArticle"}],
                "properties": {"files": {"type": "array"}},
            },
        },
        {"/articles/{id}": get_returning("Article")},
    )
    report = normalise(spec)
    assert report.relaxed == ["Article"] and report.redeclared == ["ProjectArticle"]
    schemas = spec["components"]["schemas"]
    inherited = schemas["Article"]["properties"]["created_date"]
    (_ref, own) = schemas["ProjectArticle"]["allOf"]
    assert (
        own["properties"]["created_date"]
        == inherited
        == {
            "type": "string",
            "x-format": "date-time",
            "description": "Date when article was created",
            "nullable": True,
        }
    )
    assert own["properties"]["citation"] == {"type": "string"}, "what it does not redeclare stays as it is"
    assert own["required"] == ["citation"]
    assert "nullable" not in str(schemas["ArticleComplete"]), "nothing redeclared there"
