"""Uploads against the emulated upload service: parts, folders, skipping, links, verification, state."""

from __future__ import annotations

import hashlib
import io
import json
import os
import threading
from pathlib import Path

import pytest

from figshare import Figshare, FigshareError, InvalidArgumentTypeError, NotFoundError
from figshare.files import (
    AsyncUploader,
    ChecksumMismatchError,
    LocalFileChangedError,
    PartUploadError,
    ProcessingTimeoutError,
    TransferProgress,
    UnsupportedNameError,
    Uploader,
    UploadError,
    UploadStateError,
)
from tests.files.conftest import FakeTime, async_client_for, client_for, write_random
from tests.servers.figshare_upload_emulator import FigshareEmulator


def uploader(client: Figshare, state_dir: Path, fake_time: FakeTime, **options: object) -> Uploader:
    return Uploader(client, state_dir=state_dir, sleep=fake_time.sleep, clock=fake_time.monotonic, **options)  # type: ignore[arg-type]


def part_puts(emulator: FigshareEmulator, part_no: int | None = None) -> list[int | None]:
    return [request.status for request in emulator.requests.where(server="upload", method="PUT", part_no=part_no)]


def test_a_file_is_sent_in_parts_completed_and_verified(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "data.bin", 10 * 1024 + 17)
    article = emulator.create_article()

    [result] = uploader(client, state_dir, fake_time).upload(article, tmp_path / "data.bin")

    assert result.status == "uploaded"
    assert result.md5 == hashlib.md5(data).hexdigest()
    assert emulator.assembled_bytes(result.file_id) == data
    assert emulator.file_record(result.file_id)["computed_md5"] == result.md5
    assert max(emulator.requests.stored_part_uploads().values()) == 1
    assert len(emulator.requests.stored_part_uploads()) == 11
    initiate = emulator.requests.where(server="api", method="POST", path_prefix=f"/v2/account/articles/{article}/files")
    assert initiate[0].json_body == {"name": "data.bin", "size": len(data), "md5": result.md5}
    for put in emulator.requests.where(server="upload", method="PUT"):
        assert "transfer-encoding" not in put.headers
        assert int(put.headers["content-length"]) == put.body_length
    assert list(state_dir.glob("*.json")) == []


def test_parts_are_read_from_their_byte_range_only(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    emulator.part_size = 1000
    data = write_random(tmp_path / "data.bin", 3001)
    [result] = uploader(client, state_dir, fake_time, concurrency=3).upload(
        emulator.create_article(), tmp_path / "data.bin"
    )

    puts = emulator.requests.where(server="upload", method="PUT")
    assert sorted((put.part_no, put.body_length) for put in puts) == [(1, 1000), (2, 1000), (3, 1000), (4, 1)]
    assert emulator.assembled_bytes(result.file_id) == data


def test_a_folder_keeps_its_folders(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    top = tmp_path / "dataset"
    files = {
        "a.csv": write_random(top / "a.csv", 2000),
        "raw/b.bin": write_random(top / "raw" / "b.bin", 3000),
        "raw/deep/c.txt": write_random(top / "raw" / "deep" / "c.txt", 10),
    }
    article = emulator.create_article()

    results = uploader(client, state_dir, fake_time).upload(article, top)

    assert [(r.folder_path, r.name) for r in results] == [
        ("dataset", "a.csv"),
        ("dataset/raw", "b.bin"),
        ("dataset/raw/deep", "c.txt"),
    ]
    for result, data in zip(results, files.values(), strict=True):
        assert emulator.assembled_bytes(result.file_id) == data
        assert emulator.file_record(result.file_id)["folder_path"] == result.folder_path


def test_a_folder_can_go_to_the_top_level_or_another_folder(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "dataset" / "a.csv", 10)
    write_random(tmp_path / "dataset" / "sub" / "b.csv", 10)
    up = uploader(client, state_dir, fake_time)

    top_level = up.upload(emulator.create_article(), tmp_path / "dataset", folder_path="")
    elsewhere = up.upload(emulator.create_article(), tmp_path / "dataset", folder_path="/x/y/")

    assert [r.folder_path for r in top_level] == [None, "sub"]
    assert [r.folder_path for r in elsewhere] == ["x/y", "x/y/sub"]


def test_a_single_file_can_be_renamed_and_put_in_a_folder(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "local.bin", 100)
    [result] = uploader(client, state_dir, fake_time).upload(
        emulator.create_article(), tmp_path / "local.bin", name="remote.bin", folder_path="results"
    )
    record = emulator.file_record(result.file_id)
    assert (record["name"], record["folder_path"]) == ("remote.bin", "results")


def test_an_empty_file_uploads(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    (tmp_path / "empty").write_bytes(b"")
    [result] = uploader(client, state_dir, fake_time).upload(emulator.create_article(), tmp_path / "empty")
    assert result.md5 == hashlib.md5(b"").hexdigest()
    assert emulator.file_record(result.file_id)["status"] == "available"


def test_files_already_on_the_article_are_skipped(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "d" / "same.bin", 3000)
    write_random(tmp_path / "d" / "changed.bin", 3000)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time)
    first = up.upload(article, tmp_path / "d")
    write_random(tmp_path / "d" / "changed.bin", 3000)
    emulator.requests.clear()

    second = up.upload(article, tmp_path / "d")

    assert [r.status for r in second] == ["uploaded", "skipped"]  # sorted: changed.bin, same.bin
    assert second[1].file_id == first[1].file_id
    assert len(part_puts(emulator)) == 3  # only changed.bin's parts
    assert len(emulator.article_file_ids(article)) == 3


def test_skipping_can_be_turned_off(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "a.bin", 10)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time, skip_existing=False)
    up.upload(article, tmp_path / "a.bin")
    [again] = up.upload(article, tmp_path / "a.bin")
    assert again.status == "uploaded"
    assert len(emulator.article_file_ids(article)) == 2


def test_link_only_files(client: Figshare, emulator: FigshareEmulator, state_dir: Path, fake_time: FakeTime) -> None:
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time)
    [linked] = up.upload(article, link="https://example.org/data/big.nc")
    [again] = up.upload(article, link="https://example.org/data/big.nc")

    assert (linked.status, again.status) == ("linked", "skipped")
    assert linked.name == again.name == emulator.file_record(linked.file_id)["name"]
    assert again.file_id == linked.file_id
    record = emulator.file_record(linked.file_id)
    assert record["is_link_only"] is True
    assert record["download_url"] == "https://example.org/data/big.nc"


