"""Per-account leaky bucket. The figures are the spec's `x-rate-limit` (the vendor's current
1,000 deep, refilled at 300 per second) unless another is chosen (`--rate-limit 100/30`)."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_FIGURE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True, slots=True)
class RateLimit:
    bucket: float  # requests of room
    per_second: float  # refill (leak) rate

    @classmethod
    def parse(cls, text: str) -> RateLimit:
        """`BUCKET/PER_SECOND`, e.g. `100/30`; both positive."""
        found = _FIGURE.match(text)
        if found is None:
            raise ValueError(f"a rate limit is BUCKET/PER_SECOND, e.g. 100/30; got {text!r}")
        bucket, per_second = float(found[1]), float(found[2])
        if bucket < 1 or per_second <= 0:
            raise ValueError(
                f"a rate limit needs a bucket of at least 1 and a positive refill; got {text!r}"
            )
        return cls(bucket, per_second)

    @classmethod
    def documented(cls, document: dict[str, Any]) -> RateLimit:
        """The spec's `x-rate-limit` (bucketSize, refillPerSecond)."""
        figure = document.get("x-rate-limit")
        if not isinstance(figure, dict):
            raise ValueError("the spec has no x-rate-limit to take the default rate limit from")
        try:
            return cls(float(figure["bucketSize"]), float(figure["refillPerSecond"]))
        except (KeyError, TypeError, ValueError):
            raise ValueError(
                f"x-rate-limit needs bucketSize and refillPerSecond: {figure!r}"
            ) from None

    def __str__(self) -> str:
        return f"{self.bucket:g}/{self.per_second:g}"


DOCUMENTED = RateLimit(1000.0, 300.0)


class LeakyBucket:
    def __init__(
        self,
        capacity: float = DOCUMENTED.bucket,
        leak_per_second: float = DOCUMENTED.per_second,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = capacity
        self.leak_per_second = leak_per_second
        self._clock = clock
        self._levels: dict[str, tuple[float, float]] = {}

    @classmethod
    def of(cls, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> LeakyBucket:
        return cls(limit.bucket, limit.per_second, clock)

    def admit(self, key: str) -> int:
        """Count one request for `key`: 0 if admitted, else whole seconds to wait (>= 1)."""
        now = self._clock()
        level, since = self._levels.get(key, (0.0, now))
        level = max(0.0, level - (now - since) * self.leak_per_second)
        if level + 1.0 > self.capacity:
            self._levels[key] = (level, now)
            wait = (level + 1.0 - self.capacity) / self.leak_per_second
            return max(1, math.ceil(wait))
        self._levels[key] = (level + 1.0, now)
        return 0
