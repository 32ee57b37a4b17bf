"""pytest wiring of the contract suite: `--live`, settings, targets, the coverage and rule summary."""

from __future__ import annotations

import hashlib
import os
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contract_tests import reach, spec
from contract_tests import settings as settings_module
from contract_tests import stats as stats_module
from contract_tests.rules import report as rule_report
from contract_tests.rules import tables
from contract_tests.settings import REPORTS_DIR, Settings, SettingsError
from contract_tests.target import Target

COVERAGE_REPORT = REPORTS_DIR / "contract-coverage.json"
# A live run must not overwrite what the in-process run measured.
LIVE_COVERAGE_REPORT = REPORTS_DIR / "contract-coverage-live.json"
_STATS_KEY = pytest.StashKey[stats_module.Stats]()
_SETTINGS_KEY = pytest.StashKey[Settings]()
_STARTED_KEY = pytest.StashKey[float]()
# The same start on the wall clock, which xdist workers share, for first-seen times of pairs.
_STARTED_AT_KEY = pytest.StashKey[float]()
SCENARIO_TEST = "test_documented_behaviour["
# Pairs named per reason in the terminal; the report file has all of them.
SHOWN_PAIRS = 12
# Scenario name -> how its test ended. Test reports reach the controller process (xdist too).
_OUTCOMES: dict[str, rule_report.Outcome] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract", "integrator.io contract suite")
    group.addoption(
        "--live",
        action="store_true",
        default=False,
        help="run contract_tests over HTTP against $INTEGRATOR_BASE_URL instead of the in-process mock",
    )


def _shared_seed(config: pytest.Config) -> int | None:
    # xdist workers share the run's uid, so they fuzz with the same seed unless CONTRACT_SEED is set.
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        return None
    digest = hashlib.sha256(str(workerinput.get("testrunuid", "")).encode()).digest()
    return int.from_bytes(digest[:4], "big")


def pytest_configure(config: pytest.Config) -> None:
    live = bool(config.getoption("--live", default=False))
    try:
        loaded = settings_module.load(live=live)
    except SettingsError as exc:
        raise pytest.UsageError(f"contract_tests: {exc}") from None
    shared = _shared_seed(config)
    if shared is not None and not loaded.seed_is_explicit:
        loaded = settings_module.with_seed(loaded, shared)
    config.stash[_SETTINGS_KEY] = loaded
    config.stash[_STATS_KEY] = stats_module.Stats()
    config.stash[_STARTED_KEY] = time.monotonic()
    config.stash[_STARTED_AT_KEY] = time.time()


def _scenario_outcome(test: pytest.TestReport) -> tuple[str, rule_report.Outcome] | None:
    if SCENARIO_TEST not in test.nodeid:
        return None
    name = test.nodeid.split(SCENARIO_TEST, 1)[1].rstrip("]")
    if test.skipped:
        longrepr = test.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        return name, rule_report.Outcome(rule_report.SKIPPED, reason.removeprefix("Skipped: "))
    if test.failed:
        return name, rule_report.Outcome(rule_report.FAILED)
    if test.when == "call":
        return name, rule_report.Outcome(rule_report.PASSED)
    return None


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    found = _scenario_outcome(report)
    if found is None:
        return
    name, outcome = found
    # A failed teardown after a passed call still fails the scenario.
    if name not in _OUTCOMES or outcome.kind != rule_report.PASSED:
        _OUTCOMES[name] = outcome


@pytest.fixture(scope="session")
def settings(pytestconfig: pytest.Config) -> Settings:
    return pytestconfig.stash[_SETTINGS_KEY]


@pytest.fixture(scope="session")
def contract_stats(pytestconfig: pytest.Config) -> stats_module.Stats:
    return pytestconfig.stash[_STATS_KEY]


@pytest.fixture
def target(settings: Settings) -> Iterator[Target]:
    yield Target(settings)


