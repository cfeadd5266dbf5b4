"""Where a list harvest stands, what to ask next, and how to go on when a resumption token is refused.

``ListCursor`` holds no I/O: the clients ask it for the next request's arguments, tell it about each item and
page, and hand it a refused token; the checkpointed harvest saves it (``to_json``) after every page. After a
refused token the list is asked for again from the last datestamp seen (``from`` for ascending lists, ``until``
for descending ones), skipping the records already delivered at that datestamp; for a list in mixed order
that could lose records, so the error is raised instead.
"""

from __future__ import annotations

from collections import deque
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any, Literal

from figshare.oai._datestamp import SECOND_GRANULARITY, Granularity, format_datestamp, parse_datestamp
from figshare.oai._errors import BadResumptionTokenError, RepeatedResumptionTokenError
from figshare.oai._models import Header, OAISet, Record, ResumptionToken

Order = Literal["unknown", "ascending", "descending", "mixed"]

TOKEN_MEMORY = 256
"""How many recent tokens the repeated-token guard remembers."""
_SAVED_TOKENS = 16


@dataclass(frozen=True)
class ListQuery:
    """The arguments of a list request, already formatted.

    Attributes:
        verb: ``ListRecords``, ``ListIdentifiers`` or ``ListSets``.
        metadata_prefix: the metadata format (None for ListSets).
        from_: the earliest datestamp as sent (written at the repository's granularity), or None; ``until``
            the latest, likewise.
        set_spec: the set to harvest from, or None for the whole repository.
    """

    verb: str
    metadata_prefix: str | None = None
    from_: str | None = None
    until: str | None = None
    set_spec: str | None = None

    def params(self) -> dict[str, str]:
        """The query string arguments of the first request."""
        arguments = {argument: getattr(self, name) for name, argument, _key in _QUERY_FIELDS}
        return {"verb": self.verb} | {argument: value for argument, value in arguments.items() if value is not None}

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {"verb": self.verb} | {key: getattr(self, name) for name, _argument, key in _QUERY_FIELDS}

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> ListQuery:
        """The query saved by ``to_json``."""
        return cls(document["verb"], **{name: document.get(key) for name, _argument, key in _QUERY_FIELDS})


_QUERY_FIELDS = (
    ("metadata_prefix", "metadataPrefix", "metadata_prefix"),
    ("from_", "from", "from"),
    ("until", "until", "until"),
    ("set_spec", "set", "set"),
)
"""The optional fields of a ``ListQuery``: attribute, request argument, key in a checkpoint."""


