"""The OAuth token pair Figshare issues, and where it is kept between runs."""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from figshare._secrets import Secret
from figshare.errors import TokenStoreError

__all__ = ["FileTokenStore", "MemoryTokenStore", "OAuth2Token", "TokenStore"]


@dataclass(frozen=True)
class OAuth2Token:
    """An access token and, when Figshare issued one, the refresh token that renews it.

    The token values are `Secret`s: they never show in `repr()` or logs. `to_dict()` gives the plain values
    for storage.

    Attributes:
        access_token: sent as `Authorization: token <access_token>`.
        token_type: as reported by Figshare (usually "bearer"; Figshare still expects the `token` scheme).
        expires_in: lifetime in seconds from `obtained_at`; None or 0 when unknown or not expiring.
        refresh_token: renews the access token (`OAuth2Client.refresh`), when issued.
        scope: granted scope (Figshare's only scope is "all").
        obtained_at: when the token was received, in seconds since the epoch.
    """

    access_token: Secret
    token_type: str = "bearer"
    expires_in: int | None = None
    refresh_token: Secret | None = None
    scope: str | None = None
    obtained_at: float | None = None

    @property
    def expires_at(self) -> float | None:
        """When the access token expires (seconds since the epoch), or None when unknown."""
        if not self.expires_in or self.obtained_at is None:
            return None
        return self.obtained_at + self.expires_in

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
        expires_in = document.get("expires_in")
        token_type = document.get("token_type")
        scope = document.get("scope")
        return cls(
            access_token=Secret(access),
            token_type=token_type if isinstance(token_type, str) else "bearer",
            expires_in=_as_int(expires_in),
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
            ValueError: `values` holds no access token.
        """
        obtained_at = values.get("obtained_at")
        if isinstance(obtained_at, bool) or not isinstance(obtained_at, int | float):
            obtained_at = None
        return replace(cls.from_response(values), obtained_at=obtained_at)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


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


class FileTokenStore:
    """Keeps the token in a JSON file readable only by its owner (mode 0600), replaced atomically on save.

    `~` in `path` is expanded. A crash while saving leaves the previous file intact: the new content is written
    to a temporary file in the same folder and then renamed over the old one.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()

    def load(self) -> OAuth2Token | None:
        """Return the saved token, or None when the file does not exist.

        Raises:
            TokenStoreError: the file cannot be read or does not hold a token.
        """
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            raise TokenStoreError(f"cannot read the token file: {error.strerror}", location=str(self.path)) from error
        try:
            values = json.loads(text)
            if not isinstance(values, dict):
                raise ValueError("not a JSON object")
            return OAuth2Token.from_dict(values)
        except ValueError as error:
            raise TokenStoreError(
                f"the token file does not hold a saved token ({error}); delete it and sign in again",
                location=str(self.path),
            ) from None

    def save(self, token: OAuth2Token) -> None:
        """Write `token` to the file (mode 0600), atomically.

        Raises:
            TokenStoreError: the file cannot be written.
        """
        content = json.dumps(token.to_dict(), indent=2) + "\n"
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".tmp")
        except OSError as error:
            raise TokenStoreError(f"cannot write the token file: {error.strerror}", location=str(self.path)) from error
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:  # mkstemp creates it with mode 0600
                file.write(content)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, 0o600)
            os.replace(temporary, self.path)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise TokenStoreError(f"cannot write the token file: {error.strerror}", location=str(self.path)) from error

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"