@pytest.fixture
def record(contract_stats: stats_module.Stats, record_property: Any) -> Any:
    """Account for a run (stats + JUnit properties) so every test reports its depth and seed."""

    def _record(
        *,
        requests: int,
        cases: int,
        failures: int,
        statuses: Any,
        first_seen: Any,
        seconds: float,
        seed: int | None,
        failed_checks: Any = (),
    ) -> None:
        contract_stats.add(
            requests=requests,
            cases=cases,
            failures=failures,
            statuses=statuses,
            first_seen=first_seen,
            seconds=seconds,
            seed=seed,
            failed_checks=failed_checks,
        )
        record_property("requests", requests)
        record_property("generated_cases", cases)
        if seed is not None:
            record_property("seed", seed)

    return _record


def pytest_report_header(config: pytest.Config) -> str | None:
    loaded = config.stash.get(_SETTINGS_KEY, None)
    if loaded is None:
        return None
    where = loaded.base_url if loaded.live else f"in-process mock ({loaded.app_factory})"
    rate = loaded.rate_limit or "off"
    return (
        f"contract_tests: target {where}; seed {loaded.seed}; max examples {loaded.max_examples}; "
        f"stateful steps {loaded.stateful_steps}; rate limit {rate}"
    )


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    workeroutput = getattr(config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["contract_stats"] = config.stash[_STATS_KEY].to_json()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    data = getattr(node, "workeroutput", {}).get("contract_stats")
    if data is not None:
        node.config.stash[_STATS_KEY].merge(data)


def _coverage_report(loaded: Settings) -> Path:
    # CONTRACT_COVERAGE_REPORT lets `python -m bench` keep its runs out of reports/.
    override = os.environ.get("CONTRACT_COVERAGE_REPORT", "").strip()
    if override:
        return Path(override)
    return LIVE_COVERAGE_REPORT if loaded.live else COVERAGE_REPORT


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    if getattr(config, "workerinput", None) is not None:
        return
    collected = config.stash.get(_STATS_KEY, None)
    if collected is None or collected.runs == 0:
        return
    loaded = config.stash[_SETTINGS_KEY]
    target = Target(loaded)
    withheld = target.withheld

    def why(operation: spec.Operation, status: str) -> str:
        return reach.reason(operation, status, loaded, withheld)

    summary = stats_module.summary(
        collected,
        time.monotonic() - config.stash[_STARTED_KEY],
        started_at=config.stash[_STARTED_AT_KEY],
        unserved=target.unserved,
        why=why,
    )
    rules = [*tables.documented_rules(), *tables.spec_rules()]
    failed = collected.failed_checks
    summary["rules"] = {rule: rule_report.verdict(rule, _OUTCOMES, failed) for rule in rules}
    summary["target"] = loaded.base_url if loaded.live else "in-process mock"
    path = _coverage_report(loaded)
    stats_module.write(path, summary)
    write = terminalreporter.write_line
    terminalreporter.section("contract coverage")
    write(
        f"{summary['generated_cases']} generated cases, {summary['requests']} requests in "
        f"{summary['runs']} runs, {summary['failures']} failure(s); wall {summary['wall_seconds']}s; "
        f"seeds {summary['seeds']}"
    )
    write(
        f"operations served {summary['operations_served']}/{len(spec.operations())}; documented "
        f"(operation, status) pairs of served operations answered "
        f"{summary['documented_pairs_exercised']}, the last new one after "
        f"{summary['last_new_documented_pair_seconds']}s"
    )
    unserved = summary["not_implemented_by_target"]
    if unserved:
        write(
            f"not implemented by the target (501), so not tested: {len(unserved)} operations "
            f"(listed in {path})"
        )
    by_reason: dict[str, list[str]] = defaultdict(list)
    for pair, reason in sorted(summary["not_reached_why"].items()):
        by_reason[reason].append(pair)
    for reason, pairs in by_reason.items():
        shown = "; ".join(pairs[:SHOWN_PAIRS]) + ("; ..." if len(pairs) > SHOWN_PAIRS else "")
        write(f"not reached ({len(pairs)}): {reason}: {shown}")
    if _OUTCOMES:
        terminalreporter.section("documented rules")
        for line in rule_report.lines(rules, _OUTCOMES, failed):
            write(line)
    write(f"written to {path}")
