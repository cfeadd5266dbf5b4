"""Write a download while checking it against its declared length and digests; keep it only if it matches."""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from figshare.resourcesync._errors import VerificationError

_HASHLIB_NAMES = {"md5": "md5", "sha-1": "sha1", "sha-256": "sha256", "sha-512": "sha512"}
ALL_ALGORITHMS = ("md5", "sha-1", "sha-256")
"""The digests ResourceSync names, computed when the expected ones are not known yet."""


def hashers_for(algorithms: Iterable[str]) -> dict[str, Any]:
    """Fresh ``hashlib`` objects for those ResourceSync algorithm names (``md5``, ``sha-1``...) that are known."""
    return {alg: hashlib.new(_HASHLIB_NAMES[alg.lower()]) for alg in algorithms if alg.lower() in _HASHLIB_NAMES}


class VerifyingWriter:
    """Stream a body into a temporary file under ``staging_dir``, counting and hashing it as it goes.

    ``commit(target)`` checks the length and every declared digest it can compute, then moves the file into
    place with one atomic rename. On a mismatch, an error or ``abort()`` the temporary file is removed and
    any previous version of the target is left untouched. A body longer than its declared length is cut
    off as soon as it overflows. ``algorithms`` adds digests to compute when the expected values are only
    known later (``check()``), as for dump members read before their manifest.
    """

    def __init__(
        self,
        uri: str,
        staging_dir: Path,
        *,
        length: int | None = None,
        hashes: Mapping[str, str] | None = None,
        algorithms: Iterable[str] = (),
    ) -> None:
        self.uri = uri
        self.length = length
        self.hashes = dict(hashes or {})
        self._hashers = hashers_for([*self.hashes, *algorithms])
        self.written = 0
        staging_dir.mkdir(parents=True, exist_ok=True)
        self._temp = staging_dir / f"partial-{secrets.token_hex(8)}"
        self._file = self._temp.open("xb")  # a new file; the umask decides its mode, as for any download

    def write(self, chunk: bytes) -> None:
        self.written += len(chunk)
        if self.length is not None and self.written > self.length:
            raise self._mismatch(
                f"body is longer than the declared length {self.length}", "length", self.length, self.written
            )
        for hasher in self._hashers.values():
            hasher.update(chunk)
        self._file.write(chunk)

    def check(self, *, uri: str | None = None, length: int | None, hashes: Mapping[str, str]) -> None:
        """Declare what the body must be (once it is known) and check it; raises ``VerificationError``."""
        self.uri = uri or self.uri
        self.length = length
        self.hashes = dict(hashes)
        self._verify()

    def commit(self, target: Path) -> None:
        """Verify, then move into place at ``target``; on a mismatch raise ``VerificationError``."""
        try:
            self._verify()
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self._temp, target)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        self._file.close()
        self._temp.unlink(missing_ok=True)

    def _verify(self) -> None:
        if self.length is not None and self.written != self.length:
            reason = f"body has {self.written} bytes, the document declared {self.length}"
            raise self._mismatch(reason, "length", self.length, self.written)
        for algorithm, expected in self.hashes.items():
            hasher = self._hashers.get(algorithm)  # None: an algorithm this Python cannot compute
            if hasher is not None and (actual := hasher.hexdigest()) != expected.lower():
                raise self._mismatch(f"{algorithm} digest does not match", algorithm, expected, actual)

    def _mismatch(self, reason: str, key: str, expected: str | int, actual: str | int) -> VerificationError:
        return VerificationError(self.uri, reason, expected={key: expected}, actual={key: actual})

    def __enter__(self) -> VerifyingWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.abort()


def file_matches(path: Path, *, length: int | None, hashes: Mapping[str, str]) -> bool:
    """Whether the file at ``path`` has the declared length and digests (``False`` if it is missing)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if length is not None and size != length:
        return False
    hashers = hashers_for(hashes)
    if not hashers:
        return length is not None
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            for hasher in hashers.values():
                hasher.update(block)
    return all(hasher.hexdigest() == hashes[alg].lower() for alg, hasher in hashers.items())
