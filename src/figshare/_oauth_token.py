"""The OAuth token pair Figshare issues, and where it is kept between runs."""

from __future__ import annotations

import itertools
import json
import logging
import math
import os
import stat
import tempfile
import time
import warnings
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from figshare._secrets import Secret, clean_token
from figshare._validate import instance_of, local_path
from figshare.errors import TokenStoreError

_logger = logging.getLogger("figshare")

MAX_TOKEN_FILE_BYTES = 1024 * 1024
"""A token file larger than this is not a saved token (it is refused before being parsed)."""


@dataclass(frozen=True, init=False)
class OAuth2Token:
    """An access token and, when Figshare issued one, the refresh token that renews it.

    The token values are `Secret`s: they never show in `repr()` or logs, even when given as plain strings
    (`OAuth2Token(access_token="...")` wraps them). `to_dict()` gives the plain values for storage.

    Attributes:
        access_token: sent as `Authorization: token <access_token>`.
        token_type: as reported by Figshare (usually "bearer"; Figshare still expects the `token` scheme).
        expires_in: lifetime in seconds from `obtained_at`; None or 0 when unknown or not expiring (a negative
            or non-numeric value is read as None).
        refresh_token: renews the access token (`OAuth2Client.refresh`), when issued.
        scope: granted scope (Figshare's only scope is "all").
        obtained_at: when the token was received, in seconds since the epoch.

    Surrounding whitespace is stripped from both tokens (a token read from a file often ends with a newline).

    Raises:
        figshare.InvalidArgumentTypeError: a token is neither a `str` nor a `Secret` (a `TypeError`).
        figshare.InvalidArgumentError: `access_token` is empty, or a token holds inner whitespace, control or
            non-ASCII characters (a `ValueError`; the message never shows the token).
    """

    access_token: Secret
    token_type: str
    expires_in: int | None
    refresh_token: Secret | None
    scope: str | None
    obtained_at: float | None

    def __init__(
        self,
        access_token: str | Secret,
        token_type: str = "bearer",
        expires_in: int | None = None,
        refresh_token: str | Secret | None = None,
        scope: str | None = None,
        obtained_at: float | None = None,
    ) -> None:
        raw_refresh = refresh_token.get_secret_value() if isinstance(refresh_token, Secret) else refresh_token
        if isinstance(raw_refresh, str) and not raw_refresh.strip():
            refresh_token = None  # an empty refresh token is none
        object.__setattr__(self, "access_token", clean_token(access_token, "access_token"))
        object.__setattr__(self, "token_type", token_type)
        object.__setattr__(self, "expires_in", _lifetime(expires_in))
        refresh = None if refresh_token is None else clean_token(refresh_token, "refresh_token")
        object.__setattr__(self, "refresh_token", refresh)
        object.__setattr__(self, "scope", scope)
        object.__setattr__(self, "obtained_at", _finite(obtained_at))

    @property
    def expires_at(self) -> float | None:
        """When the access token expires (seconds since the epoch), or None when unknown."""
        if not self.expires_in or self.obtained_at is None:
            return None
        return self.obtained_at + self.expires_in

    def expires_within(self, seconds: float, *, now: float) -> bool:
        """Whether the access token expires less than `seconds` after `now` (False when the expiry is unknown)."""
        expires_at = self.expires_at
        return expires_at is not None and now >= expires_at - seconds

    def with_refresh_token(self, refresh_token: Secret | None) -> OAuth2Token:
        """This token, keeping `refresh_token` when the server did not send a new one."""
        if self.refresh_token is not None or refresh_token is None:
            return self
        return replace(self, refresh_token=refresh_token)

    @classmethod
    def from_response(cls, document: dict[str, Any], *, obtained_at: float | None = None) -> OAuth2Token:
        """Build a token from a token endpoint answer (RFC 6749 section 5.1; Figshare also sends `token`).

        Raises:
            ValueError: the document holds no access token.
        """
        access = document.get("access_token") or document.get("token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token response holds no access_token")
        refresh = document.get("refresh_token")
        token_type = document.get("token_type")
        scope = document.get("scope")
        expires_in = document.get("expires_in")
        if isinstance(expires_in, str) and expires_in.strip().isdigit() and len(expires_in.strip()) <= 12:
            expires_in = int(expires_in)  # other values are judged by the constructor
        return cls(
            access_token=Secret(access),
            token_type=token_type if isinstance(token_type, str) else "bearer",
            expires_in=expires_in,
            refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
            scope=scope if isinstance(scope, str) else None,
            obtained_at=obtained_at if obtained_at is not None else time.time(),
        )

    def to_dict(self) -> dict[str, Any]:
        """The plain values (secrets included), for saving."""
        return {
            "access_token": self.access_token.get_secret_value(),
            "token_type": self.token_type,
            "expires_in": self.expires_in,
            "refresh_token": self.refresh_token.get_secret_value() if self.refresh_token else None,
            "scope": self.scope,
            "obtained_at": self.obtained_at,
        }

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> OAuth2Token:
        """The inverse of `to_dict()`.

        Raises:
            ValueError: `values` holds no access token, or is not a dict (`InvalidArgumentTypeError`, a `TypeError`).
        """
        values = instance_of(values, dict, "values", "a dict (from to_dict)")
        return replace(cls.from_response(values), obtained_at=_finite(values.get("obtained_at")))


def _lifetime(value: object) -> int | None:
    seconds = _finite(value)
    return int(seconds) if seconds is not None and seconds >= 0 else None


