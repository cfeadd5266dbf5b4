"""``make dist-spec``: the reference for SDKs in other languages, written to ``dist/spec/``.

python -m generator.dist [--output dist/spec] [--corpus DIR]

    README.md                         which document to use, the variants, every ``x-`` extension
    DEVIATIONS.md                     every place where the documents differ from upstream, with the evidence
    <version>/openapi.json            the lenient document (how the Python client reads responses)
    <version>/evidenced/openapi.json  the evidenced document (relaxed only where real responses need it)
    <version>/spec.lock.json          the pinned upstream file: repository, commit, date, sha256
    <version>/overlays/*.yaml         the hand-written overlays and ``90-normalise.generated.yaml`` (lenient)
    <version>/evidenced/90-normalise.generated.yaml   the generated overlay of the evidenced document
    <version>/recipes.json            which overlays, in which order, make which document from the upstream file
    conformance/                      README.md, fixture.schema.json, index.json and fixtures/*.json

The documents are generator-neutral (``generator.reference``): upstream plus the overlays of ``overlays/common``
and the version's folder plus a generated overlay. What only the Python build needs (``overlays/python``, the
openapi-python-client rules of ``generator.normalise``) is never in them; DEVIATIONS.md lists it last.

It is built from what ``make spec`` wrote: the fetched upstream file must have the pinned sha256, and the Python
build's patched document must be what the pipeline makes of it with today's overlays (otherwise: run ``make
spec``). The corpus (``$FIGSHARE_TEST_CORPUS``) is optional; without it the fixtures are the mock recordings only
and the evidenced documents relax nothing. The folder is written afresh each time (built beside it, then swapped
in), and the same inputs give the same bytes. ``make dist-spec`` then checks it with tools of another ecosystem
(``generator/dist_checks/``): openapi-format applies the overlays, ajv with ajv-formats validates every fixture
against both variants, openapi-typescript and ``tsc --strict`` type every fixture's response.

Each generation target (generator/targets.py: v2, v3) is one :class:`ApiVersion` in :data:`API_VERSIONS`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from generator.conformance import FORMAT, OperationIndex, OperationRef, cassette_fixtures, corpus_fixtures
from generator.convert import ConversionError, converted_with, to_openapi3
from generator.deviations import VersionDeviations, render_deviations
from generator.dist_readme import EXTENSIONS, VersionSummary, extensions_in, render_readme
from generator.fetch import SpecIntegrityError, verify
from generator.lock import SpecLock
from generator.overlay import Action, OverlayError, apply_overlay_actions
from generator.overlay_drift import trace_actions
from generator.pipeline import PatchResult, patch, read_json
from generator.reference import EVIDENCED, LENIENT, ReferenceError, response_schema_location
from generator.reference_build import GENERATED_NAME, build_reference
from generator.targets import V2, V3, ApiTarget
from generator.validate import InvalidSpecError, validate_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "dist_templates"
OUTPUT = REPO_ROOT / "dist" / "spec"
CORPUS_VARIABLE = "FIGSHARE_TEST_CORPUS"


class DistError(RuntimeError):
    """``dist/spec`` cannot be built from what is there (stale or missing build outputs)."""


@dataclass(frozen=True)
class ApiVersion:
    """One generation target (its lock, overlays and build outputs) and where its fixtures come from."""

    target: ApiTarget
    cassettes: Path | None = None
    uses_corpus: bool = False


API_VERSIONS: tuple[ApiVersion, ...] = (
    ApiVersion(V2, cassettes=REPO_ROOT / "tests" / "client" / "cassettes", uses_corpus=True),
    ApiVersion(V3),
)


@dataclass
class DistSummary:
    """What was written."""

    output: Path
    versions: list[str]
    fixtures: dict[str, int]
    corpus_included: bool


def build_dist(output: Path, versions: Sequence[ApiVersion], *, corpus: Path | None) -> DistSummary:
    """Write the whole reference folder to ``output`` (replacing it)."""
    staging = output.with_name(output.name + ".partial")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        summary = _build_into(staging, versions, corpus)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if output.exists():
        shutil.rmtree(output)
    staging.rename(output)
    summary.output = output
    return summary


def _build_into(folder: Path, versions: Sequence[ApiVersion], corpus: Path | None) -> DistSummary:
    deviations = []
    summaries = []
    fixtures: list[dict[str, Any]] = []
    for version in versions:
        api = version.target
        lock = SpecLock.load(api.lock)
        upstream = _pinned_upstream(version, lock)
        python_build = _current_patch(version, upstream, api.actions())
        converted = to_openapi3(json.loads(json.dumps(upstream)))
        neutral = json.loads(json.dumps(converted))
        reference_actions = api.reference_actions()
        apply_overlay_actions(neutral, reference_actions)
        index = OperationIndex(neutral)
        found: list[dict[str, Any]] = []
        if version.cassettes is not None:
            found += cassette_fixtures(version.cassettes, index, api=api.name)
        if version.uses_corpus and corpus is not None:
            found += corpus_fixtures(corpus, index, api=api.name, declared=_declares(neutral))
        fixtures += found
        built = build_reference(neutral, found, api=api.name)
        for document in built.documents.values():
            validate_spec(document)
        target = folder / api.name
        hand_written = _write_version(target, api, built.documents, built.overlays)
        titles = {path.name: _title(path) for path in (*api.overlay_files(), *api.python_overlay_files())}
        traces = trace_actions(json.loads(json.dumps(converted)), reference_actions)
        python_traces = trace_actions(json.loads(json.dumps(neutral)), api.actions()[len(reference_actions) :])
        has_evidence = version.uses_corpus and corpus is not None
        deviation = VersionDeviations(
            api.name,
            api.title,
            lock,
            titles,
            traces,
            built.rule_actions,
            built.observations if has_evidence else None,
            python_traces,
            python_build.normalisation,
            frozenset(str(fixture["id"]) for fixture in found),
        )
        if not version.uses_corpus:
            deviation = replace(
                deviation,
                no_evidence=f"There are no fixtures of real {api.name} responses yet (the corpus holds v2 answers "
                "only): the evidenced document relaxes nothing.",
            )
        deviations.append(deviation)
        sites = len({observation.site for observation in built.observations}) if has_evidence else None
        summaries.append(
            VersionSummary(api.name, api.title, lock.commit, lock.commit_date, lock.format, hand_written, sites)
        )
    (folder / "DEVIATIONS.md").write_text(render_deviations(deviations), encoding="utf-8")
    counts = _write_conformance(folder / "conformance", fixtures, corpus_included=corpus is not None)
    (folder / "README.md").write_text(render_readme(summaries, counts, corpus is not None), encoding="utf-8")
    _check_extensions(folder)
    return DistSummary(folder, [v.target.name for v in versions], counts, corpus is not None)


def _declares(document: dict[str, Any]) -> Callable[[OperationRef, int], bool]:
    """Whether an operation of ``document`` declares a JSON body for a status."""

    def declares(operation: OperationRef, status: int) -> bool:
        return response_schema_location(document, operation.to_json(), status) is not None

    return declares


def _write_version(
    target: Path, api: ApiTarget, documents: dict[str, dict[str, Any]], overlays: dict[str, dict[str, Any]]
) -> list[str]:
    """Write one version's documents, overlays, lock and recipes; returns the hand-written overlay names."""
    (target / "overlays").mkdir(parents=True)
    (target / "evidenced").mkdir()
    shutil.copyfile(api.lock, target / "spec.lock.json")
    hand_written = []
    for overlay in api.overlay_files():
        if (target / "overlays" / overlay.name).exists():
            raise DistError(f"two overlays of {api.name} are named {overlay.name}")
        shutil.copyfile(overlay, target / "overlays" / overlay.name)
        hand_written.append(f"overlays/{overlay.name}")
    generated = {LENIENT: f"overlays/{GENERATED_NAME}", EVIDENCED: f"evidenced/{GENERATED_NAME}"}
    paths = {LENIENT: "openapi.json", EVIDENCED: "evidenced/openapi.json"}
    for variant, generated_overlay in overlays.items():
        (target / generated[variant]).write_text(_yaml(generated_overlay), encoding="utf-8")
        _write_json(documents[variant], target / paths[variant])
    lock = SpecLock.load(api.lock)
    recipes = {
        "description": "Each document is the upstream file (spec.lock.json) with these overlays applied in order "
        "(OpenAPI Overlay 1.0, RFC 9535 JSONPath). See README.md.",
        "upstream": {
            "lock": "spec.lock.json",
            "format": lock.format,
            "converted_with": converted_with(lock.format),
        },
        "documents": {
            paths[variant]: {"variant": variant, "overlays": [*hand_written, generated[variant]]}
            for variant in (LENIENT, EVIDENCED)
        },
    }
    _write_json(recipes, target / "recipes.json")
    return [path.split("/", 1)[1] for path in hand_written]


