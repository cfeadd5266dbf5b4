"""`make dist-spec`: the reference folder for other-language SDKs (lenient and evidenced documents, the overlays
that make them, DEVIATIONS.md and conformance fixtures), built into temporary folders from the pinned specs, the
cassettes and the corpus, then checked with the tools of another ecosystem that `make dist-spec` runs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml

from generator.conformance import REDACTED, SECRET_NAMES, redact
from generator.dist import ApiVersion, DistError, DistSummary, build_dist, main
from generator.dist_readme import EXTENSIONS, extensions_in
from generator.fetch import SpecIntegrityError
from generator.lock import SpecLock
from generator.overlay import apply_overlay_actions, load_overlay
from generator.reference_build import GENERATED_NAME
from generator.targets import V2, V3
from tests.support.requests_from_spec import generated_operation

REPO_ROOT = Path(__file__).resolve().parents[2]
LOCK = REPO_ROOT / "swagger" / "spec.lock.json"
OVERLAYS = tuple(V2.overlay_files())
CASSETTES = REPO_ROOT / "tests" / "client" / "cassettes"
MAPPED_AT_LEAST = 72  # corpus responses that map to an operation (tests/generated/test_corpus.py)


def v2(patched: Path, *, fetched_dir: Path | None = None) -> ApiVersion:
    target = replace(V2, patched=patched, fetched_dir=fetched_dir or patched.parent)
    return ApiVersion(target, cassettes=CASSETTES, uses_corpus=True)


def v3(patched: Path) -> ApiVersion:
    return ApiVersion(replace(V3, patched=patched, fetched_dir=patched.parent))


@pytest.fixture(scope="module")
def built(
    patched_spec_path: Path, patched_v3_spec_path: Path, corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> DistSummary:
    output = tmp_path_factory.mktemp("dist") / "spec"
    return build_dist(output, [v2(patched_spec_path), v3(patched_v3_spec_path)], corpus=corpus_dir)


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def fixtures(folder: Path) -> dict[str, dict[str, Any]]:
    return {path.name: read(path) for path in sorted((folder / "conformance" / "fixtures").glob("*.json"))}


def test_the_folder_holds_both_variants_their_overlays_recipes_and_lock(built: DistSummary) -> None:
    spec = built.output
    assert (spec / "v2" / "spec.lock.json").read_bytes() == LOCK.read_bytes()
    assert sorted(path.name for path in (spec / "v2" / "overlays").iterdir()) == sorted(
        [*(path.name for path in OVERLAYS), GENERATED_NAME]
    )
    assert all((spec / "v2" / "overlays" / path.name).read_bytes() == path.read_bytes() for path in OVERLAYS)
    assert "06-oauth.yaml" not in {path.name for path in (spec / "v2" / "overlays").iterdir()}, "Python only"
    assert sorted(path.name for path in (spec / "v2" / "evidenced").iterdir()) == [GENERATED_NAME, "openapi.json"]
    recipes = read(spec / "v2" / "recipes.json")
    assert recipes["upstream"] == {"lock": "spec.lock.json", "format": "openapi-3.0.3", "converted_with": None}
    hand_written = [f"overlays/{path.name}" for path in OVERLAYS]
    assert recipes["documents"] == {
        "openapi.json": {"variant": "lenient", "overlays": [*hand_written, f"overlays/{GENERATED_NAME}"]},
        "evidenced/openapi.json": {"variant": "evidenced", "overlays": [*hand_written, f"evidenced/{GENERATED_NAME}"]},
    }
    readme = (spec / "README.md").read_text(encoding="utf-8")
    assert "`v2/openapi.json`" in readme and "`v2/evidenced/openapi.json`" in readme and "`conformance/`" in readme
    assert "there are no fixtures of real v3 responses yet" in readme


@pytest.mark.parametrize("document", ["openapi.json", "evidenced/openapi.json"])
def test_upstream_plus_the_shipped_overlays_is_the_shipped_document(
    built: DistSummary, patched_spec_path: Path, document: str
) -> None:
    """With this package's applier; `test_a_third_party_overlay_tool_rebuilds_every_document` uses openapi-format."""
    folder = built.output / "v2"
    recipe = read(folder / "recipes.json")["documents"][document]
    rebuilt = read(patched_spec_path.parent / V2.fetched.name)
    actions = [action for path in recipe["overlays"] for action in load_overlay(folder / path)]
    apply_overlay_actions(rebuilt, actions)
    assert rebuilt == read(folder / document)