def test_waits_for_processing_and_a_late_computed_md5(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    emulator.faults.processing_polls = 3
    emulator.faults.computed_md5_after_polls = 6
    data = write_random(tmp_path / "a.bin", 5000)

    [result] = uploader(client, state_dir, fake_time).upload(emulator.create_article(), tmp_path / "a.bin")

    assert result.status == "uploaded"
    assert emulator.assembled_bytes(result.file_id) == data
    assert fake_time.sleeps[:4] == [1.0, 2.0, 4.0, 8.0]  # polling backs off
    assert max(fake_time.sleeps) <= 15.0


def test_a_computed_md5_that_never_comes_times_out_and_a_rerun_only_waits(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    emulator.faults.computed_md5_after_polls = None
    write_random(tmp_path / "a.bin", 3000)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time, processing_timeout=60)

    with pytest.raises(ProcessingTimeoutError) as caught:
        up.upload(article, tmp_path / "a.bin")

    assert caught.value.status == "available"
    assert caught.value.computed_md5 == ""
    assert "run the upload again" in str(caught.value)
    assert sum(fake_time.sleeps) == pytest.approx(60)
    [pending] = up.pending()
    assert pending.completed
    emulator.faults.computed_md5_after_polls = 0
    emulator.requests.clear()

    [result] = up.upload(article, tmp_path / "a.bin")

    assert result.status == "resumed"
    assert part_puts(emulator) == []
    assert emulator.requests.where(server="api", method="POST") == []
    assert up.pending() == []


def test_a_computed_md5_that_differs_is_a_clear_error(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    emulator.faults.computed_md5_override = "0" * 32
    data = write_random(tmp_path / "a.bin", 3000)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time)

    with pytest.raises(ChecksumMismatchError) as caught:
        up.upload(article, tmp_path / "a.bin")

    assert caught.value.expected == hashlib.md5(data).hexdigest()
    assert caught.value.actual == "0" * 32
    assert f"file_delete({article}, {caught.value.file_id})" in str(caught.value)
    assert up.pending() == []


def test_a_part_that_keeps_failing_is_a_clear_error_and_the_upload_stays_resumable(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "a.bin", 4000)
    emulator.faults.fail_part_put(3, 500, times=5)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time, concurrency=1)

    with pytest.raises(PartUploadError) as caught:
        up.upload(article, tmp_path / "a.bin")

    assert caught.value.part_no == 3
    assert "failed 5 times" in str(caught.value)
    assert len(up.pending()) == 1
    [result] = up.upload(article, tmp_path / "a.bin")  # the sixth attempt of part 3 succeeds
    assert result.status == "resumed"
    assert emulator.assembled_bytes(result.file_id) == data
    assert max(emulator.requests.stored_part_uploads().values()) == 1


