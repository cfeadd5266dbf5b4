"""The command lines of docs/cli.md and the README exist as written: every command and option in its place."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer

from figshare.cli._app import app

REPO = Path(__file__).resolve().parents[2]
INLINE = re.compile(r"`(figshare [^`]+)`")
CONSOLE = re.compile(r"^\$ (figshare .*)$", re.MULTILINE)


def command_lines() -> list[str]:
    found: list[str] = []
    for page in (REPO / "docs" / "cli.md", REPO / "README.md"):
        text = page.read_text(encoding="utf-8")
        found += INLINE.findall(text) + CONSOLE.findall(text)
    return found


def unknown_words(line: str) -> list[str]:
    """The options and sub-commands of ``line`` that the command it names does not have there."""
    command: Any = typer.main.get_command(app)
    unknown: list[str] = []
    words = iter(shlex.split(line.replace("\\|", "|"), comments=True)[1:])
    for token in words:
        word = token.strip("[]").removesuffix("...").split("|")[0].split("=")[0]
        if word.startswith("-"):
            params = {name: param for param in command.params for name in (*param.opts, *param.secondary_opts)}
            if word not in params:
                unknown.append(f"{word} (of {command.name})")
            elif not params[word].is_flag and "=" not in token:
                next(words, None)  # the option's value
        elif hasattr(command, "commands") and word and word.islower():
            if word in command.commands:
                command = command.commands[word]
            else:
                unknown.append(f"{word} (of {command.name})")
    return unknown


LINES = command_lines()


def test_the_guide_has_command_lines() -> None:
    assert len(LINES) >= 25, LINES


@pytest.mark.parametrize("line", LINES)
def test_each_command_line_of_the_guide_exists(line: str) -> None:
    assert unknown_words(line) == []


def test_an_option_given_after_its_sub_command_is_found() -> None:
    assert unknown_words("figshare oai harvest --url URL --out x.jsonl") == ["--url (of harvest)"]
    assert unknown_words("figshare articles get 1 --debug") == ["--debug (of get)"]
    assert unknown_words("figshare oai --url URL harvest --out x.jsonl") == []
