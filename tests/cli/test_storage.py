"""Where the command keeps its settings and tokens by default."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from figshare.cli._config import default_config_dir
from figshare.cli._credentials import system_keyring


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are the Linux convention")
def test_the_config_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert default_config_dir() == tmp_path / "xdg" / "figshare"
    monkeypatch.setenv("FIGSHARE_CONFIG_DIR", str(tmp_path / "mine"))
    assert default_config_dir() == tmp_path / "mine"


@pytest.mark.parametrize("backend", ["null", "fail"])
def test_keyring_backends_that_store_nothing_count_as_no_keyring(backend: str) -> None:
    import keyring
    from keyring.backends import fail, null

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring() if backend == "null" else fail.Keyring())
    try:
        assert system_keyring() is None
    finally:
        keyring.set_keyring(previous)


def test_a_usable_keyring_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Usable(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    usable = Usable()
    monkeypatch.setattr(keyring, "get_keyring", lambda: usable)
    assert system_keyring() is usable


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_credentials_file_that_is_not_a_regular_file_is_refused_without_hanging(tmp_path: Path) -> None:
    import os

    from figshare.cli._credentials import CredentialStore
    from figshare.errors import TokenStoreError

    path = tmp_path / "credentials.json"
    os.mkfifo(path)
    store = CredentialStore(path, lambda: None, warn=lambda _message: None)
    with pytest.raises(TokenStoreError, match="not a regular file"):
        store.profiles()


def test_a_credentials_file_over_the_size_limit_is_damaged(tmp_path: Path) -> None:
    from figshare._oauth_token import MAX_TOKEN_FILE_BYTES
    from figshare.cli._credentials import CredentialStore
    from figshare.errors import TokenStoreError

    path = tmp_path / "credentials.json"
    path.write_text('{"version": 1, "profiles": {}}' + " " * MAX_TOKEN_FILE_BYTES)
    store = CredentialStore(path, lambda: None, warn=lambda _message: None)
    with pytest.raises(TokenStoreError, match="damaged"):
        store.profiles()