def test_abandon_deletes_the_half_made_file_and_the_state(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "a.bin", 4000)
    write_random(tmp_path / "other.bin", 10)
    emulator.faults.fail_part_put(2, 500, times=None)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time, max_attempts=2)
    with pytest.raises(PartUploadError):
        up.upload(article, tmp_path / "a.bin")
    [file_id] = emulator.article_file_ids(article)

    abandoned = up.abandon(article, tmp_path / "a.bin")

    assert [state.file_id for state in abandoned] == [file_id]
    assert emulator.article_file_ids(article) == []
    assert up.pending() == []
    assert up.abandon(article) == []


def test_a_file_deleted_on_figshare_meanwhile_is_started_afresh(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "a.bin", 4000)
    emulator.faults.fail_part_put(2, 500)  # the first PUT of part 2 of every upload
    article = emulator.create_article()
    with pytest.raises(PartUploadError):
        uploader(client, state_dir, fake_time, max_attempts=1).upload(article, tmp_path / "a.bin")
    [old_id] = emulator.article_file_ids(article)
    client.account.articles.file_delete(article, old_id)

    [result] = uploader(client, state_dir, fake_time).upload(article, tmp_path / "a.bin")

    assert result.file_id != old_id
    assert result.status == "uploaded"
    assert emulator.assembled_bytes(result.file_id) == data


def test_a_local_file_that_changes_during_the_upload_is_noticed_and_sent_afresh_next_time(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    path = tmp_path / "a.bin"
    write_random(path, 3000)
    gate = emulator.faults.hold_part_put(3)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time, concurrency=1)

    def append_while_part_3_is_held() -> None:
        gate.wait_until_held()
        with path.open("ab") as handle:
            handle.write(b"appended")
        gate.release()

    changer = threading.Thread(target=append_while_part_3_is_held)
    changer.start()
    with pytest.raises(LocalFileChangedError):
        up.upload(article, path)
    changer.join()
    [old_id] = emulator.article_file_ids(article)

    [result] = up.upload(article, path)

    assert result.status == "uploaded"
    assert emulator.article_file_ids(article) == [result.file_id]
    assert result.file_id != old_id
    assert emulator.assembled_bytes(result.file_id) == path.read_bytes()


def test_progress_events_count_bytes_and_phases(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "a.bin", 5000)
    emulator.faults.reset_part_put(2)
    events: list[TransferProgress] = []

    [result] = uploader(client, state_dir, fake_time, progress=events.append).upload(
        emulator.create_article(), tmp_path / "a.bin"
    )

    phases = [event.phase for event in events]
    assert phases[0] == "hashing"
    assert phases[-2:] == ["processing", "done"]
    assert events[-1].bytes_done == events[-1].bytes_total == 5000
    assert events[-1].file_id == result.file_id
    assert all(0 <= event.bytes_done <= 5000 for event in events)


