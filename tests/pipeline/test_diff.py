"""API change reports: the rules on small documents, and every consecutive pair of upstream spec versions.

The expectations for the upstream pairs were checked by hand against the spec files of the mirror
(``$FIGSHARE_SPEC_MIRROR/history/*.json`` and ``swagger.json``): each test says what the files show.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.api_surface import canonical_path
from generator.convert import SWAGGER2OPENAPI
from generator.diff import LoadedSpec, diff_documents, diff_specs, load_spec, main
from generator.diff_markdown import render_markdown
from tests.support.spec_fixtures import require_node_tool

MIRROR = os.environ.get("FIGSHARE_SPEC_MIRROR", "")
CURRENT = "swagger.json"
VERSIONS = [path.name for path in sorted(Path(MIRROR, "history").glob("*.json"))] + [CURRENT] if MIRROR else []
PAIRS = list(itertools.pairwise(VERSIONS))
OPERATION_COUNTS = {  # upstream facts (UPSTREAM.md and the issue)
    "2020-01-16_0ecf11ae5ed0.json": 127,
    "2025-12-17_caecce657e4f.json": 151,
    "2026-02-27_a07653d7b82f.json": 157,
    "2026-06-09_0f4fa45f2085.json": 167,
    "2026-06-24_baf1c367fdc2.json": 158,
    CURRENT: 158,
}


# -- the rules, on small OpenAPI 3 documents ---------------------------------------------------------------


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def get(*parameters: dict[str, Any], response: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": response}} if response else None
    return {
        "parameters": list(parameters),
        "responses": {"200": {"description": "OK", **({"content": content} if content else {})}},
        **extra,
    }


def query(name: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def path_parameter(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer"}}


def compare(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    report: dict[str, Any] = diff_documents(old, new).to_json()
    return report


def test_identical_documents_have_no_changes() -> None:
    spec = document({"/a": {"get": get(query("q", {"type": "string"}))}})
    report = diff_documents(spec, copy.deepcopy(spec))
    assert not report.changed and not report.breaking
    assert "No differences" in render_markdown(report)


def test_trailing_slash_and_renamed_path_parameter_are_the_same_operation() -> None:
    old = document({"/items/{v_number}/": {"get": get(path_parameter("v_number"))}})
    new = document({"/items/{version_id}": {"get": get(path_parameter("version_id"))}})
    report = compare(old, new)
    assert report["operations_added"] == [] and report["operations_removed"] == []
    change = report["operations_changed"]["GET /items/{version_id}"]
    assert change["path"] == ["/items/{v_number}/", "/items/{version_id}"]
    assert change["parameters_changed"] == {"version_id (path)": {"renamed_from": "v_number"}}
    assert report["breaking"] is False


def test_a_new_required_parameter_is_breaking_an_optional_one_is_not() -> None:
    old = document({"/a": {"get": get()}})
    optional = compare(old, document({"/a": {"get": get(query("page", {"type": "integer"}))}}))
    assert optional["operations_changed"]["GET /a"]["parameters_added"] == {
        "page (query)": {"required": False, "type": "integer"}
    }
    assert optional["breaking"] is False
    required = compare(old, document({"/a": {"get": get(query("q", {"type": "string"}, required=True))}}))
    assert required["breaking_changes"] == ["GET /a: new required parameter q (query)"]


def test_path_level_parameters_count_as_the_operations_own() -> None:
    shared = {"parameters": [query("page", {"type": "integer"})], "get": get()}
    own = {"get": get(query("page", {"type": "integer"}))}
    assert not diff_documents(document({"/a": shared}), document({"/a": own})).changed


@pytest.mark.parametrize(
    ("before", "after", "narrowed"),
    [
        ({"type": "number"}, {"type": "integer"}, True),
        ({"type": "integer"}, {"type": "number"}, False),
        ({"type": "string", "nullable": True}, {"type": "string"}, True),
        ({"type": "string"}, {"type": "string", "nullable": True}, False),
        ({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["a"]}, True),
        ({"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["a", "b"]}, False),
        ({"type": "string"}, {"type": "string", "format": "date-time"}, True),
        ({"type": "string", "format": "uuid"}, {"type": "string"}, False),
        ({"type": "integer", "format": "int64"}, {"type": "integer"}, None),  # not a change at all
        ({"type": "string"}, {"oneOf": [{"type": "string"}, {"type": "integer"}]}, False),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, {"type": "string"}, True),
        ({"type": "array", "items": {"type": "integer"}}, {"type": "array", "items": {"type": "string"}}, True),
        ({}, {"type": "object"}, True),
        ({"type": "object"}, {}, False),
    ],
)
def test_type_narrowing(before: dict[str, Any], after: dict[str, Any], narrowed: bool | None) -> None:
    report = compare(
        document({}, {"S": {"type": "object", "properties": {"p": before}}}),
        document({}, {"S": {"type": "object", "properties": {"p": after}}}),
    )
    if narrowed is None:
        assert report["schemas_changed"] == {}
        return
    assert "type" in report["schemas_changed"]["S"]["properties_changed"]["p"]
    assert report["breaking"] is narrowed


def test_newly_required_property_breaks_only_what_callers_send() -> None:
    schemas = {
        "Sent": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Received": {"type": "object", "properties": {"a": {"type": "string"}}},
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sent"}}}}
    paths = {"/a": {"post": {**get(response={"$ref": "#/components/schemas/Received"}), "requestBody": body}}}
    new_schemas = copy.deepcopy(schemas)
    for schema in new_schemas.values():
        schema["required"] = ["a"]
    report = compare(document(paths, schemas), document(paths, new_schemas))
    assert set(report["schemas_changed"]) == {"Sent", "Received"}
    assert report["schemas_changed"]["Received"]["properties_changed"] == {"a": {"required": [False, True]}}
    assert report["breaking_changes"] == ["schema Sent: property now required: a"]
    assert report["operations_changed"] == {}, "the components' own entries report their changes"


def test_allof_and_a_flat_object_with_the_same_properties_are_equal() -> None:
    base = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}
    flat = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}, "x": {"type": "string"}}}
    composed = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"x": {"type": "string"}}}]}
    report = compare(document({}, {"Base": base, "S": flat}), document({}, {"Base": base, "S": composed}))
    assert report["schemas_changed"] == {}


def test_response_schema_replaced_by_one_lacking_properties_is_breaking() -> None:
    schemas = {
        "Full": {"type": "object", "properties": {"id": {"type": "integer"}, "url": {"type": "string"}}},
        "Short": {"type": "object", "properties": {"id": {"type": "integer"}}},
    }
    old = document({"/a": {"get": get(response={"$ref": "#/components/schemas/Full"})}}, schemas)
    new = document({"/a": {"get": get(response={"$ref": "#/components/schemas/Short"})}}, schemas)
    response = compare(old, new)["operations_changed"]["GET /a"]["response"]
    assert response["type"] == ["Full", "Short"] and response["properties_removed"] == ["url"]
    assert compare(new, old)["breaking"] is False, "a response that gains properties breaks nobody"


def test_success_status_request_body_and_security_changes() -> None:
    body = {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}
    old = document({"/a": {"post": {"responses": {"200": {"description": "OK"}}, "security": []}}})
    new = document(
        {
            "/a": {
                "post": {
                    "responses": {"201": {"description": "Created"}},
                    "requestBody": body,
                    "security": [{"OAuth2": ["all"]}],
                }
            }
        }
    )
    change = compare(old, new)["operations_changed"]["POST /a"]
    assert change["response"] == {"status": ["200", "201"]}
    assert change["request_body"] == {"type": [None, "object"]}
    assert change["security"] == [["anonymous"], ["OAuth2(all)"]]
    assert change["breaking"] == [
        "new required request body",
        "success status changed from 200 to 201",
        "callers authenticating as anonymous are no longer accepted",
    ]


def test_dropping_a_scope_is_not_breaking() -> None:
    old = document({"/a": {"get": get(security=[{"OAuth2": ["all"]}])}})
    new = document({"/a": {"get": get(security=[{"OAuth2": []}])}})
    report = compare(old, new)
    assert report["operations_changed"]["GET /a"]["security"] == [["OAuth2(all)"], ["OAuth2"]]
    assert report["breaking"] is False


def test_a_schema_renamed_with_the_same_shape_is_reported_as_renamed() -> None:
    shape = {"type": "object", "properties": {"a": {"type": "string"}}}
    report = compare(document({}, {"Old": shape}), document({}, {"New": copy.deepcopy(shape)}))
    assert (report["schemas_removed"], report["schemas_added"]) == (["Old"], ["New"])
    assert report["schemas_renamed"] == {"Old": "New"}


def test_command_line_writes_json_and_markdown(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(document({"/a": {"get": get()}})), encoding="utf-8")
    new.write_text(json.dumps(document({"/a": {"get": get()}, "/b": {"get": get()}})), encoding="utf-8")
    assert main([str(old), str(new), "--format", "json", "--output", str(tmp_path / "r.json")]) == 0
    written = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert written["operations_added"] == ["GET /b"] and written["breaking"] is False
    assert main([str(old), str(new), "--output", str(tmp_path / "r.md")]) == 0
    assert "## Operations added\n\n- `GET /b`" in (tmp_path / "r.md").read_text(encoding="utf-8")
    assert main([str(old), str(tmp_path / "missing.json")]) == 1


# -- every upstream version pair ------------------------------------------------------------------------------


@cache
def _load(mirror: str, name: str) -> LoadedSpec:
    folder = Path(mirror) if name == CURRENT else Path(mirror, "history")
    return load_spec(folder / name)


@cache
def report_for(mirror: str, old: str, new: str) -> dict[str, Any]:
    """The JSON report of one pair (computed once per test session; conversions are cached too)."""
    result: dict[str, Any] = diff_specs(_load(mirror, old), _load(mirror, new)).to_json()
    return result


@pytest.fixture(scope="module")
def upstream(spec_mirror_dir: Path) -> str:
    require_node_tool(SWAGGER2OPENAPI, ": Swagger 2.0 files cannot be converted")
    return str(spec_mirror_dir)


def upstream_operations(upstream: str, name: str) -> set[str]:
    folder = Path(upstream) if name == CURRENT else Path(upstream, "history")
    paths = json.loads((folder / name).read_text(encoding="utf-8"))["paths"]
    methods = ("get", "put", "post", "delete", "patch")
    return {f"{method.upper()} {path}" for path, item in paths.items() for method in item if method in methods}


@pytest.mark.parametrize(
    "pair", PAIRS or [None], ids=lambda pair: f"{pair[0][:10]}->{pair[1][:10]}" if pair else "none"
)
def test_every_consecutive_pair_is_consistent(pair: tuple[str, str] | None, upstream: str) -> None:
    assert pair is not None, f"{upstream}/history has no spec files"
    old, new = pair
    report = report_for(upstream, old, new)
    old_ops, new_ops = upstream_operations(upstream, old), upstream_operations(upstream, new)
    assert (report["old"]["operations"], report["new"]["operations"]) == (len(old_ops), len(new_ops))
    assert len(new_ops) - len(old_ops) == len(report["operations_added"]) - len(report["operations_removed"])
    assert set(report["operations_added"]) <= new_ops and set(report["operations_removed"]) <= old_ops
    assert set(report["operations_changed"]) <= new_ops
    added_keys = {(name.split(" ")[0], canonical_path(name.split(" ")[1])) for name in report["operations_added"]}
    removed_keys = {(name.split(" ")[0], canonical_path(name.split(" ")[1])) for name in report["operations_removed"]}
    assert not added_keys & removed_keys, "a respelled path was reported as added and removed"
    assert report["breaking"] is bool(report["breaking_changes"])
    assert json.loads(json.dumps(report)) == report
    markdown = render_markdown(diff_specs(_load(upstream, old), _load(upstream, new)))
    assert all(f"`{name}`" in markdown for name in report["operations_added"] + report["operations_removed"])


def test_operation_counts_match_upstream(upstream: str) -> None:
    counted = {PAIRS[0][0]: report_for(upstream, *PAIRS[0])["old"]["operations"]}
    counted.update({new: report_for(upstream, old, new)["new"]["operations"] for old, new in PAIRS})
    assert {name: counted[name] for name in OPERATION_COUNTS} == OPERATION_COUNTS


def test_2020_to_2021_embargo_updater_requires_three_properties(upstream: str) -> None:
    """2021-04-01 adds three GET/PUT operations and makes PUT /account/articles/{id}/embargo's body
    (ArticleEmbargoUpdater, no `required` before) require is_embargoed, embargo_type and embargo_date."""
    report = report_for(upstream, "2020-01-16_0ecf11ae5ed0.json", "2021-04-01_01dd93594ea4.json")
    assert report["operations_added"] == [
        "GET /account/institution/embargo_options",
        "GET /account/institution/groups/{group_id}/embargo_options",
        "PUT /account/articles/{article_id}/versions/{version_id}/update_thumb",
    ]
    assert report["operations_removed"] == [] and report["operations_changed"] == {}
    assert report["schemas_added"] == ["FileId", "GroupEmbargoOptions"]
    updater = report["schemas_changed"]["ArticleEmbargoUpdater"]
    assert updater["properties_added"] == ["embargo_options", "embargo_title"]
    assert updater["properties_changed"] == {
        name: {"required": [False, True]} for name in ("embargo_date", "embargo_type", "is_embargoed")
    }
    assert report["schemas_changed"]["Collection"]["properties_added"] == ["timeline"]
    assert report["breaking_changes"] == [
        "schema ArticleEmbargoUpdater: properties now required: embargo_date, embargo_type, is_embargoed"
    ]


def test_2022_to_2024_funding_becomes_objects_and_project_article_creation_returns_less(upstream: str) -> None:
    """2024-01-29: funding_list items go from integers to FundingInformation, whose is_user_defined goes from
    boolean to integer; POST /account/projects/{id}/articles answers Location instead of LocationWarnings;
    the `order` enums gain created_date (a widening)."""
    report = report_for(upstream, "2022-11-29_d50426c125f7.json", "2024-01-29_aa30dd06e6ec.json")
    assert report["operations_added"] == [] and report["operations_removed"] == []
    assert report["schemas_added"] == ["RelatedMaterial"]
    project_articles = report["operations_changed"]["POST /account/projects/{project_id}/articles"]
    assert project_articles["response"]["type"] == ["LocationWarnings", "Location"]
    assert project_articles["response"]["properties_removed"] == ["entity_id", "warnings"]
    assert report["schemas_changed"]["FundingInformation"]["properties_changed"] == {
        "is_user_defined": {"type": ["boolean", "integer"]}
    }
    assert report["schemas_changed"]["ProjectArticle"]["properties_changed"]["funding_list"] == {
        "type": ["array<integer>", "array<FundingInformation>"]
    }
    order = report["operations_changed"]["GET /articles"]
    assert '"created_date"' in order["parameters_changed"]["order (query)"]["type"][1]
    assert order["breaking"] == []
    assert report["schemas_changed"]["CustomArticleField"]["breaking"] == [], "string -> untyped widens"
    assert set(report["breaking_changes"]) == {
        "POST /account/projects/{project_id}/articles: response properties removed: entity_id, warnings",
        "schema ArticleComplete: property funding_list narrowed from array<integer> to array<FundingInformation>",
        "schema ArticleCompletePrivate: property funding_list narrowed from array<integer> "
        "to array<FundingInformation>",
        "schema FundingInformation: property is_user_defined narrowed from boolean to integer",
        "schema ProjectArticle: property funding_list narrowed from array<integer> to array<FundingInformation>",
    }


def test_2024_12_to_2025_09_narrowed_order_enum_and_removed_link_option(upstream: str) -> None:
    """2025-09-19: GET /account/institution/articles may only be ordered by published_date or modified_date
    and gains `group`; private link creators lose read_only; categories are listed as CategoryList, which
    extends Category (not breaking)."""
    report = report_for(upstream, "2024-12-05_2fb3c0487483.json", "2025-09-19_6b777456cb45.json")
    articles = report["operations_changed"]["GET /account/institution/articles"]
    assert articles["parameters_added"] == {"group (query)": {"required": False, "type": "integer"}}
    assert (
        articles["parameters_changed"]["order (query)"]["type"][1] == 'string one of "modified_date", "published_date"'
    )
    assert articles["breaking"] == [
        'parameter order (query) narrowed from string one of "cites", "downloads", "modified_date", '
        '"published_date", "shares", "views" to string one of "modified_date", "published_date"'
    ]
    assert report["schemas_changed"]["PrivateLinkCreator"]["properties_removed"] == ["read_only"]
    categories = report["operations_changed"]["GET /categories"]
    assert categories["response"]["type"] == ["array<Category>", "array<CategoryList>"]
    assert categories["response"]["properties_added"] == ["[].has_children", "[].is_selectable"]
    assert categories["breaking"] == []
    assert report["schemas_changed"]["ProjectCompletePrivate"]["breaking"] == [
        "property custom_fields narrowed from array<CustomArticleField> to array<ShortCustomField>"
    ]
    assert report["schemas_added"] == ["AccountCreateResponse", "CategoryList", "PrivateProjectArticle"]


def test_2025_09_to_2025_12_respelled_paths_are_not_new_operations(upstream: str) -> None:
    """2025-12-17 renames {v_number} to {version_id} in three article version paths and drops the trailing
    slash of PUT /account/articles/{article_id}/versions/{version_id}/; the 12 other new operations are new."""
    report = report_for(upstream, "2025-09-19_6b777456cb45.json", "2025-12-17_caecce657e4f.json")
    assert len(report["operations_added"]) == 12
    assert {"GET /token", "POST /token", "PATCH /account/articles/{article_id}"} <= set(report["operations_added"])
    assert "GET /articles/{article_id}/versions/{version_id}" not in report["operations_added"]
    assert report["operations_removed"] == []
    changed = report["operations_changed"]
    assert changed["PUT /account/articles/{article_id}/versions/{version_id}"] == {
        "path": [
            "/account/articles/{article_id}/versions/{version_id}/",
            "/account/articles/{article_id}/versions/{version_id}",
        ],
        "breaking": [],
    }
    for suffix in ("", "/confidentiality", "/embargo"):
        change = changed[f"GET /articles/{{article_id}}/versions/{{version_id}}{suffix}"]
        assert change["parameters_changed"] == {"version_id (path)": {"renamed_from": "v_number"}}
    assert report["schemas_added"] == ["CreateOAuthToken", "OAuthToken"]
    assert report["breaking"] is False


def test_2025_12_to_2026_02_the_switch_to_openapi_3(upstream: str) -> None:
    """The OpenAPI 3.0.3 rewrite (151 -> 157 operations) adds the altmetric and symplectic operations and drops
    every property that Swagger 2.0 typed `[type, "null"]` (Timeline's posted/submission/revision, Institution's
    domain, Article's group_id/modified_date/published_date...). Integer formats disappearing is no change."""
    report = report_for(upstream, "2025-12-17_caecce657e4f.json", "2026-02-27_a07653d7b82f.json")
    assert (report["old"]["format"], report["new"]["format"]) == ("swagger-2.0", "openapi-3.0.3")
    assert report["operations_added"] == [
        "GET /altmetric/institutions",
        "GET /symplectic/accounts",
        "GET /symplectic/accounts/{external_user_id}/articles",
        "GET /symplectic/articles",
        "GET /symplectic/articles/{article_id}",
        "GET /symplectic/users/{user_id}",
    ]
    assert report["operations_removed"] == []
    assert report["schemas_added"] == ["AltmetricInstitution"] and report["schemas_removed"] == []
    timeline = report["schemas_changed"]["Timeline"]
    assert timeline["properties_removed"] == ["posted", "revision", "submission"]
    assert report["schemas_changed"]["Institution"]["properties_removed"] == ["domain"]
    assert report["schemas_changed"]["Article"]["properties_removed"] == ["group_id", "modified_date", "published_date"]
    assert report["schemas_changed"]["PrivateFile"]["properties_removed"] == ["status"]
    cursor = report["operations_changed"]["GET /articles"]
    assert cursor == {"parameters_changed": {"X-Cursor (header)": {"type": ["string(uuid)", "string"]}}, "breaking": []}
    assert set(report["operations_changed"]) == {
        f"{verb} /{kind}{suffix}"
        for kind in ("articles", "collections", "projects")
        for verb, suffix in (("GET", ""), ("POST", "/search"))
    }
    assert "schema Timeline: properties removed: posted, revision, submission" in report["breaking_changes"]
    assert report["breaking"] is True


def test_2026_02_to_2026_06_09_items_api_appears(upstream: str) -> None:
    report = report_for(upstream, "2026-02-27_a07653d7b82f.json", "2026-06-09_0f4fa45f2085.json")
    assert len(report["operations_added"]) == 10 and "POST /account/items" in report["operations_added"]
    assert report["operations_changed"]["POST /token"]["request_body"] == {
        "media_types": [["application/json"], ["application/json", "application/x-www-form-urlencoded"]]
    }
    assert report["schemas_changed"]["CollectionCreate"]["properties_changed"] == {"title": {"required": [True, False]}}
    assert report["breaking"] is False


def test_2026_06_09_to_06_24_items_api_withdrawn_and_nullable_properties_restored(upstream: str) -> None:
    """2026-06-24 removes the nine items/fields operations of 2026-06-09 (breaking) and brings back the
    properties the OpenAPI 3 rewrite had dropped (Institution.domain...), but not Timeline's."""
    report = report_for(upstream, "2026-06-09_0f4fa45f2085.json", "2026-06-24_baf1c367fdc2.json")
    assert report["operations_removed"] == [
        "GET /account/collections/fields",
        "GET /account/items/fields",
        "GET /account/items/fields/item-type/{item_type_id}",
        "GET /account/items/{item_id}",
        "GET /account/projects/fields",
        "GET /items/{item_id}",
        "PATCH /account/items/{item_id}",
        "POST /account/items",
        "PUT /account/items/{item_id}",
    ]
    assert report["breaking_changes"] == [f"{name} removed" for name in report["operations_removed"]]
    assert report["schemas_changed"]["Institution"]["properties_added"] == ["domain"]
    assert "Timeline" not in report["schemas_changed"]


def test_2026_06_24_to_current_group_upload_access_and_a_renamed_timeline(upstream: str) -> None:
    """The current file adds Group.upload_access (required, an enum; Group is only ever received) and renames
    ItbmTimeline to MetadataTimeline without changing it."""
    report = report_for(upstream, "2026-06-24_baf1c367fdc2.json", CURRENT)
    assert report["operations_added"] == report["operations_removed"] == []
    assert report["operations_changed"] == {}
    assert report["schemas_changed"] == {
        "Group": {
            "properties_added": ["upload_access"],
            "properties_removed": [],
            "properties_changed": {},
            "breaking": [],
        }
    }
    assert report["schemas_renamed"] == {"ItbmTimeline": "MetadataTimeline"}
    assert report["breaking"] is False
