"""Send one part to the upload service, whatever it answers (``file_uploader.md``).

- ``COMPLETE`` parts are never sent again.
- A failure that may be temporary (connection reset, time-out, 429, 5xx) is retried with backoff, but only
  after asking the service about the part: a 504 may come after the part was stored.
- A locked part (``locked: true`` or a 409) is waited for; if it stays locked longer than the lock timeout
  (a client died in the middle of it), it is reset with ``DELETE`` and sent again.
- 404 means the service no longer knows the upload: the caller starts the file afresh.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from figshare.errors import BadRequestError, ConflictError, FigshareError, NotFoundError
from figshare.files._deadline import TransferLimits
from figshare.files._effects import GetPart, PutPart, ResetPart, Sleep, Steps, perform
from figshare.files._errors import TRANSIENT_ERRORS, LocalFileChangedError, PartUploadError
from figshare.files._progress import FileProgress
from figshare.files._records import UploadPart
from figshare.files._state import UploadState

MAX_LOCK_POLL = 30.0


class UploadGone(Exception):
    """The upload service does not know the upload any more (404), or it was aborted."""


@dataclasses.dataclass(frozen=True)
class PartPolicy:
    """How one part is sent: ``max_attempts``, ``lock_timeout`` and ``limits`` as the `Uploader` options."""

    max_attempts: int
    lock_timeout: float
    limits: TransferLimits
    lock_poll: float = 1.0
    """The first interval between looks at a locked part; it doubles up to 30 s."""


@dataclasses.dataclass(frozen=True)
class PartJob:
    """What every part of one file shares (``state`` gives its upload URL and what errors name)."""

    state: UploadState
    path: Path
    progress: FileProgress
    policy: PartPolicy
    clock: Callable[[], float]
    backoff: Callable[[int], float]

    @property
    def upload_url(self) -> str:
        return self.state.upload_url

    def failure(self, message: str, part: UploadPart) -> PartUploadError:
        return PartUploadError(message, part_no=part.number, **self.state.where())


def upload_part(job: PartJob, part: UploadPart) -> Steps[None]:
    """Get ``part`` stored by the service (or raise PartUploadError, UploadGone, LocalFileChangedError)."""
    failures = conflicts = 0
    while not part.complete:
        if part.locked:
            part = yield from _wait_for_lock(job, part)
            continue
        try:
            yield from perform(PutPart(job.upload_url, part, job.path, job.progress, job.policy.limits))
            return
        except ConflictError as conflict:
            conflicts += 1
            if conflicts > job.policy.max_attempts:
                raise job.failure(f"part {part.number} was refused as locked {conflicts} times", part) from conflict
            part = yield from _look(job, dataclasses.replace(part, locked=True))
            if part.locked or part.complete:
                continue
            error: FigshareError | None = None  # a 409 on a part that is not locked: retry after a pause
        except NotFoundError as gone:
            raise UploadGone(f"the upload service does not know part {part.number}") from gone
        except BadRequestError as refused:
            raise job.failure(f"the upload service refused part {part.number} (400): {refused}", part) from refused
        except TRANSIENT_ERRORS as failed:
            if isinstance(shrunk := failed.__cause__, EOFError):  # the core reports the part body's EOFError
                raise LocalFileChangedError(
                    f"{job.path} changed while it was being uploaded: {shrunk}", **job.state.where()
                ) from shrunk
            error = failed
        failures += 1
        if failures >= job.policy.max_attempts:
            raise job.failure(f"part {part.number} failed {failures} times; last error: {error}", part) from error
        yield from perform(Sleep(job.backoff(failures - 1)))
        part = yield from _look(job, part)


def _look(job: PartJob, part: UploadPart) -> Steps[UploadPart]:
    """The service's view of the part; the given one if the service cannot be asked right now."""
    try:
        return (yield from perform(GetPart(job.upload_url, part.number)))
    except NotFoundError as gone:
        raise UploadGone(f"the upload service does not know part {part.number}") from gone
    except TRANSIENT_ERRORS:
        return part


def _wait_for_lock(job: PartJob, part: UploadPart) -> Steps[UploadPart]:
    """Wait until the part is unlocked or stored; after the lock timeout, reset it with DELETE."""
    deadline = job.clock() + job.policy.lock_timeout
    interval = job.policy.lock_poll
    while (remaining := deadline - job.clock()) > 0:
        yield from perform(Sleep(min(interval, remaining)))
        interval = min(interval * 2, MAX_LOCK_POLL)
        part = yield from _look(job, part)
        if part.complete or not part.locked:
            return part
    return (yield from _reset(job, part))


def _reset(job: PartJob, part: UploadPart) -> Steps[UploadPart]:
    attempts = 0
    while True:
        try:
            yield from perform(ResetPart(job.upload_url, part.number))
            return dataclasses.replace(part, locked=False, complete=False)
        except NotFoundError as gone:
            raise UploadGone(f"the upload service does not know part {part.number}") from gone
        except (ConflictError, *TRANSIENT_ERRORS) as failed:
            attempts += 1
            if attempts >= job.policy.max_attempts:
                raise job.failure(
                    f"part {part.number} stayed locked for {job.policy.lock_timeout:g} s and could not be reset "
                    f"({attempts} attempts; last error: {failed})",
                    part,
                ) from failed
            yield from perform(Sleep(job.backoff(attempts - 1)))
