"""Proof Key for Code Exchange (RFC 7636): bind an authorization code to the program that asked for it.

The client makes a random `code_verifier`, sends its SHA-256 `code_challenge` (method `S256`) with the
authorization request, and the verifier with the code exchange; a code intercepted on its way back (another
program on the machine listening for the redirect) is useless without the verifier.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets

CHALLENGE_METHOD = "S256"
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")  # RFC 7636 section 4.1


def new_code_verifier() -> str:
    """A fresh verifier: 64 random bytes, base64url without padding (86 characters, 512 bits)."""
    return secrets.token_urlsafe(64)


def check_code_verifier(verifier: str) -> str:
    """Return `verifier` if RFC 7636 allows it (43 to 128 of `A-Z a-z 0-9 - . _ ~`); else ValueError.

    Raises:
        TypeError: `verifier` is not a string.
        ValueError: it is too short, too long or holds other characters (the message never shows it).
    """
    if not isinstance(verifier, str):
        raise TypeError(f"code_verifier must be a str, not {type(verifier).__name__}")
    if not _VERIFIER.fullmatch(verifier):
        raise ValueError("code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_', '~'")
    return verifier


def code_challenge(verifier: str) -> str:
    """`BASE64URL(SHA256(verifier))` without padding: the `S256` challenge of `verifier`."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
