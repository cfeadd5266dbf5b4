"""Fault injection: what a test asks the emulator to do wrong, and when.

Part faults are keyed by part number and apply to every upload; their ``attempt`` counts the PUT requests
that reached that part of that upload (1 = the first PUT, including PUTs answered 409).
"""

from __future__ import annotations

import dataclasses
import re
import threading

from tests.servers.figshare_upload_emulator._recording import ServerRole

DEFAULT_GATE_TIMEOUT = 10.0


class PartGate:
    """Holds one part PUT (with the part locked, before its body is read) until the test releases it."""

    def __init__(self) -> None:
        self._held = threading.Event()
        self._released = threading.Event()

    @property
    def held(self) -> bool:
        """True once a PUT is waiting at this gate."""
        return self._held.is_set()

    def wait_until_held(self, timeout: float = DEFAULT_GATE_TIMEOUT) -> None:
        """Block until a PUT reached the gate; raise TimeoutError after ``timeout`` seconds."""
        if not self._held.wait(timeout):
            raise TimeoutError(f"no PUT reached the gate within {timeout} s")

    def release(self) -> None:
        """Let the held PUT (and any later one) go on."""
        self._released.set()

    def pass_through(self) -> None:
        """Called by the server: announce the PUT and wait for :meth:`release`."""
        self._held.set()
        self._released.wait()


@dataclasses.dataclass(frozen=True)
class PutPlan:
    """Everything the faults say about one PUT attempt of one part."""

    gate: PartGate | None = None
    status_before_storing: int | None = None
    reset_after_bytes: int | None = None
    reset: bool = False
    delay: float = 0.0
    status_after_storing: int | None = None
    drip_answer: float = 0.0
    """Seconds between the bytes of the answer (0: sent at once)."""


@dataclasses.dataclass
class _PutFault:
    part_no: int
    attempt: int
    times: int | None
    plan: PutPlan

    def applies_to(self, part_no: int, attempt: int) -> bool:
        if part_no != self.part_no or attempt < self.attempt:
            return False
        return self.times is None or attempt < self.attempt + self.times


@dataclasses.dataclass
class _RequestFault:
    server: ServerRole
    method: str
    path: re.Pattern[str]
    status: int
    skip: int
    times: int | None
    body: bytes
    content_type: str | None


@dataclasses.dataclass(frozen=True)
class RequestFaultResponse:
    """The response a matching :meth:`Faults.fail_request` fault sends instead of the real one."""

    status: int
    body: bytes
    content_type: str | None


