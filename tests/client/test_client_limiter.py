"""The client-side leaky bucket against servers that enforce the documented one."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from integrator_io_client import AsyncIntegratorClient, IntegratorClient, RateLimit, RateLimitError
from integrator_io_client._limiter import LeakyBucket
from loopback import free_port

TOKEN = "limiter-test-token"
ROOT = Path(__file__).resolve().parents[2]


# A leaky bucket written independently of the client's: `capacity` requests of room, draining
# at `per_second`; an overflowing request gets 429 and is not counted. It runs in its own
# process so that its clock readings do not wait for the client's threads to release the GIL.
SERVER = """
import json, sys, threading, time
from collections import Counter
import uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

capacity, per_second, port = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
state = {"level": 0.0, "since": time.monotonic()}
statuses = Counter()
lock = threading.Lock()

async def token_info(request):
    with lock:
        now = time.monotonic()
        state["level"] = max(0.0, state["level"] - (now - state["since"]) * per_second)
        state["since"] = now
        if state["level"] + 1.0 > capacity:
            statuses[429] += 1
            body = {"errors": [{"code": "too_many_requests", "message": "slow down"}]}
            return JSONResponse(body, status_code=429, headers={"Retry-After": "1"})
        state["level"] += 1.0
        statuses[200] += 1
    return JSONResponse({"_userId": "u" * 24, "scope": "*"})

async def stats(request):
    if request.method == "DELETE":
        with lock:
            state["level"], state["since"] = 0.0, time.monotonic()
            statuses.clear()
    return JSONResponse({str(k): v for k, v in statuses.items()})

