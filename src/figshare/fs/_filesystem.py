"""`FigshareFileSystem`: Figshare's articles, collections and projects as an fsspec filesystem, and its file
objects (random-access reads with ``Range``, uploads on close)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import hashlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from fsspec.callbacks import DEFAULT_CALLBACK
from fsspec.spec import AbstractBufferedFile, AbstractFileSystem, make_instance
from fsspec.utils import isfilelike

from figshare._ratelimit import RateLimiter
from figshare._validate import instance_of
from figshare.fs import _errors as errors
from figshare.fs._backend import Backend, FigshareOptions, Item, environment_defaults, protect_token, split_options
from figshare.fs._catalog import ArticleKey, ArticleListing, Catalog
from figshare.fs._paths import ROOTS, ParsedPath, parse_path

_UNLISTABLE = {
    "articles_root": "every public article",
    "collections_root": "every public collection",
    "projects_root": "every public project",
}


class _TokenSafeCache(type(AbstractFileSystem)):  # type: ignore[misc]
    """Keys fsspec's instance cache by a `Secret` token's value (hashed by fsspec), not by its ``str()``."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        token = kwargs.get("token")
        if token is not None and not isinstance(token, str):
            kwargs["token"] = protect_token(token).get_secret_value()
        return super().__call__(*args, **kwargs)


