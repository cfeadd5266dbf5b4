"""`make update-spec`'s first step: obtaining the newest upstream file, rewriting the lock (on temporary
copies), the reports, and the overlay actions a newer spec leaves behind with the upstream change behind each."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from generator.convert import SWAGGER2OPENAPI
from generator.lock import SpecLock
from generator.targets import V2
from generator.update import UpdateResult, main, update_spec
from generator.upstream import GitHub, UpstreamError, UpstreamFile, from_file, from_github, from_mirror, pinned_file
from tests.support.spec_fixtures import require_node_tool

REPO_ROOT = Path(__file__).resolve().parents[2]
LOCK = REPO_ROOT / "swagger" / "spec.lock.json"
ACTIONS = V2.actions()
HISTORY_2024 = ("2024-01-29_aa30dd06e6ec.json", "aa30dd06e6ec2292d7ca82e91f4fc0aec66940ae", "2024-01-29")
HISTORY_2026 = ("2026-02-27_a07653d7b82f.json", "a07653d7b82f9995ea5f639efd625ac48b5299fa", "2026-02-27")


@pytest.fixture
def lock_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "spec.lock.json"
    shutil.copyfile(LOCK, copy)
    return copy


@pytest.fixture(scope="module")
def converter() -> None:
    require_node_tool(SWAGGER2OPENAPI, ": Swagger 2.0 files cannot be converted")


def run_update(upstream: UpstreamFile, lock: Path, mirror: Path, reports: Path) -> UpdateResult:
    return update_spec(
        upstream,
        lock_path=lock,
        actions=ACTIONS,
        reports_dir=reports,
        find_pinned=lambda pinned: pinned_file(pinned, fetched=reports / "no-such-folder", mirror=mirror),
    )


def history_file(mirror: Path, entry: tuple[str, str, str]) -> UpstreamFile:
    name, commit, date = entry
    return from_file(mirror / "history" / name, commit, date)


# -- the newest file ---------------------------------------------------------------------------------------


def test_the_mirror_file_is_the_pinned_one_so_nothing_is_written(spec_mirror_dir: Path, lock_copy: Path) -> None:
    before = lock_copy.read_bytes()
    upstream = from_mirror(SpecLock.load(lock_copy), spec_mirror_dir)
    assert (upstream.commit, upstream.commit_date) == ("9f4f3661477aee92fab5cd1a79f22451b9514e44", "2026-07-17")
    result = run_update(upstream, lock_copy, spec_mirror_dir, lock_copy.parent / "reports")
    assert not result.changed
    assert lock_copy.read_bytes() == before
    assert not (lock_copy.parent / "reports").exists()


def test_a_mirror_whose_index_disagrees_with_its_file_is_refused(spec_mirror_dir: Path, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "swagger.json").write_bytes(b'{"openapi": "3.0.3"}')
    shutil.copyfile(spec_mirror_dir / "UPSTREAM.md", mirror / "UPSTREAM.md")
    with pytest.raises(UpstreamError, match="does not have the sha256"):
        from_mirror(SpecLock.load(LOCK), mirror)
    (mirror / "UPSTREAM.md").unlink()
    with pytest.raises(UpstreamError, match="--commit"):
        from_mirror(SpecLock.load(LOCK), mirror)


def test_a_file_source_needs_a_full_commit_and_a_date(tmp_path: Path) -> None:
    spec = tmp_path / "swagger.json"
    spec.write_text("{}", encoding="utf-8")
    with pytest.raises(UpstreamError, match="40-character"):
        from_file(spec, "abc123", "2026-01-01")
    with pytest.raises(UpstreamError, match="YYYY-MM-DD"):
        from_file(spec, "a" * 40, "yesterday")


@dataclass
class FakeGitHub:
    """GitHub's commits API and raw file host, on 127.0.0.1."""

    files: dict[str, bytes]
    commits: Any
    status: int = 200
    requests: list[tuple[str, str | None]] = field(default_factory=list)


@pytest.fixture
def github_server() -> Iterator[tuple[FakeGitHub, GitHub]]:
    state = FakeGitHub(files={}, commits=[])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, self.headers.get("Authorization")))
            if state.status != 200:
                body, status = b"{}", state.status
            elif self.path.startswith("/api/repos/"):
                body, status = json.dumps(state.commits).encode(), 200
            elif self.path.removeprefix("/raw") in state.files:
                body, status = state.files[self.path.removeprefix("/raw")], 200
            else:
                body, status = b"not found", 404
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state, GitHub(api=f"{base}/api", raw=f"{base}/raw", token="secret-token", timeout=5)
    finally:
        server.shutdown()
        server.server_close()


