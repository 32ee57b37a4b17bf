"""The per-token leaky bucket: 100 requests of room, 30 per second drain, 429 + Retry-After."""

from __future__ import annotations

from mock_support import PRIMARY, SECONDARY, make_client, only_error
from starlette.applications import Starlette

from mock_api.app import create_app
from mock_api.ratelimit import LeakyBucket


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_bucket_admits_its_capacity_then_asks_to_wait() -> None:
    clock = Clock()
    bucket = LeakyBucket(clock=clock)
    assert [bucket.admit("t") for _ in range(100)] == [0] * 100
    assert bucket.admit("t") == 1
    assert bucket.admit("other") == 0


def test_bucket_leaks_thirty_per_second() -> None:
    clock = Clock()
    bucket = LeakyBucket(clock=clock)
    for _ in range(100):
        bucket.admit("t")
    clock.now += 1.0
    assert [bucket.admit("t") for _ in range(30)] == [0] * 30
    assert bucket.admit("t") == 1
    clock.now += 1 / 30 + 1e-9
    assert bucket.admit("t") == 0


def test_retry_after_is_whole_seconds_and_at_least_one() -> None:
    clock = Clock()
    bucket = LeakyBucket(capacity=1, leak_per_second=0.25, clock=clock)
    assert bucket.admit("t") == 0
    assert bucket.admit("t") == 4
    clock.now += 3.5
    assert bucket.admit("t") == 1
    clock.now += 0.5
    assert bucket.admit("t") == 0


def frozen_app() -> Starlette:
    """A rate-limited app whose bucket does not drain while the test runs."""
    app = create_app(rate_limit=True)
    assert isinstance(app.state.dispatcher.limiter, LeakyBucket)
    app.state.dispatcher.limiter = LeakyBucket(clock=Clock())
    return app


def test_server_answers_429_with_retry_after_per_token() -> None:
    app = frozen_app()
    with make_client(app, PRIMARY) as api, make_client(app, SECONDARY) as other:
        statuses = [api.get("/v1/tokenInfo").status_code for _ in range(100)]
        assert statuses == [200] * 100
        limited = api.get("/v1/tokenInfo")
        assert limited.status_code == 429
        assert int(limited.headers["retry-after"]) >= 1
        assert only_error(limited)["code"] == "too_many_requests"
        assert limited.headers["content-type"] == "application/json"
        assert other.get("/v1/tokenInfo").status_code == 200


def test_rejected_requests_do_not_write() -> None:
    app = frozen_app()
    with make_client(app, PRIMARY) as api:
        for _ in range(100):
            api.get("/v1/tokenInfo")
        assert api.post("/v1/connectors", json={"name": "x"}).status_code == 429
    store = app.state.store
    assert store._db.execute("SELECT count(*) FROM connectors").fetchone()[0] == 0


def test_rate_limit_can_be_switched_off() -> None:
    app = create_app(rate_limit=False)
    assert app.state.dispatcher.limiter is None
    with make_client(app, PRIMARY) as api:
        assert {api.get("/v1/tokenInfo").status_code for _ in range(250)} == {200}
