"""The client-side leaky bucket against servers that enforce the documented one."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from integrator_io_client import AsyncIntegratorClient, IntegratorClient, RateLimit, RateLimitError
from integrator_io_client._limiter import LeakyBucket
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "limiter-test-token"


class EnforcingServer:
    """A leaky bucket written independently of the client's: `capacity` requests of room,
    draining at `per_second`; an overflowing request gets 429 and is not counted."""

    def __init__(self, capacity: float, per_second: float) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self.level = 0.0
        self.since = time.monotonic()
        self.statuses: Counter[int] = Counter()
        self.lock = threading.Lock()
        self.app = Starlette(routes=[Route("/v1/tokenInfo", self.endpoint)])

    def reset(self) -> None:
        with self.lock:
            self.level, self.since = 0.0, time.monotonic()
            self.statuses.clear()

    async def endpoint(self, request: Request) -> Response:
        with self.lock:
            now = time.monotonic()
            self.level = max(0.0, self.level - (now - self.since) * self.per_second)
            self.since = now
            if self.level + 1.0 > self.capacity:
                self.statuses[429] += 1
                return JSONResponse(
                    {"errors": [{"code": "too_many_requests", "message": "slow down"}]},
                    status_code=429,
                    headers={"Retry-After": "1"},
                )
            self.level += 1.0
            self.statuses[200] += 1
        return JSONResponse({"_userId": "u" * 24, "scope": "*"})


@pytest.fixture(scope="module")
def documented(serve_app) -> Iterator[tuple[EnforcingServer, str]]:  # type: ignore[no-untyped-def]
    server = EnforcingServer(capacity=100, per_second=30)
    with serve_app(server.app) as url:
        yield server, url


@pytest.fixture(scope="module")
def small(serve_app) -> Iterator[tuple[EnforcingServer, str]]:  # type: ignore[no-untyped-def]
    server = EnforcingServer(capacity=10, per_second=20)
    with serve_app(server.app) as url:
        yield server, url


def test_bucket_admits_a_burst_then_spaces_requests() -> None:
    now = [0.0]
    bucket = LeakyBucket(RateLimit(capacity=10, per_second=5, headroom=2), clock=lambda: now[0])
    waits = [bucket.reserve() for _ in range(12)]
    assert waits[:8] == [0.0] * 8
    assert waits[8:] == pytest.approx([0.2, 0.4, 0.6, 0.8])
    now[0] = 10.0  # long idle: the bucket has drained
    assert bucket.reserve() == 0.0
    bucket.hold(1.5)
    assert bucket.reserve() == pytest.approx(1.5)


def test_default_headroom_is_five_percent() -> None:
    assert RateLimit().headroom == 5 and RateLimit().burst == 95
    assert RateLimit(capacity=10).headroom == 1
    assert RateLimit(capacity=1).headroom == 0


def test_rate_limit_validates_its_numbers() -> None:
    for bad in ({"capacity": 0}, {"per_second": 0}, {"capacity": 5, "headroom": 5}):
        with pytest.raises(ValueError):
            RateLimit(**bad)  # type: ignore[arg-type]


def test_burst_of_500_threads_gets_no_429(documented: tuple[EnforcingServer, str]) -> None:
    """The documented budget at full size: 100 at once, then 30/s (about 13 s)."""
    server, url = documented
    server.reset()
    started = time.monotonic()
    with (
        IntegratorClient(TOKEN, base_url=url, max_retries=0) as client,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        results = list(pool.map(lambda _: client.token_info().scope, range(500)))
    elapsed = time.monotonic() - started
    assert results == ["*"] * 500
    assert server.statuses == Counter({200: 500})
    # The limiter really paced the calls: (500 - 100) / 30 s at the very least.
    assert elapsed >= (500 - 100) / 30


def test_async_tasks_share_one_bucket(small: tuple[EnforcingServer, str]) -> None:
    server, url = small
    server.reset()

    async def burst() -> list[str]:
        # Three requests of headroom absorb 150 ms of scheduling delay on a busy machine.
        limit = RateLimit(capacity=10, per_second=20, headroom=3)
        async with AsyncIntegratorClient(
            TOKEN, base_url=url, max_retries=0, rate_limit=limit
        ) as client:
            infos = await asyncio.gather(*(client.token_info() for _ in range(40)))
            return [i.scope for i in infos]

    assert asyncio.run(burst()) == ["*"] * 40
    assert server.statuses == Counter({200: 40})


def test_without_the_limiter_the_server_says_429(small: tuple[EnforcingServer, str]) -> None:
    server, url = small
    server.reset()
    with (
        IntegratorClient(TOKEN, base_url=url, max_retries=0, rate_limit=False) as client,
        ThreadPoolExecutor(max_workers=4) as pool,
    ):
        outcomes = list(pool.map(lambda _: _call(client), range(30)))
    assert "429" in outcomes
    assert server.statuses[429] > 0


def test_retry_after_a_429_succeeds(small: tuple[EnforcingServer, str]) -> None:
    server, url = small
    server.reset()
    with (
        IntegratorClient(TOKEN, base_url=url, max_retries=3, rate_limit=False) as client,
        ThreadPoolExecutor(max_workers=4) as pool,
    ):
        outcomes = list(pool.map(lambda _: _call(client), range(15)))
    assert outcomes == ["ok"] * 15
    assert server.statuses[429] > 0  # some were refused, and then retried


def test_real_mock_burst_gets_no_429(limited_mock_url: str, token: str) -> None:
    with (
        IntegratorClient(token, base_url=limited_mock_url, max_retries=0) as client,
        ThreadPoolExecutor(max_workers=4) as pool,
    ):
        outcomes = list(pool.map(lambda _: _call(client), range(130)))
    assert outcomes == ["ok"] * 130


def _call(client: IntegratorClient) -> str:
    try:
        client.token_info()
    except RateLimitError:
        return "429"
    return "ok"