def _yaml(document: dict[str, Any]) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def _title(path: Path) -> str:
    return str((yaml.safe_load(path.read_text(encoding="utf-8")).get("info") or {})["title"])


def _check_extensions(folder: Path) -> None:
    """Every ``x-`` key of the shipped documents and overlays must be explained in the README."""
    found: set[str] = set()
    for path in sorted(folder.glob("*/openapi.json")) + sorted(folder.glob("*/evidenced/openapi.json")):
        found |= extensions_in(read_json(path))
    for path in sorted(folder.glob("*/overlays/*.yaml")) + sorted(folder.glob("*/evidenced/*.yaml")):
        for action in yaml.safe_load(path.read_text(encoding="utf-8"))["actions"]:
            found |= {key for key in action if key.startswith("x-")}
            found |= extensions_in(action.get("update"))
    unexplained = sorted(found - set(EXTENSIONS))
    if unexplained:
        raise DistError(f"extensions the README does not explain (generator/dist_readme.py): {', '.join(unexplained)}")


def _pinned_upstream(version: ApiVersion, lock: SpecLock) -> dict[str, Any]:
    fetched = version.target.fetched
    if not fetched.is_file():
        raise DistError(f"{fetched} is missing: run `make spec` first")
    data = fetched.read_bytes()
    verify(data, lock, str(fetched))
    document: dict[str, Any] = json.loads(data)
    return document


