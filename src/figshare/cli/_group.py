"""The root command group: runs a command and turns whatever it raises into one line, a hint and an exit code.

Usage errors (exit 2) and ``--help`` stay with the framework. Everything else is caught here: an error shows
as ``Error: <one line>`` and ``Hint: <what to do>`` on stderr, the traceback only with ``--debug``, and every
secret the run has seen is scrubbed from all of it.
"""

from __future__ import annotations

import traceback
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from figshare._secrets import redact_text
from figshare.cli._failures import ExitCode, describe

if TYPE_CHECKING:
    # TyperGroup.invoke takes the context class of Typer's vendored Click (typer.Context derives from it).
    from typer._click import Context

__all__ = ["FigshareGroup", "report_error"]


class FigshareGroup(TyperGroup):
    """`TyperGroup` that reports errors as the ``figshare`` command does (see the module docstring)."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException, EOFError, BrokenPipeError):
            raise  # the framework's own: exit codes, "Aborted!", usage errors (exit 2), a closed pipe
        except KeyboardInterrupt:
            typer.echo("\nInterrupted. Run the same command again to continue where it stopped.", err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except Exception as error:
            debug = bool(ctx.params.get("debug"))
            raise typer.Exit(report_error(error, debug=debug, secrets=_secrets_of(ctx))) from None


def report_error(error: BaseException, *, debug: bool, secrets: list[Any]) -> int:
    """Print ``error`` for a person (traceback first with ``debug``) and return the exit code."""
    failure = describe(error)
    if debug:
        typer.echo(redact_text("".join(traceback.format_exception(error)), secrets), err=True, nl=False)
    typer.secho("Error: ", fg="red", bold=True, err=True, nl=False)
    typer.echo(redact_text(failure.message, secrets), err=True)
    if failure.hint:
        typer.secho("Hint: ", fg="cyan", err=True, nl=False)
        typer.echo(redact_text(failure.hint, secrets), err=True)
    return int(failure.exit_code)


def _secrets_of(ctx: Context) -> list[Any]:
    from figshare.cli._session import Session

    session = ctx.obj
    return session.secrets() if isinstance(session, Session) else []