def test_github_gives_the_last_commit_that_changed_the_file(github_server: tuple[FakeGitHub, GitHub]) -> None:
    state, github = github_server
    lock = SpecLock.load(LOCK)
    commit = "b" * 40
    state.commits = [{"sha": commit, "commit": {"committer": {"date": "2026-08-01T10:00:00Z"}}}]
    state.files[f"/{lock.repository}/{commit}/{lock.path}"] = b'{"openapi": "3.0.3"}'
    upstream = from_github(lock, github)
    assert (upstream.commit, upstream.commit_date, upstream.data) == (commit, "2026-08-01", b'{"openapi": "3.0.3"}')
    api_request, raw_request = state.requests
    assert api_request == (
        "/api/repos/digital-science/figshare-user-documentation/commits"
        "?path=swagger_documentation%2Fswagger.json&per_page=1",
        "Bearer secret-token",
    )
    assert raw_request[1] is None, "the token goes to the API host only"


def test_github_failures_are_clear_errors(github_server: tuple[FakeGitHub, GitHub]) -> None:
    state, github = github_server
    state.commits = {"message": "API rate limit exceeded"}
    with pytest.raises(UpstreamError, match="not the list of commits expected") as caught:
        from_github(SpecLock.load(LOCK), github)
    assert "secret-token" not in str(caught.value)
    state.status = 503
    with pytest.raises(UpstreamError, match="answered 503"):
        from_github(SpecLock.load(LOCK), github)


def test_the_pinned_file_is_found_by_its_sha256_or_downloaded(
    spec_mirror_dir: Path, tmp_path: Path, github_server: tuple[FakeGitHub, GitHub]
) -> None:
    state, github = github_server
    name, commit, date = HISTORY_2026
    data = (spec_mirror_dir / "history" / name).read_bytes()
    lock = SpecLock.load(LOCK)
    older = SpecLock(
        **{**vars(lock), "commit": commit, "commit_date": date, "sha256": hashlib.sha256(data).hexdigest()}
    )
    assert pinned_file(older, fetched=tmp_path, mirror=spec_mirror_dir, github=github) == data
    assert state.requests == [], "found in the mirror's history, nothing downloaded"
    state.files[f"/{lock.repository}/{commit}/{lock.path}"] = data
    assert pinned_file(older, fetched=tmp_path, mirror=None, github=github) == data
    state.files[f"/{lock.repository}/{commit}/{lock.path}"] = b"tampered"
    with pytest.raises(UpstreamError, match="pinned sha256"):
        pinned_file(older, fetched=tmp_path, mirror=None, github=github)


# -- updating to another version ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def update_to_2024(
    spec_mirror_dir: Path, converter: None, tmp_path_factory: pytest.TempPathFactory
) -> tuple[UpdateResult, Path]:
    """An "update" from the pinned 2026-07 file to the 2024-01-29 one, on a temporary copy of the lock."""
    folder = tmp_path_factory.mktemp("update")
    lock = folder / "spec.lock.json"
    shutil.copyfile(LOCK, lock)
    return run_update(history_file(spec_mirror_dir, HISTORY_2024), lock, spec_mirror_dir, folder / "reports"), folder


def test_the_lock_is_rewritten_for_the_new_file(
    update_to_2024: tuple[UpdateResult, Path], spec_mirror_dir: Path
) -> None:
    _result, folder = update_to_2024
    name, commit, date = HISTORY_2024
    rewritten = json.loads((folder / "spec.lock.json").read_text(encoding="utf-8"))
    original = json.loads(LOCK.read_text(encoding="utf-8"))
    assert rewritten == {
        **original,
        "commit": commit,
        "commit_date": date,
        "sha256": hashlib.sha256((spec_mirror_dir / "history" / name).read_bytes()).hexdigest(),
        "format": "swagger-2.0",
    }


def test_the_reports_say_what_changed(update_to_2024: tuple[UpdateResult, Path]) -> None:
    _result, folder = update_to_2024
    report = json.loads((folder / "reports" / "api-changes.json").read_text(encoding="utf-8"))
    assert report["breaking"] is True
    assert "POST /token" in report["operations_removed"]
    assert report["update"]["lock"]["old"]["commit"] == "9f4f3661477aee92fab5cd1a79f22451b9514e44"
    assert report["update"]["lock"]["new"]["format"] == "swagger-2.0"
    assert report["update"]["pipeline_error"] is None
    markdown = (folder / "reports" / "api-changes.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Upstream spec update")
    assert "## Overlay actions to review" in markdown and "# API change report" in markdown
    assert "- `POST /token`" in markdown