def _current_patch(version: ApiVersion, upstream: dict[str, Any], actions: list[Action]) -> PatchResult:
    """The pipeline's result for the pinned file, which must be what ``make spec`` wrote."""
    patched = version.target.patched
    if not patched.is_file():
        raise DistError(f"{patched} is missing: run `make spec` first")
    result = patch(upstream, actions)
    if result.document != read_json(patched):
        raise DistError(f"{patched} is not what the pinned spec and today's overlays give: run `make spec` first")
    return result


def _write_conformance(folder: Path, fixtures: list[dict[str, Any]], *, corpus_included: bool) -> dict[str, int]:
    (folder / "fixtures").mkdir(parents=True)
    shutil.copyfile(TEMPLATES / "fixture.schema.json", folder / "fixture.schema.json")
    shutil.copyfile(TEMPLATES / "conformance-README.md", folder / "README.md")
    entries = []
    counts: dict[str, int] = {"cassette": 0, "corpus": 0}
    for fixture in sorted(fixtures, key=lambda item: str(item["id"])):
        name = str(fixture["id"]).replace("/", "__") + ".json"
        _write_json(fixture, folder / "fixtures" / name)
        counts[fixture["source"]["kind"]] += 1
        entries.append(
            {
                "id": fixture["id"],
                "file": f"fixtures/{name}",
                "api": fixture["api"],
                "operation_id": fixture["operation"]["operation_id"],
                "status": fixture["response"]["status"] or fixture["operation"]["success_status"],
                "authority": fixture["source"]["authority"],
                "checks": fixture["checks"],
            }
        )
    index = {
        "format": FORMAT,
        "schema": "fixture.schema.json",
        "counts": counts,
        "corpus_included": corpus_included,
        "fixtures": entries,
    }
    _write_json(index, folder / "index.json")
    return counts


def _write_json(document: Any, path: Path) -> None:
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.dist", description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ[CORPUS_VARIABLE]) if os.environ.get(CORPUS_VARIABLE) else None,
        help=f"folder of recorded responses (default ${CORPUS_VARIABLE}; without it: cassette fixtures only)",
    )
    arguments = parser.parse_args(argv)
    try:
        summary = build_dist(arguments.output, API_VERSIONS, corpus=arguments.corpus)
    except (
        DistError,
        SpecIntegrityError,
        OverlayError,
        InvalidSpecError,
        ConversionError,
        ReferenceError,
        OSError,
        ValueError,
    ) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    fixtures = ", ".join(f"{count} from {kind}" for kind, count in summary.fixtures.items())
    print(f"wrote {summary.output}: {', '.join(summary.versions)}; conformance fixtures: {fixtures}")
    if not summary.corpus_included:
        print(f"  (${CORPUS_VARIABLE} is not set: no fixtures from the corpus of real responses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
