"""Fuzzing transfers: upload-service answers (mutated real ones from the corpus) fed to their parsers and to
a real upload against the emulator, server-provided names and download headers fed to the downloader, and
the transfer settings: only documented errors escape, no secret is in them, nothing lands outside the
destination, and every local name is safe and portable."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from figshare import Figshare, RetryPolicy
from figshare.errors import ResponseParseError
from figshare.files import Downloader, UnsafePathError, Uploader
from figshare.files._paths import (
    MAX_NAME_BYTES,
    content_disposition_name,
    portable_name,
    safe_relative_path,
    segment_problem,
)
from figshare.files._records import parse_part, parse_upload_info
from figshare.files._runtime_common import parsed
from tests.files.fake_figshare import FakeFigshare
from tests.fuzz.xml_fuzz_support import CANARY, check_error, corpus_files, fuzz_settings, long_run, mutated
from tests.servers.figshare_upload_emulator import FigshareEmulator

NO_RETRIES = RetryPolicy(max_retries=0)
WINDOWS_FORBIDDEN = set('<>:"|?*')
DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"
}


@pytest.fixture(scope="module")
def upload_answers(corpus_dir: Path) -> list[bytes]:
    return corpus_files(corpus_dir / "upload", "*.json")


@pytest.fixture(scope="module")
def emulator() -> Iterator[FigshareEmulator]:
    with FigshareEmulator(part_size=1024) as running:
        yield running


@fuzz_settings(150)
@given(data=st.data())
def test_upload_service_answers_parse_or_fail_typed(upload_answers: list[bytes], data: st.DataObject) -> None:
    body = data.draw(mutated(upload_answers))
    response = httpx.Response(200, content=body, request=httpx.Request("GET", "https://fup.example/upload/t"))
    for parse, what in ((parse_upload_info, "an upload"), (parse_part, "a part")):
        try:
            parsed(response, parse, what)
        except Exception as error:
            check_error(error, ResponseParseError)


@fuzz_settings(8)
@given(data=st.data())
def test_an_upload_given_mutated_service_answers_fails_typed_without_secrets(
    emulator: FigshareEmulator,
    upload_answers: list[bytes],
    data: st.DataObject,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("up")
    (folder / "data.bin").write_bytes(data.draw(st.binary(min_size=1, max_size=3000)))
    article = emulator.create_article()
    emulator.faults.fail_request(
        "upload", "GET", r"/upload/[^/]+", 200, body=data.draw(mutated(upload_answers)), content_type="application/json"
    )
    with Figshare(
        token=emulator.token,
        base_url=emulator.api_base_url,
        rate_limit=None,
        retry=NO_RETRIES,
        trusted_hosts=[emulator.api_host, emulator.upload_host],
    ) as client:
        try:
            Uploader(client, state_dir=folder / "state", max_attempts=1, sleep=lambda _: None).upload(
                article, folder / "data.bin"
            )
        except Exception as error:
            check_error(error)
            assert emulator.token not in str(error) and emulator.token not in repr(error)
    emulator.requests.clear()


NAME_CHARACTERS = st.characters(codec=None, exclude_categories=())
NAMES = st.text(alphabet=NAME_CHARACTERS, max_size=300) | st.sampled_from(
    ["CON", "nul.txt", "a. ", "..", ".", "", "a/b", "a\\b", "x" * 400, "\u202egnp.exe", "\ud800"]
)


def assert_portable(segment: str) -> None:
    assert segment and segment not in (".", "..")
    assert len(segment.encode("utf-8")) <= MAX_NAME_BYTES  # encodable: no lone surrogates either
    assert not segment.endswith((" ", "."))
    assert segment.split(".", 1)[0].rstrip(" ").upper() not in DEVICES
    for char in segment:
        code = ord(char)
        assert code >= 32 and not 0x7F <= code <= 0x9F and char not in WINDOWS_FORBIDDEN and char not in "/\\"
        assert unicodedata.category(char) not in ("Cf", "Zl", "Zp", "Cs")


@fuzz_settings(300)
@given(folder=st.lists(NAMES, max_size=3).map("/".join), name=NAMES)
def test_every_local_path_is_safe_and_portable_or_refused(folder: str, name: str) -> None:
    try:
        relative = safe_relative_path(folder, name, file_id=1)
    except UnsafePathError as error:
        check_error(error)
        return
    for segment in relative.parts:
        assert_portable(segment)
        assert portable_name(segment) == segment  # stable


@fuzz_settings(300)
@given(header=st.text(max_size=300) | st.builds(lambda name: f"attachment; filename*=UTF-8''{name}", st.text()))
def test_content_disposition_names_never_fail(header: str) -> None:
    name = content_disposition_name(header)  # the server's name (kept as remote_name), made portable to be saved
    if name is not None:
        assert segment_problem(name) is None
        assert_portable(portable_name(name))


@fuzz_settings(40)
@given(
    disposition=st.text(max_size=200) | st.none(),
    ignore_range=st.booleans(),
    cut=st.none() | st.integers(0, 2500),
    partial=st.none() | st.binary(max_size=3000),
)
def test_downloads_with_hostile_storage_answers_stay_inside_the_destination(
    disposition: str | None,
    ignore_range: bool,
    cut: int | None,
    partial: bytes | None,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    fake = FakeFigshare()
    fake.content_disposition = disposition
    fake.ignore_range = ignore_range
    fake.cut_next_download_after = cut
    sandbox = tmp_path_factory.mktemp("down")
    dest = sandbox / "dest"
    if partial is not None:
        dest.mkdir()
        (dest / ".file_2002.2002.figshare-part").write_bytes(partial)
    if disposition is not None and not disposition.isascii():
        fake.content_disposition = None  # the mock cannot send it (httpx encodes str headers as ASCII)
    http_client = httpx.Client(transport=httpx.MockTransport(fake.handler), follow_redirects=True)
    with http_client, Figshare(token=CANARY, http_client=http_client, rate_limit=None, retry=NO_RETRIES) as client:
        try:
            results = Downloader(client, max_attempts=2, sleep=lambda _: None).download(2002, dest=dest)
        except Exception as error:
            check_error(error)
        else:
            [result] = results
            assert result.path.parent == dest.resolve()
            assert_portable(result.path.name)
    assert [path.name for path in sandbox.iterdir()] == ["dest"]


@pytest.fixture(scope="module")
def anonymous() -> Iterator[Figshare]:
    with Figshare(rate_limit=None) as client:
        yield client


@fuzz_settings(100)
@given(
    value=st.one_of(st.floats(allow_nan=True), st.integers(-(2**70), 2**70), st.text(max_size=3), st.none()),
    argument=st.sampled_from(["part_timeout", "stall_timeout", "min_speed", "lock_wait"]),
)
def test_transfer_settings_are_accepted_or_refused_by_name(anonymous: Figshare, value: object, argument: str) -> None:
    for transfer in (Downloader, Uploader):
        if transfer is Uploader and argument == "lock_wait":
            continue
        try:
            transfer(anonymous, **{argument: value})  # type: ignore[operator]
        except (ValueError, TypeError) as error:
            assert argument in str(error)


@pytest.mark.fuzz_long
@long_run
@fuzz_settings(200)
@given(folder=st.text(max_size=600), name=st.text(max_size=600))
def test_long_names(folder: str, name: str) -> None:
    test_every_local_path_is_safe_and_portable_or_refused.hypothesis.inner_test(folder, name)  # type: ignore[attr-defined]