def test_the_progress_bar_draws_bytes_rate_and_time_left(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    console = pytest.importorskip("rich.console")
    from figshare.files import ProgressBar

    write_random(tmp_path / "a.bin", 5000)
    output = io.StringIO()
    with ProgressBar(console=console.Console(file=output, width=120, force_terminal=False)) as bar:
        uploader(client, state_dir, fake_time, progress=bar).upload(emulator.create_article(), tmp_path / "a.bin")
    drawn = output.getvalue()
    assert "a.bin" in drawn
    assert "5.0/5.0 kB" in drawn


def test_the_progress_bar_shows_names_as_they_are_not_as_markup() -> None:
    console = pytest.importorskip("rich.console")
    from figshare.files import ProgressBar

    output = io.StringIO()
    with ProgressBar(console=console.Console(file=output, width=120, force_terminal=False)) as bar:
        for name in ("[red]report[link=mailto:x]click.pdf", "a[/]b.csv"):
            bar(TransferProgress("download", name, "done", 5, 5))
    drawn = output.getvalue()
    assert "[red]report[link=mailto:x]click.pdf" in drawn and "a[/]b.csv" in drawn


def test_the_token_goes_to_trusted_hosts_only(tmp_path: Path, state_dir: Path, fake_time: FakeTime) -> None:
    """An upload host that is not trusted gets no token; the API host does."""
    data = write_random(tmp_path / "a.bin", 2000)
    with FigshareEmulator(part_size=1024, upload_host="localhost") as emulator:
        with client_for(emulator, trusted_hosts=[emulator.api_host]) as client:
            [result] = uploader(client, state_dir, fake_time).upload(emulator.create_article(), tmp_path / "a.bin")
        assert emulator.assembled_bytes(result.file_id) == data
        assert {r.authorization for r in emulator.requests.where(server="upload")} == {"absent"}
        assert {r.authorization for r in emulator.requests.where(server="api")} == {"valid"}


def test_a_damaged_state_file_is_a_clear_error(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "a.bin", 4000)
    emulator.faults.fail_part_put(2, 500, times=None)
    article = emulator.create_article()
    up = uploader(client, state_dir, fake_time, max_attempts=1)
    with pytest.raises(PartUploadError):
        up.upload(article, tmp_path / "a.bin")
    [state_file] = state_dir.glob("*.json")
    assert state_file.stat().st_mode & 0o777 == 0o600
    assert json.loads(state_file.read_text())["file_id"] == emulator.article_file_ids(article)[0]
    state_file.write_text("{not json")

    with pytest.raises(UploadStateError) as caught:
        up.upload(article, tmp_path / "a.bin")
    assert caught.value.location == str(state_file)
    assert "damaged" in str(caught.value)


def test_arguments_are_checked(client: Figshare, tmp_path: Path, state_dir: Path, fake_time: FakeTime) -> None:
    write_random(tmp_path / "a.bin", 1)
    up = uploader(client, state_dir, fake_time)
    with pytest.raises(ValueError, match="either a path"):
        up.upload(1, tmp_path / "a.bin", link="https://example.org/x")
    with pytest.raises(ValueError, match="either a path"):
        up.upload(1)
    with pytest.raises(ValueError, match="no name"):
        up.upload(1, link="https://example.org/x", name="x")
    with pytest.raises(ValueError, match="single file"):
        up.upload(1, tmp_path, name="x")
    with pytest.raises(FileNotFoundError):
        up.upload(1, tmp_path / "missing")
    with pytest.raises(ValueError, match="'\\.\\.'"):
        up.upload(1, tmp_path / "a.bin", folder_path="a/../b")
    with pytest.raises(TypeError):
        up.upload("1", tmp_path / "a.bin")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="concurrency"):
        Uploader(client, concurrency=0, state_dir=state_dir)


