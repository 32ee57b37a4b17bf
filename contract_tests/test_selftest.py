"""Self-test: the suite must catch every deliberately broken mode of the mock, each by a check
of its own rule. The mock is broken by ASGI middleware (selftest/middleware.py) and checked the
way test_documented.py and test_fuzz.py check the correct one; the correct mock producing no
report is test_documented.py itself."""

from __future__ import annotations

import pytest

from contract_tests.rules import registry, tables
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


@pytest.mark.parametrize("name", sorted(MODES))
def test_broken_mock_is_caught(name: str, settings: Settings) -> None:
    mode = MODES[name]
    own = {entry.name for entry in registry.checks_for(mode.rule)}
    result = run.Result()
    run.run_scenarios(settings, mode, run.exercising(mode.rule), result)
    if not result.checks & own:
        run.run_engine(settings, mode, result)
    assert result.failures or result.errors, f"{name} ({mode.description}) went unnoticed"
    caught_by = result.checks & own
    assert caught_by, (
        f"{name} was only reported by {sorted(result.checks)}, none of them a check of "
        f"{mode.rule} ({sorted(own)})"
    )
