"""Downloads by DOI (exact version), article zips, the bot challenge and storage quirks, against a fake
public API (`FakeFigshare`) behind an `httpx.MockTransport`."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from figshare import AsyncFigshare, BotChallengeError, Figshare, ResponseParseError
from figshare.files import AsyncDownloader, ChecksumMismatchError, Downloader, DownloadError, TransferProgress
from tests.files.conftest import NO_WAIT_RETRIES, FakeTime
from tests.files.fake_figshare import STORAGE, FakeFigshare
from tests.fs.public_server import PublicFigshare, demo_dataset

TOKEN = "secret-personal-token"


@pytest.fixture
def fake() -> FakeFigshare:
    return FakeFigshare()


@pytest.fixture
def client(fake: FakeFigshare) -> Iterator[Figshare]:
    http_client = httpx.Client(transport=httpx.MockTransport(fake.handler), follow_redirects=True)
    with (
        http_client,
        Figshare(token=TOKEN, http_client=http_client, rate_limit=None, retry=NO_WAIT_RETRIES) as figshare,
    ):
        yield figshare


def paths(fake: FakeFigshare) -> list[str]:
    return [request.url.path for request in fake.requests if request.url.host == "api.figshare.com"]


def test_a_versioned_doi_downloads_exactly_that_version(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    [result] = Downloader(client, sleep=fake_time.sleep).download(doi="10.6084/m9.figshare.123.v1", dest=tmp_path)

    assert result.path.name == "old.csv"
    assert result.path.read_bytes() == fake.files[1001].content
    assert result.verified
    assert paths(fake)[:2] == ["/v2/articles/123/versions/1", "/v2/articles/123/versions/1/files"]


def test_a_doi_without_version_names_the_latest_one(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    results = Downloader(client, sleep=fake_time.sleep).download(
        doi="https://doi.org/10.6084/M9.FIGSHARE.123", dest=tmp_path
    )
    assert sorted(result.path.name for result in results) == ["extra.bin", "new.csv"]


def test_another_doi_is_looked_up(client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime) -> None:
    [result] = Downloader(client, sleep=fake_time.sleep).download(doi="doi:10.5555/Custom.DOI", dest=tmp_path)
    assert result.path.read_bytes() == b"custom DOI\n"
    assert "/v2/articles" in paths(fake)


@pytest.mark.parametrize("doi", ["10.5555/unknown", "10.6084/m9.figshare.123.v9", "10.6084/m9.figshare.999"])
def test_an_unknown_doi_is_a_clear_error(doi: str, client: Figshare, tmp_path: Path, fake_time: FakeTime) -> None:
    with pytest.raises(DownloadError, match="no public Figshare article has the DOI"):
        Downloader(client, sleep=fake_time.sleep).download(doi=doi, dest=tmp_path)


def test_the_article_zip(client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime) -> None:
    down = Downloader(client, sleep=fake_time.sleep)
    [latest] = down.download(article_id=123, as_zip=True, dest=tmp_path)
    [first] = down.download(doi="10.6084/m9.figshare.123.v1", as_zip=True, dest=tmp_path)

    assert (latest.path.name, latest.path.read_bytes(), latest.verified) == ("123.zip", b"PK zip of v2", False)
    assert (first.path.name, first.path.read_bytes()) == ("123_v1.zip", b"PK zip of v1")
    assert "/v2/account/articles/123" in paths(fake)  # is it ours? (no: the public zip)


def test_the_token_never_reaches_the_storage_host(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    Downloader(client, sleep=fake_time.sleep).download(article_id=123, dest=tmp_path)
    storage = [request for request in fake.requests if str(request.url).startswith(STORAGE)]
    api = [request for request in fake.requests if request.url.host == "api.figshare.com"]
    assert storage and all("authorization" not in request.headers for request in storage)
    assert all(request.headers["authorization"] == f"token {TOKEN}" for request in api)
    assert all(request.headers["accept-encoding"] == "identity" for request in storage)


def test_the_bot_challenge_is_reported_and_nothing_is_left(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    fake.waf_file_ids.add(2001)
    with pytest.raises(BotChallengeError):
        Downloader(client, sleep=fake_time.sleep).download(2001, dest=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_body_cut_short_continues_with_range(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    fake.cut_next_download_after = 1000
    [result] = Downloader(client, sleep=fake_time.sleep).download(2001, article_id=123, dest=tmp_path)
    assert result.path.read_bytes() == fake.files[2001].content
    ranges = [request.headers.get("range") for request in fake.requests if str(request.url).startswith(STORAGE)]
    assert ranges == [None, "bytes=1000-"]


def test_a_server_that_ignores_range_sends_the_whole_file_again(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    fake.ignore_range = True
    content = fake.files[2001].content
    (tmp_path / ".new.csv.2001.figshare-part").write_bytes(content[:500])
    [result] = Downloader(client, sleep=fake_time.sleep).download(2001, article_id=123, dest=tmp_path)
    assert result.path.read_bytes() == content
    assert result.status == "downloaded"


def test_a_server_provided_name_made_portable_is_reported_as_for_article_files(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    fake.content_disposition = "attachment; filename*=UTF-8''a%E2%80%AEgnp.exe"
    with caplog.at_level(logging.INFO, logger="figshare.files"):
        [result] = Downloader(client, sleep=fake_time.sleep).download(2001, dest=tmp_path)
    assert result.path.name == "a_gnp.exe" and result.remote_name == "a\u202egnp.exe"
    assert "saving 'a\\u202egnp.exe' as 'a_gnp.exe'" in caplog.text
    [again] = Downloader(client, sleep=fake_time.sleep).download(2001, dest=tmp_path)
    assert again.status == "skipped" and again.remote_name == "a\u202egnp.exe"


def test_a_server_provided_name_with_folders_is_reduced_to_its_file_name(
    client: Figshare, fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime
) -> None:
    fake.content_disposition = "attachment; filename*=UTF-8''..%2F..%2Fevil.csv"
    [result] = Downloader(client, sleep=fake_time.sleep).download(2001, dest=tmp_path / "dest")
    assert result.path == (tmp_path / "dest" / "evil.csv").resolve()


@pytest.mark.parametrize("broken", ["file", "article"])
def test_a_record_without_an_id_is_a_response_parse_error(
    fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime, broken: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        response = fake.handler(request)
        wanted = "/v2/articles/123/files" if broken == "file" else "/v2/articles/123"
        if request.url.path != wanted or response.status_code != 200:
            return response
        body = json.loads(response.content)
        for record in body if isinstance(body, list) else [body]:
            del record["id"]
        return httpx.Response(200, json=body)

    http_client = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with (
        http_client,
        Figshare(http_client=http_client, rate_limit=None, retry=NO_WAIT_RETRIES) as client,
        pytest.raises(ResponseParseError, match=f"{broken} record without an id"),
    ):
        Downloader(client, sleep=fake_time.sleep).download(article_id=123, dest=tmp_path)
    assert list(tmp_path.iterdir()) == []


async def _chunks_of(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


PADDING = 40 * 2**20
"""Bytes a misbehaving storage sends after a file's listed size: reading them all is what must not happen."""


