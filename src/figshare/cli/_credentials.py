"""Where ``figshare login`` keeps tokens: the OS keyring when there is one, else a file only the owner reads.

A profile's credential is a personal token or an OAuth token pair with the application's client secret. It is
stored as one JSON string: in the keyring (service ``figshare-sdk``, user = the profile name) or in
``credentials.json`` in the config folder, created with mode 0600 and replaced atomically. Nothing here ever
prints, logs or puts a secret into an error message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, Protocol

from figshare._oauth_token import (
    MAX_TOKEN_FILE_BYTES,
    OAuth2Token,
    is_shared_mode,
    read_private_file,
    write_private_file,
)
from figshare._secrets import Secret, clean_token
from figshare.cli._failures import CliError, ExitCode
from figshare.errors import InvalidArgumentError, TokenStoreError

KEYRING_SERVICE = "figshare-sdk"
StoreChoice = Literal["auto", "keyring", "file"]


@dataclass(frozen=True)
class PersonalToken:
    """A personal token (Figshare > Applications > Personal tokens)."""

    token: Secret


@dataclass(frozen=True)
class OAuthCredential:
    """OAuth tokens, with the client secret that renews them."""

    token: OAuth2Token
    client_secret: Secret


Credential = PersonalToken | OAuthCredential


@dataclass(frozen=True)
class StoredCredential:
    """A credential and where it was found: ``"keyring"``, the file's path, ``--token`` or ``FIGSHARE_TOKEN``."""

    credential: Credential
    location: str


