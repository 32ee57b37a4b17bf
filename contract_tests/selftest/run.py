"""Running the suite over HTTP against the mock, correct or broken by one mode: the mock is
served by uvicorn on loopback and the suite runs exactly as `make contract-live` runs it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# tests/loopback.py, the shared loopback server of the tests (pyproject: pythonpath).
from loopback import serve  # type: ignore[import-not-found]

from contract_tests import config, mock_identity, runner
from contract_tests.rules import deviations
from contract_tests.runner import FailureRecord, RunOutcome
from contract_tests.scenarios import SCENARIOS, Scenario
from contract_tests.selftest.middleware import BrokenMock, Mode
from contract_tests.session import Session
from contract_tests.settings import Settings
from contract_tests.target import DEFAULT_APP, Target, load_factory, unserved_by_mock

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


@contextmanager
def serving(mode: type[Mode] | None, rate_limited: bool) -> Iterator[Target]:
    """The mock (fresh database) over HTTP, broken by `mode`; the live target that reaches it."""
    app = load_factory(DEFAULT_APP)(rate_limit=rate_limited)
    if mode is not None:
        app = BrokenMock(app, mode(mock_identity.primary_token(), mock_identity.secondary_token()))
    with serve(app) as base_url:
        # What this mock serves is known; discovery would only ask it again.
        yield Target(live_settings(base_url), live_unserved=unserved_by_mock())


# Rules checked by per-response checks only (the spec's own) are exercised by these.
SMOKE_PREFIX = "crud_round_trip_"


def exercising(rule: str) -> tuple[Scenario, ...]:
    """The scenarios that exercise `rule`: its own, or the CRUD round trips when it has none."""
    own = tuple(s for s in SCENARIOS if rule in s.rules)
    return own or tuple(s for s in SCENARIOS if s.name.startswith(SMOKE_PREFIX))


def runnable(scenarios: tuple[Scenario, ...]) -> tuple[Scenario, ...]:
    """The scenarios this branch's mock can take: none waiting, none with a known deviation."""
    unserved = unserved_by_mock()
    under_construction = bool(unserved)
    return tuple(
        s
        for s in scenarios
        if not s.waiting_for(unserved) and deviations.expected(s.name, under_construction) is None
    )


def run_scenarios(mode: type[Mode] | None, scenarios: tuple[Scenario, ...], result: Result) -> None:
    for rate_limited in (False, True):
        batch = [s for s in scenarios if s.rate_limited is rate_limited]
        if not batch:
            continue
        with serving(mode, rate_limited) as target:
            for scenario in batch:
                with Session(target, scenario.name, allowed=scenario.operations) as session:
                    scenario.run(session)
                result.failures += session.failures
                result.requests += session.requests
                result.scenarios.append(scenario.name)


def run_engine(mode: type[Mode] | None, result: Result) -> None:
    """Every engine phase over HTTP, a few examples per operation."""
    plan = config.Plan(
        phases=config.ALL_PHASES,
        max_examples=EXAMPLES,
        stateful_steps=STATEFUL_STEPS,
        seed=SEED,
        shrink=False,
        continue_on_failure=False,
    )
    rate_limited = mode is not None and mode.needs_rate_limit
    with serving(mode, rate_limited) as target:
        outcome = runner.run(target, plan)
    result.engine = outcome
    result.failures += outcome.failures
    result.errors += outcome.errors
    result.requests += outcome.requests
