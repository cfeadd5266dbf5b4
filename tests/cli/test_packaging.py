"""The command stays out of `import figshare`, names the extra to install when missing, and completes."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from figshare.cli._app import app


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)


def test_importing_the_sdk_or_the_entry_point_loads_no_cli_framework() -> None:
    result = run_python("import sys, figshare, figshare.cli; print('typer' in sys.modules, 'rich' in sys.modules)")
    assert result.stdout.split() == ["False", "False"]


def test_without_the_cli_extra_the_command_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['typer'] = None; sys.argv = ['figshare', '--help']; "
        "import figshare.cli as cli; cli.main()"
    )
    result = run_python(code)
    assert result.returncode == 1
    assert result.stderr.strip() == "figshare: the command-line tool needs typer: pip install 'figshare-sdk[cli]'"


def test_python_dash_m_figshare_runs_the_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "figshare", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("figshare-sdk ")


def complete(words: str) -> list[str]:
    env = {
        "_FIGSHARE_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="figshare")
    return result.stdout.split()


def test_shell_completion_of_commands_and_choices() -> None:
    assert complete("figshare art") == ["articles"]
    assert complete("figshare articles pu") == ["publish"]
    assert complete("figshare stats total v") == ["views"]
    assert complete("figshare login --st") == ["--staging", "--store"]
