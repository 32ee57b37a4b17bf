"""Examples, coverage and fuzzing phases per operation, and the stateful phase over the links."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests import config, runner, spec
from contract_tests.settings import Settings
from contract_tests.target import NOT_IMPLEMENTED, Target

OPERATION_IDS = [operation.operation_id for operation in spec.operations()]


def _plan(
    settings: Settings, phases: frozenset[str], operation_ids: tuple[str, ...] | None
) -> config.Plan:
    return config.Plan(
        phases=phases,
        operation_ids=operation_ids,
        max_examples=settings.max_examples,
        stateful_steps=settings.stateful_steps,
        seed=settings.seed,
    )


def _account(record: Any, outcome: runner.RunOutcome) -> None:
    record(
        requests=outcome.requests,
        cases=outcome.cases,
        failures=len(outcome.failures),
        statuses=outcome.statuses,
        first_seen=outcome.first_seen,
        seconds=outcome.elapsed,
        seed=outcome.seed,
        failed_checks=[failure.check for failure in outcome.failures],
    )


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_operation_conforms(
    operation_id: str, target: Target, settings: Settings, record: Any
) -> None:
    if operation_id in target.unserved:
        pytest.skip(f"{NOT_IMPLEMENTED}: {operation_id}")
    if operation_id in target.withheld:
        pytest.skip(f"{operation_id}: {target.withheld[operation_id]}")
    outcome = runner.run(target, _plan(settings, config.FUZZ_PHASES, (operation_id,)))
    _account(record, outcome)
    assert outcome.requests > 0, f"no request was generated for {operation_id}"
    assert not outcome.failures and not outcome.errors, outcome.report()


def test_stateful_links(target: Target, settings: Settings, record: Any) -> None:
    outcome = runner.run(target, _plan(settings, frozenset({"stateful"}), None))
    _account(record, outcome)
    assert not outcome.failures and not outcome.errors, outcome.report()
    # A chain only counts if a created object was then reached through a link.
    followed = {
        label for (label, status) in outcome.statuses if "{_id}" in label and 200 <= status < 300
    }
    assert followed, f"the state machine never reached a created object: {dict(outcome.statuses)}"
