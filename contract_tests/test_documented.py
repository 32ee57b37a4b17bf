"""The documented behaviour, one scenario at a time (contract_tests/scenarios/)."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests import throttle
from contract_tests.rules import deviations
from contract_tests.scenarios import SCENARIOS, Scenario
from contract_tests.session import NotImplementedByTarget, Session
from contract_tests.settings import Settings
from contract_tests.target import Target

WAITING = "waiting for the mock"


def skip_reason(scenario: Scenario, target: Target) -> str | None:
    settings = target.settings
    for need in scenario.needs:
        if need in settings.skip_reasons:
            return settings.skip_reasons[need]
    waiting = scenario.waiting_for(target.unserved)
    if waiting:
        where = (
            "not implemented by the mock yet" if not target.live else "answered 501 by the target"
        )
        return f"{WAITING}: {', '.join(waiting)} {where}"
    return None


def run(scenario: Scenario, target: Target) -> Session:
    """Run one scenario; the session holds what it found (and it has cleaned up)."""
    with Session(target, scenario.name, allowed=scenario.operations) as session:
        try:
            scenario.run(session)
        except NotImplementedByTarget as exc:
            pytest.skip(f"{WAITING}: {exc}")
        except throttle.RateLimitedTooLong as exc:
            pytest.skip(f"inconclusive, not an API failure: {exc}")
    return session


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_documented_behaviour(
    scenario: Scenario, settings: Settings, record: Any, request: pytest.FixtureRequest
) -> None:
    target = Target(settings, rate_limit_in_app=scenario.rate_limited)
    reason = skip_reason(scenario, target)
    if reason is not None:
        pytest.skip(reason)
    deviation = deviations.expected(scenario.name, target.is_mock_under_construction)
    if deviation is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=f"known deviation: {deviation}"))
    session = run(scenario, target)
    record(
        requests=session.requests,
        # Each scenario request is a hand-written case.
        cases=session.requests,
        # A known deviation is reported as such (see the rule summary), not as a new failure.
        failures=0 if deviation is not None else len(session.failures),
        statuses=session.statuses,
        first_seen=session.first_seen,
        seconds=session.seconds,
        seed=None,
        failed_checks=[] if deviation is not None else [f.check for f in session.failures],
    )
    assert session.requests > 0
    assert not session.failures, "\n\n".join(failure.render() for failure in session.failures[:10])
