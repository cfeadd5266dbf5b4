"""The weekly regeneration job, end to end, on small specs: `make update-spec`'s logic (`generator.regenerate`)
then the pull request the workflow would open (`generator.proposal`: title, body, labels).

Each scenario is a copy of the repository's layout (locks, overlays, generated/) in a temporary git repository,
pinned to an older version of a small hand-made spec, and an "upstream" mirror folder laid out like
../shared/figshare-spec whose newest commit has a newer version: an addition, a breaking removal, and a change
that breaks an overlay. (The workflow's last step, `make test`, is the project's own suite and is not rerun here.)
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator import proposal as proposal_module
from generator import regenerate
from generator.build import build
from generator.convert import SWAGGER2OPENAPI
from generator.lock import SpecLock
from generator.targets import V2, V3, targets_at
from tests.support.spec_fixtures import mini_v2, require_node_tool

COMMITS = {version: f"{version:x}" * 40 for version in range(1, 5)}
DATES = {1: "2026-08-03", 2: "2026-08-10", 3: "2026-08-17", 4: "2026-08-24"}
OVERLAYS = {
    "common/01-articles.yaml": {
        "overlay": "1.0.0",
        "info": {"title": "Article fields", "version": "1.0.0"},
        "actions": [
            {
                "target": "$.components.schemas.Article",
                "description": "Scenario overlay: article details carry is_active, which the spec does not describe.",
                "update": {"properties": {"is_active": {"type": "boolean"}}},
            }
        ],
    },
    "v2/01-servers.yaml": {
        "overlay": "1.0.0",
        "info": {"title": "Servers", "version": "1.0.0"},
        "actions": [
            {
                "target": "$.servers",
                "description": "Scenario overlay: upstream gives no servers.",
                "update": [{"url": "https://api.figshare.com/v2"}],
            }
        ],
    },
    "v3/01-servers.yaml": {
        "overlay": "1.0.0",
        "info": {"title": "Servers (v3)", "version": "1.0.0"},
        "actions": [
            {
                "target": "$.servers",
                "description": "Scenario overlay: upstream gives no servers.",
                "update": [{"url": "https://api.figshare.com/v3"}],
            }
        ],
    },
}


def spec_bytes(version: int) -> bytes:
    return json.dumps(mini_v2(version), indent=2).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lock_for(target_lock: Path, version: int) -> SpecLock:
    original = SpecLock.load(target_lock)
    return SpecLock(
        **{
            **vars(original),
            "commit": COMMITS[version],
            "commit_date": DATES[version],
            "sha256": sha256(spec_bytes(version)),
            "format": "openapi-3.0.3",
        }
    )


def operations(package: Path, resource: str) -> set[str]:
    """The operation ids of a generated resource module (its ``_<id>: Operation[...]`` constants)."""
    text = (package / "resources" / f"{resource}.py").read_text(encoding="utf-8")
    return set(re.findall(r"^_(\w+): Operation\[", text, flags=re.MULTILINE))


def git(root: Path, *arguments: str) -> str:
    command = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


class Templates:
    """The layout pinned to one version of the small spec (both APIs), with generated/ built from it (as on
    main). Built once per pinned version."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[int, Path] = {}

    def pinned_to(self, version: int) -> Path:
        if version not in self.built:
            self.built[version] = self._build(version)
        return self.built[version]

    def _build(self, version: int) -> Path:
        root = self.folder / f"pinned-{version}"
        for name, document in OVERLAYS.items():
            (root / "overlays" / name).parent.mkdir(parents=True, exist_ok=True)
            (root / "overlays" / name).write_text(json.dumps(document, indent=2), encoding="utf-8")
        for target in targets_at(root).values():
            original = V2 if target.name == "v2" else V3
            target.lock.parent.mkdir(parents=True, exist_ok=True)
            lock_for(original.lock, version).save(target.lock)
            target.fetched.parent.mkdir(parents=True, exist_ok=True)
            target.fetched.write_bytes(spec_bytes(version))
            build(target.fetched, target.generated_dir, target, patched=target.patched)
        (root / ".gitignore").write_text("swagger/fetched/\nswagger/v3/fetched/\n*.patched.json\n", encoding="utf-8")
        return root


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    if shutil.which("git") is None:
        pytest.skip("git is needed to tell which locks changed")
    require_node_tool(SWAGGER2OPENAPI)
    return Templates(tmp_path_factory.mktemp("templates"))