class Faults:
    """What goes wrong, configured per test. Every method may be called before or during an upload.

    Settings read at the time of each request:

    - ``processing_polls`` (0): after completion, this many reads of the file record show
      ``ic_checking`` / ``moving_to_final`` before ``available``.
    - ``computed_md5_after_polls`` (0): after completion, ``computed_md5`` stays ``""`` for this many reads
      of the file record; None means it never appears.
    - ``computed_md5_override`` (None): a value reported as ``computed_md5`` instead of the real md5.
    - ``keep_lock_on_disconnect`` (False): when a client vanishes in the middle of a part, the part stays
      locked (stuck) until a DELETE resets it, instead of being unlocked at once.
    - ``short_body_hang_seconds`` (0.0): a part PUT whose body is shorter than the part is answered 400
      with an empty body after this delay; set it above the client's timeout to see the documented time-out.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._put_faults: list[_PutFault] = []
        self._lock_attempts: dict[int, int] = {}
        self._lock_attempts_used: dict[tuple[str, int], int] = {}
        self._stuck_parts: dict[int, bool] = {}
        self._stuck_instances: dict[tuple[str, int], bool] = {}
        self._cleared_stuck: set[tuple[str, int]] = set()
        self._request_faults: list[_RequestFault] = []
        self._download_cuts: list[list[int]] = []
        self._download_drips: list[list[float]] = []
        self._gates: list[PartGate] = []
        self.processing_polls = 0
        self.computed_md5_after_polls: int | None = 0
        self.computed_md5_override: str | None = None
        self.keep_lock_on_disconnect = False
        self.short_body_hang_seconds = 0.0

    # ---- upload service: part PUTs ----

    def fail_part_put(
        self, part_no: int, status: int = 500, *, attempt: int = 1, times: int | None = 1, after_storing: bool = False
    ) -> None:
        """Answer ``status`` (empty body) to PUT attempts ``attempt`` .. ``attempt + times - 1`` of the part
        (``times=None``: every attempt from then on). The body is read and dropped, the part stays as it was;
        with ``after_storing=True`` the part is stored first (an ambiguous failure, like a gateway 504)."""
        plan = PutPlan(status_after_storing=status) if after_storing else PutPlan(status_before_storing=status)
        self._add_put_fault(part_no, attempt, times, plan)

    def reset_part_put(
        self, part_no: int, *, attempt: int = 1, times: int | None = 1, after_bytes: int | None = None
    ) -> None:
        """Read ``after_bytes`` of the body (default: half the part), then reset the TCP connection (RST)
        without answering. The part is not stored and is unlocked."""
        self._add_put_fault(part_no, attempt, times, PutPlan(reset=True, reset_after_bytes=after_bytes))

    def slow_part_put(self, part_no: int, seconds: float, *, attempt: int = 1, times: int | None = 1) -> None:
        """Keep the part locked for ``seconds`` after its body arrived, before storing it and answering."""
        self._add_put_fault(part_no, attempt, times, PutPlan(delay=seconds))

    def drip_part_answer(self, part_no: int, interval: float, *, attempt: int = 1, times: int | None = 1) -> None:
        """Store the part, then send the answer (status line, headers, body) one byte every ``interval``
        seconds: a server that never lets a client's read time out."""
        self._add_put_fault(part_no, attempt, times, PutPlan(drip_answer=interval))

    def hold_part_put(self, part_no: int, *, attempt: int = 1) -> PartGate:
        """Stop PUT attempt ``attempt`` of the part right after it locked the part, until the returned gate
        is released. Deterministic way to have a part locked by an upload in progress."""
        gate = PartGate()
        with self._lock:
            self._gates.append(gate)
        self._add_put_fault(part_no, attempt, 1, PutPlan(gate=gate))
        return gate

    def lock_part(self, part_no: int, *, attempts: int = 1) -> None:
        """The part shows ``locked: true`` and its next ``attempts`` write requests (PUT or DELETE) get 409
        with an empty body; then the lock goes away."""
        with self._lock:
            self._lock_attempts[part_no] = attempts

    def stick_part(self, part_no: int, *, reset_by_delete: bool = True) -> None:
        """The part stays locked: every PUT gets 409. With ``reset_by_delete`` a DELETE clears the stale lock
        and resets the part (200); otherwise DELETE gets 409 as well, for ever (a permanent fault)."""
        with self._lock:
            self._stuck_parts[part_no] = reset_by_delete

    # ---- any host ----

    def fail_request(
        self,
        server: ServerRole,
        method: str,
        path_pattern: str,
        status: int,
        *,
        skip: int = 0,
        times: int | None = 1,
        body: bytes = b"",
        content_type: str | None = None,
    ) -> None:
        """Answer ``status`` to requests whose path fully matches the regular expression ``path_pattern``
        (for example ``r"/v2/account/articles/\\d+/files/\\d+"``), after letting ``skip`` matching requests
        through, ``times`` times (None: for ever). The request body is read and dropped."""
        fault = _RequestFault(server, method.upper(), re.compile(path_pattern), status, skip, times, body, content_type)
        with self._lock:
            self._request_faults.append(fault)

    # ---- storage host ----

    def cut_download(self, after_bytes: int, *, times: int = 1) -> None:
        """The next ``times`` storage downloads announce their full length, send ``after_bytes`` bytes, then
        reset the connection."""
        with self._lock:
            self._download_cuts.append([after_bytes, times])

    def drip_download(self, chunk_bytes: int, interval: float, *, times: int | None = None) -> None:
        """The next ``times`` storage downloads (None: all) send their body ``chunk_bytes`` at a time, waiting
        ``interval`` seconds after each chunk (1 byte a second: a transfer that never times out by itself)."""
        with self._lock:
            self._download_drips.append([float(chunk_bytes), interval, float("inf") if times is None else times])

    # ---- used by the servers ----

    def _add_put_fault(self, part_no: int, attempt: int, times: int | None, plan: PutPlan) -> None:
        if attempt < 1 or (times is not None and times < 1):
            raise ValueError("attempt and times count from 1")
        with self._lock:
            self._put_faults.append(_PutFault(part_no, attempt, times, plan))

    def put_plan(self, part_no: int, attempt: int) -> PutPlan:
        """Merge the faults that apply to this attempt (of each kind, the one added first wins)."""
        with self._lock:
            plans = [fault.plan for fault in self._put_faults if fault.applies_to(part_no, attempt)]
        resets = [plan for plan in plans if plan.reset]
        return PutPlan(
            gate=next((plan.gate for plan in plans if plan.gate), None),
            status_before_storing=next(
                (plan.status_before_storing for plan in plans if plan.status_before_storing), None
            ),
            reset=bool(resets),
            reset_after_bytes=resets[0].reset_after_bytes if resets else None,
            delay=max((plan.delay for plan in plans), default=0.0),
            status_after_storing=next((plan.status_after_storing for plan in plans if plan.status_after_storing), None),
            drip_answer=max((plan.drip_answer for plan in plans), default=0.0),
        )

    def take_lock_conflict(self, token: str, part_no: int) -> bool:
        """True (and one attempt used up) while a :meth:`lock_part` lock is active on this part."""
        with self._lock:
            limit = self._lock_attempts.get(part_no, 0)
            used = self._lock_attempts_used.get((token, part_no), 0)
            if used >= limit:
                return False
            self._lock_attempts_used[(token, part_no)] = used + 1
            return True

    def reports_locked(self, token: str, part_no: int) -> bool:
        """Whether a lock or stuck fault makes the part show ``locked: true`` right now."""
        with self._lock:
            limit = self._lock_attempts.get(part_no, 0)
            lock_active = self._lock_attempts_used.get((token, part_no), 0) < limit
        return lock_active or self.is_stuck(token, part_no)

    def is_stuck(self, token: str, part_no: int) -> bool:
        with self._lock:
            key = (token, part_no)
            if key in self._cleared_stuck:
                return False
            return key in self._stuck_instances or part_no in self._stuck_parts

    def clear_stuck_by_delete(self, token: str, part_no: int) -> bool:
        """A DELETE on a stuck part: True if it clears the stale lock."""
        with self._lock:
            key = (token, part_no)
            reset_by_delete = self._stuck_instances.get(key, self._stuck_parts.get(part_no, True))
            if reset_by_delete:
                self._cleared_stuck.add(key)
            return reset_by_delete

    def mark_stuck(self, token: str, part_no: int) -> None:
        """Leave this part of this upload locked (its client vanished); a DELETE clears it."""
        with self._lock:
            self._cleared_stuck.discard((token, part_no))
            self._stuck_instances[(token, part_no)] = True

    def take_request_fault(self, server: ServerRole, method: str, path: str) -> RequestFaultResponse | None:
        with self._lock:
            for fault in self._request_faults:
                if fault.server != server or fault.method != method or not fault.path.fullmatch(path):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                if fault.times is not None:
                    if fault.times == 0:
                        continue
                    fault.times -= 1
                return RequestFaultResponse(fault.status, fault.body, fault.content_type)
        return None

    def take_download_cut(self) -> int | None:
        with self._lock:
            for cut in self._download_cuts:
                if cut[1] > 0:
                    cut[1] -= 1
                    return cut[0]
        return None

    def take_download_drip(self) -> tuple[int, float] | None:
        with self._lock:
            for drip in self._download_drips:
                if drip[2] > 0:
                    drip[2] -= 1
                    return int(drip[0]), drip[1]
        return None

    def release_gates(self) -> None:
        """Release every gate (the emulator does this when it stops)."""
        with self._lock:
            gates = list(self._gates)
        for gate in gates:
            gate.release()
