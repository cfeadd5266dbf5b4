"""RateLimiter: slots spaced by the interval, one limiter shared by threads and asyncio tasks."""

from __future__ import annotations

import asyncio
import threading

import pytest

from figshare._ratelimit import RateLimiter
from tests.core.core_fakes import FakeClock, SleepRecorder


def test_first_call_is_free_then_calls_are_spaced(clock: FakeClock) -> None:
    sleeps = SleepRecorder(clock)
    limiter = RateLimiter(1.0, clock=clock, sleep=sleeps)
    for _ in range(4):
        limiter.acquire()
    assert sleeps.delays == [1.0, 1.0, 1.0]
    assert clock.now == 3.0


def test_no_wait_when_enough_time_has_passed(clock: FakeClock) -> None:
    sleeps = SleepRecorder()
    limiter = RateLimiter(1.0, clock=clock, sleep=sleeps)
    limiter.acquire()
    clock.advance(5.0)
    limiter.acquire()
    clock.advance(0.25)
    limiter.acquire()
    assert sleeps.delays == [0.75]


@pytest.mark.parametrize("interval", [None, 0, 0.0])
def test_off(interval: float | None, clock: FakeClock) -> None:
    sleeps = SleepRecorder()
    limiter = RateLimiter(interval, clock=clock, sleep=sleeps)
    for _ in range(10):
        limiter.acquire()
    assert sleeps.delays == []
    assert limiter.min_interval == 0.0


def test_negative_interval_is_refused() -> None:
    with pytest.raises(ValueError):
        RateLimiter(-1)


def test_shared_by_threads_and_asyncio_tasks_at_once(clock: FakeClock) -> None:
    # The clock stands still, so every caller must get its own slot: 0, 1, 2, ... seconds from now.
    sleeps = SleepRecorder()
    limiter = RateLimiter(1.0, clock=clock, sleep=sleeps, async_sleep=sleeps.asleep)
    threads_count, tasks_count, calls_each = 6, 6, 5
    start = threading.Barrier(threads_count + 1)

    def thread_worker() -> None:
        start.wait()
        for _ in range(calls_each):
            limiter.acquire()

    async def task_worker() -> None:
        for _ in range(calls_each):
            await limiter.aacquire()
            await asyncio.sleep(0)  # let other tasks interleave

    async def run_tasks() -> None:
        start.wait()
        await asyncio.gather(*(task_worker() for _ in range(tasks_count)))

    threads = [threading.Thread(target=thread_worker) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    asyncio.run(run_tasks())
    for thread in threads:
        thread.join()

    total = (threads_count + tasks_count) * calls_each
    assert sorted(sleeps.delays) == [float(n) for n in range(1, total)]  # the call at slot 0 never sleeps


async def test_aacquire_does_not_block_the_event_loop(clock: FakeClock) -> None:
    sleeps = SleepRecorder(clock)
    limiter = RateLimiter(2.0, clock=clock, async_sleep=sleeps.asleep)
    await limiter.aacquire()
    await limiter.aacquire()
    assert sleeps.delays == [2.0]


def test_repr() -> None:
    assert repr(RateLimiter(0.5)) == "RateLimiter(min_interval=0.5)"