class Keyring(Protocol):
    """The part of a ``keyring`` backend this module uses (tests pass an in-memory one)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def system_keyring() -> Keyring | None:
    """The OS keyring, or None when the ``keyring`` package or a usable backend is missing."""
    try:
        import keyring

        backend = keyring.get_keyring()
        usable = float(backend.priority) > 0  # the "fail" and "null" backends have priority 0 and -1
    except Exception:  # no keyring package, or a broken keyring configuration: it must not stop the command
        return None
    return backend if usable else None


def secrets_of(credential: Credential) -> list[Secret]:
    """The secrets ``credential`` holds (to scrub them from what is printed)."""
    if isinstance(credential, PersonalToken):
        return [credential.token]
    token = credential.token
    return [
        secret for secret in (token.access_token, credential.client_secret, token.refresh_token) if secret is not None
    ]


def encode(credential: Credential) -> dict[str, Any]:
    """The JSON object stored for ``credential`` (secrets included: only ever written to a store)."""
    if isinstance(credential, PersonalToken):
        return {"type": "token", "token": credential.token.get_secret_value()}
    secret = credential.client_secret.get_secret_value()
    return {"type": "oauth", "token": credential.token.to_dict(), "client_secret": secret}


def decode(document: Any, location: str) -> Credential:
    """The credential stored as ``document`` (parsed JSON); `TokenStoreError` when it is not one."""
    try:
        if isinstance(document, dict) and document.get("type") == "token" and isinstance(document["token"], str):
            return PersonalToken(clean_token(document["token"], "the stored token"))
        if isinstance(document, dict) and document.get("type") == "oauth":
            return OAuthCredential(OAuth2Token.from_dict(document["token"]), Secret(document["client_secret"]))
    except InvalidArgumentError as error:
        raise TokenStoreError(f"the stored credential is damaged: {error.message}", location=location) from None
    except (KeyError, TypeError, ValueError):
        pass
    raise TokenStoreError("the stored credential is damaged", location=location)


class CredentialStore:
    """Saves, finds and deletes each profile's credential in the keyring or in ``credentials.json``.

    Args:
        path: the credentials file (used when there is no keyring, or when asked for).
        find_keyring: returns the keyring to use, or None for none; called once, when first needed.
        warn: shows a warning to the user (an insecure file, a keyring that failed).
    """

    def __init__(self, path: Path, find_keyring: Callable[[], Keyring | None], *, warn: Callable[[str], None]) -> None:
        self.path = path
        self._find_keyring = find_keyring
        self._warn = warn

    @cached_property
    def keyring(self) -> Keyring | None:
        """The keyring in use, or None."""
        return self._find_keyring()

    def load(self, profile: str) -> StoredCredential | None:
        """The credential of ``profile``, from the keyring first, then the file."""
        if self.keyring is not None:
            try:
                text = self.keyring.get_password(KEYRING_SERVICE, profile)
            except Exception as error:  # see save()
                raise TokenStoreError(
                    f"cannot read the system keyring ({type(error).__name__})", location="keyring"
                ) from None
            if text is not None:
                try:
                    document = json.loads(text)
                except ValueError:
                    document = None
                return StoredCredential(decode(document, "keyring"), "keyring")
        if (entry := self._read_file().get(profile)) is None:
            return None
        return StoredCredential(decode(entry, str(self.path)), str(self.path))

    def save(self, profile: str, credential: Credential, *, where: StoreChoice = "auto") -> str:
        """Store ``credential`` for ``profile`` and return where it went (``"keyring"`` or the file's path).

        The copy in the other place, if any, is removed, so a profile has one credential.
        """
        if where != "file" and self.keyring is not None:
            try:
                self.keyring.set_password(KEYRING_SERVICE, profile, json.dumps(encode(credential)))
            except Exception as error:  # keyring backends raise many kinds of errors (locked, D-Bus, ...)
                if where == "keyring":
                    raise CliError(
                        f"cannot write to the system keyring: {type(error).__name__}",
                        hint="Unlock the keyring, or store the token in a file with --store file.",
                        exit_code=ExitCode.AUTH,
                    ) from None
                self._warn(f"the system keyring failed ({type(error).__name__}); storing the token in {self.path}")
            else:
                self._remove_from_file(profile)
                return "keyring"
        elif where == "keyring":
            raise CliError(
                "no system keyring is available",
                hint="Install a keyring backend, or store the token in a file with --store file.",
                exit_code=ExitCode.AUTH,
            )
        entries = self._read_file()
        entries[profile] = encode(credential)
        self._write_file(entries)
        if self.keyring is not None:
            self._keyring_delete(profile)
        return str(self.path)

    def delete(self, profile: str) -> list[str]:
        """Delete the credential of ``profile`` everywhere; return where one was found."""
        removed = []
        if self.keyring is not None and self._keyring_delete(profile):
            removed.append("keyring")
        if self._remove_from_file(profile):
            removed.append(str(self.path))
        return removed

    def profiles(self) -> dict[str, str]:
        """Profiles with a credential in the file, and the file's path (the keyring cannot be listed)."""
        return dict.fromkeys(self._read_file(), str(self.path))

    # -- keyring -------------------------------------------------------------------------------------------

    def _keyring_delete(self, profile: str) -> bool:
        assert self.keyring is not None
        try:
            if self.keyring.get_password(KEYRING_SERVICE, profile) is None:
                return False
            self.keyring.delete_password(KEYRING_SERVICE, profile)
        except Exception as error:  # see save()
            self._warn(f"cannot remove the token from the system keyring ({type(error).__name__})")
            return False
        return True

    # -- file ----------------------------------------------------------------------------------------------

    def _read_file(self) -> dict[str, Any]:
        if (found := read_private_file(self.path, what="credentials file")) is None:
            return {}
        data, mode = found
        if is_shared_mode(mode):
            self._warn(f"{self.path} can be read by other users; run: chmod 600 '{self.path}'")
        try:
            document = json.loads(data) if len(data) <= MAX_TOKEN_FILE_BYTES else None
        except ValueError:
            document = None
        if not isinstance(document, dict) or not isinstance(document.get("profiles"), dict):
            raise TokenStoreError("the credentials file is damaged", location=str(self.path))
        return dict(document["profiles"])

    def _remove_from_file(self, profile: str) -> bool:
        entries = self._read_file()
        if entries.pop(profile, None) is None:  # entries are JSON objects, never None
            return False
        self._write_file(entries)
        return True

    def _write_file(self, entries: dict[str, Any]) -> None:
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        content = json.dumps({"version": 1, "profiles": entries}, indent=2) + "\n"
        try:
            write_private_file(self.path, content)
        except OSError as error:
            raise TokenStoreError(
                f"cannot write the credentials file: {error.strerror}", location=str(self.path)
            ) from None


class ProfileTokenStore:
    """A `TokenStore` over one profile's OAuth credential, so that tokens renewed on a 401 are kept."""

    def __init__(self, store: CredentialStore, profile: str, client_secret: Secret) -> None:
        self._store = store
        self._profile = profile
        self._client_secret = client_secret

    def load(self) -> OAuth2Token | None:
        """The profile's OAuth token, if it has one."""
        stored = self._store.load(self._profile)
        if stored is not None and isinstance(stored.credential, OAuthCredential):
            return stored.credential.token
        return None

    def save(self, token: OAuth2Token) -> None:
        """Replace the profile's OAuth token, keeping its client secret."""
        self._store.save(self._profile, OAuthCredential(token, self._client_secret))

    def __repr__(self) -> str:
        return f"ProfileTokenStore(profile={self._profile!r})"
