"""The rule tables agree with the code: every documented rule has checks and self-test modes,
every check and mode names a rule that exists, and contract_tests/README.md says how each
rule is checked in a live run."""

from __future__ import annotations

import pytest

from contract_tests.rules import markdown, registry, status, tables
from contract_tests.scenarios import SCENARIOS
from contract_tests.selftest.modes import MODES

DOCUMENTED = tables.documented_rules()
SPEC = tables.spec_rules()
ALL_RULES = {**DOCUMENTED, **SPEC}
ROWS = {row.rule: row for row in tables.suite_rows()}
HINT = "run `python -m contract_tests.rules` for the table the code declares"


def test_the_mock_documents_its_rules() -> None:
    assert len(DOCUMENTED) >= 40
    assert not set(DOCUMENTED) & set(SPEC), "a rule id is in both tables"


def test_every_rule_has_a_row_and_every_row_a_rule() -> None:
    assert set(ALL_RULES) - set(ROWS) == set(), (
        f"rules without a row in contract_tests/README.md; {HINT}"
    )
    assert set(ROWS) - set(ALL_RULES) == set(), "rows for rules no table documents"


def test_every_check_names_rules_that_exist() -> None:
    unknown = {
        entry.name: sorted(set(entry.rules) - set(ALL_RULES)) for entry in registry.entries()
    }
    assert {name: rules for name, rules in unknown.items() if rules} == {}


@pytest.mark.parametrize("rule", sorted(DOCUMENTED))
def test_every_documented_rule_has_a_scenario(rule: str) -> None:
    """Rules of effect need requests that exercise them; per-response checks only look."""
    assert any(rule in scenario.rules for scenario in SCENARIOS), f"{rule} has no scenario"


@pytest.mark.parametrize("rule", sorted(ALL_RULES))
def test_row_names_exactly_the_checks_of_its_rule(rule: str) -> None:
    declared = {entry.name for entry in registry.checks_for(rule)}
    assert declared, f"{rule} has no check"
    names = tuple(entry.name for entry in registry.entries())
    listed, unmatched = status.expand(ROWS[rule].checks, names)
    assert unmatched == [], f"{rule}: the README names checks that do not exist: {unmatched}"
    assert listed == declared, f"{rule}: README {sorted(listed)} != code {sorted(declared)}; {HINT}"


@pytest.mark.parametrize("rule", sorted(ALL_RULES))
def test_row_names_exactly_the_modes_of_its_rule(rule: str) -> None:
    declared = {name for name, mode in MODES.items() if mode.rule == rule}
    assert declared, f"{rule} has no self-test mode"
    assert set(ROWS[rule].modes) == declared, HINT


@pytest.mark.parametrize("rule", sorted(ALL_RULES))
def test_row_says_how_a_live_run_checks_the_rule(rule: str) -> None:
    """What a live run must be given (a second account, bursting, ...) for the rule's scenarios."""
    assert ROWS[rule].live == status.state(rule).describe_live(), HINT


def test_the_readme_table_is_the_declared_one() -> None:
    section = tables.section(
        tables.SUITE_README.read_text(encoding="utf-8"), "### Rules and their checks"
    )
    assert markdown.table() in section, HINT
