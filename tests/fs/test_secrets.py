"""The token: options from the environment, pickling for workers, and a canary that never shows anywhere."""

from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path
from typing import Any

import pytest

from figshare import RateLimiter
from figshare._secrets import Secret
from figshare.fs import FigshareFileSystem
from tests.fs.conftest import CANARY, FAST_RETRIES
from tests.fs.public_server import PublicFigshare
from tests.servers.figshare_upload_emulator import FigshareEmulator


def test_the_token_is_kept_as_a_secret(server: PublicFigshare) -> None:
    fs = FigshareFileSystem(token=CANARY, base_url=server.api_base_url, rate_limit=None)
    assert fs.storage_options["token"] == Secret(CANARY)
    shown = [
        repr(fs),
        str(fs),
        repr(fs.storage_options),
        str(fs.storage_options),
        json.dumps(fs.to_dict(include_password=False)),
    ]
    assert not [text for text in shown if CANARY in text]
    assert fs.to_dict()["token"] == CANARY  # fsspec's explicit "include the password" form
    copy = pickle.loads(pickle.dumps(fs))
    assert copy is fs  # the same options give the same (cached) instance
    FigshareFileSystem.clear_instance_cache()
    fresh = pickle.loads(pickle.dumps(fs))
    assert fresh is not fs and fresh.storage_options["token"] == Secret(CANARY)


def test_different_secret_tokens_are_different_filesystems(server: PublicFigshare) -> None:
    one = FigshareFileSystem(token=Secret("token-one"), base_url=server.api_base_url)
    two = FigshareFileSystem(token=Secret("token-two"), base_url=server.api_base_url)
    same = FigshareFileSystem(token="token-one", base_url=server.api_base_url)
    assert one is not two
    assert one is same


def test_environment_settings_travel_with_the_filesystem(
    server: PublicFigshare, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIGSHARE_TOKEN", CANARY)
    monkeypatch.setenv("FIGSHARE_BASE_URL", server.api_base_url)
    fs = FigshareFileSystem(rate_limit=None)
    assert "authenticated" in repr(fs) and server.api_base_url in repr(fs)
    pickled = pickle.dumps(fs)
    monkeypatch.delenv("FIGSHARE_TOKEN")
    monkeypatch.delenv("FIGSHARE_BASE_URL")
    FigshareFileSystem.clear_instance_cache()
    on_a_worker = pickle.loads(pickled)
    assert on_a_worker.cat("articles/1001/notes.txt") == b"measured at noon\n"
    assert all(request.authorized for request in server.requests("api"))
    assert CANARY not in repr(on_a_worker.storage_options)


def test_a_canary_token_never_reaches_logs_or_errors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    with FigshareEmulator(part_size=4096, token=CANARY) as emulator:
        article = emulator.create_article()
        emulator.add_file(article, "data.csv", b"x,y\n1,2\n" * 200)
        options = {
            "token": CANARY,
            "base_url": emulator.api_base_url,
            "rate_limit": None,
            "retry": FAST_RETRIES,
            "trusted_hosts": [emulator.api_host],
            "state_dir": str(tmp_path / "state"),
        }
        caplog.set_level(logging.DEBUG)  # every logger: figshare, httpx, httpcore, fsspec
        fs = FigshareFileSystem(**options)
        root = f"account/articles/{article}"
        fs.ls(root)
        fs.cat_file(f"{root}/data.csv", 10, 20)
        fs.get_file(f"{root}/data.csv", str(tmp_path / "data.csv"))
        fs.pipe(f"{root}/new.bin", b"z" * 10_000)
        fs.rm(f"{root}/new.bin")
        errors = []
        for attempt in (lambda: fs.ls(f"{root}/missing"), lambda: fs.ls("account/articles/999")):
            with pytest.raises(FileNotFoundError) as caught:
                attempt()
            errors.append(caught.value)
        for error in errors:
            assert CANARY not in str(error) and CANARY not in repr(error)
            assert CANARY not in str(error.__cause__ or "")
        assert [request for request in emulator.requests if request.authorization == "valid"]
    logged = "\n".join(f"{record.name} {record.getMessage()}" for record in caplog.records)
    assert "figshare" in logged and "httpx" in logged  # the loggers were listening
    assert CANARY not in logged
    captured = capsys.readouterr()
    assert CANARY not in captured.out + captured.err


def test_a_process_rate_limiter_pickles_as_its_interval(server: PublicFigshare) -> None:
    fs = FigshareFileSystem(base_url=server.api_base_url, rate_limiter=RateLimiter(0.25))
    FigshareFileSystem.clear_instance_cache()
    on_a_worker = pickle.loads(pickle.dumps(fs))
    assert on_a_worker.storage_options["rate_limit"] == 0.25
    assert "rate_limiter" not in on_a_worker.storage_options


def test_cluster_helpers_hand_tasks_the_token_as_a_secret(tmp_path: Path) -> None:
    from figshare.fs.cluster import download_files, process_files

    class RecordingClient:
        def map(self, func: Any, *iterables: Any, **kwargs: Any) -> list[Any]:
            self.kwargs = kwargs
            return []

        def gather(self, futures: Any) -> list[Any]:
            return []

    for helper in (
        lambda client: download_files(client, [], tmp_path, storage_options={"token": CANARY}),
        lambda client: process_files(client, len, [], storage_options={"token": CANARY}),
    ):
        client = RecordingClient()
        helper(client)
        assert client.kwargs["storage_options"]["token"] == Secret(CANARY)
        assert CANARY not in repr(client.kwargs)
