"""The ``figshare`` command: its root group, global options, and every command group registered in one place."""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

import figshare
from figshare._secrets import redact_text
from figshare.cli._auth_commands import login, logout, profiles, whoami
from figshare.cli._failures import ExitCode, describe
from figshare.cli._item_commands import build_item_app, categories, licenses
from figshare.cli._items import ITEM_KINDS
from figshare.cli._oai_commands import oai_app
from figshare.cli._output import CONTROLS
from figshare.cli._resourcesync_commands import rs_app
from figshare.cli._services import Services
from figshare.cli._session import Session
from figshare.cli._stats_commands import stats_app
from figshare.cli._transfer_commands import download, upload

if TYPE_CHECKING:
    # TyperGroup.invoke takes the context class of Typer's vendored Click (typer.Context derives from it).
    from typer._click import Context


class FigshareGroup(TyperGroup):
    """`TyperGroup` that reports errors as the ``figshare`` command does.

    Usage errors (exit 2) and ``--help`` stay with the framework; anything else shows as ``Error: <one line>``
    and ``Hint: <what to do>`` on stderr, the traceback only with ``--debug``, scrubbed of every secret seen.
    """

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException, EOFError, BrokenPipeError):
            raise  # the framework's own: exit codes, "Aborted!", usage errors (exit 2), a closed pipe
        except KeyboardInterrupt:
            typer.echo("\nInterrupted. Run the same command again to continue where it stopped.", err=True)
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except Exception as error:
            secrets = ctx.obj.secrets if isinstance(ctx.obj, Session) else []
            raise typer.Exit(report_error(error, debug=bool(ctx.params.get("debug")), secrets=secrets)) from None


def report_error(error: BaseException, *, debug: bool, secrets: list[Any]) -> int:
    """Print ``error`` for a person (traceback first with ``debug``) and return the exit code."""
    failure = describe(error)
    if debug:
        typer.echo(redact_text("".join(traceback.format_exception(error)), secrets), err=True, nl=False)
    typer.secho("Error: ", fg="red", bold=True, err=True, nl=False)
    typer.echo(redact_text(failure.message, secrets).translate(CONTROLS), err=True)
    if failure.hint:
        typer.secho("Hint: ", fg="cyan", err=True, nl=False)
        typer.echo(redact_text(failure.hint, secrets), err=True)
    return int(failure.exit_code)


app = typer.Typer(
    name="figshare",
    cls=FigshareGroup,
    help="Work with Figshare from the terminal: items, files, statistics, OAI-PMH and ResourceSync.",
    epilog="Exit codes: 0 done, 1 failed, 2 usage, 3 auth, 4 not found, 5 network, 6 rejected, "
    "7 unavailable, 8 some items failed, 130 interrupted.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"figshare-sdk {figshare.__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            "-p",
            help="The profile (account and host) to use; default: $FIGSHARE_PROFILE or 'default'.",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            help="A personal token for this run. Prefer $FIGSHARE_TOKEN: a command line can be seen by "
            "other users of the machine.",
            show_default=False,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help="The API root, e.g. https://api.figsh.com/v2 (staging); default: $FIGSHARE_BASE_URL, "
            "the profile's, or https://api.figshare.com/v2.",
            metavar="URL",
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars or notes; results and errors only.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Log each request (secrets redacted) and show tracebacks.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    services = ctx.obj if isinstance(ctx.obj, Services) else Services()
    ctx.obj = Session(services, profile=profile, token=token, base_url=base_url, quiet=quiet)
    if debug:
        _log_requests(ctx)


def _log_requests(ctx: typer.Context) -> None:
    """Show the SDK's request log on stderr for this run (URLs are redacted by the SDK)."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("figshare: %(message)s"))
    logger = logging.getLogger("figshare")
    previous_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)

    ctx.call_on_close(restore)


for _command in (login, logout, whoami, profiles, upload, download, categories, licenses):
    app.command()(_command)
for _kind in ITEM_KINDS:
    app.add_typer(build_item_app(_kind), name=_kind.plural)
app.add_typer(stats_app, name="stats")
app.add_typer(oai_app, name="oai")
app.add_typer(rs_app, name="rs")
