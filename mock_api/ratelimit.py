"""Per-token leaky bucket: 100 requests of room, draining at 30 per second."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

CAPACITY = 100.0
LEAK_PER_SECOND = 30.0


class LeakyBucket:
    def __init__(
        self,
        capacity: float = CAPACITY,
        leak_per_second: float = LEAK_PER_SECOND,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = capacity
        self.leak_per_second = leak_per_second
        self._clock = clock
        self._levels: dict[str, tuple[float, float]] = {}

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
