"""Tiny hand-made API descriptions with the shapes upstream has published (never copies of upstream files).

Each reproduces what made a real upstream version fail to build, in a few operations and schemas:

- :func:`swagger_2017` (Swagger 2.0): five operations without ``operationId`` (``/account/articles/{id}/files...``,
  2017-06-22..29; the two POSTs, upload initiate and complete, are both ``file_create`` by the naming scheme, whose
  overrides are keyed by the operation ids they lack), operations without ``tags`` (``/account/articles/export``,
  2019-12-12..16), an operation whose responses have no body and no ``ErrorMessage`` schema while error responses
  exist (2017-06-16);
- :func:`openapi_v3_2026` (OpenAPI 3.0.3): ``ProjectArticle`` composing ``Article`` with ``allOf`` and redeclaring
  its ``created_date``, while only ``Article`` is in a response (v3, 2026-06-29 and 2026-07-03).

:func:`mini_v2` is a small but complete description for the update scenarios, whose versions differ by an
addition, a removal or a change.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

REF2 = "#/definitions/"
REF3 = "#/components/schemas/"
OAUTH = [{"OAuth2": ["all"]}]


def _path_id(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "type": "integer", "format": "int64"}


def _swagger_operation(
    operation_id: str | None, tags: list[str] | None, schema: dict[str, Any] | None, *parameters: dict[str, Any]
) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": "s", "description": "d", "security": OAUTH}
    if tags is not None:
        operation["tags"] = tags
    if operation_id is not None:
        operation["operationId"] = operation_id
    if parameters:
        operation["parameters"] = list(parameters)
    success = {"description": "OK", **({"schema": schema} if schema else {})}
    operation["responses"] = {"200": success, "404": {"description": "Not Found"}}
    return operation


def swagger_2017() -> dict[str, Any]:
    """Swagger 2.0 with the 2017/2019 shapes: no operationId, no tags, no ErrorMessage."""
    files = {"type": "array", "items": {"$ref": REF2 + "PrivateFile"}}
    return {
        "swagger": "2.0",
        "info": {"title": "Figshare API", "description": "fixture", "version": "2.0.0"},
        "host": "api.figshare.com",
        "basePath": "/v2",
        "schemes": ["https"],
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "securityDefinitions": {
            "OAuth2": {
                "type": "oauth2",
                "flow": "implicit",
                "authorizationUrl": "https://figshare.com/account/applications/authorize",
                "scopes": {"all": "Grants all access"},
            }
        },
        "paths": {
            "/articles/{article_id}": {
                "get": _swagger_operation("article_details", ["articles"], {"$ref": REF2 + "ArticleComplete"})
                | {"security": [], "parameters": [_path_id("article_id")]}
            },
            "/account/articles": {
                "get": _swagger_operation(
                    "private_articles_list", ["articles"], {"type": "array", "items": {"$ref": REF2 + "Article"}}
                )
            },
            "/account/articles/{article_id}/files": {
                "get": _swagger_operation(None, ["articles"], files, _path_id("article_id")),
                "post": _swagger_operation(
                    None,
                    ["articles"],
                    None,
                    _path_id("article_id"),
                    {"in": "body", "name": "File", "required": True, "schema": {"$ref": REF2 + "FileCreator"}},
                ),
            },
            "/account/articles/{article_id}/files/{file_id}": {
                "get": _swagger_operation(
                    None, ["articles"], {"$ref": REF2 + "PrivateFile"}, _path_id("article_id"), _path_id("file_id")
                ),
                "post": _swagger_operation(None, ["articles"], None, _path_id("article_id"), _path_id("file_id")),
                "delete": _swagger_operation(None, ["articles"], None, _path_id("article_id"), _path_id("file_id")),
            },
            "/account/articles/export": {
                "get": _swagger_operation("account_articles_export", None, {"$ref": REF2 + "ArticlesExport"}),
                "post": _swagger_operation("account_articles_export_initiate", None, {"$ref": REF2 + "ArticlesExport"}),
            },
        },
        "definitions": {
            "Article": {
                "type": "object",
                "required": ["id", "title"],
                "properties": {
                    "id": {"type": "integer", "format": "int64", "description": "Unique identifier"},
                    "title": {"type": "string", "description": "Title"},
                    "created_date": {"type": "string", "format": "date-time", "description": "Created"},
                },
            },
            "ArticleComplete": {
                "allOf": [{"$ref": REF2 + "Article"}],
                "properties": {"files": {"type": "array", "items": {"$ref": REF2 + "PrivateFile"}}},
            },
            "PrivateFile": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "name": {"type": "string"},
                    "size": {"type": "integer", "format": "int64"},
                },
            },
            "FileCreator": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "size": {"type": "integer", "format": "int64"}},
            },
            "ArticlesExport": {
                "type": "object",
                "properties": {"download_url": {"type": "string"}, "created_date": {"type": "string"}},
            },
        },
    }


def _json(schema_name: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": REF3 + schema_name}}}}


def _operation3(operation_id: str, tag: str, response: str | None, *, parameter: str | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"tags": [tag], "operationId": operation_id, "summary": "s", "description": "d"}
    if parameter:
        operation["parameters"] = [
            {"name": parameter, "in": "path", "required": True, "schema": {"type": "integer", "format": "int64"}}
        ]
    success = {"description": "OK", **(_json(response) if response else {})}
    operation["responses"] = {"200": success, "404": {"description": "Not Found", **_json("ErrorMessage")}}
    return operation


ERROR_MESSAGE = {
    "type": "object",
    "properties": {"message": {"type": "string"}, "code": {"type": "integer", "format": "int32"}},
}


def openapi_v3_2026() -> dict[str, Any]:
    """OpenAPI 3.0.3, v3 shape: a schema outside every response redeclares a property of one inside."""
    created = {"type": "string", "description": "Date when article was created", "example": "2017-05-18T11:49:03Z"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Figshare API", "description": "fixture", "version": "3.0.0"},
        "servers": [],
        "paths": {
            "/items/{item_id}": {"get": _operation3("item_details", "items", "Article", parameter="item_id")},
        },
        "components": {
            "schemas": {
                "ErrorMessage": copy.deepcopy(ERROR_MESSAGE),
                "Article": {
                    "type": "object",
                    "required": ["id", "title", "created_date"],
                    "properties": {
                        "id": {"type": "integer", "description": "Unique identifier", "example": 1434614},
                        "title": {"type": "string", "description": "Title", "example": "Test"},
                        "created_date": dict(created),
                    },
                },
                "ProjectArticle": {
                    "required": ["citation", "created_date"],
                    "properties": {
                        "citation": {"type": "string", "description": "Article citation"},
                        "created_date": dict(created),
                    },
                    "allOf": [{"$ref": REF3 + "Article"}],
                },
                "ArticleComplete": {
                    "required": ["figshare_url"],
                    "properties": {"figshare_url": {"type": "string", "description": "Article public url"}},
                    "allOf": [{"$ref": REF3 + "ProjectArticle"}],
                },
            }
        },
    }


def mini_v2(version: int) -> dict[str, Any]:
    """A small OpenAPI 3.0.3 v2-like description, in successive versions.

    1: articles (list, details) and collections (list, details), ``Article.title``.
    2: version 1 plus ``GET /articles/{article_id}/files`` and its ``File`` schema (an addition).
    3: version 2 without ``GET /collections/{collection_id}`` (a breaking removal).
    4: version 2 with ``Article`` renamed ``ArticleSummary`` (the overlay that completes ``Article`` no longer
       matches).
    """
    paths: dict[str, Any] = {
        "/articles": {"get": _list("articles_list", "articles", "Article")},
        "/articles/{article_id}": {
            "get": _operation3("article_details", "articles", "Article", parameter="article_id")
        },
        "/collections": {"get": _list("collections_list", "collections", "Collection")},
        "/collections/{collection_id}": {
            "get": _operation3("collection_details", "collections", "Collection", parameter="collection_id")
        },
    }
    schemas: dict[str, Any] = {
        "ErrorMessage": copy.deepcopy(ERROR_MESSAGE),
        "Article": {
            "type": "object",
            "required": ["id", "title"],
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
        },
        "Collection": {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, "title": {"type": "string"}},
        },
    }
    if version >= 2:
        paths["/articles/{article_id}/files"] = {"get": _list("article_files", "articles", "File", "article_id")}
        schemas["File"] = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}}
    if version == 3:
        del paths["/collections/{collection_id}"]
    if version == 4:
        schemas["ArticleSummary"] = schemas.pop("Article")
        paths = json.loads(json.dumps(paths).replace(f'"{REF3}Article"', f'"{REF3}ArticleSummary"'))
    return {
        "openapi": "3.0.3",
        "info": {"title": "Figshare API", "description": f"fixture version {version}", "version": "2.0.0"},
        "servers": [],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _list(operation_id: str, tag: str, item: str, parameter: str | None = None) -> dict[str, Any]:
    operation = _operation3(operation_id, tag, None, parameter=parameter)
    operation["responses"]["200"]["content"] = {
        "application/json": {"schema": {"type": "array", "items": {"$ref": REF3 + item}}}
    }
    return operation


def operation_count(document: dict[str, Any]) -> int:
    """The operations an upstream document declares (Swagger 2.0 or OpenAPI 3)."""
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in document["paths"].values() for method in item if method in methods)


def require_node_tool(tool: Path, what: str = "") -> None:
    """Skip, or fail where the shared material is required (CI), when the npm tool ``tool`` is not installed."""
    if not tool.exists():
        message = f"{tool.name} is not installed (run `npm ci`){what}"
        if os.environ.get("FIGSHARE_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