def mirror_with(folder: Path, pinned: int, newest: int) -> Path:
    """A mirror laid out like ../shared/figshare-spec: v2's newest file is ``newest``, v3's stays ``pinned``."""
    mirror = folder / "mirror"
    (mirror / "history").mkdir(parents=True)
    (mirror / "v3").mkdir()
    (mirror / "swagger.json").write_bytes(spec_bytes(newest))
    (mirror / "v3" / "swagger_v3.0.json").write_bytes(spec_bytes(pinned))
    (mirror / "history" / f"{DATES[pinned]}_{COMMITS[pinned][:12]}.json").write_bytes(spec_bytes(pinned))
    rows = ["| file | upstream commit | commit date | format | operations | sha256 |", "|---|---|---|---|---|---|"]
    for name, version in (("swagger.json", newest), ("v3/swagger_v3.0.json", pinned)):
        rows.append(
            f"| {name} | {COMMITS[version]} | {DATES[version]} | OpenAPI 3.0.3 | 5 | {sha256(spec_bytes(version))} |"
        )
    (mirror / "UPSTREAM.md").write_text("# mirror\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return mirror


@dataclass
class Run:
    """One run of the job: the repository after it, the command's status and output, and the proposal."""

    root: Path
    status: int
    stdout: str
    stderr: str
    outputs: dict[str, str]
    body: str

    def report(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads((self.root / "swagger/reports/api-changes.json").read_text("utf-8"))
        return document

    def markdown(self) -> str:
        return (self.root / "swagger/reports/api-changes.md").read_text(encoding="utf-8")

    def lock(self, name: str = "v2") -> SpecLock:
        return SpecLock.load(targets_at(self.root)[name].lock)

    @property
    def package(self) -> Path:
        return self.root / "generated" / "figshare_api"

    @property
    def labels(self) -> list[str]:
        return self.outputs["labels"].split(",")


def run_job(
    templates: Templates, tmp_path: Path, capsys: pytest.CaptureFixture[str], pinned: int, newest: int, *extra: str
) -> Run:
    """`make update-spec`'s first command, then the workflow's proposal step, on a fresh copy of the layout."""
    root = tmp_path / "repository"
    shutil.copytree(templates.pinned_to(pinned), root)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", f"pinned version {pinned}")
    mirror = mirror_with(tmp_path, pinned, newest)
    capsys.readouterr()
    status = regenerate.main(["--root", str(root), "--mirror", str(mirror), *extra])
    out, err = capsys.readouterr()
    body, outputs = tmp_path / "pull-request.md", tmp_path / "github-output"
    arguments = ["--root", str(root), "--outcome", "success" if status == 0 else "failure"]
    assert proposal_module.main([*arguments, "--body", str(body), "--github-output", str(outputs)]) == 0
    capsys.readouterr()
    values = dict(line.split("=", 1) for line in outputs.read_text(encoding="utf-8").splitlines())
    return Run(root, status, out, err, values, body.read_text(encoding="utf-8") if body.exists() else "")


def test_an_addition_is_pinned_reported_regenerated_and_proposed(
    templates: Templates, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_job(templates, tmp_path, capsys, 1, 2)
    assert run.status == 0, run.stderr
    assert (run.lock().commit, run.lock().commit_date, run.lock().sha256) == (
        COMMITS[2],
        DATES[2],
        sha256(spec_bytes(2)),
    )
    assert run.lock("v3").commit == COMMITS[1], "v3 upstream did not change"
    report = run.report()
    assert report["operations_added"] == ["GET /articles/{article_id}/files"]
    assert report["schemas_added"] == ["File"] and report["breaking"] is False
    assert report["update"]["lock"]["old"]["commit"] == COMMITS[1] and report["update"]["pipeline_error"] is None
    assert "- `GET /articles/{article_id}/files`" in run.markdown()
    assert not (run.root / "swagger/v3/reports").exists()
    assert operations(run.package, "articles") == {"article_details", "article_files", "articles_list"}
    assert (run.package / "models/file.py").is_file()
    assert "v2: pinned " + COMMITS[2][:12] in run.stdout and "v3: up to date" in run.stdout
    assert run.outputs["changed"] == "true" and run.labels == ["upstream-spec"]
    assert run.outputs["title"] == f"Upstream API spec changed (v2 {DATES[2]}, {COMMITS[2][:12]})"
    assert run.body.startswith("`make update-spec` succeeded")
    assert "# REST API v2 (`v2`)" in run.body and "## Upstream spec update" in run.body
    changed = git(run.root, "status", "--porcelain").split()
    assert "swagger/spec.lock.json" in changed and "swagger/v3/spec.lock.json" not in changed


def test_a_breaking_removal_is_labelled_breaking(
    templates: Templates, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_job(templates, tmp_path, capsys, 2, 3, "--api", "v2")
    assert run.status == 0, run.stderr
    report = run.report()
    assert report["operations_removed"] == ["GET /collections/{collection_id}"] and report["breaking"] is True
    assert any("GET /collections/{collection_id}" in reason for reason in report["breaking_changes"])
    assert operations(run.package, "collections") == {"collections_list"}, "the removed operation is gone"
    assert run.labels == ["upstream-spec", "breaking"]


def test_a_change_that_breaks_an_overlay_fails_with_the_action_to_review(
    templates: Templates, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (templates.pinned_to(2) / "generated/figshare_api/models/article.py").read_bytes()
    run = run_job(templates, tmp_path, capsys, 2, 4, "--api", "v2")
    assert run.status == 1
    (error,) = run.stderr.splitlines()
    assert error.startswith("error: v2: overlay: 01-articles.yaml action #1 (target '$.components.schemas.Article')")
    assert "matches nothing" in error
    assert run.lock().commit == COMMITS[4], "the lock moves: the pull request shows what needs work"
    (unmatched,) = run.report()["update"]["overlays_unmatched"]
    assert unmatched["action"].startswith("01-articles.yaml action #1")
    assert unmatched["causes"] == ["upstream removed schema `Article` (renamed to `ArticleSummary`?)"]
    assert "## Overlay actions to review" in run.markdown()
    assert (run.package / "models/article.py").read_bytes() == before, "a failed build leaves generated/ as it was"
    assert run.labels[0] == "upstream-spec" and run.labels[-1] == "checks-failing"
    assert ("breaking" in run.labels) == run.report()["breaking"]
    assert run.body.startswith("`make update-spec` failed")


def test_nothing_changed_upstream_nothing_is_proposed(
    templates: Templates, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_job(templates, tmp_path, capsys, 2, 2, "--api", "v2")
    assert run.status == 0 and "v2: up to date" in run.stdout
    assert run.outputs == {"changed": "false"} and run.body == ""
    assert git(run.root, "status", "--porcelain") == "", "nothing written (generated/ rebuilt byte for byte)"