def test_the_reference_is_generator_neutral(built: DistSummary) -> None:
    """What only openapi-python-client needs stays in the Python build."""
    for document in ("openapi.json", "evidenced/openapi.json"):
        spec = read(built.output / "v2" / document)
        schemas = spec["components"]["schemas"]
        assert not {"RelatedMaterialResponse", "TimelineUpdateResponse"} & set(schemas), "split_shared_schemas"
        assert set(spec["paths"]["/token"]["post"]["requestBody"]["content"]) == {
            "application/json",
            "application/x-www-form-urlencoded",
        }, "06-oauth"
        assert any("$ref" in member for member in schemas["ArticleComplete"]["allOf"]), "not flattened"
        assert "properties" in schemas["ArticleComplete"], "not folded"
        text = json.dumps(spec)
        assert '"format": "url"' not in text and '"format": "link"' not in text


def test_deviations_name_every_overlay_action_with_its_evidence_and_every_normalisation_rule(
    built: DistSummary,
) -> None:
    deviations = (built.output / "DEVIATIONS.md").read_text(encoding="utf-8")
    flat = " ".join(deviations.split())
    for action in V2.actions():
        assert f"`{action.target}`" in deviations, action.label
        assert " ".join(action.description.split()) in flat, f"{action.label}: its description (the evidence)"
    for rule in ("operation_ids", "standard_formats", "open_objects", "lenient", "evidenced"):
        assert f"**`{rule}`**" in deviations, rule
    for rule in ("unique_operation_ids", "fold_allof_siblings", "flatten_overriding_allofs"):
        assert f"**`{rule}`**" in deviations
    assert "- **`fold_allof_siblings`** (*Python only*)" in deviations
    python = deviations.split("### Only in figshare-sdk's Python build (not in this folder)", 1)[1]
    assert "06-oauth.yaml" in python.split("## REST API v3", 1)[0]
    assert "- `relax_response_schemas` (" in deviations, "what each rule rewrote in the pinned spec"
    assert SpecLock.load(LOCK).commit in deviations
    assert "**Removes** `$.components.schemas.CustomArticleField.properties.value.type` (1 place)" in deviations


def test_every_fixture_follows_the_documented_format(built: DistSummary) -> None:
    conformance = built.output / "conformance"
    schema = read(conformance / "fixture.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    found = fixtures(built.output)
    for name, fixture in found.items():
        errors = [error.message for error in validator.iter_errors(fixture)]
        assert not errors, f"{name}: {errors}"
        assert name == fixture["id"].replace("/", "__") + ".json"
    index = read(conformance / "index.json")
    assert [entry["file"] for entry in index["fixtures"]] == [f"fixtures/{name}" for name in found]
    assert index["corpus_included"] is True
    assert "## Checks" in (conformance / "README.md").read_text(encoding="utf-8")


def test_fixtures_cover_the_cassettes_and_the_mapped_corpus_responses(built: DistSummary) -> None:
    interactions = sum(
        len(yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]) for path in CASSETTES.glob("*.yaml")
    )
    assert built.fixtures["cassette"] == interactions
    assert built.fixtures["corpus"] >= MAPPED_AT_LEAST
    first = read(built.output / "conformance" / "fixtures" / "cassette__deposit_workflow__01.json")
    assert first["operation"] == {
        "method": "POST",
        "path": "/account/articles",
        "operation_id": "private_article_create",
        "success_status": 201,
    }
    assert first["request"]["body"] == {"title": "Test article title", "defined_type": "dataset"}
    assert first["source"]["sequence"] == {"name": "deposit_workflow", "position": 1, "length": interactions}
    listing = read(built.output / "conformance" / "fixtures" / "cassette__deposit_workflow__05.json")["request"]
    assert (listing["path"], listing["query"]) == ("/account/articles", [["page", "1"], ["page_size", "10"]])


