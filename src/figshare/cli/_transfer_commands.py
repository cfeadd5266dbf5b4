"""``figshare upload PATH... --article ID`` and ``figshare download ID|DOI|URL --dest DIR``.

Both go through `figshare.files`: uploads skip files the article already has (same name, folder and md5),
resume an interrupted run (parts already sent are not sent again) and wait until Figshare has verified each
file's md5; downloads continue partial files and check each file's md5 before it gets its final name. A
progress bar per file (rate and time left) is drawn on stderr when it is a terminal.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from figshare.cli._failures import CliError, ExitCode
from figshare.cli._items import format_size, parse_reference
from figshare.cli._output import Output
from figshare.cli._session import Session, session_of

if TYPE_CHECKING:
    from figshare.files import ProgressCallback


JsonOption = Annotated[bool, typer.Option("--json", help="Print the results as JSON (for scripts).")]
ConcurrencyOption = Annotated[int, typer.Option(min=1, max=32, help="Parts (upload) or files (download) at once.")]


def upload(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files and folders (folders with everything under them).", metavar="PATH..."),
    ],
    article: Annotated[int, typer.Option("--article", "-a", help="The article to add the files to (yours).")],
    folder: Annotated[
        str | None,
        typer.Option(help="The Figshare folder to put them in (a folder's own name by default; '' for the top)."),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Show the files that would be sent, with their names on Figshare."),
    ] = False,
    concurrency: ConcurrencyOption = 4,
    as_json: JsonOption = False,
) -> None:
    """Upload files and folders to an article; run it again to resume an interrupted upload."""
    session = session_of(ctx)
    for path in paths:
        if not path.exists():
            raise CliError(f"no such file or folder: {path}", exit_code=ExitCode.USAGE)
    if dry_run:
        _show_plan(session, article, paths, folder, as_json)
        return
    from figshare.files import Uploader

    with session.client(signed_in=True) as client, _progress(session.output) as progress:
        uploader = Uploader(
            client, concurrency=concurrency, state_dir=session.services.upload_state_dir, progress=progress
        )
        results = [result for path in paths for result in uploader.upload(article, path, folder_path=folder)]
    if as_json:
        session.output.json(results)
        return
    rows = (
        [f"{r.folder_path}/{r.name}" if r.folder_path else r.name, format_size(r.size), r.status, r.file_id]
        for r in results
    )
    session.output.table(["File", "Size", "Status", "File ID"], rows)
    sent = sum(result.size for result in results if result.status in ("uploaded", "resumed"))
    session.output.info(f"{len(results)} files on article {article} ({format_size(sent)} sent, md5 verified).")


def download(
    ctx: typer.Context,
    reference: Annotated[str, typer.Argument(help="The article's id, DOI or figshare.com address.", metavar="ID")],
    dest: Annotated[Path, typer.Option("--dest", "-d", help="The folder to download into (created if needed).")] = Path(
        "."
    ),
    file_id: Annotated[int | None, typer.Option("--file", help="Only this file of the article (id).")] = None,
    version: Annotated[int | None, typer.Option(min=1, help="A published version of the article.")] = None,
    as_zip: Annotated[bool, typer.Option("--zip", help="All files as one zip (not md5-verifiable).")] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace files of other content that have the same name.")
    ] = False,
    concurrency: ConcurrencyOption = 4,
    as_json: JsonOption = False,
) -> None:
    """Download an article's files (verified); run it again to continue an interrupted download."""
    session = session_of(ctx)
    wanted = parse_reference(reference)
    version = version or wanted.version
    from figshare.files import Downloader

    with session.client() as client, _progress(session.output) as progress:
        downloader = Downloader(client, concurrency=concurrency, overwrite=overwrite, progress=progress)
        if wanted.doi is not None:
            if file_id is not None or as_zip:
                raise CliError("--file and --zip need the article's id, not its DOI", exit_code=ExitCode.USAGE)
            doi = wanted.doi if version is None else f"{wanted.doi}.v{version}"
            results = downloader.download(doi=doi, dest=dest)
        else:
            results = downloader.download(file_id, article_id=wanted.id, version=version, as_zip=as_zip, dest=dest)
    if as_json:
        session.output.json(results)
        return
    rows = ([str(r.path), format_size(r.size), r.status, "md5 ok" if r.verified else "not checked"] for r in results)
    session.output.table(["File", "Size", "Status", "Verified"], rows)


@contextlib.contextmanager
def _progress(output: Output) -> Iterator[ProgressCallback | None]:
    """A progress bar per file on stderr, or None when it is not a terminal (or with --quiet)."""
    if not output.shows_progress:
        yield None
        return
    from figshare.files import ProgressBar

    with ProgressBar(console=output.error_console) as bar:
        yield bar


def _show_plan(session: Session, article: int, paths: list[Path], folder: str | None, as_json: bool) -> None:
    from figshare.files._local import LocalFile, collect_local_files

    planned: list[LocalFile] = []
    for path in paths:
        try:
            planned.extend(collect_local_files(path, name=None, folder_path=folder))
        except ValueError as error:
            raise CliError(str(error), exit_code=ExitCode.USAGE) from None
    if as_json:
        files = [{"path": str(f.path), "name": f.name, "folder_path": f.folder_path, "size": f.size} for f in planned]
        session.output.json({"article_id": article, "files": files})
        return
    rows = ([local.display_name, format_size(local.size), str(local.path)] for local in planned)
    session.output.table(["Name on Figshare", "Size", "Local file"], rows, title=f"Would upload to article {article}")
    total = format_size(sum(local.size for local in planned))
    session.output.info(
        f"{len(planned)} files, {total}. Nothing was sent; files the article already has (same name, folder "
        "and md5) are skipped when uploading."
    )