def test_an_article_that_is_not_yours_is_a_404(
    client: Figshare, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    write_random(tmp_path / "a.bin", 1)
    with pytest.raises(NotFoundError):
        uploader(client, state_dir, fake_time).upload(99, tmp_path / "a.bin")


def test_impersonation_reaches_the_api_but_not_the_upload_service(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime
) -> None:
    data = write_random(tmp_path / "a.bin", 2500)
    article = emulator.create_article()
    [result] = uploader(client.impersonate(4242), state_dir, fake_time).upload(article, tmp_path / "a.bin")

    assert emulator.assembled_bytes(result.file_id) == data
    initiate = emulator.requests.where(server="api", method="POST", path_prefix=f"/v2/account/articles/{article}/files")
    assert initiate[0].json_body["impersonate"] == 4242
    assert all("impersonate=4242" in r.query for r in emulator.requests.where(server="api", method="GET"))
    assert not [r for r in emulator.requests.where(server="upload") if "impersonate" in r.query]


def test_progress_true_draws_a_bar(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("rich")
    write_random(tmp_path / "a.bin", 2000)
    [result] = client.upload(emulator.create_article(), tmp_path / "a.bin", state_dir=state_dir, progress=True)
    assert result.status == "uploaded"
    assert "a.bin" in capsys.readouterr().out


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_local_file_that_shrinks_during_the_upload_is_a_changed_file_not_retried_as_a_network_failure(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime, use_async: bool
) -> None:
    path = tmp_path / "a.bin"
    write_random(path, 10_000)
    article = emulator.create_article()

    def shrink_after_four_parts(event: TransferProgress) -> None:
        if event.phase == "uploading" and event.bytes_done >= 4096 and path.stat().st_size > 3000:
            os.truncate(path, 3000)

    options = {"state_dir": state_dir, "progress": shrink_after_four_parts, "concurrency": 1}
    with pytest.raises(LocalFileChangedError, match="changed while it was being uploaded") as caught:
        if use_async:
            async with async_client_for(emulator) as async_client:
                await AsyncUploader(async_client, sleep=fake_time.async_sleep, **options).upload(article, path)  # type: ignore[arg-type]
        else:
            with client_for(emulator) as client:
                Uploader(client, sleep=fake_time.sleep, **options).upload(article, path)  # type: ignore[arg-type]
    assert caught.value.file_id is not None and caught.value.path == str(path)
    assert fake_time.sleeps == []  # not retried as a network failure


@pytest.mark.parametrize("change", ["deleted", "now a folder"])
def test_a_local_file_that_cannot_be_read_is_an_upload_error(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, fake_time: FakeTime, change: str
) -> None:
    folder = tmp_path / "set"
    write_random(folder / "a.bin", 3000)
    write_random(folder / "b.bin", 3000)
    article = emulator.create_article()

    def change_b_while_a_is_hashed(event: TransferProgress) -> None:
        if event.name == "set/a.bin" and event.phase == "hashing":
            (folder / "b.bin").unlink()
            if change == "now a folder":
                (folder / "b.bin").mkdir()

    with pytest.raises(UploadError, match="cannot read") as caught:
        uploader(client, state_dir, fake_time, progress=change_b_while_a_is_hashed).upload(article, folder)
    assert isinstance(caught.value, FigshareError) and caught.value.path == str(folder / "b.bin")


# -- names that cannot be sent ---------------------------------------------------------------------------


def test_a_lone_surrogate_in_a_given_name_is_refused_before_any_request(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path
) -> None:
    write_random(tmp_path / "ok.bin", 10)
    article = emulator.create_article()
    emulator.requests.clear()
    for options in ({"name": "bad\ud800.bin"}, {"folder_path": "raw/\udcff"}):
        with pytest.raises(UnsupportedNameError) as caught:
            Uploader(client, state_dir=state_dir).upload(article, tmp_path / "ok.bin", **options)
        assert isinstance(caught.value, ValueError) and isinstance(caught.value, FigshareError)
        assert next(iter(options)) + "=" in str(caught.value)
    with pytest.raises(UnsupportedNameError, match="link="):
        Uploader(client, state_dir=state_dir).upload(article, link="https://example.org/\ud800")
    assert list(emulator.requests) == []


def test_names_that_downloads_refuse_are_refused_before_any_request(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path
) -> None:
    folder = tmp_path / "set"
    write_random(folder / "fine.bin", 10)
    (folder / "tab\there.bin").write_bytes(b"x")
    article = emulator.create_article()
    emulator.requests.clear()

    with pytest.raises(UnsupportedNameError, match="control character") as caught:
        Uploader(client, state_dir=state_dir).upload(article, folder)
    assert caught.value.name == "set/tab\there.bin"
    for options in ({"name": ".."}, {"name": "."}, {"name": "new\nline"}, {"folder_path": "raw/\x1b[31m"}):
        with pytest.raises(UnsupportedNameError) as caught:
            Uploader(client, state_dir=state_dir).upload(article, folder / "fine.bin", **options)
        assert isinstance(caught.value, ValueError)
    assert list(emulator.requests) == []


@pytest.mark.parametrize("argument", ["name", "folder_path", "link"])
async def test_a_name_folder_or_link_that_is_not_a_str_is_refused_by_name(
    emulator: FigshareEmulator, tmp_path: Path, state_dir: Path, argument: str
) -> None:
    write_random(tmp_path / "ok.bin", 10)
    article = emulator.create_article()
    emulator.requests.clear()
    path = None if argument == "link" else tmp_path / "ok.bin"
    with client_for(emulator) as client, pytest.raises(InvalidArgumentTypeError, match=f"^{argument} ") as caught:
        Uploader(client, state_dir=state_dir).upload(article, path, **{argument: 5})
    assert caught.value.argument == argument
    async with async_client_for(emulator) as async_client:
        with pytest.raises(InvalidArgumentTypeError, match=f"^{argument} ") as caught:
            await AsyncUploader(async_client, state_dir=state_dir).upload(article, path, **{argument: 5})
    assert caught.value.argument == argument
    assert list(emulator.requests) == []


def test_a_local_file_name_that_is_not_utf8_is_refused_before_any_request(
    client: Figshare, emulator: FigshareEmulator, tmp_path: Path, state_dir: Path
) -> None:
    folder = tmp_path / "set"
    write_random(folder / "fine.bin", 10)
    undecodable = os.fsdecode(b"caf\xe9.bin")  # Latin-1 bytes: a lone surrogate in Python
    (folder / undecodable).write_bytes(b"x")
    article = emulator.create_article()
    emulator.requests.clear()

    with pytest.raises(UnsupportedNameError, match="not valid Unicode") as caught:
        Uploader(client, state_dir=state_dir).upload(article, folder)

    assert caught.value.name.endswith(undecodable)
    str(caught.value).encode("utf-8")  # the message itself can be printed
    assert list(emulator.requests) == []
    # named explicitly, the same file goes up
    [result] = Uploader(client, state_dir=state_dir).upload(article, folder / undecodable, name="cafe.bin")
    assert result.status == "uploaded" and emulator.assembled_bytes(result.file_id) == b"x"
