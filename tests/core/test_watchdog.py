"""The sync deadline's watchdog: alarms fire at their time unless disarmed first, whatever order they come in,
from any thread; a disarm never returns while its alarm is firing; a disarmed alarm is not kept."""

from __future__ import annotations

import threading
import time

from figshare._deadline import Watchdog


class Alarm:
    """Stands for an `AttemptDeadline`: records when the watchdog fired it."""

    def __init__(self, hold: threading.Event | None = None) -> None:
        self.fired_at: float | None = None
        self.firing = threading.Event()
        self.hold = hold

    def fire(self) -> None:
        self.firing.set()
        if self.hold is not None:
            self.hold.wait(5)
        self.fired_at = time.monotonic()


def _wait_until(condition: object, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.005)


def test_a_shorter_alarm_armed_after_a_longer_one_fires_on_time() -> None:
    dog = Watchdog()
    long, short = Alarm(), Alarm()
    now = time.monotonic()
    dog.arm(now + 60, long)  # type: ignore[arg-type]
    dog.arm(now + 0.2, short)  # type: ignore[arg-type]  # due before the thread planned to wake up
    _wait_until(lambda: short.fired_at is not None)
    assert short.fired_at is not None and short.fired_at < now + 0.2 + 3.0
    assert long.fired_at is None
    dog.disarm(long)  # type: ignore[arg-type]
    assert not dog._armed, "nothing left armed"


def test_alarms_of_one_deadline_in_order_fire_unless_disarmed() -> None:
    dog = Watchdog()
    alarms = [Alarm() for _ in range(200)]
    start = time.monotonic() + 0.3
    for number, alarm in enumerate(alarms):
        dog.arm(start + number * 0.001, alarm)  # type: ignore[arg-type]
    for alarm in alarms[::2]:
        dog.disarm(alarm)  # type: ignore[arg-type]
    _wait_until(lambda: all(alarm.fired_at is not None for alarm in alarms[1::2]))
    assert all(alarm.fired_at is not None for alarm in alarms[1::2])
    assert all(alarm.fired_at is None for alarm in alarms[::2])
    assert not dog._armed


def test_alarms_armed_and_disarmed_from_many_threads() -> None:
    dog = Watchdog()
    kept: list[Alarm] = []
    dropped: list[Alarm] = []
    lock = threading.Lock()

    def worker(offset: float) -> None:
        for number in range(300):
            alarm = Alarm()
            dog.arm(time.monotonic() + offset + (number % 7) * 0.01, alarm)  # type: ignore[arg-type]
            if number % 10:
                dog.disarm(alarm)  # type: ignore[arg-type]
                with lock:
                    dropped.append(alarm)
            else:
                with lock:
                    kept.append(alarm)

    threads = [threading.Thread(target=worker, args=(0.1 + 0.05 * n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    _wait_until(lambda: all(alarm.fired_at is not None for alarm in kept))
    assert all(alarm.fired_at is not None for alarm in kept)
    assert all(alarm.fired_at is None for alarm in dropped)
    assert not dog._armed


def test_disarm_waits_for_an_alarm_that_is_firing() -> None:
    dog = Watchdog()
    release = threading.Event()
    alarm = Alarm(hold=release)
    dog.arm(time.monotonic(), alarm)  # type: ignore[arg-type]
    assert alarm.firing.wait(5)
    done = threading.Event()
    disarming = threading.Thread(target=lambda: (dog.disarm(alarm), done.set()))  # type: ignore[arg-type]
    disarming.start()
    assert not done.wait(0.2), "disarm returned while the alarm was still firing"
    release.set()
    assert done.wait(5)
    assert alarm.fired_at is not None, "once disarm returns, the alarm has fired completely"
    disarming.join()


class _ArmsWhileScanning(Watchdog):
    """A watchdog whose thread, just after reading `_latest` during a scan, lets another thread arm an alarm
    (the interleaving a thread switch can make): the arm comes after the scan's copy of the armed alarms and
    after its read of `_latest`, but before the thread has said when it wakes up next."""

    def __init__(self, late: Alarm, due: float) -> None:
        self._late, self._due, self._done = late, due, False
        super().__init__()

    @property
    def _latest(self) -> float:
        value = self.__dict__["_latest"]
        if threading.current_thread().name == "figshare-deadline-watchdog" and not self._done:
            self._done = True
            other = threading.Thread(target=self.arm, args=(self._due, self._late))
            other.start()
            other.join(0.3)  # it may have to wait for the lock this thread holds: then it notifies after
        return value  # type: ignore[no-any-return]

    @_latest.setter
    def _latest(self, value: float) -> None:
        self.__dict__["_latest"] = value


def test_an_alarm_armed_while_the_thread_looks_at_the_alarms_is_not_missed() -> None:
    late = Alarm()
    first = Alarm()
    now = time.monotonic()
    dog = _ArmsWhileScanning(late, now + 0.3)
    # Due at once: the thread's first scan fires it and finds nothing else armed, then lets `late` be armed.
    dog.arm(now - 1, first)  # type: ignore[arg-type]
    _wait_until(lambda: late.fired_at is not None, seconds=3.0)
    assert first.fired_at is not None
    assert late.fired_at is not None, "an alarm armed during a scan was never fired"
