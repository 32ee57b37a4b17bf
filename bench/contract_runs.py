"""One run of each contract tester: our suite in process, our suite over HTTP, plain schemathesis.

Every run is timed from the moment its process is launched, so "time to the last new pair"
includes start-up for all three, and a pair's time is when its first response was recorded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench import contract_peer
from bench.model import ratio
from bench.processes import free_port, running
from contract_tests import spec
from mock_api.seed import PRIMARY_TOKEN, REGISTERED_EMAILS, SECONDARY_TOKEN

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "specs" / "openapi.json"
# pytest-xdist workers for our suite: what `make test` uses (and this machine's 2 cores).
SUITE_WORKERS = 2
# --quick: shallow runs, enough to see every part work.
QUICK_EXAMPLES = 5
QUICK_STATEFUL_STEPS = 10
# Inherited settings that would change what a run does (depth, seed, target, hooks).
FOREIGN_ENV = ("CONTRACT_", "INTEGRATOR_", "SCHEMATHESIS_")
# pytest: 0 all passed, 1 some tests failed; schemathesis: 0 clean, 1 failures found.
FINISHED = (0, 1)


@dataclass(frozen=True, slots=True)
class ContractRun:
    wall_seconds: float
    cases: int
    requests: int
    failures: int
    exit_code: int
    # Documented "METHOD /path status" -> seconds after launch when it was first answered.
    first_seen: dict[str, float]

    @property
    def cases_per_second(self) -> float:
        return ratio(self.cases, self.wall_seconds)

    @property
    def last_new_pair(self) -> float | None:
        return max(self.first_seen.values(), default=None)

    @property
    def last_pair(self) -> str | None:
        return max(self.first_seen, key=self.first_seen.__getitem__, default=None)

    def time_to_cover(self, pairs: frozenset[str]) -> float | None:
        """When every pair of `pairs` had been answered, or None if one never was."""
        if not pairs <= self.first_seen.keys():
            return None
        return max((self.first_seen[pair] for pair in pairs), default=0.0)


@dataclass(frozen=True, slots=True)
class Timed:
    launched: float
    wall_seconds: float
    exit_code: int


def documented_pairs() -> frozenset[str]:
    """Every documented (operation, status) pair: the mock serves every operation."""
    return frozenset(
        f"{operation.label} {status}"
        for operation in spec.operations()
        for status in operation.status_codes
    )


def operation_labels() -> frozenset[str]:
    return frozenset(operation.label for operation in spec.operations())


def ours_in_process(work: Path, name: str, quick: bool) -> ContractRun:
    report = work / f"{name}.json"
    command = suite_command()
    timed = timed_run(command, REPO, suite_env(report, quick), work / f"{name}.log")
    return read_suite_report(report, timed)


def ours_over_http(work: Path, name: str, quick: bool) -> ContractRun:
    report = work / f"{name}.json"
    with serve_mock(work, name) as base_url:
        env = {
            **suite_env(report, quick),
            "INTEGRATOR_BASE_URL": base_url,
            "INTEGRATOR_API_TOKEN": PRIMARY_TOKEN,
            "INTEGRATOR_SECOND_API_TOKEN": SECONDARY_TOKEN,
            "INTEGRATOR_REGISTERED_EMAIL": REGISTERED_EMAILS[0],
            "CONTRACT_RATE_LIMIT": "off",
        }
        timed = timed_run([*suite_command(), "--live"], REPO, env, work / f"{name}.log")
    return read_suite_report(report, timed)


def peer_over_http(work: Path, name: str, quick: bool, schemathesis: Path) -> ContractRun:
    folder = work / name
    folder.mkdir(parents=True, exist_ok=True)
    require_no_config(folder)
    events, summary = folder / "events.ndjson", folder / "report.json"
    with serve_mock(work, name) as base_url:
        command = [
            str(schemathesis), "run", str(SPEC), "--url", base_url,
            "-H", f"Authorization: Bearer {PRIMARY_TOKEN}",
            # Output only: the event log gives first-seen times, the JSON its failure count.
            "--report", "ndjson,json",
            "--report-ndjson-path", str(events), "--report-json-path", str(summary),
        ]  # fmt: skip
        if quick:
            command += ["--max-examples", str(QUICK_EXAMPLES)]
        # From its own empty folder: no schemathesis.toml, hypothesis database or cache of ours.
        timed = timed_run(command, folder, clean_env(), work / f"{name}.log")
    report = contract_peer.read(events, summary, operation_labels())
    return ContractRun(
        wall_seconds=timed.wall_seconds,
        cases=report.cases,
        requests=report.requests,
        failures=report.failures,
        exit_code=timed.exit_code,
        first_seen=since_launch(report.first_seen, timed.launched),
    )


def suite_command() -> list[str]:
    return [
        sys.executable, "-m", "pytest", "contract_tests", "-n", str(SUITE_WORKERS), "-q",
        "-p", "no:cacheprovider",
    ]  # fmt: skip


def suite_env(report: Path, quick: bool) -> dict[str, str]:
    env = {**clean_env(), "CONTRACT_COVERAGE_REPORT": str(report)}
    if quick:
        env["CONTRACT_MAX_EXAMPLES"] = str(QUICK_EXAMPLES)
        env["CONTRACT_STATEFUL_STEPS"] = str(QUICK_STATEFUL_STEPS)
    return env


def clean_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith(FOREIGN_ENV)}


@contextmanager
def serve_mock(work: Path, name: str) -> Iterator[str]:
    """A fresh mock (empty in-memory store, limiter off) for one run over HTTP."""
    port = free_port()
    command = [
        sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(port),
        "--db", ":memory:", "--no-rate-limit", "--no-access-log",
    ]  # fmt: skip
    with running(command, f"http://127.0.0.1:{port}/", work / f"{name}-mock.log", REPO):
        yield f"http://127.0.0.1:{port}"


def timed_run(
    command: list[str],
    cwd: Path,
    env: Mapping[str, str],
    log: Path,
    finished: tuple[int, ...] = FINISHED,
) -> Timed:
    with log.open("wb") as sink:
        launched, started = time.time(), time.monotonic()
        done = subprocess.run(
            command, cwd=cwd, env=dict(env), stdout=sink, stderr=subprocess.STDOUT, timeout=3600
        )
        wall = time.monotonic() - started
    if done.returncode not in finished:
        raise RuntimeError(f"{command[0]} ... exited with {done.returncode}; see {log}")
    return Timed(launched, wall, done.returncode)


def read_suite_report(report: Path, timed: Timed) -> ContractRun:
    if not report.exists():
        raise RuntimeError(f"the contract suite wrote no coverage report ({report})")
    data = json.loads(report.read_text(encoding="utf-8"))
    started = float(data["started_at"])
    seen = {key: started + float(seconds) for key, seconds in data["first_seen_seconds"].items()}
    return ContractRun(
        wall_seconds=timed.wall_seconds,
        cases=int(data["generated_cases"]),
        requests=int(data["requests"]),
        failures=int(data["failures"]),
        exit_code=timed.exit_code,
        first_seen=since_launch(seen, timed.launched),
    )


def since_launch(first_seen: Mapping[str, float], launched: float) -> dict[str, float]:
    """Documented pairs only, in seconds after the process was launched."""
    documented = documented_pairs()
    return {pair: when - launched for pair, when in first_seen.items() if pair in documented}


def require_no_config(folder: Path) -> None:
    # schemathesis looks for schemathesis.toml in the working folder and its parents.
    for parent in (folder, *folder.parents):
        if (parent / "schemathesis.toml").exists():
            raise RuntimeError(f"{parent / 'schemathesis.toml'} would tune the plain peer run")