def _finite(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


@runtime_checkable
class TokenStore(Protocol):
    """Where `OAuth2Auth` keeps tokens between runs (a file, a keyring, a database row)."""

    def load(self) -> OAuth2Token | None:
        """Return the saved token, or None when nothing is saved."""
        ...

    def save(self, token: OAuth2Token) -> None:
        """Save `token`, replacing the previous one."""
        ...


class MemoryTokenStore:
    """Keeps the token in memory only (lost when the program ends)."""

    def __init__(self, token: OAuth2Token | None = None) -> None:
        self._token = token

    def load(self) -> OAuth2Token | None:
        """Return the kept token, if any."""
        return self._token

    def save(self, token: OAuth2Token) -> None:
        """Keep `token`."""
        self._token = token

    def __repr__(self) -> str:
        return f"MemoryTokenStore(holds_token={self._token is not None})"


class InsecureTokenFileWarning(UserWarning):
    """A token file (or its folder) can be read or changed by other users of the machine."""


class FileTokenStore:
    """Keeps the token in a JSON file readable only by its owner (mode 0600), replaced atomically on save.

    `~` in `path` is expanded. Missing folders on the way are created with mode 0700. A crash while saving
    leaves the previous file intact: the new content is written to a temporary file in the same folder and then
    renamed over the old one (a symlink at `path` is replaced, never followed). Loading a file that other users
    can read or write emits an `InsecureTokenFileWarning` (and logs it on the `figshare` logger); saving
    replaces it with a private one.

    Raises:
        figshare.InvalidArgumentTypeError: `path` is not a `str` or an `os.PathLike` of `str` (a `TypeError`).
        figshare.InvalidArgumentError: `path` holds a NUL character (a `ValueError`).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = local_path(path, "path")

    def load(self) -> OAuth2Token | None:
        """Return the saved token, or None when the file does not exist.

        Raises:
            TokenStoreError: the file cannot be read or does not hold a token (not UTF-8, not JSON, nested too
                deeply, larger than 1 MiB, or without an access token).
        """
        found = read_private_file(self.path, what="token file")
        if found is None:
            return None
        raw, mode = found
        self._check_mode(mode)
        try:
            if len(raw) > MAX_TOKEN_FILE_BYTES:
                raise ValueError(f"larger than {MAX_TOKEN_FILE_BYTES} bytes")
            try:
                values = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                raise ValueError("not UTF-8 text") from None
            except RecursionError:
                raise ValueError("JSON nested too deeply") from None
            if not isinstance(values, dict):
                raise ValueError("not a JSON object")
            return OAuth2Token.from_dict(values)
        except (ValueError, TypeError) as error:
            reason = str(error) if not isinstance(error, json.JSONDecodeError) else "not JSON"
            raise TokenStoreError(
                f"the token file does not hold a saved token ({reason}); delete it and sign in again",
                location=str(self.path),
            ) from None

    def save(self, token: OAuth2Token) -> None:
        """Write `token` to the file (mode 0600), atomically; create missing folders with mode 0700.

        Raises:
            TokenStoreError: the file cannot be written.
        """
        try:
            write_private_file(self.path, json.dumps(token.to_dict(), indent=2) + "\n")
        except OSError as error:
            raise TokenStoreError(f"cannot write the token file: {error.strerror}", location=str(self.path)) from None

    def _check_mode(self, mode: int) -> None:
        if not is_shared_mode(mode):
            return
        message = (
            f"the token file {self.path} can be read or changed by other users (mode {stat.S_IMODE(mode):03o}); "
            f"run: chmod 600 '{self.path}' (saving a token also makes it private)"
        )
        _logger.warning("%s", message)
        warnings.warn(message, InsecureTokenFileWarning, stacklevel=3)

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


def is_shared_mode(mode: int) -> bool:
    """Whether group or others have any permission on a file of `st_mode` `mode` (never on Windows: no modes)."""
    return os.name != "nt" and bool(mode & (stat.S_IRWXG | stat.S_IRWXO))


def read_private_file(path: Path, *, what: str, limit: int = MAX_TOKEN_FILE_BYTES) -> tuple[bytes, int] | None:
    """Its first `limit` + 1 bytes (so that a larger file shows) and `st_mode`, or None when it does not exist.

    Only a regular file is read (a FIFO planted at `path` must not hang the program); otherwise, or when it
    cannot be read, `TokenStoreError` names `what` it holds ("token file", "credentials file").
    """
    try:
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as file:
            mode = os.fstat(file.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise TokenStoreError(f"cannot read the {what}: not a regular file", location=str(path))
            return file.read(limit + 1), mode
    except FileNotFoundError:
        return None
    except OSError as error:
        raise TokenStoreError(f"cannot read the {what}: {error.strerror}", location=str(path)) from None


def write_private_file(path: Path, content: str) -> None:
    """Replace `path` with the UTF-8 `content` as `FileTokenStore.save` does (mode 0600, missing folders 0700,
    atomically through a temporary file, which an `OSError` removes)."""
    _make_private_folders(path.parent)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:  # mkstemp creates it with mode 0600
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _make_private_folders(folder: Path) -> None:
    """Create `folder` and any missing parents with mode 0700 (whatever the umask); keep existing ones as they are."""
    missing = itertools.takewhile(lambda path: not path.exists(), [folder, *folder.parents])
    for path in reversed(list(missing)):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: left as it is
        os.chmod(path, 0o700)
