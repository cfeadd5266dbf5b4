"""The storage host that ``/v2/file/download/{id}`` redirects to, like a pre-signed S3 URL.

It listens on a different host name from the API, answers ``Range`` requests, refuses a wrong signature
(403) and, like S3 with a pre-signed URL, refuses any request that also carries an ``Authorization``
header (400) -- so a client that leaks its token to the redirect target fails loudly.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import quote

from tests.servers.figshare_upload_emulator._model import Upload
from tests.servers.figshare_upload_emulator._server import EmulatorHandler

XML = "application/xml"
RANGE_PATTERN = re.compile(r"bytes=(\d*)-(\d*)")


def s3_error(code: str, message: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
    ).encode()


def requested_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The single byte range a ``Range`` header asks for, as inclusive offsets; None for the whole file
    (no header, several ranges, or syntax this host ignores). Raises ValueError when unsatisfiable."""
    if header is None:
        return None
    match = RANGE_PATTERN.fullmatch(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise ValueError("empty suffix range")
        return max(size - suffix, 0), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        raise ValueError("range starts past the end")
    return start, end


class StorageHandler(EmulatorHandler):
    routes: ClassVar[list[tuple[str, str, str]]] = [
        ("GET", r"/objects/(\d+)/([^/]+)", "get_object"),
        ("HEAD", r"/objects/(\d+)/([^/]+)", "get_object"),
    ]

    def not_found(self) -> None:
        self.respond(404, s3_error("NoSuchKey", "The specified key does not exist."), XML)

    def get_object(self, file_id: str, quoted_name: str) -> None:
        state = self.context.state
        if "authorization" in self.record.headers:
            message = "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter..."
            self.respond(400, s3_error("InvalidArgument", message), XML)
            return
        if self.query.get("X-Amz-Signature") != [state.signature]:
            self.respond(403, s3_error("SignatureDoesNotMatch", "The request signature does not match."), XML)
            return
        with state.lock:
            record = state.files.get(int(file_id))
        upload = record.upload if record is not None else None
        if record is None or upload is None or not record.completed or quote(record.name) != quoted_name:
            self.not_found()
            return
        try:
            byte_range = requested_range(self.headers.get("Range"), upload.size)
        except ValueError:
            message = "The requested range is not satisfiable"
            headers = {"Content-Range": f"bytes */{upload.size}"}
            self.respond(416, s3_error("InvalidRange", message), XML, headers)
            return
        start, end = byte_range or (0, upload.size - 1)
        headers = {
            "Accept-Ranges": "bytes",
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(record.name)}",
            "Content-Length": str(end - start + 1),
        }
        if byte_range is not None:
            headers["Content-Range"] = f"bytes {start}-{end}/{upload.size}"
        status = 206 if byte_range is not None else 200
        self.mark_answered(status)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command == "HEAD" or end < start:
            return
        self._send_bytes(upload, start, end)

    def _send_bytes(self, upload: Upload, start: int, end: int) -> None:
        """Stream ``start..end`` from the part files with sendfile; a :meth:`Faults.cut_download` fault stops
        after its byte count and resets the connection."""
        budget = self.context.faults.take_download_cut()
        drip = self.context.faults.take_download_drip()
        if drip is not None:
            self._drip_bytes(upload, start, end, *drip)
            return
        for path, offset, count in self.context.state.store.segments(upload, start, end):
            if budget is not None:
                count = min(count, budget)
                budget -= count
            with path.open("rb") as part_file:
                while count > 0:
                    sent = self.connection.sendfile(part_file, offset, count)
                    if not sent:
                        raise OSError(f"{path} is shorter than its part")
                    offset += sent
                    count -= sent
            if budget == 0:
                self.reset_connection()

    def _drip_bytes(self, upload: Upload, start: int, end: int, chunk_bytes: int, interval: float) -> None:
        """Send ``start..end`` ``chunk_bytes`` at a time, ``interval`` seconds apart (until the emulator stops)."""
        for path, offset, count in self.context.state.store.segments(upload, start, end):
            with path.open("rb") as part_file:
                part_file.seek(offset)
                while count > 0 and not self.context.stopping.is_set():
                    chunk = part_file.read(min(chunk_bytes, count))
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    count -= len(chunk)
                    self.wait(interval)
