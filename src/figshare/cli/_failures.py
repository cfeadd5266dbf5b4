"""The exit codes (one per kind of failure), and any error turned into what the command shows: one line, a hint.

The SDK's messages are already free of secrets; the command adds a hint written for a person at a terminal
(what to run next) instead of the SDK's longer explanations. Hints are found by class name along the error's
MRO (most derived first), so the optional parts (Stats, OAI-PMH, ResourceSync) are never imported here.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """What the ``figshare`` command's exit status means (the meanings are in ``docs/cli.md``)."""

    OK = 0
    FAILED = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    NETWORK = 5
    REJECTED = 6
    UNAVAILABLE = 7
    INCOMPLETE = 8
    INTERRUPTED = 130


class CliError(Exception):
    """A failure found by the command itself (not signed in, nothing to update, ...)."""

    def __init__(self, message: str, *, hint: str | None = None, exit_code: ExitCode = ExitCode.FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code


SIGN_IN_HINT = "Sign in with `figshare login`, or pass a token with FIGSHARE_TOKEN or --token."
_CHECK_HARVEST = "Check --from, --until, --set and --format."
_RESUME_HARVEST = "Run the same command again: the harvest continues where it stopped."
_VALUES_REFUSED = "Figshare refused the values sent: check them against `--help`."


def describe(error: BaseException) -> CliError:
    """``error`` as the command shows it: a one-line message, a hint and the exit code."""
    if isinstance(error, CliError):
        return CliError(_one_line(error.message), hint=error.hint, exit_code=error.exit_code)
    from figshare.errors import FigshareError

    if isinstance(error, FigshareError):
        return _describe_figshare_error(error)
    if isinstance(error, OSError):
        target = f" '{error.filename}'" if error.filename else ""
        return CliError(_one_line(f"cannot use{target}: {error.strerror or error}"))
    return CliError(
        _one_line(f"unexpected {type(error).__name__}: {error}"),
        hint="This is a bug in figshare-sdk; please report it with the output of --debug.",
    )


_HINTS_BY_CODE: dict[ExitCode, dict[str, str | None]] = {
    ExitCode.USAGE: {
        "StatsArgumentError": "See `figshare stats --help`.",
        "CannotDisseminateFormatError": "`figshare oai formats` lists the formats the repository offers.",
        "NoSetHierarchyError": "This repository has no sets: leave out --set.",
        "BadArgumentError": _CHECK_HARVEST,
        "BadVerbError": _CHECK_HARVEST,
        "InvalidArgumentError": "Check the values given (`--help` lists them).",
        "UnsupportedNameError": "Rename the file or folder: Figshare cannot take that name (nothing was sent).",
    },
    ExitCode.AUTH: {
        "MissingCredentialsError": "Give the institution's Stats user with --user (or FIGSHARE_STATS_USER) and its "
        "password in FIGSHARE_STATS_PASSWORD.",
        "OAuthAuthorizationError": "Run `figshare login --oauth` again to sign in.",
        "TokenStoreError": "Run `figshare logout`, then `figshare login` to store the token again.",
        "OAuthError": "Sign in again with `figshare login`.",
        "AuthenticationError": "The token was refused. " + SIGN_IN_HINT,
        "PermissionDeniedError": "This account may not do this: check that the item is yours, or ask an administrator.",
    },
    ExitCode.NOT_FOUND: {
        "IdDoesNotExistError": None,
        "DiscoveryError": "Give the address of the Source Description (/.well-known/resourcesync) or of a "
        "Capability List.",
        "NotFoundError": "Check the id. Figshare also answers 404 for items these credentials may not see: "
        "your own drafts and private items need --mine and a signed-in profile.",
    },
    ExitCode.NETWORK: {
        "DeadlineExceededError": "Figshare answered too slowly; try again later.",
        "APITimeoutError": "Figshare did not answer in time; try again.",
        "APIConnectionError": "Check the network connection and the address shown (the API's: --base-url or the "
        "profile's base_url; OAI-PMH's: `oai --url`).",
        "BotChallengeError": "Figshare's firewall answered with a bot challenge instead of the content; use the "
        "API (`figshare download`) rather than figshare.com links.",
    },
    ExitCode.REJECTED: {
        "ConflictError": "The item is busy or in a state that does not allow this; try again shortly.",
        "BadRequestError": _VALUES_REFUSED,
        "UnprocessableEntityError": _VALUES_REFUSED,
    },
    ExitCode.UNAVAILABLE: {
        "RateLimitError": "Figshare is rate limiting these requests: {wait} and try again.",
        "InternalServerError": "Figshare is failing at the moment; try again later.",
    },
    ExitCode.FAILED: {
        "CheckpointError": "Use another --out file, or delete the file and its .checkpoint to start over.",
        "BadResumptionTokenError": _RESUME_HARVEST,
        "RepeatedResumptionTokenError": _RESUME_HARVEST,
        "DestinationExistsError": "Pass --overwrite to replace a file of other content, or use another --dest.",
        "UnsafePathError": "Nothing was written; the file's name on Figshare is not safe to use.",
        "ChecksumMismatchError": "Nothing was kept under the final name; run the same command again.",
        "UploadError": "Run the same command again: the upload resumes where it stopped.",
        "DownloadError": "Run the same command again: the download continues from the partial file.",
        "ResponseTooLargeError": "The answer is far larger than any Figshare answer should be; nothing was kept.",
        "ResponseParseError": "Run again with --debug to see the full answer and traceback.",
    },
}
_HINTS = {name: (code, hint) for code, hints in _HINTS_BY_CODE.items() for name, hint in hints.items()}
"""The exit code and hint of each error class, by name (the most derived class found in an error's MRO wins)."""


def _describe_figshare_error(error: BaseException) -> CliError:
    from figshare import errors

    found = next((_HINTS[kind.__name__] for kind in type(error).__mro__ if kind.__name__ in _HINTS), None)
    code, hint = found or (ExitCode.FAILED, None)
    if not isinstance(error, errors.APIStatusError):
        return CliError(_one_line(str(error)), hint=hint, exit_code=code)
    status = f"{error.status_code} {error.reason_phrase}".strip()
    message = f"{status}: {error.message}"
    if error.code is not None:
        message += f" (code: {error.code})"
    if where := " ".join(part for part in (error.method, error.url) if part):
        message += f" [{where}]"
    if isinstance(error, errors.OAuthError) and error.error == "invalid_client":
        hint = "Check the OAuth application's client id and secret."
    elif isinstance(error, errors.NotFoundError) and error.message.startswith("HTML page"):
        hint = "No API endpoint answers at this address: check --base-url (OAI-PMH: `oai --url`)."
    elif isinstance(error, errors.RateLimitError):
        wait = "wait a while" if error.retry_after is None else f"wait {error.retry_after:g} s"
        hint = (hint or "").format(wait=wait)
    return CliError(_one_line(message), hint=hint, exit_code=code)


def _one_line(text: str) -> str:
    return " ".join(text.split())
