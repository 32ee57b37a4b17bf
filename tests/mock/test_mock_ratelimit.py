"""The per-account leaky bucket: the spec's x-rate-limit (1,000 deep, 300 per second) by
default, another figure on request, 429 `rate_limited` + Retry-After in whole seconds."""

from __future__ import annotations

import pytest
from mock_support import PRIMARY, SECONDARY, make_client, only_error
from starlette.applications import Starlette

from mock_api.__main__ import parser
from mock_api.app import create_app
from mock_api.ratelimit import LeakyBucket, RateLimit
from mock_api.spec import load_spec


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_default_is_the_spec_figure() -> None:
    documented = load_spec()["x-rate-limit"]
    assert RateLimit.documented(load_spec()) == RateLimit(
        documented["bucketSize"], documented["refillPerSecond"]
    )
    assert (documented["bucketSize"], documented["refillPerSecond"]) == (1000, 300)
    limiter = create_app().state.dispatcher.limiter
    assert (limiter.capacity, limiter.leak_per_second) == (1000, 300)


def test_bucket_admits_its_capacity_then_asks_to_wait() -> None:
    bucket = LeakyBucket(clock=Clock())
    assert [bucket.admit("t") for _ in range(1000)] == [0] * 1000
    assert bucket.admit("t") == 1
    assert bucket.admit("other") == 0


def test_bucket_leaks_three_hundred_per_second() -> None:
    clock = Clock()
    bucket = LeakyBucket(clock=clock)
    for _ in range(1000):
        bucket.admit("t")
    clock.now += 1.0
    assert [bucket.admit("t") for _ in range(300)] == [0] * 300
    assert bucket.admit("t") == 1
    clock.now += 1 / 300 + 1e-9
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


@pytest.mark.parametrize(
    ("text", "figure"), [("100/30", RateLimit(100, 30)), (" 5 / 0.5 ", RateLimit(5, 0.5))]
)
def test_a_figure_is_bucket_slash_per_second(text: str, figure: RateLimit) -> None:
    assert RateLimit.parse(text) == figure
    assert parser().parse_args(["--rate-limit", text]).rate_limit == figure


@pytest.mark.parametrize("text", ["100", "100/0", "0/30", "a/b", "100/30/1", ""])
def test_a_bad_figure_is_refused(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValueError):
        RateLimit.parse(text)
    with pytest.raises(SystemExit) as exit_info:
        parser().parse_args(["--rate-limit", text])
    assert exit_info.value.code == 2
    assert "--rate-limit" in capsys.readouterr().err


def test_rate_limit_and_no_rate_limit_exclude_each_other() -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["--rate-limit", "100/30", "--no-rate-limit"])


def frozen_app(limit: RateLimit | None = None) -> Starlette:
    """A rate-limited app whose bucket does not drain while the test runs."""
    app = create_app(rate_limit=limit or True)
    assert isinstance(app.state.dispatcher.limiter, LeakyBucket)
    chosen = limit or RateLimit(1000, 300)
    app.state.dispatcher.limiter = LeakyBucket.of(chosen, clock=Clock())
    return app


def test_server_answers_429_rate_limited_with_retry_after_per_account() -> None:
    app = frozen_app()
    with make_client(app, PRIMARY) as api, make_client(app, SECONDARY) as other:
        statuses = [api.get("/v1/tokenInfo").status_code for _ in range(1000)]
        assert statuses == [200] * 1000
        limited = api.get("/v1/tokenInfo")
        assert limited.status_code == 429
        assert limited.headers["retry-after"] == "1"
        assert only_error(limited) == {
            "code": "rate_limited",
            "message": "Too many requests. Retry after 1 second.",
        }
        assert limited.headers["content-type"] == "application/json"
        assert other.get("/v1/tokenInfo").status_code == 200


def test_the_older_figure_can_be_chosen() -> None:
    app = frozen_app(RateLimit(100, 30))
    limiter = app.state.dispatcher.limiter
    assert (limiter.capacity, limiter.leak_per_second) == (100, 30)
    with make_client(app, PRIMARY) as api:
        assert {api.get("/v1/tokenInfo").status_code for _ in range(100)} == {200}
        assert api.get("/v1/tokenInfo").status_code == 429


def test_rejected_requests_do_not_write() -> None:
    app = frozen_app(RateLimit(10, 1))
    with make_client(app, PRIMARY) as api:
        for _ in range(10):
            api.get("/v1/tokenInfo")
        assert api.post("/v1/connectors", json={"name": "x"}).status_code == 429
    store = app.state.store
    assert store._db.execute("SELECT count(*) FROM connectors").fetchone()[0] == 0


def test_rate_limit_can_be_switched_off() -> None:
    app = create_app(rate_limit=False)
    assert app.state.dispatcher.limiter is None
    with make_client(app, PRIMARY) as api:
        assert {api.get("/v1/tokenInfo").status_code for _ in range(250)} == {200}
