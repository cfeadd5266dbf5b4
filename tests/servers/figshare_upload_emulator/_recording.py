"""The request log: every request each emulated host received, with secrets redacted."""

from __future__ import annotations

import collections
import dataclasses
import hmac
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal, overload

ServerRole = Literal["api", "upload", "storage"]
AuthState = Literal["absent", "valid", "invalid"]
Outcome = Literal["in_progress", "answered", "reset_by_server", "client_disconnected", "server_error"]

AUTHORIZATION_SCHEME = "token"


def classify_credentials(authorization: str | None, access_token: str | None, expected: str) -> AuthState:
    """Whether a request carried Figshare credentials (``Authorization: token T`` or ``?access_token=T``)."""
    presented: list[str | None] = []
    if authorization is not None:
        scheme, _, credential = authorization.strip().partition(" ")
        presented.append(credential.strip() if scheme.lower() == AUTHORIZATION_SCHEME else None)
    if access_token is not None:
        presented.append(access_token)
    if not presented:
        return "absent"
    if all(value is not None and hmac.compare_digest(value.encode(), expected.encode()) for value in presented):
        return "valid"
    return "invalid"


def redaction_marker(state: AuthState) -> str:
    """What the log shows instead of a credential."""
    return f"<redacted: {state} token>"


@dataclasses.dataclass
class RecordedRequest:
    """One request as an emulated host saw it.

    ``headers`` has lower-case names; an ``authorization`` value is replaced by a marker such as
    ``<redacted: valid token>`` and an ``access_token`` query value likewise. ``body_length`` counts the body
    bytes the server actually read. ``status`` is None when no response was sent (see ``outcome``).
    """

    sequence: int
    server: ServerRole
    method: str
    path: str
    query: str
    headers: dict[str, str]
    authorization: AuthState
    body_length: int = 0
    status: int | None = None
    outcome: Outcome = "in_progress"
    upload_token: str | None = None
    part_no: int | None = None
    json_body: Any = None


class RequestLog(Sequence[RecordedRequest]):
    """Thread-safe, append-only list of :class:`RecordedRequest`, with a few queries tests need often."""

    def __init__(self) -> None:
        self._entries: list[RecordedRequest] = []
        self._changed = threading.Condition()

    def begin(self, **fields: Any) -> RecordedRequest:
        with self._changed:
            entry = RecordedRequest(sequence=len(self._entries) + 1, **fields)
            self._entries.append(entry)
            self._changed.notify_all()
            return entry

    def finish(self, entry: RecordedRequest) -> None:
        with self._changed:
            if entry.outcome == "in_progress":
                entry.outcome = "answered"
            self._changed.notify_all()

    def changed(self) -> None:
        """Wake :meth:`wait_for` callers after a recorded entry was updated in place."""
        with self._changed:
            self._changed.notify_all()

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[RecordedRequest]: ...

    def __getitem__(self, index: int | slice) -> RecordedRequest | Sequence[RecordedRequest]:
        with self._changed:
            return self._entries[index]

    def __len__(self) -> int:
        with self._changed:
            return len(self._entries)

    def __iter__(self) -> Iterator[RecordedRequest]:
        with self._changed:
            snapshot = list(self._entries)
        return iter(snapshot)

    def where(
        self,
        *,
        server: ServerRole | None = None,
        method: str | None = None,
        path_prefix: str | None = None,
        part_no: int | None = None,
        status: int | None = None,
    ) -> list[RecordedRequest]:
        """The recorded requests that match every given filter."""
        return [
            entry
            for entry in self
            if (server is None or entry.server == server)
            and (method is None or entry.method == method)
            and (path_prefix is None or entry.path.startswith(path_prefix))
            and (part_no is None or entry.part_no == part_no)
            and (status is None or entry.status == status)
        ]

    def stored_part_uploads(self) -> collections.Counter[tuple[str, int]]:
        """How many part PUTs were answered 200 (stored), per ``(upload_token, part_no)``."""
        return collections.Counter(
            (entry.upload_token, entry.part_no)
            for entry in self.where(server="upload", method="PUT", status=200)
            if entry.upload_token is not None and entry.part_no is not None
        )

    def wait_for(self, predicate: Callable[[RecordedRequest], bool], timeout: float = 10.0) -> RecordedRequest:
        """Block until a recorded request satisfies ``predicate``; raise TimeoutError after ``timeout`` s."""
        with self._changed:
            found: list[RecordedRequest] = []

            def matched() -> bool:
                found[:] = [entry for entry in self._entries if predicate(entry)][:1]
                return bool(found)

            if not self._changed.wait_for(matched, timeout=timeout):
                raise TimeoutError(f"no recorded request matched within {timeout} s")
            return found[0]

    def clear(self) -> None:
        with self._changed:
            self._entries.clear()
