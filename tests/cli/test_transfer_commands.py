"""figshare upload / download against the local upload emulator (real HTTP servers on loopback)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import Result

from figshare import Figshare, RetryPolicy
from figshare.cli._failures import ExitCode
from figshare.cli._services import ClientSettings, Services
from tests.cli.cli_fakes import FakeAPI, invoke, make_services
from tests.servers.figshare_upload_emulator import FigshareEmulator


@pytest.fixture
def emulator(upload_emulator: FigshareEmulator) -> FigshareEmulator:
    return upload_emulator


@pytest.fixture
def services(tmp_path: Path, emulator: FigshareEmulator) -> Services:
    def make_client(settings: ClientSettings) -> Figshare:
        return Figshare(
            token=settings.token,
            base_url=settings.base_url,
            rate_limit=None,
            retry=RetryPolicy(max_retries=2, initial_backoff=0.0),
            trusted_hosts=[emulator.api_host, emulator.upload_host],
        )

    return make_services(tmp_path, FakeAPI(), make_client=make_client, upload_state_dir=tmp_path / "state")


def run(services: Services, emulator: FigshareEmulator, *args: str, signed_in: bool = True) -> Result:
    env = {"FIGSHARE_TOKEN": emulator.token} if signed_in else {}
    return invoke(services, "--base-url", emulator.api_base_url, *args, env=env)


def dataset(folder: Path) -> dict[str, bytes]:
    contents = {
        "curves/a.csv": os.urandom(3000),
        "curves/raw/b.bin": os.urandom(5000),
        "README.txt": b"read me",
    }
    for name, data in contents.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return contents


def test_upload_a_folder_then_nothing_is_sent_twice(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    contents = dataset(tmp_path / "data")
    article = emulator.create_article("Growth curves")
    result = run(services, emulator, "upload", str(tmp_path / "data"), "--article", str(article), "--json")
    assert result.exit_code == 0, result.stderr
    uploaded = json.loads(result.stdout)
    assert sorted((entry["folder_path"], entry["name"]) for entry in uploaded) == [
        ("data", "README.txt"),
        ("data/curves", "a.csv"),
        ("data/curves/raw", "b.bin"),
    ]
    assert {entry["status"] for entry in uploaded} == {"uploaded"}
    for entry in uploaded:
        relative = f"{entry['folder_path']}/{entry['name']}".removeprefix("data/")
        assert emulator.assembled_bytes(entry["file_id"]) == contents[relative]

    again = run(services, emulator, "upload", str(tmp_path / "data"), "--article", str(article))
    assert again.exit_code == 0
    assert again.stdout.count("skipped") == 3
    assert max(emulator.requests.stored_part_uploads().values()) == 1


def test_dry_run_shows_the_names_and_sends_nothing(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    dataset(tmp_path / "data")
    result = run(services, emulator, "upload", str(tmp_path / "data"), "--article", "5", "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "data/curves/raw/b.bin" in result.stdout
    assert "4.9 KiB" in result.stdout
    assert "3 files" in result.stderr and "Nothing was sent" in result.stderr
    assert list(emulator.requests) == []


def test_an_interrupted_upload_resumes(services: Services, emulator: FigshareEmulator, tmp_path: Path) -> None:
    emulator.part_size = 1024
    data = os.urandom(4 * 1024)
    (tmp_path / "big.bin").write_bytes(data)
    article = emulator.create_article()
    attempts_per_run = 5  # the Uploader's max_attempts for one part
    emulator.faults.fail_part_put(3, status=500, times=attempts_per_run)
    failed = run(services, emulator, "upload", str(tmp_path / "big.bin"), "--article", str(article))
    assert failed.exit_code == ExitCode.FAILED
    assert "the upload resumes where it stopped" in failed.stderr
    assert len(emulator.requests.where(method="PUT", part_no=3)) == attempts_per_run

    resumed = run(services, emulator, "upload", str(tmp_path / "big.bin"), "--article", str(article), "--json")
    assert resumed.exit_code == 0, resumed.stderr
    (entry,) = json.loads(resumed.stdout)
    assert entry["status"] == "resumed"
    assert emulator.assembled_bytes(entry["file_id"]) == data
    assert max(emulator.requests.stored_part_uploads().values()) == 1


def test_upload_needs_sign_in(services: Services, emulator: FigshareEmulator, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    result = run(services, emulator, "upload", str(tmp_path / "a.txt"), "--article", "1", signed_in=False)
    assert result.exit_code == ExitCode.AUTH


def test_upload_of_a_missing_path_is_a_usage_error(services: Services, emulator: FigshareEmulator) -> None:
    result = run(services, emulator, "upload", "/no/such/file", "--article", "1")
    assert result.exit_code == ExitCode.USAGE
    assert "no such file or folder" in result.stderr


def test_upload_of_a_name_that_cannot_be_sent_is_a_usage_error_not_a_resume_hint(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tab\tname.csv").write_text("a")
    result = run(services, emulator, "upload", str(tmp_path / "data"), "--article", str(emulator.create_article()))
    assert result.exit_code == ExitCode.USAGE
    assert "control character" in result.stderr and "Rename" in result.stderr
    assert "run the same command again" not in result.stderr.lower()


def test_download_verifies_and_skips_what_is_there(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    article = emulator.create_article(public=True)
    contents = {"a.csv": os.urandom(3000), "b.bin": os.urandom(9000)}
    for name, data in contents.items():
        emulator.add_file(article, name, data)
    out = tmp_path / "out"
    result = run(services, emulator, "download", str(article), "--dest", str(out), signed_in=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("md5 ok") == 2
    for name, data in contents.items():
        assert (out / name).read_bytes() == data

    again = run(services, emulator, "download", str(article), "--dest", str(out), "--json", signed_in=False)
    assert {entry["status"] for entry in json.loads(again.stdout)} == {"skipped"}


def test_download_will_not_replace_other_content(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    article = emulator.create_article(public=True)
    emulator.add_file(article, "a.csv", b"theirs")
    (tmp_path / "a.csv").write_bytes(b"mine")
    result = run(services, emulator, "download", str(article), "--dest", str(tmp_path), signed_in=False)
    assert result.exit_code == ExitCode.FAILED
    assert "Pass --overwrite" in result.stderr
    assert (tmp_path / "a.csv").read_bytes() == b"mine"
    replaced = run(
        services, emulator, "download", str(article), "--dest", str(tmp_path), "--overwrite", signed_in=False
    )
    assert replaced.exit_code == 0
    assert (tmp_path / "a.csv").read_bytes() == b"theirs"


def test_download_one_file_from_a_page_address(services: Services, emulator: FigshareEmulator, tmp_path: Path) -> None:
    article = emulator.create_article(public=True)
    emulator.add_file(article, "a.csv", b"aaa")
    wanted = emulator.add_file(article, "b.csv", b"bbb")
    address = f"https://figshare.com/articles/dataset/Growth_curves/{article}"
    result = run(
        services,
        emulator,
        "download",
        address,
        "--file",
        str(wanted),
        "--dest",
        str(tmp_path),
        signed_in=False,
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir() if path.is_file()) == ["b.csv"]


def test_download_refuses_a_files_download_link(services: Services, emulator: FigshareEmulator, tmp_path: Path) -> None:
    # the link of a file names the file's id: read as an article id it downloaded an unrelated article
    article = emulator.create_article(public=True)
    emulator.add_file(article, "a.csv", b"aaa")
    link = f"https://figshare.com/ndownloader/files/{article}"
    result = run(services, emulator, "download", link, "--dest", str(tmp_path), signed_in=False)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert "not the address of one of the articles" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")
def test_downloaded_files_get_the_mode_the_umask_gives(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    # as curl, wget or cp would make them: 0644 under umask 022, not 0600 (others in the group could not read)
    article = emulator.create_article(public=True)
    emulator.add_file(article, "a.csv", b"aaa")
    previous = os.umask(0o022)
    try:
        result = run(services, emulator, "download", str(article), "--dest", str(tmp_path), signed_in=False)
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "a.csv").stat().st_mode & 0o777 == 0o644


def test_download_of_an_unknown_article_is_not_found(
    services: Services, emulator: FigshareEmulator, tmp_path: Path
) -> None:
    result = run(services, emulator, "download", "999999", "--dest", str(tmp_path), signed_in=False)
    assert result.exit_code == ExitCode.NOT_FOUND
