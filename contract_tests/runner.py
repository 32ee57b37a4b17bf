"""Runs schemathesis' engine (the machinery behind `schemathesis run`) and gathers what it found.

The pytest tests and the self-test both call `run`, so the self-test exercises exactly the
phases and checks that guard the real mock.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import schemathesis
from schemathesis.engine import events, from_schema
from schemathesis.filters import FilterSet

from contract_tests import accounts, config, formats, throttle
from contract_tests.settings import SPEC_PATH
from contract_tests.target import Target

if TYPE_CHECKING:
    from schemathesis.specs.openapi.schemas import OpenApiSchema

# Imported for their side effect: registering the custom checks and the throttle hook.
from contract_tests import checks as _checks  # noqa: F401  isort: skip


@dataclass(frozen=True)
class FailureRecord:
    phase: str
    operation: str
    check: str
    title: str
    message: str
    status: int | None
    reproduction: str

    def render(self) -> str:
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return (
            f"[{self.phase}] {self.operation} - {self.check}: {self.title}{status}\n"
            f"{self.message.strip()}\n\nReproduce with:\n{self.reproduction}"
        )


@dataclass
class RunOutcome:
    seed: int
    failures: list[FailureRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: int = 0
    # Test cases schemathesis generated (requests minus the checks' own probes).
    cases: int = 0
    # (operation label, status code) -> number of responses
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    # 429s the throttle waited out, and the seconds it waited.
    rate_limited: int = 0
    waited_seconds: float = 0.0
    # (operation label, status code) -> wall-clock time (epoch seconds) of its first response,
    # so the session can tell how long it took to cover each pair (bench/contract.py reads it).
    first_seen: dict[tuple[str, int], float] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def checks_failed(self) -> set[str]:
        return {failure.check for failure in self.failures}

    def report(self, limit: int = 10) -> str:
        lines = [
            f"{len(self.failures)} failure(s), {len(self.errors)} error(s) in {self.cases} generated "
            f"cases / {self.requests} requests; "
            f"seed {self.seed} (rerun with CONTRACT_SEED={self.seed})"
        ]
        lines += [failure.render() for failure in self.failures[:limit]]
        if len(self.failures) > limit:
            lines.append(f"... and {len(self.failures) - limit} more failure(s)")
        lines += [f"error: {error}" for error in self.errors[:limit]]
        return "\n\n".join(lines)


def schema_for(target: Target, plan: config.Plan, base_url: str | None = None) -> OpenApiSchema:
    """The spec loaded with the run's configuration: no app attached, every operation in it."""
    formats.register([target.settings.registered_email] if target.settings.registered_email else [])
    return schemathesis.openapi.from_path(SPEC_PATH, config=config.build(target, plan, base_url))


def load_schema(target: Target, plan: config.Plan) -> OpenApiSchema:
    schema = schema_for(target, plan)
    app = target.new_app()
    if app is not None:
        schema.app = app
    unserved = target.unserved | frozenset(target.withheld)
    if plan.operation_ids is not None or unserved:
        # `schema.include()` would be OR-ed with the filter that the per-operation check settings
        # install, selecting everything; compose the selection the way the loader does instead.
        selection = FilterSet()
        if plan.operation_ids is not None:
            selection.include(operation_id=list(plan.operation_ids))
        exclusion = FilterSet()
        if unserved:
            exclusion.include(operation_id=sorted(unserved))
        schema.filter_set = schema.config.operations.filter_set_with(
            include=selection, exclude=exclusion if unserved else None
        )
    return schema


def run(target: Target, plan: config.Plan) -> RunOutcome:
    outcome = RunOutcome(seed=plan.seed)
    schema = load_schema(target, plan)
    started = time.monotonic()
    seen: set[tuple[str, str, str, str]] = set()
    pacer = throttle.Throttle(target.settings.rate_interval)
    with accounts.active(target.accounts), throttle.active(pacer):
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished):
                _collect(event, outcome, seen)
            elif isinstance(event, events.NonFatalError):
                outcome.errors.append(f"{event.label}: {event.info.title}: {event.info.message}")
            elif isinstance(event, events.FatalError):
                outcome.errors.append(f"fatal: {event.exception!r}")
    outcome.elapsed = time.monotonic() - started
    outcome.rate_limited, outcome.waited_seconds = pacer.rate_limited, pacer.waited_seconds
    return outcome


def _collect(
    event: events.ScenarioFinished, outcome: RunOutcome, seen: set[tuple[str, str, str, str]]
) -> None:
    recorder = event.recorder
    outcome.requests += len(recorder.interactions)
    outcome.cases += sum(
        1 for node in recorder.cases.values() if node.parent_id is None or node.transition
    )
    for case_id, interaction in recorder.interactions.items():
        node = recorder.cases.get(case_id)
        if interaction.response is not None and node is not None:
            pair = (node.value.operation.label, interaction.response.status_code)
            outcome.statuses[pair] += 1
            earliest = outcome.first_seen.get(pair, interaction.timestamp)
            outcome.first_seen[pair] = min(earliest, interaction.timestamp)
    for case_id, checks in recorder.checks.items():
        for check in checks:
            info = check.failure_info
            if info is None:
                continue
            failure = info.failure
            node = recorder.cases.get(case_id)
            operation = node.value.operation.label if node is not None else str(failure.operation)
            # The engine re-reports one defect per example; one line per distinct defect is enough.
            key = (operation, check.name, failure.title, failure.message[:200])
            if key in seen:
                continue
            seen.add(key)
            response = recorder.interactions.get(case_id)
            status = response.response.status_code if response and response.response else None
            steps = [step.curl for step in info.steps] if info.steps else [info.code_sample]
            outcome.failures.append(
                FailureRecord(
                    phase=str(event.phase.value),
                    operation=operation,
                    check=check.name,
                    title=failure.title,
                    message=failure.message,
                    status=status,
                    reproduction="\n".join(steps),
                )
            )
