"""Running the suite against the mock broken by one mode, exactly as it guards the correct
mock: the rule's scenarios over HTTP (a fresh broken mock per scenario, mounted on the
loopback server, as test_documented.py runs them), and when they do not catch it, every
engine phase (as test_fuzz.py runs them)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from contract_tests import config, mock_identity, runner
from contract_tests.runner import FailureRecord, RunOutcome
from contract_tests.scenarios import SCENARIOS, Scenario
from contract_tests.selftest.middleware import Mode, wrapper
from contract_tests.session import Session
from contract_tests.settings import Settings
from contract_tests.target import DEFAULT_APP, Target

# Small but deterministic: enough for every defect to surface, cheap enough for `make test`.
EXAMPLES = 10
STATEFUL_STEPS = 25
SEED = 20260611


@dataclass
class Result:
    failures: list[FailureRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: int = 0
    scenarios: list[str] = field(default_factory=list)
    engine: RunOutcome | None = None

    @property
    def checks(self) -> set[str]:
        # An engine error (e.g. a 204 whose body breaks the HTTP framing) fails the suite as well.
        return {failure.check for failure in self.failures} | (
            {"engine_error"} if self.errors else set()
        )


def in_process_settings(settings: Settings) -> Settings:
    """The run's in-process settings, with the self-test's fixed depth and seed."""
    return replace(
        settings,
        max_examples=EXAMPLES,
        stateful_steps=STATEFUL_STEPS,
        seed=SEED,
        seed_is_explicit=True,
        app_factory=DEFAULT_APP,
    )


def live_settings(base_url: str) -> Settings:
    """What `make contract-live` reads from the environment, for the mock on `base_url`."""
    return Settings(
        live=True,
        base_url=base_url,
        token=mock_identity.primary_token(),
        second_token=mock_identity.secondary_token(),
        registered_email=mock_identity.registered_email(),
        rate_limit=None,
        rate_interval=0.0,
        max_examples=EXAMPLES,
        stateful_steps=STATEFUL_STEPS,
        seed=SEED,
        seed_is_explicit=True,
        app_factory=DEFAULT_APP,
        user_id=mock_identity.primary_user_id(),
    )


def broken(settings: Settings, mode: type[Mode], rate_limited: bool) -> Target:
    """The in-process mock, broken by `mode`."""
    wrap = wrapper(mode, mock_identity.primary_token(), mock_identity.secondary_token())
    return Target(in_process_settings(settings), wrap=wrap, rate_limit_in_app=rate_limited)


# Rules checked by per-response checks only (the spec's own) are exercised by these.
SMOKE_PREFIX = "crud_round_trip_"


def exercising(rule: str) -> tuple[Scenario, ...]:
    """The scenarios that exercise `rule`: its own, or the CRUD round trips when it has none."""
    own = tuple(s for s in SCENARIOS if rule in s.rules)
    return own or tuple(s for s in SCENARIOS if s.name.startswith(SMOKE_PREFIX))


def run_scenarios(
    settings: Settings, mode: type[Mode], scenarios: tuple[Scenario, ...], result: Result
) -> None:
    # One instance of the mode for all of them: a mode may remember what it saw.
    wrap = wrapper(mode, mock_identity.primary_token(), mock_identity.secondary_token())
    for scenario in scenarios:
        target = Target(
            in_process_settings(settings), wrap=wrap, rate_limit_in_app=scenario.rate_limited
        )
        with Session(target, scenario.name, allowed=scenario.operations) as session:
            scenario.run(session)
        result.failures += session.failures
        result.requests += session.requests
        result.scenarios.append(scenario.name)


def run_engine(settings: Settings, mode: type[Mode], result: Result) -> None:
    """Every engine phase in process, a few examples per operation."""
    plan = config.Plan(
        phases=config.ALL_PHASES,
        max_examples=EXAMPLES,
        stateful_steps=STATEFUL_STEPS,
        seed=SEED,
        shrink=False,
        continue_on_failure=False,
    )
    outcome = runner.run(broken(settings, mode, mode.needs_rate_limit), plan)
    result.engine = outcome
    result.failures += outcome.failures
    result.errors += outcome.errors
    result.requests += outcome.requests
