"""The pure parts: upload service answers, byte ranges, names, DOIs, state files, local file collection."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

import httpx
import pytest

from figshare import ResponseParseError
from figshare.files import UnsafePathError, UploadState, UploadStateError
from figshare.files._download_protocol import normalise_doi
from figshare.files._local import LocalFile, clean_folder_path, collect_local_files, read_range
from figshare.files._md5_worker import WRITE_BYTES, Md5Worker, write_all
from figshare.files._partial import PartialDownload
from figshare.files._paths import content_disposition_name, safe_relative_path
from figshare.files._records import article_ref, parse_part, parse_upload_info, remote_file
from figshare.files._runtime_common import plan_body, plan_unsatisfiable
from figshare.files._state import UploadStateStore
from figshare_api.models.private_file import PrivateFile


@pytest.mark.corpus
def test_every_recorded_upload_service_answer_parses(corpus_dir: Path) -> None:
    answers = sorted((corpus_dir / "upload").glob("*GET_upload_token*.json"))
    assert answers
    for path in answers:
        info = parse_upload_info(json.loads(path.read_text()))
        assert info.status == "PENDING"
        assert sum(part.length for part in info.parts) == info.size
        assert len(info.md5) == 32


@pytest.mark.corpus
def test_a_recorded_file_record_gives_its_upload_url(corpus_dir: Path) -> None:
    document = json.loads(
        (corpus_dir / "rest" / "deposits__GET_account_articles_id_files_id__2025-12.json").read_text()
    )
    record = remote_file(PrivateFile.from_dict(document))
    assert (record.status, record.completed, record.computed_md5) == ("created", False, "")
    assert record.upload_url.endswith(record.upload_url.rsplit("/", 1)[-1])
    assert record.expected_md5 == document["supplied_md5"]


def test_inclusive_offsets_give_part_lengths() -> None:
    part = parse_part({"partNo": 1, "startOffset": 0, "endOffset": 3, "status": "COMPLETE", "locked": False})
    assert (part.length, part.complete, part.locked) == (4, True, False)


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ([], "not an object"),
        ({"size": 10}, "no 'parts'"),
        ({"size": 10, "parts": [{"partNo": 1, "startOffset": 0, "endOffset": 4}]}, "cover 5 bytes of a 10-byte"),
        ({"size": 10, "parts": [{"partNo": 1, "startOffset": 1, "endOffset": 9}]}, "starts at 1, expected 0"),
        ({"size": 4, "parts": [{"partNo": 1, "startOffset": 0, "endOffset": "3"}]}, "not a non-negative integer"),
        ({"size": 4, "parts": [{"partNo": 0, "startOffset": 0, "endOffset": 3}]}, "offsets"),
        ({"size": -1, "parts": []}, "not a non-negative integer"),
    ],
)
def test_upload_answers_that_do_not_describe_the_file_are_refused(document: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_upload_info(document)


def test_parts_are_put_in_order_whatever_order_they_come_in() -> None:
    info = parse_upload_info(
        {
            "size": 6,
            "status": "PENDING",
            "parts": [
                {"partNo": 2, "startOffset": 3, "endOffset": 5, "status": "PENDING", "locked": True},
                {"partNo": 1, "startOffset": 0, "endOffset": 2, "status": "COMPLETE", "locked": False},
            ],
        }
    )
    assert [part.number for part in info.parts] == [1, 2]
    assert [part.number for part in info.missing_parts] == [2]
    assert info.stored_bytes == 3


def _headers(**values: str) -> httpx.Headers:
    return httpx.Headers({name.replace("_", "-"): value for name, value in values.items()})


@pytest.mark.parametrize(
    ("status", "headers", "offset", "action", "total"),
    [
        (200, _headers(content_length="100"), 0, "append", 100),
        (200, _headers(content_length="100"), 40, "replace", 100),
        (206, _headers(content_range="bytes 40-99/100"), 40, "append", 100),
        (206, _headers(content_range="bytes 40-99/*"), 40, "append", None),
        (206, _headers(content_range="bytes 0-99/100"), 40, "restart", None),
        (206, _headers(), 40, "restart", None),
        (200, _headers(), 0, "append", None),
    ],
)
def test_answers_to_range_requests(
    status: int, headers: httpx.Headers, offset: int, action: str, total: int | None
) -> None:
    plan = plan_body(status, headers, offset)
    assert (plan.action, plan.total) == (action, total)


def test_an_unsatisfiable_range_means_done_only_at_the_exact_size() -> None:
    assert plan_unsatisfiable(_headers(content_range="bytes */100"), 100).action == "complete"
    assert plan_unsatisfiable(_headers(content_range="bytes */100"), 120).action == "restart"
    assert plan_unsatisfiable(_headers(), 100).action == "restart"


@pytest.mark.parametrize(
    ("folder", "name", "expected"),
    [("", "a.csv", "a.csv"), ("raw/2024", "a.csv", "raw/2024/a.csv"), ("raw//x/", "b", "raw/x/b")],
)
def test_safe_relative_paths(folder: str, name: str, expected: str) -> None:
    assert safe_relative_path(folder, name) == PurePosixPath(expected)


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("", ".."),
        ("", "."),
        ("", ""),
        ("..", "a"),
        ("/abs", "a"),
        ("a/../..", "b"),
        ("", "a/b"),
        ("", "a\\b"),
        ("", "a\x1fb"),
    ],
)
def test_unsafe_relative_paths(folder: str, name: str) -> None:
    with pytest.raises(UnsafePathError):
        safe_relative_path(folder, name, file_id=7)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("attachment; filename=data.csv", "data.csv"),
        ('attachment; filename="my data.csv"', "my data.csv"),
        ("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf", "résumé.pdf"),
        ("attachment; filename=../../etc/passwd", "passwd"),
        ("attachment; filename=C:\\Windows\\evil.dll", "evil.dll"),
        ("attachment; filename=..", None),
        ("attachment", None),
        (None, None),
    ],
)
def test_names_from_content_disposition(header: str | None, name: str | None) -> None:
    assert content_disposition_name(header) == name


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        ("10.6084/m9.figshare.123.v2", "10.6084/m9.figshare.123.v2"),
        ("https://doi.org/10.6084/M9.FIGSHARE.123", "10.6084/m9.figshare.123"),
        ("http://dx.doi.org/10.25446/oxford.1.v1", "10.25446/oxford.1.v1"),
        (" doi:10.1/x ", "10.1/x"),
    ],
)
def test_dois_are_normalised(text: str, doi: str) -> None:
    assert normalise_doi(text) == doi


def test_records_tolerate_missing_and_extra_fields() -> None:
    record = remote_file(PrivateFile.from_dict({"id": 5, "name": "x", "folder_path": "a/b", "computed_md5": None}))
    assert (record.folder_path, record.computed_md5, record.size, record.completed) == ("a/b", "", None, False)
    with pytest.raises(ResponseParseError, match="Figshare sent a file record without an id"):
        remote_file(PrivateFile.from_dict({"name": "x"}))

    article = SimpleNamespace(id=9, doi="10.1/x", version=3, folder_structure={"11": "folder", "bad": "x", "12": 5})
    assert article_ref(article).folder_structure == {11: "folder"}


def test_folder_paths_are_cleaned() -> None:
    assert clean_folder_path("/a//b/./c/") == "a/b/c"
    assert clean_folder_path("a\\b") == "a/b"
    assert clean_folder_path("") is None
    assert clean_folder_path(None) is None
    with pytest.raises(ValueError):
        clean_folder_path("a/../b")


def test_a_folder_is_collected_sorted_with_its_subfolders_and_hidden_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/z.txt", ".hidden/h.txt"]:
        (tmp_path / "top" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "top" / name).write_text(name)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text("x")
    (tmp_path / "top" / "linked").symlink_to(tmp_path / "elsewhere")
    files = collect_local_files(tmp_path / "top", name=None, folder_path=None)
    assert [(local.folder_path, local.name) for local in files] == [
        ("top", "a.txt"),
        ("top", "b.txt"),
        ("top/.hidden", "h.txt"),
        ("top/sub", "z.txt"),
    ]


def test_a_range_of_a_file_that_shrank_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"0123456789")
    assert b"".join(read_range(tmp_path / "f", 2, 5, chunk_size=2)) == b"23456"
    with pytest.raises(EOFError):
        b"".join(read_range(tmp_path / "f", 8, 5))


def _state(tmp_path: Path, **changes: object) -> UploadState:
    values: dict[str, object] = {
        "api": "https://api.figshare.com/v2",
        "article_id": 1,
        "file_id": 2,
        "path": str(tmp_path / "f"),
        "name": "f",
        "folder_path": None,
        "size": 3,
        "mtime_ns": 4,
        "md5": "0" * 32,
    }
    values.update(changes)
    return UploadState(**values)  # type: ignore[arg-type]


def test_states_round_trip_privately_and_atomically(tmp_path: Path) -> None:
    store = UploadStateStore(tmp_path / "states")
    state = _state(tmp_path, upload_url="https://fup1.figshare.com/upload/t", completed=True)
    store.save(state)
    local = LocalFile(Path(state.path), "f", None, 3, 4)
    assert store.load(state.api, 1, local) == state
    assert store.all() == [state]
    [saved] = (tmp_path / "states").iterdir()
    assert saved.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "states").stat().st_mode & 0o777 == 0o700  # as FileTokenStore's folders, whatever the umask
    store.delete(state)
    assert store.all() == []
    assert store.load(state.api, 1, local) is None


@pytest.mark.parametrize(
    "content",
    ["[]", '{"format": 99}', '{"format": 1}', '{"format": 1, "api": "a", "article_id": "1"}', "\x00"],
)
def test_damaged_states_are_reported(tmp_path: Path, content: str) -> None:
    store = UploadStateStore(tmp_path)
    (tmp_path / "x.json").write_text(content)
    with pytest.raises(UploadStateError) as caught:
        store.all()
    assert caught.value.location == str(tmp_path / "x.json")


def test_a_state_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(UploadStateError, match="cannot save"):
        UploadStateStore(tmp_path / "file" / "states").save(_state(tmp_path))
    assert os.listdir(tmp_path) == ["file"]


@pytest.mark.parametrize("sizes", [[], [1], [70_000] * 40, [1024 * 1024 + 1, 3, 2 * 1024 * 1024]])
def test_the_md5_worker_hashes_every_chunk_in_order(sizes: list[int]) -> None:
    chunks = [os.urandom(size) for size in sizes]
    worker = Md5Worker()
    for chunk in chunks:
        worker.update(chunk)
    assert worker.hexdigest() == hashlib.md5(b"".join(chunks)).hexdigest()
    worker.update(b"more")  # a finished worker starts again
    assert worker.hexdigest() == hashlib.md5(b"".join([*chunks, b"more"])).hexdigest()
    worker.close()


def test_a_partial_download_continues_the_md5_of_what_it_holds(tmp_path: Path) -> None:
    temp = tmp_path / ".x.1.figshare-part"
    temp.write_bytes(b"abc")
    partial = PartialDownload.open(temp, resume=True)
    partial.write(b"def")
    assert (partial.resumed_from, partial.length) == (3, 6)
    assert partial.hexdigest() == hashlib.md5(b"abcdef").hexdigest()
    partial.restart()
    partial.write(b"xyz")
    assert (partial.resumed_from, partial.hexdigest()) == (0, hashlib.md5(b"xyz").hexdigest())
    partial.commit(tmp_path / "x")
    assert (tmp_path / "x").read_bytes() == b"xyz"
    assert not temp.exists()


def test_write_all_writes_every_byte_in_calls_of_at_most_write_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocks of 1 MiB go to the file in calls of at most `WRITE_BYTES` (large page-cache writes are slow on
    some kernels), and a short write is continued."""
    sizes: list[int] = []
    real_write = os.write

    def recording_write(descriptor: int, data: bytes | memoryview) -> int:
        sizes.append(len(data))
        return real_write(descriptor, bytes(data)[: max(1, len(data) - 1000)])  # every write falls short

    monkeypatch.setattr(os, "write", recording_write)
    data = os.urandom(1024 * 1024 + 12345)
    descriptor = os.open(tmp_path / "out.bin", os.O_WRONLY | os.O_CREAT)
    try:
        write_all(descriptor, memoryview(data))
    finally:
        os.close(descriptor)
    assert (tmp_path / "out.bin").read_bytes() == data
    assert max(sizes) == WRITE_BYTES and len(sizes) > (len(data) // WRITE_BYTES)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 599])
def test_the_transient_errors_are_429_and_every_5xx(status: int) -> None:
    from figshare.errors import APIStatusError
    from figshare.files._errors import TRANSIENT_ERRORS

    response = httpx.Response(status, request=httpx.Request("GET", "https://api.figshare.com/v2/x"))
    error = APIStatusError.from_response(response)
    assert isinstance(error, TRANSIENT_ERRORS) == (status == 429 or status >= 500)