class FigshareFileSystem(AbstractFileSystem, metaclass=_TokenSafeCache):  # type: ignore[misc]
    """Figshare as a filesystem: ``figshare://articles/<id>/<file>`` and friends, for pandas, xarray, Dask,
    PyArrow and anything else that reads through fsspec.

    Paths (a DOI may stand wherever an article or collection id does, its two parts as two segments)::

        figshare://articles/14763051/tiny-data.txt                        latest public version
        figshare://articles/14763051/versions/1/tiny-data.txt             version 1
        figshare://articles/10.6084/m9.figshare.14763051.v1/tiny-data.txt  exactly the version the DOI names
        figshare://collections/<id or DOI>/<article id>/<file>            a collection's articles as folders
        figshare://projects/<id>/<article id>/<file>                      a project's articles as folders
        figshare://account/articles/<id>/<file>                           your own article, drafts included

    Files in an article's folders appear in folders. Reads fetch byte ranges of the WAF-safe download URL
    (``<api>/file/download/<id>``, redirected to signed storage, never with your token); ``get`` is the
    SDK's md5-verified, resumable download. Writes go to your own articles only, through the upload service.

    Args:
        token: a personal token, sent to Figshare's hosts only. Default: ``$FIGSHARE_TOKEN`` (read when the
            filesystem is made; it travels with the filesystem to Dask workers, never printed).
        base_url: the API root. Default: ``$FIGSHARE_BASE_URL``, else ``https://api.figshare.com/v2``.
        timeout: seconds (or an `httpx.Timeout`) per request.
        max_retries: retries of failed idempotent requests (default 3); or ``retry``: a `figshare.RetryPolicy`.
        rate_limit: minimum seconds between two API calls (default 1.0, as Figshare asks; None: off).
            File bytes come from storage and are not rate-limited.
        rate_limiter: a `figshare.RateLimiter` to share, e.g. `figshare.fs.cluster.SharedRateLimiter` for one
            budget across a Dask cluster.
        trusted_hosts: hosts the token may be sent to (default: the API host, ``*.figshare.com``, ``*.figsh.com``).
        block_size: bytes fetched per read request (default 4 MiB; fsspec's read-ahead buffer).
        cache_type: fsspec's buffering of reads (default ``"readahead"``).
        state_dir: where resumable upload states are kept (default: the user state folder).
        upload_concurrency: parts of one file uploaded at the same time (default 4).
        use_listings_cache, listings_expiry_time: reuse listings (default: yes, until `invalidate_cache`);
            published versions are always reused.

    Raises (from its methods): `figshare.fs.FigsharePathNotFoundError` (a `FileNotFoundError`),
    `figshare.fs.ReadOnlyPathError` (a `PermissionError`), `figshare.fs.TokenRequiredError`, and the
    SDK's `figshare.FigshareError` subclasses (`figshare.files.ChecksumMismatchError`, ...). Malformed paths
    raise `ValueError`.
    """

    protocol = "figshare"
    root_marker = ""
    blocksize = 4 * 2**20

    def __init__(self, **storage_options: Any) -> None:
        if self._cached:
            return
        options = split_options(storage_options)
        super().__init__(**options.fsspec)
        self._options: FigshareOptions = options
        self._resolved_client_options = {**environment_defaults(options.client), **options.client}
        self._backend, self._catalog = _shared_state(options, self._resolved_client_options)

    # ---- what the filesystem is made of, kept free of the token ----

    @property
    def storage_options(self) -> dict[str, Any]:
        """The options the filesystem was made with (a token as a `figshare.Secret`, never in clear)."""
        return dict(self.__dict__.get("_storage_options", {}))

    @storage_options.setter
    def storage_options(self, value: Mapping[str, Any]) -> None:
        self.__dict__["_storage_options"] = protect_token(value)

    def __reduce__(self) -> tuple[Any, ...]:
        # Dask workers get the options in effect here, $FIGSHARE_TOKEN and $FIGSHARE_BASE_URL included, the
        # token as a Secret (never shown in a printed task graph).
        options = {**self.storage_options, **self._resolved_client_options}
        limiter = options.get("rate_limiter")
        if type(limiter) is RateLimiter:  # a process's own limiter: each worker gets one of the same interval
            del options["rate_limiter"]
            options["rate_limit"] = limiter.min_interval or None
        return make_instance, (type(self), (), options)

    def __repr__(self) -> str:
        who = "authenticated" if self._resolved_client_options.get("token") else "anonymous"
        base_url = self._resolved_client_options.get("base_url") or "https://api.figshare.com/v2"
        return f"{type(self).__name__}(base_url={base_url!r}, {who})"

    def to_dict(self, *, include_password: bool = True) -> dict[str, Any]:
        """fsspec's JSON-ready description; the token is included (in clear) only with ``include_password``."""
        options = dict(self.storage_options)
        token = options.pop("token", None)
        if include_password and token is not None:
            options["token"] = token.get_secret_value()
        cls = type(self)
        return {"cls": f"{cls.__module__}:{cls.__name__}", "protocol": self.protocol, "args": [], **options}

    @classmethod
    def clear_instance_cache(cls) -> None:
        """Forget every filesystem instance of this process and the clients and listings they share."""
        super().clear_instance_cache()
        with _SHARED_LOCK:
            _SHARED.clear()

    # ---- paths ----

    @classmethod
    def _strip_protocol(cls, path: Any) -> Any:
        stripped = super()._strip_protocol(instance_of(path, (str, list, os.PathLike), "path", "a str"))
        if isinstance(stripped, list):
            return stripped
        return "/".join(segment for segment in stripped.split("/") if segment)

    # ---- listing ----

    def ls(self, path: str, detail: bool = True, **kwargs: Any) -> list[Any]:
        """The entries of a folder (or the one entry of a file): ``name``, ``type``, ``size``; files also
        ``md5`` (and the same as ``checksum``), ``file_id`` (and ``id``), ``article_id``, ``version``,
        ``created`` and ``modified`` (of the article version: Figshare gives files no dates), ``mimetype``."""
        entries = self._entries(self._strip_protocol(path))
        return entries if detail else [entry["name"] for entry in entries]

    def info(self, path: str, **kwargs: Any) -> dict[str, Any]:
        """The entry of one path (see `ls`); directories have ``type`` ``"directory"`` and ``size`` 0."""
        path = self._strip_protocol(path)
        parsed = parse_path(path)
        if parsed.kind == "article":
            return self._article_entry(parsed)[0]
        if parsed.kind in ("collection", "project"):
            kind, item_id = self._catalog.container(parsed.within, path)
            return _directory(path, **_item_details(self._catalog.details(kind, item_id, path), f"{kind}_id"))
        if parsed.kind == "versions":
            self._versions(parsed)  # the article exists
        return _directory(path)  # the roots, account/ and account/articles/

    def _entries(self, path: str) -> list[dict[str, Any]]:
        parsed = parse_path(path)
        if parsed.kind == "root":
            return [_directory(name) for name in ROOTS]
        if parsed.kind in _UNLISTABLE:
            raise errors.UnlistableError(
                f"figshare://{path}: Figshare cannot list {_UNLISTABLE[parsed.kind]} at once; name one, e.g. "
                f"figshare://{path}/<id>/",
                path=path,
            )
        if parsed.kind == "account":
            self._require_token(path)
            return [_directory(f"{path}/articles")]
        if parsed.kind == "own_articles":
            self._require_token(path)
            return [_directory(f"{path}/{item.id}", **_item_details(item)) for item in self._catalog.own_articles(path)]
        if parsed.kind == "versions":
            return [_directory(f"{path}/{number}", version=number) for number in self._versions(parsed)]
        if parsed.kind in ("collection", "project"):
            kind, item_id = self._catalog.container(parsed.within, path)
            self._catalog.details(kind, item_id, path)
            items = self._catalog.members(kind, item_id, path)
            return [_directory(f"{path}/{item.id}", **_item_details(item)) for item in items]
        entry, listing = self._article_entry(parsed)
        if entry["type"] == "file":
            return [entry]
        prefix = f"{parsed.inner}/" if parsed.inner else ""
        folders: dict[str, None] = {}
        files = []
        for relative in sorted(name for name in listing.files if name.startswith(prefix)):
            rest = relative[len(prefix) :]
            if "/" in rest:
                folders.setdefault(rest.split("/", 1)[0])
            else:
                files.append(_file_entry(f"{path}/{rest}", listing, relative))
        return [{**entry, "name": f"{path}/{folder}"} for folder in folders] + files

    def _versions(self, parsed: ParsedPath) -> list[int]:
        assert parsed.article is not None
        return self._catalog.versions(self._catalog.resolve(parsed.article, parsed.path), parsed.path)

    def _article_entry(self, parsed: ParsedPath) -> tuple[dict[str, Any], ArticleListing]:
        """The entry of a path inside an article, and the article's listing."""
        path, inner, article = parsed.path, parsed.inner, parsed.article
        assert article is not None
        if article.own:
            self._require_token(path)
        listing = self._catalog.listing(self._catalog.resolve(article, path), path)
        if inner in listing.files:
            return _file_entry(path, listing, inner), listing
        if not inner or any(relative.startswith(f"{inner}/") for relative in listing.files):
            # an article's folders show the version listed, and no publication date
            shown = dataclasses.replace(listing.article, version=listing.version, published=None)
            return _directory(path, **_item_details(shown)), listing
        raise errors.FigsharePathNotFoundError(f"figshare://{path}: no such file or folder", path=path)

    def _file(self, path: str) -> dict[str, Any]:
        """The entry of a file; FigsharePathNotFoundError (or FigshareIsADirectoryError) otherwise."""
        entry = self.info(path)
        if entry["type"] != "file":
            raise errors.FigshareIsADirectoryError(f"figshare://{entry['name']} is a folder", path=entry["name"])
        return entry

    def _require_token(self, path: str) -> None:
        if not self._backend.authenticated:
            raise errors.TokenRequiredError(
                f"figshare://{path} is one of your own items: pass token= (storage option) or set $FIGSHARE_TOKEN",
                path=path,
            )

    def invalidate_cache(self, path: str | None = None) -> None:
        """Forget cached listings: of the article ``path`` is in, or all of them."""
        if path is None:
            self._catalog.invalidate()
            return
        try:
            parsed = parse_path(self._strip_protocol(path))
        except ValueError:
            return
        if parsed.article is not None and parsed.article.own and parsed.article.ref.id is not None:
            self._catalog.invalidate(ArticleKey(parsed.article.ref.id, None, own=True))
        elif parsed.kind == "own_articles":
            self._catalog.invalidate(own_articles_only=True)

    # ---- checksums and times ----

    def ukey(self, path: str) -> str:
        """What identifies a file's content, for fsspec's caches (``filecache::`` with ``check_files``): its
        md5 (else its file id and size)."""
        entry = self._file(path)
        return entry["md5"] or f"file-{entry['file_id']}-{entry['size']}"

    def checksum(self, path: str) -> int:
        """The file's md5 as an integer (fsspec's ``checksum``)."""
        key = self.ukey(path)
        return int(key if re.fullmatch("[0-9a-f]{32}", key) else hashlib.md5(key.encode()).hexdigest(), 16)

    def created(self, path: str) -> datetime.datetime:
        """When Figshare created the article (version) the file belongs to."""
        return _timestamp(self.info(path).get("created"), path, "created")

    def modified(self, path: str) -> datetime.datetime:
        """When Figshare last modified the article (version) the file belongs to."""
        return _timestamp(self.info(path).get("modified"), path, "modified")

    # ---- reading ----

    def _open(
        self, path: str, mode: str = "rb", block_size: int | None = None, autocommit: bool = True, **kwargs: Any
    ) -> FigshareReadFile | FigshareWriteFile:
        path = self._strip_protocol(path)
        if mode == "rb":
            kwargs.pop("size", None)
            kwargs.setdefault("cache_type", self._options.cache_type)
            return FigshareReadFile(
                self,
                path,
                self._file(path),
                block_size=block_size or self._options.block_size or self.blocksize,
                autocommit=autocommit,
                **kwargs,
            )
        if mode in ("wb", "xb"):
            self._own_file_target(path)
            self._refuse_existing(path, mode == "xb")
            return FigshareWriteFile(self, path, block_size=block_size or self.blocksize, autocommit=autocommit)
        raise ValueError(f"mode: {mode!r} is not supported; figshare:// files open as 'rb', 'wb' or 'xb'")

    def read_range(self, file_id: int, start: int, end: int | None) -> bytes:
        """Bytes ``start`` to ``end`` (exclusive) of a file by id, with one ``Range`` request."""
        return self._backend.read(file_id, start, end)

    def cat_file(self, path: str, start: int | None = None, end: int | None = None, **kwargs: Any) -> bytes:
        """A file's bytes (``start``/``end`` as Python slices, negative from the end), fetched with ``Range``."""
        entry = self._file(path)
        first, last, _ = slice(start, end).indices(entry["size"])
        return self._backend.read(entry["file_id"], first, last)  # b"" when last <= first

    def get_file(
        self, rpath: str, lpath: Any, callback: Any = DEFAULT_CALLBACK, outfile: Any = None, **kwargs: Any
    ) -> None:
        """Download one file with the SDK's download: checked against Figshare's md5 (a mismatch raises
        `figshare.files.ChecksumMismatchError` and keeps nothing) and resumable (an interrupted download to
        the same local path continues where it stopped)."""
        if outfile is None and isfilelike(lpath):
            outfile = lpath
        entry = self.info(rpath)
        if entry["type"] != "file":
            if outfile is None:
                os.makedirs(lpath, exist_ok=True)
            return
        callback.set_size(entry["size"])
        if outfile is not None:
            with tempfile.TemporaryDirectory(prefix=".figshare-fs-") as folder:
                local = self._download(entry, Path(folder) / "file")
                with local.open("rb") as source:
                    shutil.copyfileobj(source, outfile)
        else:
            self._download(entry, Path(os.fspath(lpath)))
        callback.relative_update(entry["size"])

    def _download(self, entry: dict[str, Any], target: Path) -> Path:
        target = target.expanduser().absolute()
        if target.is_dir():  # refused before anything is downloaded or staged beside it
            raise errors.FigshareIsADirectoryError(f"{target} is a folder: give the local file's own path")
        staging = target.parent / f".{target.name}.figshare-get"  # made with its parents by the download
        downloaded = self._backend.download(entry["file_id"], entry["md5"], staging)
        os.replace(downloaded, target)
        shutil.rmtree(staging, ignore_errors=True)
        return target

    # ---- writing (your own articles only) ----

    def _own_file_target(self, path: str) -> tuple[int, str, str]:
        """The article id, folder and name a write path names; ReadOnlyPathError unless it is a file path in
        one of your own articles (by id)."""
        parsed = self._writable(path)
        article = parsed.article
        assert article is not None
        if article.ref.id is None:
            raise ValueError(f"path: write to figshare://account/articles/<id>/..., by article id (not {article.ref})")
        if not parsed.inner:
            raise errors.FigshareIsADirectoryError(
                f"figshare://{path} is an article, not a file: add a file name", path=path
            )
        self._require_token(path)
        inner = PurePosixPath(parsed.inner)
        return article.ref.id, "" if str(inner.parent) == "." else str(inner.parent), inner.name

    def _writable(self, path: str) -> ParsedPath:
        parsed = parse_path(path)
        if parsed.kind != "article" or parsed.article is None or not parsed.article.own:
            raise errors.ReadOnlyPathError(
                f"figshare://{path} is read-only: only your own articles can be written, as "
                "figshare://account/articles/<id>/<file name>",
                path=path,
            )
        return parsed

    def _refuse_existing(self, path: str, exclusive: bool) -> None:
        if exclusive and self.exists(path):
            raise errors.FigshareFileExistsError(f"figshare://{path} exists", path=path)

    def upload_local(self, local: Path, rpath: str, *, resumable: bool = True) -> None:
        """Upload a local file to ``rpath`` (a file of your own article) with the SDK's verified upload, then
        delete older files of the same name and folder, so that the path names the new bytes.

        Args:
            local: the file.
            rpath: where it goes.
            resumable: keep a failed upload's state, so that uploading the same file again resumes it; False
                (a temporary file that will be gone): give the upload up, deleting its half-made file record.
        """
        path = self._strip_protocol(rpath)
        article_id, folder, name = self._own_file_target(path)
        older = self._file_ids(article_id, folder, name, path)
        try:
            uploaded = self._backend.upload(article_id, local, name, folder, self._options, resumable=resumable)
        finally:
            self._catalog.invalidate(ArticleKey(article_id, None, own=True))
        self._delete(article_id, [file_id for file_id in dict.fromkeys(older) if file_id != uploaded])

    def _file_ids(self, article_id: int, folder: str, name: str, path: str) -> list[int]:
        key = ArticleKey(article_id, None, own=True)
        self._catalog.invalidate(key)
        return self._catalog.listing(key, path).ids_at(f"{folder}/{name}" if folder else name)

    def _delete(self, article_id: int, file_ids: list[int]) -> None:
        for file_id in file_ids:
            self._backend.delete_file(article_id, file_id)
        self._catalog.invalidate(ArticleKey(article_id, None, own=True))

    def put_file(
        self, lpath: Any, rpath: str, callback: Any = DEFAULT_CALLBACK, mode: str = "overwrite", **kwargs: Any
    ) -> None:
        """Upload a local file to your own article (``figshare://account/articles/<id>/<folder>/<name>``)
        with the SDK's upload: resumable (run it again after an interruption) and verified."""
        path = self._strip_protocol(rpath)
        if os.path.isdir(lpath):
            self._own_file_target(f"{path}/_")
            return
        self._refuse_existing(path, mode == "create")
        size = os.path.getsize(lpath)
        callback.set_size(size)
        self.upload_local(Path(os.fspath(lpath)), path)
        callback.relative_update(size)

    def pipe_file(self, path: str, value: bytes, mode: str = "overwrite", **kwargs: Any) -> None:
        """Write ``value`` as a file of your own article (an upload, verified)."""
        with self._open(self._strip_protocol(path), "xb" if mode == "create" else "wb") as file:
            file.write(value)

    def cp_file(self, path1: str, path2: str, **kwargs: Any) -> None:
        """Copy a file (from anywhere readable) to your own article: downloaded, verified, uploaded."""
        self._own_file_target(self._strip_protocol(path2))
        with tempfile.TemporaryDirectory(prefix=".figshare-fs-") as folder:
            local = self._download(self._file(path1), Path(folder) / "copy")
            self.upload_local(local, path2, resumable=False)

    def rm_file(self, path: str) -> None:
        """Delete a file of your own article; folders (which exist only through their files) are skipped."""
        path = self._strip_protocol(path)
        self._writable(path)
        if self.info(path)["type"] == "file":
            article_id, folder, name = self._own_file_target(path)
            self._delete(article_id, self._file_ids(article_id, folder, name, path))

    def rm(self, path: str | list[str], recursive: bool = False, maxdepth: int | None = None) -> None:
        """Delete files of your own article (``recursive``: every file under a folder)."""
        paths = self.expand_path(path, recursive=recursive, maxdepth=maxdepth)
        for name in paths:
            self._own_file_target(name if self.info(name)["type"] == "file" else f"{name}/_")
        files = [name for name in paths if self.info(name)["type"] == "file"]
        if not recursive and len(files) < len(paths):
            raise errors.FigshareIsADirectoryError(
                f"figshare://{paths[0]} is a folder: pass recursive=True to delete its files", path=paths[0]
            )
        for name in files:
            self.rm_file(name)

    def mkdir(self, path: str, *args: Any, **kwargs: Any) -> None:
        """Folders exist through their files: nothing to do (refused outside your own articles); also
        ``makedirs`` and ``rmdir``."""
        self._writable(self._strip_protocol(path))

    makedirs = rmdir = mkdir