class ListCursor:
    """The state of one list harvest across pages, restarts and runs."""

    def __init__(self, query: ListQuery) -> None:
        self.query = query
        self.request_query = query
        """The query of the current pass: ``query``, or after a refused token a narrower one."""
        self.token: ResumptionToken | None = None
        self.started = False
        self.finished = False
        self.pages = 0
        self.items = 0
        """Items delivered (skipped duplicates not counted)."""
        self.complete_list_size: int | None = None
        self.order: Order = "unknown"
        self.last_datestamp: datetime | None = None
        self._boundary_day: date | None = None
        self._boundary_ids: set[str] = set()
        self._skip: set[str] = set()
        self._seen_set_specs: set[str] = set()
        self._recent_tokens: deque[str] = deque(maxlen=TOKEN_MEMORY)
        self._items_since_restart = 0
        self._restarts = 0

    # -- what to ask -------------------------------------------------------------------------------------

    def next_params(self) -> dict[str, str]:
        """The arguments of the next request."""
        if self.token is not None:
            return {"verb": self.query.verb, "resumptionToken": self.token.value}
        return self.request_query.params()

    def would_follow(self, token: ResumptionToken, now: datetime) -> bool:
        """Whether ``token``, just read, will be the next request (it is new and has not expired)."""
        return token.value not in self._recent_tokens and (token.expiration_date is None or now < token.expiration_date)

    def token_expired(self, now: datetime) -> bool:
        """Whether the pending token has passed the expiration date the repository gave it."""
        token = self.token
        return token is not None and token.expiration_date is not None and now >= token.expiration_date

    # -- what arrived ------------------------------------------------------------------------------------

    def accept_header(self, identifier: str, datestamp: datetime) -> bool:
        """Record an item of ListRecords/ListIdentifiers; False when it was delivered before a restart."""
        if identifier in self._skip:
            self._skip.discard(identifier)
            return False
        self._observe(identifier, datestamp)
        self.items += 1
        self._items_since_restart += 1
        return True

    def accept(self, item: object) -> bool:
        """Record a delivered ``Header``, ``Record`` or ``OAISet``; False when it was delivered before a restart.

        Args:
            item: the item, as a list verb's page gave it.

        Returns:
            Whether to hand the item out (False for a duplicate after a refused token).
        """
        header = item.header if isinstance(item, Record) else item
        if isinstance(header, Header):
            return self.accept_header(header.identifier, header.datestamp)
        assert isinstance(item, OAISet)
        return self.accept_set(item.spec)

    def accept_set(self, spec: str) -> bool:
        """Record a ListSets item; False when it was delivered before a restart."""
        if spec in self._seen_set_specs:
            return False
        self._seen_set_specs.add(spec)
        self.items += 1
        self._items_since_restart += 1
        return True

    def page_done(self, token: ResumptionToken | None) -> None:
        """Record the end of a page and the token it carried (None: the list is complete).

        Raises ``RepeatedResumptionTokenError`` when the repository hands out a token it gave before.
        """
        self.started = True
        self.pages += 1
        if token is None:
            self.token = None
            self.finished = True
            return
        if token.value in self._recent_tokens:
            raise RepeatedResumptionTokenError(token.value)
        self._recent_tokens.append(token.value)
        if token.complete_list_size is not None:
            self.complete_list_size = token.complete_list_size
        self.token = token

    def no_records_match(self) -> None:
        """The repository answered noRecordsMatch: the (rest of the) list is empty."""
        self.started = True
        self.token = None
        self.finished = True

    # -- refused tokens ----------------------------------------------------------------------------------

    def restart(self, error: BadResumptionTokenError | None, granularity: Granularity) -> None:
        """Go on without the refused (or expired, when ``error`` is None) token.

        Raises ``error`` (or a ``BadResumptionTokenError``), with the reason added, when the harvest cannot
        continue without losing records.
        """
        reason = self._why_restart_is_impossible()
        if reason is not None:
            description = error.description if error is not None else "the resumption token expired"
            raise BadResumptionTokenError(
                "badResumptionToken",
                f"{description}; the harvest cannot go on: {reason}",
                url=error.url if error else None,
            )
        self._restarts += 1
        self._items_since_restart = 0
        self.token = None
        self._recent_tokens.clear()
        if self.query.verb == "ListSets" or self.last_datestamp is None:
            self.request_query = self.query
            return
        self._skip = set(self._boundary_ids)
        if self.order == "unknown":  # every record so far has the same datestamp: all are in the boundary
            self.request_query = self.query
        elif self.order == "ascending":
            self.request_query = replace(self.query, from_=format_datestamp(self.last_datestamp, granularity))
        else:
            self.request_query = replace(self.query, until=format_datestamp(self.last_datestamp, granularity))

    def _why_restart_is_impossible(self) -> str | None:
        if self._restarts and not self._items_since_restart:
            return "a new token was refused again before any new record arrived"
        if self.order == "mixed" and self.query.verb != "ListSets":
            return (
                "the repository did not list records in datestamp order, so continuing from a datestamp "
                "could lose records; start the harvest again"
            )
        return None

    def _observe(self, identifier: str, datestamp: datetime) -> None:
        last = self.last_datestamp
        if last is not None and datestamp != last and self.order != "mixed":
            step: Order = "ascending" if datestamp > last else "descending"
            if self.order == "unknown":
                self.order = step
            elif self.order != step:
                self.order = "mixed"
        self.last_datestamp = datestamp
        day = datestamp.date()
        if day != self._boundary_day:
            self._boundary_day = day
            self._boundary_ids = {identifier}
        else:
            self._boundary_ids.add(identifier)

    # -- saving ------------------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The whole state as a JSON-ready mapping."""
        token, last = self.token, self.last_datestamp
        document = {name.lstrip("_"): getattr(self, name) for name, _kind in _COUNTS_AND_FLAGS}
        document |= {name.lstrip("_"): sorted(getattr(self, name)) for name in _ID_SETS}
        return document | {
            "query": self.query.to_json(),
            "request_query": self.request_query.to_json(),
            "token": None if token is None else _token_json(token),
            "complete_list_size": self.complete_list_size,
            "order": self.order,
            "last_datestamp": None if last is None else last.isoformat(),
            "recent_tokens": list(self._recent_tokens)[-_SAVED_TOKENS:],
        }

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> ListCursor:
        """The cursor saved by ``to_json``."""
        cursor = cls(ListQuery.from_json(document["query"]))
        cursor.request_query = ListQuery.from_json(document["request_query"])
        for name, kind in _COUNTS_AND_FLAGS:
            setattr(cursor, name, kind(document[name.lstrip("_")]))
        for name in _ID_SETS:
            setattr(cursor, name, {str(value) for value in document[name.lstrip("_")]})
        token = document.get("token")
        cursor.token = None if token is None else _token_from_json(token)
        cursor.complete_list_size = document.get("complete_list_size")
        cursor.order = document["order"]
        last = document.get("last_datestamp")
        cursor.last_datestamp = None if last is None else datetime.fromisoformat(last)
        cursor._boundary_day = None if cursor.last_datestamp is None else cursor.last_datestamp.date()
        cursor._recent_tokens.extend(str(value) for value in document["recent_tokens"])
        return cursor


_COUNTS_AND_FLAGS: tuple[tuple[str, type[int] | type[bool]], ...] = (
    ("started", bool),
    ("finished", bool),
    ("pages", int),
    ("items", int),
    ("_items_since_restart", int),
    ("_restarts", int),
)
_ID_SETS = ("_boundary_ids", "_skip", "_seen_set_specs")
"""The attributes a checkpoint saves as they are (counts and flags) and as sorted lists (sets of ids)."""


def _token_json(token: ResumptionToken) -> dict[str, Any]:
    expiration = None if token.expiration_date is None else format_datestamp(token.expiration_date, SECOND_GRANULARITY)
    return asdict(token) | {"expiration_date": expiration}


def _token_from_json(document: dict[str, Any]) -> ResumptionToken:
    expiration = None if document.get("expiration_date") is None else parse_datestamp(document["expiration_date"])
    return ResumptionToken(**document | {"value": str(document["value"]), "expiration_date": expiration})
