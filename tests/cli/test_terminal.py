"""End to end in a pseudo-terminal (tmux): the real command, as a person sees it.

``python -m figshare`` runs as its own process in a tmux pane against real local HTTP servers; the test reads
the screen: the harvest's progress bar (count, rate, time left) and the confirmation prompt of ``delete``,
answered by typing ``y``. tmux runs on a private socket and only that server is stopped afterwards.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

# The in-process OAI-PMH server is the `oaipmh` package, which needs Python 3.11+.
pytest.importorskip("oaipmh", reason="the OAI-PMH test server (oaipmh 4) needs Python 3.11+")

from tests.cli.cli_fakes import FakeAPI
from tests.cli.live_server import serve
from tests.oai.harness import make_harness
from tests.servers.figshare_upload_emulator import FigshareEmulator

TOKEN = "terminal-test-token"
SCREEN_TIMEOUT = 60.0


class Terminal:
    """A tmux session of its own: type into it, read its screen."""

    def __init__(self, socket: str, env: dict[str, str], cwd: Path) -> None:
        self.socket = socket
        self.env = env
        self.cwd = cwd

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            env=self.env,
            cwd=self.cwd,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout

    def start(self) -> None:
        self.tmux("new-session", "-d", "-s", "cli", "-x", "200", "-y", "50", "bash --norc --noprofile")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "cli", "-l", text)
        self.tmux("send-keys", "-t", "cli", "Enter")

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "cli", "-S", "-200")

    def wait_for(self, found: Callable[[str], bool]) -> str:
        """The screen once ``found(screen)`` holds (polls; fails after SCREEN_TIMEOUT seconds)."""
        deadline = time.monotonic() + SCREEN_TIMEOUT
        while True:
            screen = self.screen()
            if found(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never showed what was expected:\n{screen}")
            time.sleep(0.1)

    def stop(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], env=self.env, capture_output=True, check=False)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        message = "tmux is not installed (apt-get install tmux); this test runs the command in a pseudo-terminal"
        if os.environ.get("FIGSHARE_REQUIRE_SHARED") == "1":
            pytest.fail(message + " (FIGSHARE_REQUIRE_SHARED=1: CI must not skip)")
        pytest.skip(message)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("FIGSHARE_", "TMUX", "COLUMNS"))}
    env.update(
        {
            "TERM": "xterm-256color",
            "FIGSHARE_CONFIG_DIR": str(tmp_path / "config"),
            "FIGSHARE_TOKEN": TOKEN,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "PS1": "$ ",
        }
    )
    session = Terminal(f"figshare-test-{uuid.uuid4().hex[:12]}", env, tmp_path)
    session.start()
    try:
        yield session
    finally:
        session.stop()


def finished(screen: str) -> bool:
    return re.search(r"^EXIT=\d+$", screen, re.MULTILINE) is not None


def figshare_command(*args: str, prefix: str = "") -> str:
    quoted = " ".join(f"'{arg}'" for arg in args)
    # "EX""IT" prints EXIT but the typed line itself never reads EXIT=
    return f'{prefix}\'{sys.executable}\' -m figshare {quoted}; echo "EX""IT=$?"'


def test_harvest_shows_a_progress_bar_that_ends_complete(terminal: Terminal, tmp_path: Path) -> None:
    harness = make_harness(None, count=45, page_size=15)
    with serve(harness.server) as origin:
        terminal.type(figshare_command("oai", "--url", f"{origin}/oai", "harvest", "--out", "records.jsonl"))
        screen = terminal.wait_for(finished)
    assert "EXIT=0" in screen, screen
    bar_lines = [line for line in screen.splitlines() if "Harvesting records.jsonl" in line]
    assert bar_lines, screen
    bar = bar_lines[-1]
    assert "45/45 records" in bar
    assert re.search(r" \d+\.\d records/s", bar), bar
    assert "ETA" in bar
    assert "━" in bar  # the bar itself
    assert "Harvested 45 records; records.jsonl holds 45." in screen
    assert len((tmp_path / "records.jsonl").read_text().splitlines()) == 45


def test_download_shows_a_bar_per_file(terminal: Terminal, tmp_path: Path, upload_emulator: FigshareEmulator) -> None:
    article = upload_emulator.create_article(public=True)
    upload_emulator.add_file(article, "curves.csv", os.urandom(300_000))
    command = figshare_command(
        "--base-url",
        upload_emulator.api_base_url,
        "download",
        str(article),
        "--dest",
        "out",
        prefix="env -u FIGSHARE_TOKEN ",
    )
    terminal.type(command)
    screen = terminal.wait_for(finished)
    assert "EXIT=0" in screen, screen
    (bar,) = [line for line in screen.splitlines() if line.startswith("curves.csv")]
    assert "done" in bar
    assert "━" in bar
    assert "300.0/300.0 kB" in bar
    assert "md5 ok" in screen
    assert (tmp_path / "out" / "curves.csv").stat().st_size == 300_000


def test_delete_asks_and_a_person_answers(terminal: Terminal) -> None:
    api = FakeAPI()
    api.on("GET", "/v2/account/articles/1", {"id": 1, "title": "Growth curves"})
    api.on("DELETE", "/v2/account/articles/1", None, status=204)
    with serve(api) as origin:
        terminal.type(figshare_command("--base-url", f"{origin}/v2", "articles", "delete", "1"))
        question = "Delete article 1 “Growth curves”? This cannot be undone. [y/N]:"
        screen = terminal.wait_for(lambda text: question in text)
        assert api.sent("DELETE") == []  # nothing deleted while the question is on the screen
        assert not finished(screen)
        terminal.type("y")
        screen = terminal.wait_for(finished)
    assert "Deleted article 1 “Growth curves”" in screen
    assert "EXIT=0" in screen
    (deleted,) = api.sent("DELETE")
    assert deleted.headers["Authorization"] == f"token {TOKEN}"
    assert TOKEN not in screen


def test_json_output_in_a_terminal_is_still_plain_json(terminal: Terminal) -> None:
    api = FakeAPI()
    api.on("GET", "/v2/articles", [{"id": 1, "title": "[bold]Growth[/bold] curves"}])
    with serve(api) as origin:
        terminal.type(figshare_command("--base-url", f"{origin}/v2", "articles", "list", "--json", "--limit", "1"))
        screen = terminal.wait_for(finished)
    start = screen.index("[\n")
    document = screen[start : screen.index("\n]", start) + 2]
    assert json.loads(document) == [{"id": 1, "title": "[bold]Growth[/bold] curves"}]
    assert isinstance(httpx.URL(origin), httpx.URL)
