"""``make dist-spec``: the reference for SDKs in other languages, written to ``dist/spec/``.

python -m generator.dist [--output dist/spec] [--corpus DIR]

    README.md               what is here, and which upstream file each API version is built from
    DEVIATIONS.md           every place where the patched documents differ from upstream, with the evidence
                            (for the relaxed response schemas: the real responses each relaxation is needed for)
    v2/openapi.json         the patched OpenAPI document (swagger/openapi.patched.json)
    v2/spec.lock.json       the pinned upstream file: repository, commit, date, sha256
    v2/overlays/*.yaml      the overlays, to apply to the upstream file with any Overlay 1.0 tool
    conformance/            README.md, fixture.schema.json, index.json and fixtures/*.json: the request/response
                            pairs the test suite replays, secrets removed (``generator.conformance``)

It is built from what ``make spec`` wrote: the fetched upstream file must have the pinned sha256, and the patched
document must be what the pipeline makes of it with today's overlays (otherwise: run ``make spec``). The corpus
(``$FIGSHARE_TEST_CORPUS``) is optional; without it the fixtures come from the cassettes only. The folder is
written afresh each time (built beside it, then swapped in), and the same inputs give the same bytes.
``make dist-spec`` then validates every conformance fixture against the patched documents with ajv
(``generator/validate_fixtures.mjs``): JSON Schema from another ecosystem than the SDK's.

Each generation target (generator/targets.py: v2, v3) is one :class:`ApiVersion` in :data:`API_VERSIONS`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from generator.conformance import FORMAT, OperationIndex, cassette_fixtures, corpus_fixtures
from generator.convert import ConversionError, to_openapi3
from generator.deviations import VersionDeviations, render_deviations
from generator.fetch import SpecIntegrityError, verify
from generator.lock import SpecLock
from generator.overlay import Action, OverlayError
from generator.overlay_drift import trace_actions
from generator.pipeline import PatchResult, patch, read_json
from generator.relaxation_evidence import relaxation_evidence, strict_document
from generator.targets import V2, V3, ApiTarget
from generator.validate import InvalidSpecError

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
    fixtures: list[dict[str, Any]] = []
    for version in versions:
        api = version.target
        lock = SpecLock.load(api.lock)
        upstream = _pinned_upstream(version, lock)
        actions = api.actions()
        result = _current_patch(version, upstream, actions)
        target = folder / api.name
        (target / "overlays").mkdir(parents=True)
        shutil.copyfile(api.patched, target / "openapi.json")
        shutil.copyfile(api.lock, target / "spec.lock.json")
        titles = {}
        for overlay in api.overlay_files():
            shutil.copyfile(overlay, target / "overlays" / overlay.name)
            titles[overlay.name] = str((yaml.safe_load(overlay.read_text(encoding="utf-8")).get("info") or {})["title"])
        traces = trace_actions(to_openapi3(json.loads(json.dumps(upstream))), actions)
        index = OperationIndex(result.document)
        if version.cassettes is not None:
            fixtures += cassette_fixtures(version.cassettes, index, api=api.name)
        evidence = None
        if version.uses_corpus and corpus is not None:
            from_corpus = list(corpus_fixtures(corpus, index, api=api.name))
            fixtures += from_corpus
            evidence = relaxation_evidence(strict_document(upstream, actions), from_corpus)
        deviation = VersionDeviations(api.name, api.title, lock, titles, traces, result.normalisation, evidence)
        if not version.uses_corpus:
            deviation = replace(
                deviation, no_evidence="The corpus of real responses holds v2 answers only: no evidence is listed."
            )
        deviations.append(deviation)
    (folder / "DEVIATIONS.md").write_text(render_deviations(deviations), encoding="utf-8")
    counts = _write_conformance(folder / "conformance", fixtures, corpus_included=corpus is not None)
    (folder / "README.md").write_text(_readme(deviations, counts, corpus is not None), encoding="utf-8")
    return DistSummary(folder, [v.target.name for v in versions], counts, corpus is not None)


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


def _readme(deviations: list[VersionDeviations], counts: dict[str, int], corpus_included: bool) -> str:
    lines = [
        "# Figshare API reference for SDKs in other languages",
        "",
        "Built by `make dist-spec` in figshare-sdk. Everything here is derived from Figshare's published API",
        "description (CC0) and the SDK's overlays and tests.",
        "",
        "| path | what |",
        "|---|---|",
        "| `DEVIATIONS.md` | every place where the patched documents differ from upstream, with the evidence |",
    ]
    for version in deviations:
        lines += [
            f"| `{version.name}/openapi.json` | {version.title}: the patched OpenAPI document |",
            f"| `{version.name}/spec.lock.json` | the upstream file it is built from "
            f"(commit {version.lock.commit[:12]}, {version.lock.commit_date}, sha256 pinned) |",
            f"| `{version.name}/overlays/` | the overlays (OpenAPI Overlay 1.0), "
            "to apply to the upstream file yourself |",
        ]
    lines += [
        f"| `conformance/` | {counts['cassette']} replayed workflow steps and {counts['corpus']} real responses as "
        "language-neutral request/response fixtures (see its README) |",
        "",
    ]
    lines += [
        "Every fixture follows `conformance/fixture.schema.json` and its response is one the patched document allows:",
        "`make dist-spec` checks both with ajv (JSON Schema, npm), outside the SDK's own language.",
        "",
    ]
    if not corpus_included:
        lines += ["This build was made without the corpus of real responses: the fixtures are the cassettes only.", ""]
    return "\n".join(lines)


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