class FigshareReadFile(AbstractBufferedFile):  # type: ignore[misc]
    """A file opened with ``"rb"``: each block is fetched with an HTTP ``Range`` request, so a reader that
    seeks (Parquet footers, Zarr chunks, HDF5) gets only the bytes it asks for, plus read-ahead of one
    ``block_size`` (``cache_type``, ``block_size``: fsspec's buffering options).

    Attributes:
        file_id: the Figshare file id.
        md5: Figshare's md5 of the file ("" if unknown).
    """

    def __init__(self, fs: FigshareFileSystem, path: str, entry: dict[str, Any], **kwargs: Any) -> None:
        self.file_id: int = entry["file_id"]
        self.md5: str = entry.get("md5", "")
        super().__init__(fs, path, mode="rb", size=entry["size"], **kwargs)
        self.details = entry

    def _fetch_range(self, start: int, end: int) -> bytes:
        data: bytes = self.fs.read_range(self.file_id, start, end)
        return data


class FigshareWriteFile(AbstractBufferedFile):  # type: ignore[misc]
    """A file opened with ``"wb"`` on your own article: the bytes go to a local temporary file, and closing
    uploads it with the SDK's upload (parts in parallel, verified against Figshare's md5), then removes any
    older file of the same name and folder. Nothing changes on Figshare before ``close()``; an exception
    inside ``with`` discards the bytes."""

    def __init__(self, fs: FigshareFileSystem, path: str, **kwargs: Any) -> None:
        super().__init__(fs, path, mode="wb", **kwargs)
        self._spool: Any = None

    def _initiate_upload(self) -> None:
        self._spool = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by commit() or discard()
            prefix=".figshare-fs-", suffix=".upload", delete=False
        )

    def _upload_chunk(self, final: bool = False) -> bool:
        self._spool.write(self.buffer.getbuffer())
        if final:
            self._spool.close()
            if self.autocommit:
                self.commit()
        return True

    def commit(self) -> None:
        """Upload the bytes written (called by ``close()``, or by a transaction's end)."""
        try:
            self.fs.upload_local(Path(self._spool.name), self.path, resumable=False)
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the bytes written; nothing is uploaded."""
        if self._spool is not None:
            self._spool.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._spool.name)

    def __exit__(self, *exc_info: object) -> None:
        if exc_info[0] is not None and not getattr(self, "closed", True):
            self.closed = True  # an exception inside ``with``: upload nothing
            self.discard()
            return
        self.close()


_SHARED: dict[str, tuple[Backend, Catalog]] = {}
_SHARED_LOCK = threading.Lock()


def _shared_state(options: FigshareOptions, client_options: dict[str, Any]) -> tuple[Backend, Catalog]:
    """The client and listings shared by this process's filesystems (fsspec makes one per thread) with these
    options: one rate limiter, connection pool and listing cache."""
    described = {name: repr(value) for name, value in client_options.items() if name != "token"}
    token = client_options.get("token")
    secret = token.get_secret_value() if token is not None else ""
    key = hashlib.sha256(
        repr((sorted(described.items()), secret, options.use_listings_cache, options.listings_expiry_time)).encode()
    ).hexdigest()
    with _SHARED_LOCK:
        if (state := _SHARED.get(key)) is None:
            backend = Backend(client_options)
            catalog = Catalog(backend, use_cache=options.use_listings_cache, expiry=options.listings_expiry_time)
            state = _SHARED[key] = (backend, catalog)
        return state


def _directory(name: str, **details: Any) -> dict[str, Any]:
    return {"name": name, "size": 0, "type": "directory", **details}


def _item_details(item: Item, id_key: str = "article_id") -> dict[str, Any]:
    details: dict[str, Any] = {id_key: item.id, "title": item.title, "doi": item.doi}
    optional = ("version", "created", "modified", "published")
    return details | {key: value for key in optional if (value := getattr(item, key)) is not None}


def _file_entry(name: str, listing: ArticleListing, relative: str) -> dict[str, Any]:
    record = listing.files[relative]
    article = listing.article
    entry: dict[str, Any] = {
        "name": name,
        "size": record.size if record.size is not None else 0,
        "type": "file",
        "md5": record.expected_md5,
        "checksum": record.expected_md5,
        "file_id": record.id,
        "id": record.id,
        "article_id": article.id,
        "version": listing.version,
        "created": article.created,
        "modified": article.modified,
        "mimetype": record.mimetype,
    }
    if record.status:
        entry["status"] = record.status
    return entry


def _timestamp(value: Any, path: str, what: str) -> datetime.datetime:
    if not isinstance(value, str) or not value:
        raise errors.FigshareFSError(f"figshare://{path}: Figshare gives no {what} date for it", path=path)
    text = value[:-1] + "+00:00" if value.endswith("Z") else value
    moment = datetime.datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.timezone.utc)
