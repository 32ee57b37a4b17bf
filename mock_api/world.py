"""What every handler shares besides the request: the store, the clock, the spec's facts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from mock_api.documents import stamp
from mock_api.engine.shape import Shape
from mock_api.signing import Signer
from mock_api.storage import Store

Clock = Callable[[], float]

# How long a flow job runs once it starts, unless create_app / --job-seconds say otherwise.
DEFAULT_JOB_SECONDS = 2.0


@dataclass(slots=True)
class World:
    store: Store
    shapes: Mapping[str, Shape]
    signer: Signer
    # Epoch seconds; tests pass their own to drive jobs without sleeping.
    clock: Clock
    job_seconds: float = DEFAULT_JOB_SECONDS
    # Job `createdAt`s (epoch ms) are unique, so that `createdAt_lte` paging serves each
    # job once: the next one is at least one millisecond after the last.
    _last_job_ms: int = field(default=0)

    def now(self) -> str:
        return stamp(self.clock())

    def job_time(self) -> int:
        millis = max(int(self.clock() * 1000), self._last_job_ms + 1)
        self._last_job_ms = millis
        return millis

    def seen_job_time(self, millis: int) -> None:
        self._last_job_ms = max(self._last_job_ms, millis)
