"""Profiles: named settings for several accounts or hosts, one section each in ``config.ini`` (no secrets).

The folder, the keys and what sets them are documented in ``docs/cli.md``; tokens live in the OS keyring or in
``credentials.json`` beside it (see ``_credentials``).
"""

from __future__ import annotations

import configparser
import io
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from figshare._oauth_token import write_private_file
from figshare.cli._failures import CliError, ExitCode

CONFIG_DIR_VARIABLE = "FIGSHARE_CONFIG_DIR"
DEFAULT_PROFILE = "default"
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_BAD_VALUES = {
    "oauth_port": ("a port number", "Fix the file, or sign in again with `figshare login --oauth --port N`."),
    "pkce": ("true or false", "Fix the file: pkce = true (the default) or pkce = false."),
}


def default_config_dir() -> Path:
    """``$FIGSHARE_CONFIG_DIR``, else the platform's user config folder for ``figshare``."""
    if configured := os.environ.get(CONFIG_DIR_VARIABLE):
        return Path(configured).expanduser()
    import platformdirs

    return platformdirs.user_config_path("figshare", appauthor=False)


def warn_if_exposed(folder: Path, warn: Callable[[str], None]) -> None:
    """Warn when the existing config folder is open to other users (who could redirect the token by editing
    ``config.ini``). Nothing is checked on Windows, where permissions are not mode bits.
    """
    if os.name == "nt":
        return
    try:
        mode = folder.stat().st_mode
    except OSError:  # not there yet (it is created with mode 0700), or not reachable: nothing to warn about
        return
    if not stat.S_ISDIR(mode) or not mode & (stat.S_IRWXG | stat.S_IRWXO):
        return
    who = "written to" if mode & (stat.S_IWGRP | stat.S_IWOTH) else "read"
    warn(
        f"the configuration folder {folder} can be {who} by other users (mode {stat.S_IMODE(mode):04o}); "
        f"run: chmod 700 '{folder}'"
    )


def check_profile_name(name: str) -> str:
    """Return ``name`` if it can name a profile (letters, digits, ``_.-``), else raise a usage error."""
    if not _PROFILE_NAME.fullmatch(name):
        raise CliError(
            f"{name!r} is not a valid profile name",
            hint="Use letters, digits, '_', '.' and '-' (up to 64 characters).",
            exit_code=ExitCode.USAGE,
        )
    return name


@dataclass(frozen=True)
class Profile:
    """The settings of one profile (the keys of ``config.ini``); None means "not set": the default applies."""

    name: str
    base_url: str | None = None
    auth: str | None = None
    """How ``figshare login`` signed in: ``token`` or ``oauth``."""
    client_id: str | None = None
    authorize_url: str | None = None
    oauth_port: int | None = None
    token_url: str | None = None
    pkce: bool | None = None

    def settings(self) -> dict[str, str]:
        """The values that are set, as strings, for the config file."""
        return {
            field.name: str(value).lower() if isinstance(value, bool) else str(value)
            for field in fields(self)[1:]  # all but the name
            if (value := getattr(self, field.name)) is not None
        }


class ConfigFile:
    """``config.ini``: read on demand, written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def profiles(self) -> list[Profile]:
        """Every profile in the file, in file order."""
        parser = self._read()
        return [self._profile(parser, name) for name in parser.sections()]

    def get(self, name: str) -> Profile:
        """The profile called ``name`` (with nothing set when the file does not mention it)."""
        parser = self._read()
        return self._profile(parser, name) if parser.has_section(name) else Profile(name)

    def save(self, profile: Profile) -> None:
        """Write ``profile``, replacing its previous settings and keeping the other profiles."""
        parser = self._read()
        parser.remove_section(profile.name)  # so that the profile saved last comes last
        parser[profile.name] = profile.settings()
        self._write(parser)

    def _read(self) -> configparser.ConfigParser:
        parser = configparser.ConfigParser(interpolation=None, default_section="\0no defaults")
        try:
            parser.read_string(self.path.read_text(encoding="utf-8"), source=str(self.path))
        except FileNotFoundError:
            pass
        except (OSError, UnicodeDecodeError, configparser.Error) as error:
            first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise CliError(
                f"cannot read the configuration file {self.path}: {first_line}",
                hint="Fix the file, or delete it and sign in again.",
            ) from error
        return parser

    def _profile(self, parser: configparser.ConfigParser, name: str) -> Profile:
        section = parser[name]
        readers: dict[str, Callable[[str], object]] = {"oauth_port": section.getint, "pkce": section.getboolean}
        values: dict[str, Any] = {}
        for field in fields(Profile)[1:]:
            if text := section.get(field.name):
                try:
                    values[field.name] = readers.get(field.name, section.get)(field.name)
                except ValueError:
                    what, hint = _BAD_VALUES[field.name]
                    raise CliError(
                        f"{self.path}: {field.name} = {text!r} in [{name}] is not {what}", hint=hint
                    ) from None
        return Profile(name, **values)

    def _write(self, parser: configparser.ConfigParser) -> None:
        try:
            text = io.StringIO()
            parser.write(text)
            write_private_file(self.path, text.getvalue())
        except OSError as error:
            raise CliError(f"cannot write the configuration file {self.path}: {error.strerror}") from error