app = Starlette(routes=[
    Route("/v1/tokenInfo", token_info),
    Route("/stats", stats, methods=["GET", "DELETE"]),
])
uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
"""


class EnforcingServer:
    def __init__(self, url: str) -> None:
        self.url = url

    def reset(self) -> None:
        httpx.delete(f"{self.url}/stats").raise_for_status()

    @property
    def statuses(self) -> Counter[int]:
        data = httpx.get(f"{self.url}/stats").json()
        return Counter({int(k): v for k, v in data.items()})


@contextlib.contextmanager
def enforcing_server(capacity: int, per_second: float) -> Iterator[tuple[EnforcingServer, str]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(capacity), str(per_second), str(port)]
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/stats", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the enforcing server did not start") from None
                time.sleep(0.05)
        yield EnforcingServer(url), url
    finally:
        process.terminate()
        process.wait(timeout=10)


def spec_budget() -> tuple[int, float]:
    """The spec's documented budget (`x-rate-limit`), which the client's limiter defaults to."""
    spec = json.loads((ROOT / "specs" / "openapi.json").read_text(encoding="utf-8"))
    declared = spec["x-rate-limit"]
    return int(declared["bucketSize"]), float(declared["refillPerSecond"])


@pytest.fixture(scope="module")
def documented() -> Iterator[tuple[EnforcingServer, str]]:
    capacity, per_second = spec_budget()
    with enforcing_server(capacity=capacity, per_second=per_second) as server:
        yield server


@pytest.fixture(scope="module")
def small() -> Iterator[tuple[EnforcingServer, str]]:
    with enforcing_server(capacity=20, per_second=20) as server:
        yield server


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


def test_default_headroom_is_ten_percent() -> None:
    limit = RateLimit(capacity=1000, per_second=300)
    assert limit.headroom == 100 and limit.burst == 900
    assert RateLimit(capacity=5, per_second=1).headroom == 1
    assert RateLimit(capacity=1, per_second=1).headroom == 0


def test_rate_limit_validates_its_numbers() -> None:
    for bad in (
        {"capacity": 0, "per_second": 1},
        {"capacity": 5, "per_second": 0},
        {"capacity": 5, "per_second": 1, "headroom": 5},
    ):
        with pytest.raises(ValueError):
            RateLimit(**bad)  # type: ignore[arg-type]


@pytest.fixture
def no_env_budget(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("INTEGRATOR_RATE_LIMIT", raising=False)
    return monkeypatch


def _budget(client: IntegratorClient) -> RateLimit | None:
    limiter = client._core.limiter
    return limiter.limit if limiter is not None else None


def test_the_default_budget_is_the_specs(no_env_budget: pytest.MonkeyPatch) -> None:
    capacity, per_second = spec_budget()
    assert (capacity, per_second) == (1000, 300.0)  # the vendor's current figure
    with IntegratorClient(TOKEN, base_url="http://127.0.0.1:9") as client:
        assert _budget(client) == RateLimit(capacity=capacity, per_second=per_second)
    assert RateLimit.documented() == RateLimit(capacity=capacity, per_second=per_second)


def test_budget_per_client_and_from_the_environment(no_env_budget: pytest.MonkeyPatch) -> None:
    url = "http://127.0.0.1:9"
    with IntegratorClient(TOKEN, base_url=url, rate_limit=False) as client:
        assert _budget(client) is None
    older = RateLimit(capacity=100, per_second=30)
    with IntegratorClient(TOKEN, base_url=url, rate_limit=older) as client:
        assert _budget(client) == older
    no_env_budget.setenv("INTEGRATOR_RATE_LIMIT", "100/30")
    with IntegratorClient(TOKEN, base_url=url) as client:
        assert _budget(client) == older
    # An explicit argument wins over the environment.
    with IntegratorClient(TOKEN, base_url=url, rate_limit=False) as client:
        assert _budget(client) is None
    no_env_budget.setenv("INTEGRATOR_RATE_LIMIT", "off")
    with IntegratorClient(TOKEN, base_url=url) as client:
        assert _budget(client) is None
    for bad in ("fast", "100", "0/30", "100/0", "a/b"):
        no_env_budget.setenv("INTEGRATOR_RATE_LIMIT", bad)
        with pytest.raises(ValueError, match="INTEGRATOR_RATE_LIMIT"):
            IntegratorClient(TOKEN, base_url=url)


def test_burst_over_the_documented_bucket_gets_no_429(
    documented: tuple[EnforcingServer, str], no_env_budget: pytest.MonkeyPatch
) -> None:
    """The default budget at full size against a server enforcing it: the bucket's worth
    at once, then the refill rate."""
    server, url = documented
    capacity, per_second = spec_budget()
    calls = capacity + 300
    server.reset()
    started = time.monotonic()
    with (
        IntegratorClient(TOKEN, base_url=url, max_retries=0) as client,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        results = list(pool.map(lambda _: client.token_info().scope, range(calls)))
    elapsed = time.monotonic() - started
    assert results == ["*"] * calls
    assert server.statuses == Counter({200: calls})
    # The limiter really paced the calls: (calls - capacity) / per_second at the very least.
    assert elapsed >= (calls - capacity) / per_second


def test_async_tasks_share_one_bucket(small: tuple[EnforcingServer, str]) -> None:
    server, url = small
    server.reset()

    async def burst() -> list[str]:
        # Ten requests of headroom absorb 500 ms of scheduling delay on a busy machine.
        limit = RateLimit(capacity=20, per_second=20, headroom=10)
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
        outcomes = list(pool.map(lambda _: _call(client), range(50)))
    assert "429" in outcomes
    assert server.statuses[429] > 0


def test_retry_after_a_429_succeeds(small: tuple[EnforcingServer, str]) -> None:
    server, url = small
    server.reset()
    with (
        IntegratorClient(TOKEN, base_url=url, max_retries=3, rate_limit=False) as client,
        ThreadPoolExecutor(max_workers=4) as pool,
    ):
        outcomes = list(pool.map(lambda _: _call(client), range(35)))
    assert outcomes == ["ok"] * 35
    assert server.statuses[429] > 0  # some were refused, and then retried


def test_real_mock_burst_gets_no_429(limited_mock_url: str, token: str) -> None:
    # The older documented budget (100 / 30): under it, a client stays under the mock's bucket
    # whether the mock enforces that one or the current 1,000 / 300.
    older = RateLimit(capacity=100, per_second=30)
    with (
        IntegratorClient(
            token, base_url=limited_mock_url, max_retries=0, rate_limit=older
        ) as client,
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
