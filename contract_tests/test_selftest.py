"""Self-test: the live suite must catch every deliberately broken mode of the mock, each by a
check of its own rule, and find nothing wrong with the correct mock. Everything runs over
HTTP, as `make contract-live` does (selftest/run.py)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from contract_tests.rules import registry, tables
from contract_tests.scenarios import SCENARIOS
from contract_tests.selftest import run
from contract_tests.selftest.modes import MODES
from contract_tests.settings import Settings


@pytest.fixture(autouse=True)
def _in_process_only(settings: Settings) -> None:
    if settings.live:
        pytest.skip("the self-test serves the mock itself; it says nothing about a live target")


def test_every_rule_has_a_mode_and_every_mode_a_rule() -> None:
    rules = set(tables.documented_rules()) | set(tables.spec_rules())
    with_modes = {mode.rule for mode in MODES.values()}
    assert rules - with_modes == set(), "rules without a self-test mode"
    assert with_modes - rules == set(), "modes of rules that no table documents"


def test_correct_mock_passes(record: Any) -> None:
    result = run.Result()
    run.run_scenarios(None, run.runnable(tuple(SCENARIOS)), result)
    record(
        requests=result.requests,
        cases=result.requests,
        failures=len(result.failures),
        statuses=Counter(),
        first_seen={},
        seconds=0.0,
        seed=None,
    )
    assert result.scenarios, "no scenario ran"
    assert not result.failures, "\n\n".join(f.render() for f in result.failures[:5])


@pytest.mark.parametrize("name", sorted(MODES))
def test_broken_mock_is_caught(name: str) -> None:
    mode = MODES[name]
    own = {entry.name for entry in registry.checks_for(mode.rule)}
    scenarios = run.exercising(mode.rule)
    ready = run.runnable(scenarios)
    if not ready:
        pytest.skip(
            f"waiting for the mock: every scenario of {mode.rule} waits for operations it does not serve yet"
        )
    result = run.Result()
    run.run_scenarios(mode, ready, result)
    if not result.checks & own:
        run.run_engine(mode, result)
    assert result.failures or result.errors, f"{name} ({mode.description}) went unnoticed"
    caught_by = result.checks & own
    assert caught_by, (
        f"{name} was only reported by {sorted(result.checks)}, none of them a check of "
        f"{mode.rule} ({sorted(own)})"
    )
