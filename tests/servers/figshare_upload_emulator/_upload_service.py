"""The upload service host (``https://fup-....figshare.com/upload/<token>``), as in file_uploader.md.

Error responses have empty bodies. A part PUT must carry exactly the part's bytes; it is written to disk as
it arrives and stored only when complete.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

from tests.servers.figshare_upload_emulator._server import ClientDisconnected, EmulatorHandler
from tests.servers.figshare_upload_emulator._state import PutTicket

JSON = "application/json"
TEXT = "text/plain; charset=utf-8"


class UploadServiceHandler(EmulatorHandler):
    routes: ClassVar[list[tuple[str, str, str]]] = [
        ("GET", r"/upload/([^/]+)", "show_upload"),
        ("POST", r"/upload/([^/]+)", "complete_upload"),
        ("GET", r"/upload/([^/]+)/(\d+)", "show_part"),
        ("PUT", r"/upload/([^/]+)/(\d+)", "put_part"),
        ("DELETE", r"/upload/([^/]+)/(\d+)", "reset_part"),
    ]

    def _dispatch(self) -> None:
        parts = self.url_path.split("/")
        if len(parts) >= 3 and parts[1] == "upload":
            self.record.upload_token = parts[2]
        if len(parts) == 4 and parts[3].isdigit():
            self.record.part_no = int(parts[3])
        super()._dispatch()

    def show_upload(self, token: str) -> None:
        state = self.context.state
        upload = state.upload(token)
        if upload is None:
            self.respond(404)
            return
        self.respond(200, json.dumps(state.render_upload(upload)).encode(), JSON)

    def show_part(self, token: str, part_no: str) -> None:
        state = self.context.state
        upload = state.upload(token)
        part = upload.part(int(part_no)) if upload is not None else None
        if upload is None or part is None:
            self.respond(404)
            return
        with state.lock:
            rendered = state.render_part(upload, part)
        self.respond(200, json.dumps(rendered).encode(), JSON)

    def reset_part(self, token: str, part_no: str) -> None:
        self.drain_body()
        self.respond(self.context.state.reset_part(token, int(part_no)))

    def complete_upload(self, token: str) -> None:
        self.drain_body()
        self.respond(self.context.state.complete_upload(token))

    def put_part(self, token: str, part_no: str) -> None:
        state = self.context.state
        ticket = state.begin_put(token, int(part_no))
        if isinstance(ticket, int):
            self.drain_body()
            self.respond(ticket)
            return
        incoming = state.store.incoming_path(token, ticket.part.number)
        try:
            answer = self._write_part(ticket, incoming)
        finally:
            state.store.discard(incoming)
            state.end_put(ticket)
        if answer is None:
            self.reset_connection()
        status, body = answer
        if ticket.plan.drip_answer:
            self._drip_answer(status, body, ticket.plan.drip_answer)
            return
        self.respond(status, body, TEXT if body else None)

    def _drip_answer(self, status: int, body: bytes, interval: float) -> None:
        """The answer one byte at a time, ``interval`` seconds apart (until the emulator stops)."""
        self.mark_answered(status)
        raw = f"HTTP/1.1 {status} OK\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
        for index in range(len(raw)):
            if self.context.stopping.is_set():
                break
            self.wfile.write(raw[index : index + 1])
            self.wfile.flush()
            self.wait(interval)
        self.close_connection = True

    def _write_part(self, ticket: PutTicket, incoming: Path) -> tuple[int, bytes] | None:
        """Receive and store the part. Returns the answer (status, body), or None to reset the connection;
        the caller acts on it once the part is unlocked, so a client never sees its own stale lock."""
        plan, part = ticket.plan, ticket.part
        if plan.gate is not None:
            plan.gate.pass_through()
        if plan.status_before_storing is not None:
            self.drain_body()
            return plan.status_before_storing, b""
        stop_after = None
        if plan.reset:
            stop_after = part.length // 2 if plan.reset_after_bytes is None else plan.reset_after_bytes
        received = 0
        try:
            with incoming.open("wb") as target:
                for chunk in self.body_chunks(stop_after=stop_after):
                    room = part.length - received
                    if room > 0:
                        target.write(chunk[:room])
                    received += len(chunk)
        except ClientDisconnected:
            if self.context.faults.keep_lock_on_disconnect:
                self.context.faults.mark_stuck(ticket.upload.token, part.number)
            raise
        if plan.reset:
            return None
        if received != part.length:
            if received < part.length:
                self.wait(self.context.faults.short_body_hang_seconds)
            return 400, b""
        if plan.delay:
            self.wait(plan.delay)
        if not self.context.state.store_part(ticket, incoming):
            return 404, b""
        if plan.status_after_storing is not None:
            return plan.status_after_storing, b""
        return 200, b"OK"
