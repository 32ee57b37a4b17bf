"""Self-test: the suite must fail against each deliberately broken mock, and pass the real one.

Each case runs the suite's own machinery (`runner.run` with every phase, and every scenario of
`scenarios.SCENARIOS` through `Session`) against the mock wrapped in `broken.BrokenMock`.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest

from contract_tests import broken, config, runner
from contract_tests.runner import FailureRecord
from contract_tests.scenarios import SCENARIOS
from contract_tests.session import Session
from contract_tests.settings import Settings
from contract_tests.target import Target

# Small but deterministic: enough for every defect to surface, cheap enough for `make test`.
SELFTEST_EXAMPLES = 10
SELFTEST_STEPS = 25
SELFTEST_SEED = 20260611
# CONTRACT_SELFTEST_FULL=1: run the engine phases for every mode too, and require that they alone
# catch it (slower; the default stops at the first layer that reports an expected check).
FULL = os.environ.get("CONTRACT_SELFTEST_FULL", "") not in ("", "0")

# The checks that prove each defect was caught for the right reason (any one of them suffices).
EXPECTED: dict[str, set[str]] = {
    "error_envelope_flattened": {"error_uses_envelope", "response_schema_conformance"},
    "required_field_missing": {"response_schema_conformance"},
    "not_found_as_200": {"response_schema_conformance", "scenario:unknown_id_is_404_invalid_ref"},
    "auth_ignored": {"ignored_auth", "scenario:missing_header_is_401_unauthorized"},
    "delete_is_noop": {"use_after_free", "scenario:crud_round_trip"},
    "create_stores_nothing": {"ensure_resource_availability", "scenario:crud_round_trip"},
    "wrong_content_type": {"content_type_conformance", "json_sent_as_json"},
    "undocumented_status": {"status_code_conformance"},
    # A 204 with a body breaks HTTP framing, so the engine's transport reports it as an error.
    "no_content_with_body": {"no_content_has_no_body", "engine_error"},
    "auth_error_enveloped": {"auth_error_is_bare_message", "response_schema_conformance"},
    "retry_after_missing": {"response_headers_conformance", "rate_limit_has_retry_after"},
    "invalid_object_id": {"response_formats_conform", "scenario:read_only_fields_are_system_set"},
    "cross_account_leak": {
        "other_account_gets_not_found",
        "scenario:other_account_sees_404_everywhere",
    },
    "server_error_on_unicode": {"not_a_server_error"},
    "missing_name_accepted": {"negative_data_rejection", "scenario:missing_required_field_is_422"},
    "bad_last_modified": {"response_schema_conformance", "response_formats_conform"},
}


@dataclass
class SuiteResult:
    failures: list[FailureRecord]
    errors: list[str]
    requests: int
    engine_checks: set[str] = field(default_factory=set)

    @property
    def checks(self) -> set[str]:
        # An engine error (e.g. a 204 whose body breaks the HTTP framing) fails the suite as well.
        return {failure.check for failure in self.failures} | (
            {"engine_error"} if self.errors else set()
        )


def run_suite(settings: Settings, mode: str | None, record: Any) -> SuiteResult:
    """The suite (every scenario, then all engine phases) against the mock, broken by `mode`.

    A broken mode stops as soon as one of its expected checks fired: the scenarios are cheap and
    run first, the engine phases only if they were not enough. The correct mock runs everything.
    """
    wrap = None
    engine_rate_limited = False
    expected: set[str] = set()
    if mode is not None:
        wrap = broken.wrapper(mode, settings.token, settings.second_token or "")
        engine_rate_limited = broken.MODES[mode].needs_rate_limit
        expected = EXPECTED[mode]
    result = SuiteResult([], [], 0)
    for scenario in SCENARIOS:
        target = Target(settings, wrap=wrap, rate_limit_in_app=scenario.rate_limited)
        with Session(target, scenario.name) as session:
            scenario.run(session)
        result.failures += session.failures
        result.requests += session.requests
    if result.checks & expected and not FULL:
        return result
    plan = config.Plan(
        phases=config.ALL_PHASES,
        max_examples=SELFTEST_EXAMPLES,
        stateful_steps=SELFTEST_STEPS,
        seed=SELFTEST_SEED,
        shrink=False,
        continue_on_failure=False,
    )
    outcome = runner.run(Target(settings, wrap=wrap, rate_limit_in_app=engine_rate_limited), plan)
    result.failures += outcome.failures
    result.errors += outcome.errors
    result.engine_checks = outcome.checks_failed | ({"engine_error"} if outcome.errors else set())
    result.requests += outcome.requests
    record(
        requests=outcome.requests,
        cases=outcome.cases,
        failures=0,
        # What a broken mock answered says nothing about the API; only the real mock's counts.
        statuses=outcome.statuses if mode is None else Counter(),
        first_seen=outcome.first_seen if mode is None else {},
        seconds=outcome.elapsed,
        seed=SELFTEST_SEED,
    )
    return result


@pytest.fixture(autouse=True)
def _in_process_only(settings: Settings) -> None:
    if settings.live:
        pytest.skip("the self-test wraps the in-process mock; it says nothing about a live target")


def test_expectations_cover_every_mode() -> None:
    assert set(EXPECTED) == set(broken.MODES)
    assert len(broken.MODES) >= 12


def test_correct_mock_passes(settings: Settings, record: Any) -> None:
    result = run_suite(settings, None, record)
    assert result.requests > 0
    assert not result.failures and not result.errors, "\n\n".join(
        f.render() for f in result.failures[:5]
    )


@pytest.mark.parametrize("mode", sorted(broken.MODES))
def test_broken_mock_is_caught(mode: str, settings: Settings, record: Any) -> None:
    result = run_suite(settings, mode, record)
    assert result.failures or result.errors, (
        f"{mode} ({broken.MODES[mode].description}) went unnoticed"
    )
    caught_by = result.checks & EXPECTED[mode]
    assert caught_by, (
        f"{mode} was only reported by {sorted(result.checks)}, none of the checks meant to catch it "
        f"({sorted(EXPECTED[mode])})"
    )
    if FULL:
        assert result.engine_checks & EXPECTED[mode], (
            f"the fuzzing/stateful phases alone missed {mode}: they reported {sorted(result.engine_checks)}"
        )
