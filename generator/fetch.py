"""Obtain the pinned upstream spec, from a local mirror or from GitHub, and verify its sha256."""

from __future__ import annotations

import hashlib
import os
import urllib.error
import urllib.request
from pathlib import Path

from generator.lock import SpecLock

MIRROR_VARIABLE = "FIGSHARE_SPEC_MIRROR"


class SpecIntegrityError(RuntimeError):
    """The bytes obtained are not the pinned file."""


class SpecDownloadError(OSError):
    """The pinned file could not be downloaded (no network, a proxy, GitHub down)."""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(data: bytes, lock: SpecLock, source: str) -> None:
    """Refuse anything but the exact pinned bytes."""
    actual = sha256_of(data)
    if actual != lock.sha256:
        raise SpecIntegrityError(
            f"refusing the spec from {source}: its sha256 is {actual}, but swagger/spec.lock.json pins "
            f"{lock.sha256} ({lock.repository}@{lock.commit[:12]}:{lock.path}). If upstream changed on purpose, "
            "run `make update-spec`; otherwise the mirror or download is corrupt."
        )


def read_from_mirror(lock: SpecLock, mirror: Path) -> tuple[bytes, str]:
    source = mirror / lock.mirror_path
    if not source.is_file():
        raise SpecIntegrityError(f"{MIRROR_VARIABLE}={mirror} has no {lock.mirror_path}")
    return source.read_bytes(), str(source)


def download(lock: SpecLock, timeout: float = 60.0) -> tuple[bytes, str]:
    """The pinned commit's raw file from GitHub, and where it came from.

    Raises:
        SpecDownloadError: the download failed; the message says how to use a local mirror instead.
    """
    try:
        with urllib.request.urlopen(lock.raw_url, timeout=timeout) as response:
            return response.read(), lock.raw_url
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SpecDownloadError(
            f"could not download {lock.raw_url} ({type(error).__name__}: {reason}); without network access, "
            f"set {MIRROR_VARIABLE} to a local copy of Figshare's spec history (for example "
            f"{MIRROR_VARIABLE}=../shared/figshare-spec, see CONTRIBUTING.md)"
        ) from error


def fetch(lock: SpecLock, destination: Path, mirror: Path | None = None) -> Path:
    """Write the pinned spec to ``destination`` after checking its sha256.

    ``mirror`` (default: ``$FIGSHARE_SPEC_MIRROR``) is a folder laid out like Figshare's mirror
    (``swagger.json``, ``history/``, ``v3/``); without one the pinned commit's raw file is downloaded.
    """
    if mirror is None and os.environ.get(MIRROR_VARIABLE):
        mirror = Path(os.environ[MIRROR_VARIABLE])
    data, source = read_from_mirror(lock, mirror) if mirror else download(lock)
    verify(data, lock, source)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(data)
    return destination
