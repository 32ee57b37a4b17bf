"""Live safety: a throttle below the documented rate limit, and waiting out a 429.

One `Throttle` paces every request of a run over HTTP: the scenarios' own requests, and
everything schemathesis sends (generated cases, stateful steps and the probes checks send,
such as `ignored_auth`'s), which all go through its requests transport. A well-formed 429 is
never an API failure: the suite waits `Retry-After` seconds and sends again. A 429 without a
usable `Retry-After` is handed to the checks, which report it.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from schemathesis.transport.requests import RequestsTransport

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


def well_formed_retry_after(value: str | None) -> bool:
    """`Retry-After` as documented: whole seconds, at least 1."""
    return value is not None and value.strip().isdigit() and int(value) >= 1


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


def _paced(send: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(send)
    def paced_send(transport: Any, case: Any, **kwargs: Any) -> Any:
        throttle = _active
        if throttle is None:
            return send(transport, case, **kwargs)
        waited = 0.0
        while True:
            throttle.wait()
            response = send(transport, case, **kwargs)
            retry_after = _header(response, "retry-after")
            if response.status_code != 429 or not well_formed_retry_after(retry_after):
                return response
            if waited >= MAX_WAIT_SECONDS:
                return response
            waited += throttle.wait_out(retry_after)

    paced_send.__contract_paced__ = True  # type: ignore[attr-defined]
    return paced_send


def _header(response: Any, name: str) -> str | None:
    values = response.headers.get(name)
    if isinstance(values, list):
        return values[0] if values else None
    return values if isinstance(values, str) else None


# schemathesis waits out a 429 (its "auto" rate limit) only for a generated case, not for the
# probes its checks send, and cannot pace requests at the same time; so its requests
# transport is wrapped once, and does both while a throttle is active.
if not getattr(RequestsTransport.send, "__contract_paced__", False):
    RequestsTransport.send = _paced(RequestsTransport.send)  # type: ignore[method-assign]
