"""The reference documents of dist/spec (generator.reference): the overlays they are made of, the site checker
that finds what real responses contradict, and the promise of the evidenced variant: it keeps every `required`
name, enumeration, format and non-null that no real response contradicts, and each relaxation it makes is needed
by the fixtures it cites (checked against the corpus, with a validator that is not the site checker)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30ReadValidator

from generator.conformance import OperationIndex, cassette_fixtures, corpus_fixtures
from generator.convert import to_openapi3
from generator.formats import conforms, is_date_time, is_uri
from generator.overlay import apply_overlay_actions, parse_overlay
from generator.reference import (
    EVIDENCED,
    LENIENT,
    Reference,
    diff_actions,
    evidence_fixtures,
    jsonpath,
    response_closure_schemas,
    response_schema_location,
    schema_sites,
)
from generator.reference_build import build_reference
from generator.site_check import SiteChecker
from generator.targets import V2

REPO_ROOT = Path(__file__).resolve().parents[2]
CASSETTES = REPO_ROOT / "tests" / "client" / "cassettes"
Location = tuple[str | int, ...]


@pytest.fixture(scope="module")
def fixtures(patched_spec_path: Path, corpus_dir: Path) -> list[dict[str, Any]]:
    neutral = _neutral(patched_spec_path)
    index = OperationIndex(neutral)

    def declared(operation: Any, status: int) -> bool:
        return response_schema_location(neutral, operation.to_json(), status) is not None

    return [*cassette_fixtures(CASSETTES, index), *corpus_fixtures(corpus_dir, index, declared=declared)]


@pytest.fixture(scope="module")
def built(patched_spec_path: Path, fixtures: list[dict[str, Any]]) -> Reference:
    return build_reference(_neutral(patched_spec_path), fixtures, api="v2")


def _neutral(patched_spec_path: Path) -> dict[str, Any]:
    upstream = json.loads((patched_spec_path.parent / V2.fetched.name).read_text(encoding="utf-8"))
    document = to_openapi3(upstream)
    apply_overlay_actions(document, V2.reference_actions())
    return document


def node(document: Any, location: Location) -> Any:
    for step in location:
        document = document[step]
    return document


# -- the evidenced variant's promise, against the corpus -------------------------------------------------------


def test_the_evidenced_variant_keeps_everything_no_real_response_contradicts(built: Reference) -> None:
    strict, evidenced = built.strict, built.documents[EVIDENCED]
    removed_required = relaxed_null = extended = dropped_formats = 0
    for location, before in schema_sites(strict):
        after = node(evidenced, location)
        if "$ref" in before and "$ref" not in after:  # made nullable where it is used
            assert after["allOf"] == [{"$ref": before["$ref"]}] and after["nullable"] is True
            assert after["x-observed-null"], location
            relaxed_null += 1
            continue
        for name in before.get("required", []):
            if name not in after.get("required", []):
                assert after["x-observed-missing"][name], (location, name)
                removed_required += 1
        assert set(after) - set(before) <= {"nullable", "x-observed-null", "x-observed-missing", "x-format"} | {
            "x-observed-values"
        }, location
        if "enum" in before:
            assert after["enum"][: len(before["enum"])] == before["enum"], f"{location}: an enumeration only grows"
            added = after["enum"][len(before["enum"]) :]
            assert added in ([], [None]) or after["x-observed-values"], location
            assert added != [None] or after["x-observed-null"], f"{location}: null joins the enumeration when observed"
            extended += len([value for value in added if value is not None])
        if after.get("nullable") and not before.get("nullable"):
            assert after["x-observed-null"], location
            relaxed_null += 1
        if "format" in before and "format" not in after:
            assert after["x-format"] == before["format"] and after["x-observed-values"], location
            dropped_formats += 1
    assert removed_required == sum(len(o.fixtures) > 0 for o in built.observations if o.kind == "missing")
    assert 30 <= removed_required <= 60 and 10 <= relaxed_null <= 30 and dropped_formats >= 1
    assert extended == 0, "no real response has sent a value outside an enumeration yet"


def test_every_evidenced_relaxation_is_needed_by_the_fixtures_it_cites(
    built: Reference, fixtures: list[dict[str, Any]]
) -> None:
    """Undo one relaxation: each fixture it cites is refused again (by openapi-schema-validator, or for a format by
    the same checks as ajv-formats)."""
    by_id = {str(fixture["id"]): fixture for fixture in fixtures}
    evidenced = built.documents[EVIDENCED]
    for observation in built.observations:
        undone = copy.deepcopy(evidenced)
        site = node(undone, observation.site)
        if observation.kind == "missing":
            site.setdefault("required", []).append(observation.name)
        elif observation.kind == "null":
            if "allOf" in site and "$ref" in site["allOf"][0] and "x-observed-null" in site:
                parent = node(undone, observation.site[:-1])
                parent[observation.site[-1]] = {"$ref": site["allOf"][0]["$ref"]}
            else:
                site["nullable"] = False
                if None in site.get("enum", []):
                    site["enum"].remove(None)
        elif observation.kind == "format":
            site["format"] = site["x-format"]
        assert observation.fixtures, observation
        for fixture_id in observation.fixtures:
            fixture = by_id[fixture_id]
            if observation.kind == "format":
                assert SiteChecker(undone).check(_location(undone, fixture), fixture["response"]["body"]), fixture_id
                continue
            assert not _valid(undone, fixture), f"{fixture_id} needs {observation.kind} at {observation.site}"


def test_the_evidenced_variant_accepts_every_evidence_fixture(built: Reference, fixtures: list[dict[str, Any]]) -> None:
    evidenced = built.documents[EVIDENCED]
    chosen = evidence_fixtures(fixtures)
    assert len(chosen) >= 72 and all(fixture["source"]["kind"] == "corpus" for fixture in chosen)
    for fixture in chosen:
        location = _location(evidenced, fixture)
        rewritten = {entry["pointer"] for entry in fixture["rewritten"]}
        findings = [
            finding
            for finding in SiteChecker(evidenced).check(location, fixture["response"]["body"])
            if not (finding.kind == "format" and "/response/body" + finding.pointer in rewritten)
        ]
        assert not findings, fixture["id"]


def _location(document: dict[str, Any], fixture: dict[str, Any]) -> Location:
    status = fixture["response"]["status"] or fixture["operation"]["success_status"]
    location = response_schema_location(document, fixture["operation"], status)
    assert location is not None
    return location


def _valid(document: dict[str, Any], fixture: dict[str, Any]) -> bool:
    schema = node(document, _location(document, fixture))
    validator = OAS30ReadValidator({**schema, "components": document["components"]})
    return bool(validator.is_valid(fixture["response"]["body"]))


def test_mock_recordings_are_never_evidence(fixtures: list[dict[str, Any]], built: Reference) -> None:
    mocks = {str(f["id"]) for f in fixtures if f["source"]["authority"] == "mock"}
    assert mocks and all(fixture_id.startswith("cassette/") for fixture_id in mocks)
    assert not mocks & {fixture_id for observation in built.observations for fixture_id in observation.fixtures}


# -- the lenient variant ------------------------------------------------------------------------------------------


def test_the_lenient_variant_relaxes_every_response_schema_and_no_request(built: Reference) -> None:
    lenient = built.documents[LENIENT]
    for schema in response_closure_schemas(lenient):
        assert "required" not in schema and "enum" not in schema
        assert schema.get("format") not in ("date", "date-time", "uri")
        for value in (schema.get("properties") or {}).values():
            assert value.get("nullable") is True and "$ref" not in value
    for name in ("ArticleCreate", "ArticleUpdate", "CollectionCreate", "AuthorInput"):
        assert lenient["components"]["schemas"][name] == built.strict["components"]["schemas"][name], name


def test_open_objects_and_standard_formats(built: Reference) -> None:
    for variant in (LENIENT, EVIDENCED):
        document = built.documents[variant]
        for _location, schema in schema_sites(document):
            assert schema.get("format") not in ("url", "link")
            if schema.get("type") == "object" and not schema.get("properties"):
                assert "additionalProperties" in schema or any(k in schema for k in ("allOf", "anyOf", "oneOf"))
        for schema in response_closure_schemas(document):
            if "properties" in schema:
                assert schema["additionalProperties"] is True
        item = document["components"]["schemas"]["ArticleComplete"]["properties"]["folder_structure"]
        assert item["additionalProperties"] is True
    assert built.strict["components"]["schemas"]["PrivateFile"]["properties"]["upload_url"]["format"] == "uri"


def test_the_generated_overlays_never_append_and_always_explain(built: Reference) -> None:
    for variant, overlay in built.overlays.items():
        document = copy.deepcopy(built.neutral)
        for action in overlay["actions"]:
            assert len(action["description"]) >= 40, action["target"]
            assert ("update" in action) != ("remove" in action)
            if "update" in action:
                assert isinstance(action["update"], dict)
            apply_overlay_actions(document, parse_overlay({**overlay, "actions": [action]}, source=variant))
        assert document == built.documents[variant]


# -- diff_actions, jsonpath ---------------------------------------------------------------------------------------


def _describe(*_arguments: Any) -> str:
    return "a description long enough to say why the document changes"


def test_diff_actions_remove_lists_that_change_and_merge_the_rest() -> None:
    before = {
        "paths": {},
        "components": {
            "schemas": {
                "A": {
                    "required": ["a", "b"],
                    "properties": {"a": {"type": "string", "format": "url"}, "r": {"$ref": "#/x"}},
                }
            }
        },
    }
    after = copy.deepcopy(before)
    schema = after["components"]["schemas"]["A"]
    schema["required"] = ["a"]
    schema["properties"]["a"]["format"] = "uri"
    schema["properties"]["r"] = {"allOf": [{"$ref": "#/x"}], "nullable": True}
    actions = diff_actions(before, after, _describe, _describe)
    assert [(a["target"], "remove" in a) for a in actions] == [
        ("$.components.schemas.A.required", True),
        ("$.components.schemas.A.properties.r['$ref']", True),
        ("$.components.schemas.A", False),
    ]
    assert actions[-1]["update"] == {
        "required": ["a"],
        "properties": {"a": {"format": "uri"}, "r": {"allOf": [{"$ref": "#/x"}], "nullable": True}},
    }


def test_jsonpath_spells_any_key() -> None:
    assert jsonpath(("paths", "/a/{b}", "get", "responses", "200")) == "$.paths['/a/{b}'].get.responses['200']"
    assert jsonpath(("components", "schemas", "it's", "x-format", 0)) == "$.components.schemas['it\\'s']['x-format'][0]"


# -- the site checker and the formats -------------------------------------------------------------------------------


DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "Item": {
                "allOf": [{"$ref": "#/components/schemas/Base"}],
                "type": "object",
                "properties": {
                    "thumb": {"type": "string", "format": "uri"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "base": {"$ref": "#/components/schemas/Base"},
                    "value": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
                },
            },
        }
    }
}


def test_the_site_checker_names_the_schema_site_of_each_failure() -> None:
    item = ("components", "schemas", "Item")
    value = {"thumb": "", "kind": "c", "base": None, "value": 3}
    found = {(f.kind, f.site, f.pointer, f.name) for f in SiteChecker(DOCUMENT).check(item, value)}
    assert found == {
        ("format", (*item, "properties", "thumb"), "/thumb", ""),
        ("enum", (*item, "properties", "kind"), "/kind", ""),
        ("null", (*item, "properties", "base"), "/base", ""),  # where the $ref is used, not Base itself
        ("no_alternative", (*item, "properties", "value"), "/value", "anyOf"),
        ("missing", ("components", "schemas", "Base"), "", "id"),  # the site that holds the required list
    }
    assert SiteChecker(DOCUMENT).check(item, {"id": 1, "thumb": "https://x.org/a", "value": ["v"], "extra": 1}) == []


@pytest.mark.parametrize(
    ("value", "uri"),
    [
        ("https://api.figshare.com/v2/articles/1", True),
        ("https://figshare.com/articles/dataset/T%C3%ADtulo/1", True),
        ("", False),
        ("api/articles/1", False),
        ("url_public_html_fake", False),
        ("https://x.org/a b", False),
    ],
)
def test_uri_as_ajv_formats_checks_it(value: str, uri: bool) -> None:
    assert is_uri(value) is uri


def test_date_time_needs_its_time_zone() -> None:
    assert is_date_time("2017-05-16T14:32:05Z") and is_date_time("2017-05-16T14:32:05+01:00")
    assert not is_date_time("2022-01-01T00:00:00") and not is_date_time("2020-02-30T00:00:00Z")
    assert conforms("binary", "anything") and conforms("date", "2024-02-29") and not conforms("date", "2023-02-29")


# -- the conformance fixtures say what they are evidence of ----------------------------------------------------------


def test_fixtures_flag_mock_output_rewritten_values_and_ship_the_cited_error_body(
    fixtures: list[dict[str, Any]],
) -> None:
    by_id = {str(fixture["id"]): fixture for fixture in fixtures}
    rules = {entry["rule"] for fixture in fixtures for entry in fixture["rewritten"]}
    assert rules == {"relative-api-url", "placeholder", "upload-host", "timestamp", "mock-placeholder"}
    deposits = by_id["corpus/deposits__GET_account_articles__2023-06"]
    assert {"pointer": "/response/body/0/url", "rule": "relative-api-url"}.items() <= deposits["rewritten"][0].items()
    assert by_id["cassette/deposit_workflow/01"]["source"]["authority"] == "mock"
    assert by_id["cassette/deposit_workflow/01"]["rewritten"][0]["pointer"] == "/response/body/location"
    error = by_id["corpus/vtdr-log__GET_articles_31448899_404"]  # cited by overlays/common/03-errors.yaml
    assert error["response"]["status"] == 404 and error["response"]["body"]["code"] == "EntityNotFound"
    assert error["checks"] == ["response_validates", "response_types"]
    assert {fixture["source"]["authority"] for fixture in fixtures} == {"recorded", "documentation", "mock"}


def test_the_independent_validator_accepts_what_the_evidenced_variant_allows(
    built: Reference, fixtures: list[dict[str, Any]]
) -> None:
    """The control for `test_every_evidenced_relaxation_is_needed_by_the_fixtures_it_cites`: with nothing undone,
    every fixture it uses is valid."""
    evidenced = built.documents[EVIDENCED]
    cited = {fixture_id for observation in built.observations for fixture_id in observation.fixtures}
    used = [fixture for fixture in fixtures if fixture["id"] in cited]
    assert len(used) >= 40
    assert all(_valid(evidenced, fixture) for fixture in used)
