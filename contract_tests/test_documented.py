"""Documented behaviour scenarios (auth, 404, 400, 422, 204, 429, isolation, read-only fields)."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.scenarios import SCENARIOS, Scenario
from contract_tests.session import Session
from contract_tests.settings import Settings
from contract_tests.target import Target


def skip_reason(scenario: Scenario, settings: Settings) -> str | None:
    if settings.live and scenario.in_process_only is not None:
        return scenario.in_process_only
    for need in scenario.needs:
        if need in settings.skip_reasons:
            return settings.skip_reasons[need]
    return None


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_documented_behaviour(scenario: Scenario, settings: Settings, record: Any) -> None:
    reason = skip_reason(scenario, settings)
    if reason is not None:
        pytest.skip(reason)
    with Session(
        Target(settings, rate_limit_in_app=scenario.rate_limited), scenario.name
    ) as session:
        scenario.run(session)
    record(
        requests=session.requests,
        # Each scenario request is a hand-written case.
        cases=session.requests,
        failures=len(session.failures),
        statuses=session.statuses,
        first_seen=session.first_seen,
        seconds=session.seconds,
        seed=None,
    )
    assert session.requests > 0
    assert not session.failures, "\n\n".join(failure.render() for failure in session.failures[:10])
