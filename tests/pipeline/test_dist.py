"""`make dist-spec`: the reference folder for other-language SDKs (patched spec, overlays, DEVIATIONS.md and
conformance fixtures), built into temporary folders from the pinned spec, the cassettes and the corpus."""

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
from generator.fetch import SpecIntegrityError
from generator.lock import SpecLock
from generator.relaxation_evidence import RELAXATIONS
from generator.targets import V2
from tests.support.requests_from_spec import generated_operation

REPO_ROOT = Path(__file__).resolve().parents[2]
LOCK = REPO_ROOT / "swagger" / "spec.lock.json"
OVERLAYS = tuple(V2.overlay_files())
CASSETTES = REPO_ROOT / "tests" / "client" / "cassettes"
MAPPED_AT_LEAST = 72  # corpus responses that map to an operation (tests/generated/test_corpus.py)


def v2(patched: Path, *, fetched_dir: Path | None = None) -> ApiVersion:
    target = replace(V2, patched=patched, fetched_dir=fetched_dir or patched.parent)
    return ApiVersion(target, cassettes=CASSETTES, uses_corpus=True)


@pytest.fixture(scope="module")
def built(patched_spec_path: Path, corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> DistSummary:
    output = tmp_path_factory.mktemp("dist") / "spec"
    return build_dist(output, [v2(patched_spec_path)], corpus=corpus_dir)


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def fixtures(folder: Path) -> dict[str, dict[str, Any]]:
    return {path.name: read(path) for path in sorted((folder / "conformance" / "fixtures").glob("*.json"))}


def test_the_folder_holds_the_patched_spec_its_lock_and_the_overlays(
    built: DistSummary, patched_spec_path: Path
) -> None:
    spec = built.output
    assert (spec / "v2" / "openapi.json").read_bytes() == patched_spec_path.read_bytes()
    assert (spec / "v2" / "spec.lock.json").read_bytes() == LOCK.read_bytes()
    overlays = sorted(path.name for path in OVERLAYS)
    assert sorted(path.name for path in (spec / "v2" / "overlays").iterdir()) == overlays
    assert all((spec / "v2" / "overlays" / path.name).read_bytes() == path.read_bytes() for path in OVERLAYS)
    readme = (spec / "README.md").read_text(encoding="utf-8")
    assert "`v2/openapi.json`" in readme and "`conformance/`" in readme


def test_deviations_name_every_overlay_action_with_its_evidence_and_every_normalisation_rule(
    built: DistSummary,
) -> None:
    deviations = (built.output / "DEVIATIONS.md").read_text(encoding="utf-8")
    flat = " ".join(deviations.split())
    for action in V2.actions():
        assert f"`{action.target}`" in deviations, action.label
        assert " ".join(action.description.split()) in flat, f"{action.label}: its description (the evidence)"
    for rule in ("unique_operation_ids", "fold_allof_siblings", "flatten_overriding_allofs"):
        assert f"**`{rule}`**" in deviations
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


def test_the_same_inputs_give_the_same_bytes(built: DistSummary, patched_spec_path: Path, corpus_dir: Path) -> None:
    again = build_dist(built.output.parent / "again", [v2(patched_spec_path)], corpus=corpus_dir)
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


def test_deviations_name_the_real_responses_behind_each_relaxation(built: DistSummary) -> None:
    deviations = (built.output / "DEVIATIONS.md").read_text(encoding="utf-8")
    section = deviations.split("#### The real responses behind each relaxation", 1)[1]
    for name in RELAXATIONS.values():
        assert f"- **{name}**: " in section, name
    required = next(line for line in section.splitlines() if line.startswith("- **no property is required**"))
    assert re.match(r"- \*\*no property is required\*\*: \d+ responses, \d+ places, e\.g\. `rest/", required)
    nullable = next(line for line in section.splitlines() if line.startswith("- **every property may be null**"))
    assert "`rest/agent-trace__GET_projects_113166.json` at `$.funding`" in nullable


NODE = shutil.which("node")
VALIDATOR = REPO_ROOT / "generator" / "validate_fixtures.mjs"


def ajv(folder: Path) -> subprocess.CompletedProcess[str]:
    if NODE is None or not (REPO_ROOT / "node_modules" / "ajv").is_dir():
        pytest.skip("node and ajv are needed (run `npm ci`)")
    return subprocess.run([NODE, str(VALIDATOR), str(folder)], capture_output=True, text=True, check=False)


def test_every_fixture_validates_against_the_patched_spec_under_ajv(built: DistSummary) -> None:
    """JSON Schema from another ecosystem (ajv, npm) accepts every fixture and every response body."""
    result = ajv(built.output)
    assert result.returncode == 0, result.stdout + result.stderr
    total = built.fixtures["cassette"] + built.fixtures["corpus"]
    assert re.fullmatch(
        rf"ajv: checked {total} fixtures \((\d+) response bodies against the patched spec\): 0 invalid\n", result.stdout
    )
    assert int(re.findall(r"\((\d+) response bodies", result.stdout)[0]) >= MAPPED_AT_LEAST


def test_ajv_refuses_a_body_the_spec_does_not_allow(built: DistSummary, tmp_path: Path) -> None:
    copy = tmp_path / "spec"
    shutil.copytree(built.output, copy)
    name = "corpus__pooch-figshare__GET_articles_14763051.json"
    fixture = read(copy / "conformance" / "fixtures" / name)
    fixture["response"]["body"]["files"] = "not a list"
    (copy / "conformance" / "fixtures" / name).write_text(json.dumps(fixture), encoding="utf-8")
    result = ajv(copy)
    assert result.returncode == 1
    assert (
        "invalid: corpus/pooch-figshare__GET_articles_14763051: the response body does not validate: "
        "/files must be array,null" in result.stdout
    )
