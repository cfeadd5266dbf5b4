"""The ``figshare`` command-line tool (``pip install 'figshare-sdk[cli]'``; also ``python -m figshare``).

``main()`` is the console script's entry point. The tool's own modules are private; tests drive it with
the framework's runner and inject fake services::

    from typer.testing import CliRunner
    from figshare.cli._app import app
    from figshare.cli._services import Services

    CliRunner().invoke(app, ["articles", "get", "123", "--json"], obj=Services(make_client=...))
"""

from __future__ import annotations

import sys

__all__ = ["main"]

_CLI_PACKAGES = frozenset({"typer", "rich", "platformdirs"})


def main() -> None:
    """Run the ``figshare`` command with ``sys.argv``."""
    try:
        from figshare.cli._app import app
    except ModuleNotFoundError as error:
        if error.name not in _CLI_PACKAGES:
            raise
        sys.exit(f"figshare: the command-line tool needs {error.name}: pip install 'figshare-sdk[cli]'")
    app(prog_name="figshare")