def test_no_secret_reaches_a_fixture(built: DistSummary, corpus_dir: Path) -> None:
    upload_tokens = set(re.findall(r'"upload_token":\s*"([^"]+)"', _corpus_text(corpus_dir)))
    assert upload_tokens, "the corpus has upload tokens to hide"
    for name, fixture in fixtures(built.output).items():
        text = json.dumps(fixture)
        assert not any(token in text for token in upload_tokens), name
        assert "authorization" not in {header.lower() for header in fixture["request"]["headers"]}, name
        for key, value in _pairs(fixture):
            if key.lower() in SECRET_NAMES and isinstance(value, str) and value:
                assert value == REDACTED, f"{name}: {key}"


def test_corpus_fixtures_replay_through_the_generated_client(built: DistSummary, patched_spec_path: Path) -> None:
    """What another SDK does with a fixture: parse the body as the operation's success type, get it all back."""
    spec = read(patched_spec_path)
    replayed = 0
    for name, fixture in fixtures(built.output).items():
        if "response_round_trips" not in fixture["checks"]:
            continue
        operation = spec["paths"][fixture["operation"]["path"]][fixture["operation"]["method"].lower()]
        response = httpx.Response(
            fixture["operation"]["success_status"],
            content=json.dumps(fixture["response"]["body"]).encode(),
            headers={"content-type": "application/json"},
        )
        parsed = generated_operation(operation).parse(response.json())
        plain = [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()
        assert plain == fixture["response"]["body"], name
        replayed += 1
    assert replayed >= MAPPED_AT_LEAST


def test_the_same_inputs_give_the_same_bytes(
    built: DistSummary, patched_spec_path: Path, patched_v3_spec_path: Path, corpus_dir: Path
) -> None:
    versions = [v2(patched_spec_path), v3(patched_v3_spec_path)]
    again = build_dist(built.output.parent / "again", versions, corpus=corpus_dir)
    first = {path.relative_to(built.output): path.read_bytes() for path in built.output.rglob("*") if path.is_file()}
    second = {path.relative_to(again.output): path.read_bytes() for path in again.output.rglob("*") if path.is_file()}
    assert first == second


def test_without_the_corpus_the_fixtures_are_the_cassettes(patched_spec_path: Path, tmp_path: Path) -> None:
    summary = build_dist(tmp_path / "spec", [v2(patched_spec_path)], corpus=None)
    assert summary.fixtures["corpus"] == 0 and summary.fixtures["cassette"] > 0
    assert read(tmp_path / "spec" / "conformance" / "index.json")["corpus_included"] is False
    assert "without the corpus" in (tmp_path / "spec" / "README.md").read_text(encoding="utf-8")


def test_stale_or_wrong_build_outputs_are_refused(patched_spec_path: Path, tmp_path: Path) -> None:
    stale = tmp_path / "openapi.patched.json"
    document = read(patched_spec_path)
    document["info"]["title"] = "edited by hand"
    stale.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DistError, match="run `make spec`"):
        build_dist(tmp_path / "spec", [v2(stale, fetched_dir=patched_spec_path.parent)], corpus=None)
    assert not (tmp_path / "spec").exists() and not (tmp_path / "spec.partial").exists(), "nothing half-built is left"
    wrong = tmp_path / "fetched"
    wrong.mkdir()
    (wrong / "swagger.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SpecIntegrityError):
        build_dist(tmp_path / "spec", [v2(patched_spec_path, fetched_dir=wrong)], corpus=None)
    with pytest.raises(DistError, match="missing"):
        build_dist(tmp_path / "spec", [v2(patched_spec_path, fetched_dir=tmp_path / "none")], corpus=None)


def test_an_existing_folder_is_replaced(patched_spec_path: Path, tmp_path: Path) -> None:
    (tmp_path / "spec" / "old").mkdir(parents=True)
    build_dist(tmp_path / "spec", [v2(patched_spec_path)], corpus=None)
    assert not (tmp_path / "spec" / "old").exists()


def test_redaction_covers_queries_nested_keys_and_copies_inside_other_strings() -> None:
    fixture: dict[str, Any] = {
        "request": {"query": [["access_token", "abcdefgh12345"], ["page", "1"]], "body": {"password": "hunter22"}},
        "response": {
            "body": {
                "files": [{"upload_token": "f5f248c8-47cd", "upload_url": "https://up.example/upload/f5f248c8-47cd"}]
            }
        },
    }
    cleaned = redact(fixture)
    assert cleaned["request"]["query"] == [["access_token", REDACTED], ["page", "1"]]
    assert cleaned["request"]["body"] == {"password": REDACTED}
    assert cleaned["response"]["body"]["files"][0] == {
        "upload_token": REDACTED,
        "upload_url": f"https://up.example/upload/{REDACTED}",
    }
    assert cleaned["redacted"] == [
        "/request/query/0/1",
        "/request/body/password",
        "/response/body/files/0/upload_token",
        "/response/body/files/0/upload_url",
    ]


def test_the_fixture_secret_names_cover_the_sdks() -> None:
    from figshare._secrets import SENSITIVE_QUERY_PARAMS

    assert SENSITIVE_QUERY_PARAMS - {"code"} <= SECRET_NAMES


def test_command_line(patched_spec_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    version = v2(patched_spec_path)
    monkeypatch.setattr("generator.dist.API_VERSIONS", (version,))
    monkeypatch.delenv("FIGSHARE_TEST_CORPUS", raising=False)
    assert main(["--output", str(tmp_path / "spec")]) == 0
    assert (tmp_path / "spec" / "DEVIATIONS.md").is_file()
    shutil.rmtree(tmp_path / "spec")
    monkeypatch.setattr("generator.dist.API_VERSIONS", (v2(tmp_path / "missing.json"),))
    assert main(["--output", str(tmp_path / "spec")]) == 1


def _corpus_text(corpus: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace") for path in sorted((corpus / "rest").glob("*.json"))
    )


def _pairs(value: Any) -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((str(key), item))
            found += _pairs(item)
    elif isinstance(value, list):
        for item in value:
            found += _pairs(item)
    return found


def test_deviations_cite_the_fixtures_behind_each_evidenced_relaxation(built: DistSummary) -> None:
    deviations = (built.output / "DEVIATIONS.md").read_text(encoding="utf-8")
    section = deviations.split("#### Where real responses contradict upstream (the evidenced relaxations)", 2)
    v2_section, v3_section = section[1], section[2]
    assert re.search(r"\d+ relaxations at \d+ schema sites, needed by \d+ conformance fixtures", v2_section)
    assert (
        "| `#/components/schemas/ProjectComplete/properties/funding` | sent `null` | "
        "`corpus/agent-trace__GET_projects_113166` |" in v2_section
    )
    assert "| `#/components/schemas/Article` | left out a required property: `created_date` |" in v2_section
    assert '| `#/components/schemas/Article/properties/thumb` | sent a value that is not of the format: `""` |' in (
        v2_section
    )
    assert "There are no fixtures of real v3 responses yet" in v3_section.split("###", 1)[0]
    errors = deviations.split("#### `03-errors.yaml`", 1)[1].split("####", 1)[0]
    assert "Conformance fixtures: `corpus/vtdr-log__GET_articles_31448899_404`." in errors, "the 404 body it cites"
    fixture_ids = {entry["id"] for entry in read(built.output / "conformance" / "index.json")["fixtures"]}
    cited = set(re.findall(r"`(corpus/[^`]+)`", v2_section.split("### Only in", 1)[0]))
    assert cited and cited <= fixture_ids


def test_every_extension_is_explained_in_the_readme(built: DistSummary) -> None:
    readme = (built.output / "README.md").read_text(encoding="utf-8")
    found: set[str] = set()
    for path in built.output.glob("*/**/*.json"):
        if "conformance" not in path.parts:
            found |= extensions_in(read(path))
    for path in built.output.glob("*/**/*.yaml"):
        for action in yaml.safe_load(path.read_text(encoding="utf-8"))["actions"]:
            found |= {key for key in action if key.startswith("x-")} | extensions_in(action.get("update"))
    assert {"x-requires", "x-known-values", "x-format", "x-observed-null", "x-tag"} <= found
    assert found <= set(EXTENSIONS)
    for name in found:
        assert f"| `{name}` |" in readme, name


NODE = shutil.which("node")
CHECKS = REPO_ROOT / "generator" / "dist_checks"


def node(script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    if NODE is None or not (REPO_ROOT / "node_modules" / "ajv-formats").is_dir():
        pytest.skip("node and the npm tools are needed (run `npm ci`)")
    command = [NODE, str(CHECKS / script), *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO_ROOT)


def test_a_third_party_overlay_tool_rebuilds_every_document(
    built: DistSummary, patched_spec_path: Path, patched_v3_spec_path: Path
) -> None:
    """openapi-format (npm), another Overlay 1.0 implementation, gives exactly the shipped documents."""
    sources = [
        f"v2={patched_spec_path.parent / V2.fetched.name}",
        f"v3={patched_v3_spec_path.parent / V3.fetched.name}",
    ]
    result = node("apply_overlays.mjs", str(built.output), *sources)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("overlays: rebuilt 4 documents with openapi-format: 0 failed\n")


def test_the_overlay_check_notices_a_document_that_differs(
    built: DistSummary, patched_spec_path: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "spec"
    shutil.copytree(built.output, copy)
    document = read(copy / "v2" / "evidenced" / "openapi.json")
    document["components"]["schemas"]["Article"]["required"].append("thumb")
    (copy / "v2" / "evidenced" / "openapi.json").write_text(json.dumps(document), encoding="utf-8")
    result = node("apply_overlays.mjs", str(copy), f"v2={patched_spec_path.parent / V2.fetched.name}")
    assert result.returncode == 1
    assert "failed: v2/evidenced/openapi.json: differs from upstream + overlays at /components/schemas/Article" in (
        result.stdout
    )


def test_every_fixture_validates_against_both_variants_under_ajv_with_formats(built: DistSummary) -> None:
    """JSON Schema from another ecosystem (ajv, ajv-formats) accepts every fixture and every response body."""
    result = node("validate_fixtures.mjs", str(built.output))
    assert result.returncode == 0, result.stdout + result.stderr
    total = built.fixtures["cassette"] + built.fixtures["corpus"]
    match = re.fullmatch(
        rf"ajv: checked {total} fixtures \((\d+) response bodies against every document, formats asserted; (\d+) "
        r"only through the format of values their source rewrote\): 0 invalid\n",
        result.stdout,
    )
    assert match, result.stdout
    assert int(match[1]) >= 2 * MAPPED_AT_LEAST
    assert 0 < int(match[2]) < int(match[1]) / 4, "the exemption is for the few rewritten values"


def test_ajv_refuses_a_body_the_documents_do_not_allow(built: DistSummary, tmp_path: Path) -> None:
    copy = tmp_path / "spec"
    shutil.copytree(built.output, copy)
    name = "corpus__pooch-figshare__GET_articles_14763051.json"
    fixture = read(copy / "conformance" / "fixtures" / name)
    fixture["response"]["body"]["files"] = "not a list"
    fixture["response"]["body"]["url_public_html"] = "not a uri"
    (copy / "conformance" / "fixtures" / name).write_text(json.dumps(fixture), encoding="utf-8")
    result = node("validate_fixtures.mjs", str(copy))
    assert result.returncode == 1
    lenient = "invalid: corpus/pooch-figshare__GET_articles_14763051 (v2/openapi.json): the response body does not "
    assert f"{lenient}validate: /files must be array,null" in result.stdout
    evidenced = result.stdout.split("(v2/evidenced/openapi.json): the response body does not validate: ", 1)[1]
    assert '/url_public_html must match format "uri"' in evidenced.splitlines()[0]


def test_typescript_types_accept_every_fixture(built: DistSummary) -> None:
    """openapi-typescript (default options) types from both variants, every response body checked by tsc --strict."""
    result = node("typecheck_fixtures.mjs", str(built.output))
    assert result.returncode == 0, result.stdout + result.stderr
    counts = re.findall(r"v2/(?:evidenced/)?openapi\.json: (\d+)", result.stdout)
    assert len(counts) == 2 and all(int(count) >= MAPPED_AT_LEAST for count in counts), result.stdout


def test_typescript_refuses_a_body_of_the_wrong_type(built: DistSummary, tmp_path: Path) -> None:
    copy = tmp_path / "spec"
    shutil.copytree(built.output, copy)
    name = "corpus__figshare-client-java__GET_account.json"
    fixture = read(copy / "conformance" / "fixtures" / name)
    fixture["response"]["body"]["id"] = "not a number"
    (copy / "conformance" / "fixtures" / name).write_text(json.dumps(fixture), encoding="utf-8")
    result = node("typecheck_fixtures.mjs", str(copy))
    assert result.returncode == 1
    assert "error TS2322: Type 'string' is not assignable to type 'number'" in result.stdout
