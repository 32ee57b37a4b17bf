# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Client-side leaky bucket: keeps a client under the API's documented request budget.

The server drains a bucket of `capacity` requests at `per_second`; a request that would
overflow it gets 429. Mirroring the bucket here lets a burst of calls wait a few
milliseconds each instead of failing. The state is a single "theoretical arrival time"
(GCRA): the moment the bucket would be empty. One lock guards it, so all threads and asyncio
tasks of one client share one budget; a caller reserves a slot under the lock and sleeps
outside it.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ._constants import DOCUMENTED_RATE_LIMIT, ENV_RATE_LIMIT

OFF_WORDS = frozenset({"off", "false", "no", "none", "0"})


@dataclass(frozen=True)
class RateLimit:
    """The budget to stay under: a bucket of `capacity` requests draining at `per_second`.

    `headroom` requests of the bucket are left unused: the server's bucket only starts to
    drain when a request arrives, so when the first requests of a burst are delayed more
    than the later ones (a busy machine, a slow network path) the server's bucket is fuller
    than ours. Each request of headroom absorbs 1/per_second of such delay; the default,
    10% of the bucket, absorbs about 330 ms at 1,000 / 300 per second. It costs nothing in
    sustained throughput, only a slightly smaller first burst.
    """

    capacity: int
    per_second: float
    headroom: int | None = None

    @classmethod
    def documented(cls) -> RateLimit | None:
        """The API's documented budget (the spec's `x-rate-limit`), if it documents one."""
        if DOCUMENTED_RATE_LIMIT is None:
            return None
        capacity, per_second = DOCUMENTED_RATE_LIMIT
        return cls(capacity=capacity, per_second=per_second)

    @classmethod
    def parse(cls, text: str) -> RateLimit | None:
        """`"1000/300"` -> RateLimit(1000, 300.0); `"off"` -> None."""
        value = text.strip()
        if value.lower() in OFF_WORDS:
            return None
        capacity, slash, per_second = value.partition("/")
        try:
            if not slash:
                raise ValueError(value)
            return cls(capacity=int(capacity), per_second=float(per_second))
        except ValueError:
            raise ValueError(f"a rate limit is `off` or CAPACITY/PER_SECOND like `1000/300`, got {text!r}") from None

    def __post_init__(self) -> None:
        if self.capacity < 1 or self.per_second <= 0:
            raise ValueError("RateLimit needs capacity >= 1 and per_second > 0")
        if self.headroom is None:
            object.__setattr__(self, "headroom", min(max(1, self.capacity // 10), self.capacity - 1))
        if not 0 <= (self.headroom or 0) < self.capacity:
            raise ValueError("RateLimit.headroom must be between 0 and capacity - 1")

    @property
    def burst(self) -> int:
        """How many requests may go out at once from an idle client."""
        return self.capacity - (self.headroom or 0)


def resolve_rate_limit(rate_limit: RateLimit | bool) -> RateLimit | None:
    """What a client's `rate_limit=` means: a RateLimit as given, False for none, True for
    ${ENV_RATE_LIMIT} when it is set, else the documented budget."""
    if rate_limit is False:
        return None
    if rate_limit is True:
        from_env = os.environ.get(ENV_RATE_LIMIT, "").strip()
        if from_env:
            try:
                return RateLimit.parse(from_env)
            except ValueError as exc:
                raise ValueError(f"{ENV_RATE_LIMIT}: {exc}") from None
        return RateLimit.documented()
    if not isinstance(rate_limit, RateLimit):
        raise TypeError(f"rate_limit must be True, False or a RateLimit, not {type(rate_limit).__name__}")
    return rate_limit


class LeakyBucket:
    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._interval = 1.0 / limit.per_second
        # How far ahead of "empty" the bucket may be and still admit one more request.
        self._slack = (limit.burst - 1) * self._interval
        self._empty_at = clock()
        self._not_before = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take one slot; returns how many seconds the caller must wait before sending."""
        with self._lock:
            now = self._clock()
            send_at = max(now, self._not_before, self._empty_at - self._slack)
            self._empty_at = max(self._empty_at, send_at) + self._interval
            return send_at - now

    def hold(self, seconds: float) -> None:
        """The server said 429: treat its bucket as full and send nothing for `seconds`."""
        with self._lock:
            now = self._clock()
            self._not_before = max(self._not_before, now + seconds)
            self._empty_at = max(self._empty_at, now + self.limit.capacity * self._interval)

    def __repr__(self) -> str:
        return f"LeakyBucket(capacity={self.limit.capacity}, per_second={self.limit.per_second})"
