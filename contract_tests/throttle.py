"""Live safety: a throttle below the documented rate limit, and waiting out a 429.

One `Throttle` paces every request of a run (hand-written scenario requests, the engine's
generated cases and the probes checks send, through schemathesis' `before_call` hook).
A 429 is never an API failure: the suite waits `Retry-After` seconds and sends again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import schemathesis

# How long a run keeps waiting out 429s for one request before it gives up (inconclusive).
MAX_WAIT_SECONDS = 120.0
# Used when a 429 carries no usable Retry-After (the checks report that separately).
FALLBACK_WAIT_SECONDS = 1.0


class Throttle:
    """One request per `interval` seconds at most (0: no limit)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._next = 0.0
        self._lock = threading.Lock()
        self.waited_seconds = 0.0
        self.rate_limited = 0

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)

    def wait_out(self, retry_after: str | None) -> float:
        """Sleep as a 429 asks; returns the seconds slept."""
        seconds = retry_after_seconds(retry_after)
        self.rate_limited += 1
        self.waited_seconds += seconds
        time.sleep(seconds)
        return seconds


def retry_after_seconds(value: str | None) -> float:
    if value is not None and value.strip().isdigit():
        return min(float(value.strip()), MAX_WAIT_SECONDS)
    return FALLBACK_WAIT_SECONDS


class RateLimitedTooLong(Exception):
    """The target kept answering 429 longer than MAX_WAIT_SECONDS: the result is inconclusive."""


_active: Throttle | None = None


@contextmanager
def active(throttle: Throttle) -> Iterator[Throttle]:
    """Pace every request schemathesis sends during the block with `throttle`."""
    global _active
    previous, _active = _active, throttle
    try:
        yield throttle
    finally:
        _active = previous


def current() -> Throttle | None:
    return _active


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    throttle = _active
    if throttle is not None:
        throttle.wait()
