"""Live safety: the default throttle is the documented rate, a 429 is waited out and never
reported as a failure, discovery finds what a target does not serve, and the coverage report
says why a live run could not reach a pair."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

import pytest

from contract_tests import config, discovery, reach, runner, served, spec, stats
from contract_tests import settings as settings_module
from contract_tests.scenarios import by_name
from contract_tests.selftest import run
from contract_tests.selftest.middleware import BrokenMock, Forward, Mode, Reply, Request
from contract_tests.session import Session
from contract_tests.target import DEFAULT_APP, Target, load_factory

EVERY = 7


class Interrupting429(Mode):
    """Not a defect: an API under load, answering every EVERY-th request 429, Retry-After: 1."""

    def __init__(self, primary_token: str, second_token: str) -> None:
        super().__init__(primary_token, second_token)
        self.count = 0
        self.lock = threading.Lock()

    async def handle(self, request: Request, forward: Forward) -> Reply:
        with self.lock:
            self.count += 1
            limited = self.count % EVERY == 0
        if limited:
            reply = Reply(429, [(b"retry-after", b"1")])
            return reply.with_json({"errors": [{"code": "rate_limited", "message": "Later."}]})
        return await forward(request)


@pytest.fixture
def busy_target(settings: settings_module.Settings) -> Any:
    if settings.live:
        pytest.skip("serves the mock itself")
    app = BrokenMock(load_factory(DEFAULT_APP)(rate_limit=False), Interrupting429("", ""))
    with served.mounted(app) as base_url:
        yield Target(run.live_settings(base_url), live_unserved=frozenset())


def test_default_throttle_is_the_documented_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGRATOR_BASE_URL", "http://127.0.0.1:4010")
    monkeypatch.setenv("INTEGRATOR_API_TOKEN", "token")
    monkeypatch.delenv("CONTRACT_RATE_LIMIT", raising=False)
    loaded = settings_module.load(live=True)
    _, refill = spec.rate_limit()
    assert loaded.rate_limit == f"{int(refill)}/s"
    assert loaded.rate_interval == pytest.approx(1 / refill)


def test_a_scenario_waits_out_429s_and_reports_none(busy_target: Target) -> None:
    scenario = by_name("paging_follows_links_connectors")
    started = time.monotonic()
    with Session(busy_target, scenario.name, allowed=scenario.operations) as session:
        scenario.run(session)
    waited = session.throttle.rate_limited
    assert waited >= 2, "the scenario never met a 429"
    assert time.monotonic() - started >= waited * 1.0, "a 429 was not waited out for Retry-After"
    assert not session.failures, "\n\n".join(f.render() for f in session.failures[:3])
    assert any(status == 429 for (_, status) in session.statuses), "the 429s count as coverage"


def test_the_engine_waits_out_429s_and_reports_none(busy_target: Target) -> None:
    plan = config.Plan(
        phases=config.FUZZ_PHASES,
        operation_ids=("getTokenInfo", "listConnectors"),
        max_examples=5,
        seed=run.SEED,
    )
    outcome = runner.run(busy_target, plan)
    assert outcome.requests > EVERY
    assert outcome.rate_limited >= 2, "the engine never met a 429"
    assert outcome.waited_seconds >= outcome.rate_limited * 1.0
    assert not outcome.failures and not outcome.errors, outcome.report()


def test_a_burst_outpaces_the_live_throttle(settings: settings_module.Settings) -> None:
    # The live throttle keeps to the refill rate; a burst paced by it could never empty the
    # bucket, so CONTRACT_BURST=1 would report a correct API as never answering 429.
    if settings.live:
        pytest.skip("serves the mock itself")
    _, refill = spec.rate_limit()
    with served.mounted(load_factory(DEFAULT_APP)(rate_limit=True)) as base_url:
        paced = replace(run.live_settings(base_url), rate_interval=1 / refill)
        target = Target(paced, live_unserved=frozenset())
        scenario = by_name("rate_limit_answers_429")
        with Session(target, scenario.name, allowed=scenario.operations) as session:
            scenario.run(session)
    assert not session.failures, "\n\n".join(f.render() for f in session.failures[:3])
    assert any(status == 429 for (_, status) in session.statuses), "no burst reached a 429"


class NotImplemented501(Mode):
    """Not a defect of a rule: a target that does not implement some operations (501)."""

    def __init__(self, operations: set[str]) -> None:
        super().__init__("", "")
        self.operations = operations

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation in self.operations:
            reply = Reply(501)
            return reply.with_json({"errors": [{"code": "not_implemented", "message": "No."}]})
        return await forward(request)


def test_discovery_finds_what_a_target_does_not_serve(settings: settings_module.Settings) -> None:
    if settings.live:
        pytest.skip("serves the mock itself")
    unserved = {"getStateValue", "deleteFlow"}
    app = BrokenMock(load_factory(DEFAULT_APP)(rate_limit=False), NotImplemented501(unserved))
    with served.mounted(app) as base_url:
        found = discovery.discover(run.live_settings(base_url))
    # Only these: the other probes of their resources answer, so nothing follows them.
    assert found.unserved == unserved


def test_an_unprobed_operation_follows_its_resource() -> None:
    operations = [spec.by_id(name) for name in ("getStateValue", "putStateValue", "getTokenInfo")]
    assert discovery.infer({"getStateValue": True, "getTokenInfo": False}, operations) == {
        "getStateValue",
        "putStateValue",
    }


def test_the_report_says_why_a_live_run_could_not_reach_a_pair() -> None:
    live = replace(run.live_settings("http://127.0.0.1:1"), burst=False, wipe=False)
    withheld = Target(live).withheld
    assert "deleteAllState" in withheld

    def why(operation: spec.Operation, status: str) -> str:
        return reach.reason(operation, status, live, withheld)

    summary = stats.summary(stats.Stats(), 1.0, started_at=0.0, why=why)
    reasons = summary["not_reached_why"]
    assert reasons["GET /v1/connectors 429"] == reach.THROTTLED
    assert reasons["GET /v1/templates 204"] == reach.NEEDS_EMPTY_ACCOUNT
    assert reasons["DELETE /v1/state 204"] == withheld["deleteAllState"]
    assert reasons["GET /v1/connectors 200"] == reach.NOT_ANSWERED