@pytest.mark.parametrize("use_async", [False, True])
async def test_a_body_longer_than_the_listed_size_is_not_read_to_its_end(
    fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime, use_async: bool
) -> None:
    size = len(fake.files[2001].content)

    def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url).startswith(f"{STORAGE}/2001/"):  # no Content-Length: read until the body ends
            endless = (bytes(64 * 1024) for _ in range(PADDING // (64 * 1024)))
            body = itertools.chain([fake.files[2001].content], endless)
            return httpx.Response(200, content=body if not use_async else _chunks_of(body))
        return fake.handler(request)

    events: list[TransferProgress] = []
    transport = httpx.MockTransport(handler)
    with pytest.raises(ChecksumMismatchError, match=f"expected {size}; nothing was kept"):
        if use_async:
            async with (
                httpx.AsyncClient(transport=transport, follow_redirects=True) as async_http,
                AsyncFigshare(http_client=async_http, rate_limit=None, retry=NO_WAIT_RETRIES) as async_client,
            ):
                downloader = AsyncDownloader(async_client, sleep=fake_time.async_sleep, progress=events.append)
                await downloader.download(2001, article_id=123, dest=tmp_path)
        else:
            with (
                httpx.Client(transport=transport, follow_redirects=True) as http_client,
                Figshare(http_client=http_client, rate_limit=None, retry=NO_WAIT_RETRIES) as client,
            ):
                Downloader(client, sleep=fake_time.sleep, progress=events.append).download(
                    2001, article_id=123, dest=tmp_path
                )
    assert max(event.bytes_done for event in events) <= size + 2 * 2**20
    assert list(tmp_path.iterdir()) == []


def test_a_body_longer_than_the_listed_size_from_a_real_connection_is_not_read_to_its_end(
    tmp_path: Path, fake_time: FakeTime
) -> None:
    with PublicFigshare(demo_dataset(with_parquet=False)) as server:
        server.padding[10024] = PADDING  # notes.txt, 17 bytes listed, framed by Content-Length
        events: list[TransferProgress] = []
        with (
            Figshare(base_url=server.api_base_url, rate_limit=None, retry=NO_WAIT_RETRIES) as client,
            pytest.raises(ChecksumMismatchError, match="expected 17; nothing was kept"),
        ):
            downloader = Downloader(client, sleep=fake_time.sleep, progress=events.append)
            downloader.download(10024, article_id=1001, dest=tmp_path)
    assert max(event.bytes_done for event in events) <= 17 + 2 * 2**20
    assert list(tmp_path.iterdir()) == []


def test_async_downloads_by_doi_and_zip(fake: FakeFigshare, tmp_path: Path, fake_time: FakeTime) -> None:
    async def run() -> None:
        transport = httpx.MockTransport(fake.handler)
        async with (
            httpx.AsyncClient(transport=transport, follow_redirects=True) as http_client,
            AsyncFigshare(token=TOKEN, http_client=http_client, rate_limit=None) as client,
        ):
            down = AsyncDownloader(client, sleep=fake_time.async_sleep)
            results = await down.download(doi="10.6084/m9.figshare.123.v2", dest=tmp_path)
            assert sorted(result.path.name for result in results) == ["extra.bin", "new.csv"]
            assert all(result.path.read_bytes() == fake.files[result.file_id or 0].content for result in results)
            [archive] = await client.download(article_id=123, as_zip=True, dest=tmp_path)
            assert archive.path.read_bytes() == b"PK zip of v2"

    asyncio.run(run())
