"""Turn any error into what the command shows: one line, a hint, and an exit code.

The SDK's messages are already free of secrets; the command adds a hint written for a person at a terminal
(what to run next) instead of the SDK's longer explanations. Error families of the optional parts (Stats,
OAI-PMH, ResourceSync) are imported only when an error of theirs is being described.
"""

from __future__ import annotations

from dataclasses import dataclass

from figshare.cli._exit_codes import ExitCode

__all__ = ["CliError", "Failure", "describe"]


class CliError(Exception):
    """A failure found by the command itself (not signed in, nothing to update, ...)."""

    def __init__(self, message: str, *, hint: str | None = None, exit_code: ExitCode = ExitCode.FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code


@dataclass(frozen=True)
class Failure:
    """What the command prints for an error, and the status it exits with."""

    message: str
    hint: str | None
    exit_code: ExitCode


SIGN_IN_HINT = "Sign in with `figshare login`, or pass a token with FIGSHARE_TOKEN or --token."
DEBUG_HINT = "Run again with --debug to see the full answer and traceback."


def describe(error: BaseException) -> Failure:
    """The one-line message, hint and exit code for ``error``."""
    if isinstance(error, CliError):
        return Failure(_one_line(error.message), error.hint, error.exit_code)
    from figshare.errors import FigshareError

    if isinstance(error, FigshareError):
        return _describe_figshare_error(error)
    if isinstance(error, OSError):
        return _describe_os_error(error)
    return Failure(
        _one_line(f"unexpected {type(error).__name__}: {error}"),
        "This is a bug in figshare-sdk; please report it with the output of --debug.",
        ExitCode.FAILED,
    )


def _describe_figshare_error(error: BaseException) -> Failure:
    module = type(error).__module__
    if module.startswith("figshare.stats"):
        found = _describe_stats_error(error)
    elif module.startswith("figshare.oai"):
        found = _describe_oai_error(error)
    elif module.startswith("figshare.resourcesync"):
        found = _describe_resourcesync_error(error)
    elif module.startswith("figshare.files"):
        found = _describe_transfer_error(error)
    else:
        found = None
    return found or _describe_core_error(error)


def _describe_core_error(error: BaseException) -> Failure:
    from figshare import errors

    text = _one_line(str(error))
    if isinstance(error, errors.APIStatusError):
        return _describe_status_error(error)
    if isinstance(error, errors.InvalidArgumentError):
        return Failure(text, "Check the values given (`--help` lists them).", ExitCode.USAGE)
    if isinstance(error, errors.DeadlineExceededError):
        return Failure(text, "Figshare answered too slowly; try again later.", ExitCode.NETWORK)
    if isinstance(error, errors.APITimeoutError):
        return Failure(text, "Figshare did not answer in time; try again.", ExitCode.NETWORK)
    if isinstance(error, errors.APIConnectionError):
        return Failure(
            text,
            "Check the network connection and the API address (--base-url, or the profile's base_url).",
            ExitCode.NETWORK,
        )
    if isinstance(error, errors.BotChallengeError):
        return Failure(
            text,
            "Figshare's firewall answered with a bot challenge instead of the content; use the API "
            "(`figshare download`) rather than figshare.com links.",
            ExitCode.NETWORK,
        )
    if isinstance(error, errors.OAuthAuthorizationError):
        return Failure(text, "Run `figshare login --oauth` again to sign in.", ExitCode.AUTH)
    if isinstance(error, errors.TokenStoreError):
        return Failure(text, "Run `figshare logout`, then `figshare login` to store the token again.", ExitCode.AUTH)
    if isinstance(error, errors.ResponseTooLargeError):
        return Failure(
            text, "The answer is far larger than any Figshare answer should be; nothing was kept.", ExitCode.FAILED
        )
    if isinstance(error, errors.ResponseParseError):
        return Failure(text, DEBUG_HINT, ExitCode.FAILED)
    return Failure(text, None, ExitCode.FAILED)


def _describe_status_error(error: BaseException) -> Failure:
    from figshare import errors

    assert isinstance(error, errors.APIStatusError)
    status = f"{error.status_code} {error.reason_phrase}".strip()
    message = f"{status}: {error.message}"
    if error.code is not None:
        message += f" (code: {error.code})"
    where = " ".join(part for part in (error.method, error.url) if part)
    if where:
        message += f" [{where}]"
    message = _one_line(message)
    if isinstance(error, errors.OAuthError):
        if error.error == "invalid_client":
            return Failure(message, "Check the OAuth application's client id and secret.", ExitCode.AUTH)
        return Failure(message, "Sign in again with `figshare login`.", ExitCode.AUTH)
    if isinstance(error, errors.AuthenticationError):
        return Failure(message, "The token was refused. " + SIGN_IN_HINT, ExitCode.AUTH)
    if isinstance(error, errors.PermissionDeniedError):
        return Failure(
            message,
            "This account may not do this: check that the item is yours, or ask an administrator.",
            ExitCode.AUTH,
        )
    if isinstance(error, errors.NotFoundError):
        if error.message.startswith("HTML page"):
            return Failure(message, "No API endpoint answers at this address: check --base-url.", ExitCode.NOT_FOUND)
        return Failure(
            message,
            "Check the id. Figshare also answers 404 for items these credentials may not see: "
            "your own drafts and private items need --mine and a signed-in profile.",
            ExitCode.NOT_FOUND,
        )
    if isinstance(error, errors.RateLimitError):
        wait = f"wait {error.retry_after:g} s" if error.retry_after is not None else "wait a while"
        return Failure(
            message, f"Figshare is rate limiting these requests: {wait} and try again.", ExitCode.UNAVAILABLE
        )
    if isinstance(error, errors.InternalServerError):
        return Failure(message, "Figshare is failing at the moment; try again later.", ExitCode.UNAVAILABLE)
    if isinstance(error, errors.ConflictError):
        return Failure(
            message,
            "The item is busy or in a state that does not allow this; try again shortly.",
            ExitCode.REJECTED,
        )
    if isinstance(error, errors.BadRequestError | errors.UnprocessableEntityError):
        return Failure(message, "Figshare refused the values sent: check them against `--help`.", ExitCode.REJECTED)
    return Failure(message, None, ExitCode.FAILED)


def _describe_stats_error(error: BaseException) -> Failure | None:
    from figshare.stats import MissingCredentialsError, StatsArgumentError

    if isinstance(error, StatsArgumentError):
        return Failure(_one_line(str(error)), "See `figshare stats --help`.", ExitCode.USAGE)
    if isinstance(error, MissingCredentialsError):
        return Failure(
            _one_line(str(error)),
            "Give the institution's Stats user with --user (or FIGSHARE_STATS_USER) and its password in "
            "FIGSHARE_STATS_PASSWORD.",
            ExitCode.AUTH,
        )
    return None


def _describe_oai_error(error: BaseException) -> Failure | None:
    from figshare import oai

    text = _one_line(str(error))
    if isinstance(error, oai.CheckpointError):
        return Failure(
            text,
            "Use another --out file, or delete the file and its .checkpoint to start over.",
            ExitCode.FAILED,
        )
    if isinstance(error, oai.CannotDisseminateFormatError):
        return Failure(text, "`figshare oai formats` lists the formats the repository offers.", ExitCode.USAGE)
    if isinstance(error, oai.NoSetHierarchyError):
        return Failure(text, "This repository has no sets: leave out --set.", ExitCode.USAGE)
    if isinstance(error, oai.BadArgumentError | oai.BadVerbError):
        return Failure(text, "Check --from, --until, --set and --format.", ExitCode.USAGE)
    if isinstance(error, oai.IdDoesNotExistError):
        return Failure(text, None, ExitCode.NOT_FOUND)
    if isinstance(error, oai.BadResumptionTokenError | oai.RepeatedResumptionTokenError):
        return Failure(text, "Run the same command again: the harvest continues where it stopped.", ExitCode.FAILED)
    return None


def _describe_resourcesync_error(error: BaseException) -> Failure | None:
    from figshare import resourcesync

    if isinstance(error, resourcesync.DiscoveryError):
        return Failure(
            _one_line(str(error)),
            "Give the address of the Source Description (/.well-known/resourcesync) or of a Capability List.",
            ExitCode.NOT_FOUND,
        )
    return None


def _describe_transfer_error(error: BaseException) -> Failure | None:
    from figshare import files

    text = _one_line(str(error))
    if isinstance(error, files.DestinationExistsError):
        return Failure(text, "Pass --overwrite to replace it, or download into another --dest.", ExitCode.FAILED)
    if isinstance(error, files.UnsafePathError):
        return Failure(text, "Nothing was written; the file's name on Figshare is not safe to use.", ExitCode.FAILED)
    if isinstance(error, files.ChecksumMismatchError):
        return Failure(text, "Nothing was kept under the final name; run the same command again.", ExitCode.FAILED)
    if isinstance(error, files.UploadError):
        return Failure(text, "Run the same command again: the upload resumes where it stopped.", ExitCode.FAILED)
    if isinstance(error, files.DownloadError):
        return Failure(
            text, "Run the same command again: the download continues from the partial file.", ExitCode.FAILED
        )
    return None


def _describe_os_error(error: OSError) -> Failure:
    reason = error.strerror or str(error)
    target = f" '{error.filename}'" if error.filename else ""
    return Failure(_one_line(f"cannot use{target}: {reason}"), None, ExitCode.FAILED)


def _one_line(text: str) -> str:
    return " ".join(text.split())