def test_unmatched_overlay_actions_are_explained_by_the_upstream_change(
    update_to_2024: tuple[UpdateResult, Path],
) -> None:
    result, _folder = update_to_2024
    unmatched = {d.action.label.split(" (")[0]: d.causes for d in result.drift if d.kind == "unmatched"}
    assert unmatched["05-response-drift.yaml action #1"] == (
        "upstream changed `CustomArticleField.value` from `object` to `any`",
    )
    assert unmatched["06-oauth.yaml action #1"] == ("upstream removed operation `POST /token`",)
    # The author-entry filters find nothing: 2024's entries are `{type: object}` without `properties`.
    first_step, selected = unmatched["07-request-types.yaml action #2"]
    assert first_step.startswith("in the new spec nothing matches `[?@['properties']['authors']['items']")
    assert selected.startswith(
        "in the pinned spec it selected `components.schemas.ArticleCreate.properties.authors.items`"
    )
    assert set(unmatched) == {
        "05-response-drift.yaml action #1",
        "06-oauth.yaml action #1",
        "07-request-types.yaml action #2",
        "07-request-types.yaml action #3",
        # 2024's CustomArticleFieldAdd.value has no `nullable`/`oneOf` to move.
        "07-request-types.yaml action #4",
        "07-request-types.yaml action #5",
    }


def test_actions_upstream_made_redundant_are_listed(update_to_2024: tuple[UpdateResult, Path]) -> None:
    """Until 2025-12-17 upstream described Timeline's posted/submission/revision exactly as the overlay does."""
    result, _folder = update_to_2024
    without_effect = [d for d in result.drift if d.kind == "without_effect"]
    assert [d.action.label.split(" (")[0] for d in without_effect] == ["05-response-drift.yaml action #3"]
    assert without_effect[0].causes == ("upstream now says what this action sets: applying it changes nothing",)


def test_a_changed_operation_explains_the_oauth_overlay(
    spec_mirror_dir: Path, converter: None, lock_copy: Path
) -> None:
    """2026-02-27's POST /token takes JSON only, so the action removing the form body has nothing to remove."""
    result = run_update(history_file(spec_mirror_dir, HISTORY_2026), lock_copy, spec_mirror_dir, lock_copy.parent / "r")
    causes = {d.action.label.split(" (")[0]: d.causes for d in result.drift if d.kind == "unmatched"}
    assert causes == {
        "06-oauth.yaml action #1": (
            "upstream changed `POST /token`: request body: media types "
            "`application/json, application/x-www-form-urlencoded` → `application/json`",
        )
    }


def test_a_spec_the_pipeline_refuses_is_reported_and_the_command_fails(
    spec_mirror_dir: Path, tmp_path: Path, lock_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = json.loads((spec_mirror_dir / "swagger.json").read_text(encoding="utf-8"))
    broken["paths"]["/broken"] = {"get": {"responses": {"200": {}}}}  # a response needs a description
    source = tmp_path / "broken.json"
    source.write_text(json.dumps(broken), encoding="utf-8")
    arguments = ["--source", str(source), "--commit", "c" * 40, "--commit-date", "2026-08-01", "--lock", str(lock_copy)]
    arguments += ["--reports", str(tmp_path / "reports"), "--mirror", str(spec_mirror_dir)]
    assert main(arguments) == 1
    assert "does not go through the pipeline" in capsys.readouterr().err
    report = json.loads((tmp_path / "reports" / "api-changes.json").read_text(encoding="utf-8"))
    assert report["update"]["pipeline_error"]
    assert report["operations_added"] == ["GET /broken"]
    assert SpecLock.load(lock_copy).commit == "c" * 40


def test_command_line_up_to_date_and_usage_errors(
    spec_mirror_dir: Path, lock_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lock", str(lock_copy), "--mirror", str(spec_mirror_dir), "--reports", str(tmp_path / "r")]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["--source", str(spec_mirror_dir / "swagger.json"), "--lock", str(lock_copy)]) == 1
    assert "needs --commit and --commit-date" in capsys.readouterr().err
