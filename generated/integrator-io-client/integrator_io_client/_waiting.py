# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Waiting for a final status: read, and read again every `poll_interval` seconds.

Each read is an ordinary call (retries and the rate limiter apply). The first read happens
at once; the wait ends with the first answer whose status is final, or with
WaitTimeoutError (carrying the last answer) when `timeout` seconds have passed.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Awaitable, Callable, Collection
from typing import TypeVar

from .errors import WaitTimeoutError

M = TypeVar("M")


def status_text(status: object) -> str:
    return str(status.value) if isinstance(status, enum.Enum) else str(status)


def _check(timeout: float, poll_interval: float) -> None:
    if timeout < 0:
        raise ValueError("timeout must be >= 0 seconds")
    if poll_interval <= 0:
        raise ValueError("poll_interval must be > 0 seconds")


def wait_until_done(
    read: Callable[[], M],
    *,
    status_of: Callable[[M], object],
    done: Collection[str],
    timeout: float,
    poll_interval: float,
    what: str,
    id: str,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
) -> M:
    _check(timeout, poll_interval)
    deadline = clock() + timeout
    while True:
        current = read()
        status = status_text(status_of(current))
        if status in done:
            return current
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeoutError(what, id, status, timeout, current)
        sleep(min(poll_interval, remaining))


async def async_wait_until_done(
    read: Callable[[], Awaitable[M]],
    *,
    status_of: Callable[[M], object],
    done: Collection[str],
    timeout: float,
    poll_interval: float,
    what: str,
    id: str,
    clock: Callable[[], float] = time.monotonic,
) -> M:
    _check(timeout, poll_interval)
    deadline = clock() + timeout
    while True:
        current = await read()
        status = status_text(status_of(current))
        if status in done:
            return current
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeoutError(what, id, status, timeout, current)
        await asyncio.sleep(min(poll_interval, remaining))
