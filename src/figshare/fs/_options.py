"""The storage options of `figshare.fs.FigshareFileSystem`: the client's options plus a few of its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from figshare._secrets import Secret
from figshare.fs._backend import CLIENT_OPTIONS

__all__ = ["FSSPEC_OPTIONS", "FS_OPTIONS", "FigshareOptions", "protect_token", "split_options"]

FS_OPTIONS = (
    "block_size",
    "cache_type",
    "state_dir",
    "upload_concurrency",
    "use_listings_cache",
    "listings_expiry_time",
)
"""Options of the filesystem itself."""
FSSPEC_OPTIONS = ("use_listings_cache", "listings_expiry_time", "max_paths", "asynchronous", "loop")
"""Options fsspec's base class reads."""


@dataclasses.dataclass(frozen=True)
class FigshareOptions:
    """Storage options, sorted out: ``client`` for `figshare.Figshare` (the token a `Secret`), ``fsspec`` for
    fsspec's `AbstractFileSystem`, the rest the filesystem's own."""

    client: dict[str, Any]
    fsspec: dict[str, Any]
    block_size: int | None = None
    cache_type: str = "readahead"
    state_dir: str | None = None
    upload_concurrency: int = 4
    use_listings_cache: bool = True
    listings_expiry_time: float | None = None


def protect_token(options: Any) -> Any:
    """A token as a `figshare.Secret`: a mapping of options gets a copy with ``token`` wrapped; a token
    alone (a str or a Secret) comes back wrapped."""
    if isinstance(options, Mapping):
        protected = dict(options)
        if protected.get("token") is not None:
            protected["token"] = protect_token(protected["token"])
        return protected
    if isinstance(options, Secret):
        return options
    if isinstance(options, str):
        return Secret(options)
    raise TypeError(f"token must be a str or a figshare Secret, not {type(options).__name__}")


def split_options(storage_options: Mapping[str, Any]) -> FigshareOptions:
    """Sort storage options into the client's, fsspec's and the filesystem's own.

    Raises:
        TypeError: an unknown option, or a value of the wrong type (the message names it).
    """
    unknown = set(storage_options) - set(CLIENT_OPTIONS) - set(FS_OPTIONS) - set(FSSPEC_OPTIONS)
    if unknown:
        known = ", ".join((*CLIENT_OPTIONS, *FS_OPTIONS))
        raise TypeError(f"unknown figshare:// storage option(s) {', '.join(sorted(unknown))}; known: {known}")
    # None means "the default" for every client option but rate_limit, where it means "no limit"
    client = {
        name: storage_options[name]
        for name in CLIENT_OPTIONS
        if name in storage_options and (storage_options[name] is not None or name == "rate_limit")
    }
    if "token" in client:
        client["token"] = protect_token(client["token"])
    fsspec = {name: storage_options[name] for name in FSSPEC_OPTIONS if name in storage_options}
    block_size = storage_options.get("block_size")
    concurrency = storage_options.get("upload_concurrency", 4)
    for name, value in (("block_size", 1 if block_size is None else block_size), ("upload_concurrency", concurrency)):
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise TypeError(f"{name} must be a positive int, not {storage_options[name]!r}")
    expiry = storage_options.get("listings_expiry_time")
    state_dir = storage_options.get("state_dir")
    return FigshareOptions(
        client=client,
        fsspec=fsspec,
        block_size=block_size,
        cache_type=str(storage_options.get("cache_type") or "readahead"),
        state_dir=None if state_dir is None else str(state_dir),
        upload_concurrency=concurrency,
        use_listings_cache=bool(storage_options.get("use_listings_cache", True)),
        listings_expiry_time=None if expiry is None else float(expiry),
    )
