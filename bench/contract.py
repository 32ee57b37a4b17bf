"""Contract suite: cases per second and time to cover every documented (operation, status) pair.

Our suite in process (as `make test` runs it) and over HTTP (as `make contract-live` runs it,
against the mock), side by side with a plain `schemathesis run` over HTTP with default options.
"""

from __future__ import annotations

import statistics
import subprocess
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench import contract_make_test, contract_runs
from bench.contract_make_test import MakeTestRun
from bench.contract_runs import ContractRun
from bench.model import Cell, Section, Settings, Table, Target, ratio
from bench.peers import python_peers
from contract_tests.settings import DEFAULT_MAX_EXAMPLES, DEFAULT_STATEFUL_STEPS

# Each run takes about a minute; more repetitions than this buy little.
MAX_RUNS = 3
TARGET_SECONDS = 90.0
IN_PROCESS, OVER_HTTP, PEER = "ours in process", "ours over HTTP", "plain schemathesis over HTTP"
TOOLS = (IN_PROCESS, OVER_HTTP, PEER)
# File names of each run's logs and reports in the work folder.
SLUGS = {IN_PROCESS: "ours-in-process", OVER_HTTP: "ours-http", PEER: "schemathesis-http"}


def run(settings: Settings) -> Section:
    schemathesis = python_peers() / "schemathesis"
    work = settings.work / "contract"
    work.mkdir(parents=True, exist_ok=True)
    launchers: dict[str, Callable[[str], ContractRun]] = {
        IN_PROCESS: lambda name: contract_runs.ours_in_process(work, name, settings.quick),
        OVER_HTTP: lambda name: contract_runs.ours_over_http(work, name, settings.quick),
        PEER: lambda name: contract_runs.peer_over_http(work, name, settings.quick, schemathesis),
    }
    runs: dict[str, list[ContractRun]] = {tool: [] for tool in TOOLS}
    for index in range(repetitions(settings)):
        # One of each per round: a drift of the (shared) machine hits all three alike.
        for tool in TOOLS:
            runs[tool].append(launchers[tool](f"{SLUGS[tool]}-{index}"))
    # Minutes each (a fresh .venv included): once, and not with --quick.
    make_test = (
        None if settings.quick else contract_make_test.clean_clone_make_test(work, "make-test")
    )
    return section(runs, settings, peer_version(schemathesis), make_test)


def repetitions(settings: Settings) -> int:
    return 1 if settings.quick else min(settings.runs, MAX_RUNS)


def peer_version(schemathesis: Path) -> str:
    done = subprocess.run(
        [str(schemathesis), "--version"], capture_output=True, text=True, timeout=60
    )
    # "schemathesis, version 4.32.5": the last word is the version.
    words = done.stdout.split()
    return words[-1] if words else "?"


def section(
    runs: dict[str, list[ContractRun]],
    settings: Settings,
    version: str,
    make_test: MakeTestRun | None = None,
) -> Section:
    documented = contract_runs.documented_pairs()
    common = frozenset.intersection(
        *(frozenset(run.first_seen) for tool_runs in runs.values() for run in tool_runs)
    )
    summaries = {tool: summarise(tool_runs, common) for tool, tool_runs in runs.items()}
    count = repetitions(settings)
    return Section(
        name="contract",
        title="Contract suite vs plain schemathesis",
        description=description(settings, version, count, len(documented), len(common)),
        command="python -m bench --only contract",
        tables=[
            overview(summaries, len(documented), len(common)),
            by_status(runs, documented),
        ],
        targets=[
            coverage_target(runs[IN_PROCESS], documented),
            *([] if make_test is None else [make_test_target(make_test)]),
        ],
        raw={
            "schemathesis_version": version,
            "repetitions": count,
            "suite_workers": contract_runs.SUITE_WORKERS,
            "documented_pairs": sorted(documented),
            "pairs_every_run_covered": sorted(common),
            "summaries": summaries,
            "runs": {tool: [asdict(run) for run in tool_runs] for tool, tool_runs in runs.items()},
            "make_test_clean_clone": asdict(make_test) if make_test is not None else None,
        },
    )


def description(settings: Settings, version: str, count: int, documented: int, common: int) -> str:
    depth = (
        f"With --quick: {contract_runs.QUICK_EXAMPLES} examples per operation for both tools, "
        f"{contract_runs.QUICK_STATEFUL_STEPS} stateful steps for ours; "
        if settings.quick
        else f"Default depth (ours: {DEFAULT_MAX_EXAMPLES} examples per operation, "
        f"{DEFAULT_STATEFUL_STEPS} stateful steps; schemathesis: its defaults); "
    )
    return (
        f"Medians of {count} round(s); each round runs the three back to back. *Ours in "
        f"process*: `pytest contract_tests -n {contract_runs.SUITE_WORKERS}` as `make test` runs "
        "it, against a fresh in-process mock per engine run; this includes the self-test "
        "(every phase against deliberately broken mocks, whose answers do not count as "
        "coverage). *Ours over HTTP*: the same command with `--live` (what `make contract-live` "
        f"runs, here with the same {contract_runs.SUITE_WORKERS} workers, throttle off) "
        "against `python -m mock_api --db :memory: --no-rate-limit` on loopback; the self-test "
        "and the scenarios a live run only has on request (bursting past the rate limit, "
        "deleting all global state) are skipped there. *Plain schemathesis*: "
        f"schemathesis {version} `run specs/openapi.json --url ... -H 'Authorization: Bearer "
        "...'` from an empty folder (so not our schemathesis.toml), default options (1 worker, "
        "all phases, all built-in checks), plus an NDJSON and JSON report, against a fresh mock "
        f"the same way. {depth}"
        "*Cases* are counted alike for all three from the engine's recorder: every generated "
        "case and stateful step, without the extra requests checks derive from a case; ours "
        "adds one per hand-written scenario request. *Requests* are the exchanges recorded. "
        "*Wall* runs from the process launch to its exit; *cases/s* = cases / wall. "
        f"*Pairs covered* counts the {documented} documented (operation, status) pairs that "
        "got at least one answer; *last new pair* is when the last of them was first "
        "answered, after launch; *common pairs* is when all "
        f"{common} pairs that every run of every tool covered had been answered. *Failures* are "
        "the distinct failures each tool reported (schemathesis: unique failures)."
    )


def summarise(runs: list[ContractRun], common: frozenset[str]) -> dict[str, Any]:
    last = [run.last_new_pair for run in runs if run.last_new_pair is not None]
    shared = [t for t in (run.time_to_cover(common) for run in runs) if t is not None]
    return {
        "cases": statistics.median(run.cases for run in runs),
        "requests": statistics.median(run.requests for run in runs),
        "wall_seconds": statistics.median(run.wall_seconds for run in runs),
        "cases_per_second": statistics.median(run.cases_per_second for run in runs),
        "pairs_covered": statistics.median(len(run.first_seen) for run in runs),
        "last_new_pair_seconds": statistics.median(last) if last else None,
        "common_pairs_seconds": statistics.median(shared) if shared else None,
        "failures": statistics.median(run.failures for run in runs),
        "exit_codes": [run.exit_code for run in runs],
        # What each run covered last: the pair that set its "last new pair" time.
        "last_pairs": [run.last_pair for run in runs],
    }


def overview(summaries: dict[str, dict[str, Any]], documented: int, common: int) -> Table:
    peer_rate = summaries[PEER]["cases_per_second"]
    columns = [
        "tool",
        "workers",
        "cases",
        "requests",
        "wall s",
        "cases/s",
        "cases/s vs schemathesis",
        f"pairs covered / {documented}",
        "last new pair at s",
        f"{common} common pairs at s",
        "failures reported",
    ]
    rows: list[list[Cell]] = []
    for tool, summary in summaries.items():
        workers = 1 if tool == PEER else contract_runs.SUITE_WORKERS
        rows.append(
            [
                tool,
                workers,
                round(summary["cases"]),
                round(summary["requests"]),
                round(summary["wall_seconds"], 1),
                round(summary["cases_per_second"], 1),
                f"{ratio(summary['cases_per_second'], peer_rate):.2f}x",
                summary["pairs_covered"],
                _seconds(summary["last_new_pair_seconds"]),
                _seconds(summary["common_pairs_seconds"]),
                summary["failures"],
            ]
        )
    return Table(title="Cases, speed and coverage (medians)", columns=columns, rows=rows)


def by_status(runs: dict[str, list[ContractRun]], documented: frozenset[str]) -> Table:
    """Documented pairs covered, per status code: where each tool's coverage falls short."""
    statuses = sorted({pair.rsplit(" ", 1)[1] for pair in documented})
    rows: list[list[Cell]] = []
    for status in statuses:
        wanted = {pair for pair in documented if pair.endswith(f" {status}")}
        covered = [
            statistics.median(len(wanted & run.first_seen.keys()) for run in runs[tool])
            for tool in TOOLS
        ]
        rows.append([status, len(wanted), *covered])
    return Table(
        title="Documented pairs covered, by status code (medians)",
        columns=["status", "documented", *TOOLS],
        rows=rows,
    )


def coverage_target(runs: list[ContractRun], documented: frozenset[str]) -> Target:
    missed = sorted(set.union(*(set(documented - run.first_seen.keys()) for run in runs)))
    covered = statistics.median(len(run.first_seen) for run in runs)
    last = [run.last_new_pair for run in runs if run.last_new_pair is not None]
    last_median = statistics.median(last) if last else None
    met = not missed and last_median is not None and last_median <= TARGET_SECONDS
    return Target(
        name="contract suite in process: every documented pair",
        target=f"{len(documented)}/{len(documented)} (operation, status) pairs within "
        f"{TARGET_SECONDS:g} s",
        measured=f"{covered:g}/{len(documented)} covered, the last of them "
        f"{_seconds(last_median)} s after launch",
        met=met,
        note=missed_note(missed),
    )


def make_test_target(run: MakeTestRun) -> Target:
    return Target(
        name="`make test` from a clean clone (fresh .venv included)",
        target=f"<= {contract_make_test.TARGET_SECONDS:g} s on 2 cores",
        measured=f"{run.wall_seconds:.0f} s, exit {run.exit_code}: {run.summary}",
        met=run.exit_code == 0 and run.wall_seconds <= contract_make_test.TARGET_SECONDS,
    )


def missed_note(missed: list[str]) -> str:
    if not missed:
        return ""
    # Known: the docs answer a bogus id with 404, so the mock has no way to answer these 400s.
    by_id_400 = all(
        pair.endswith(" 400") and "{" in pair and pair.split(" ")[0] in ("GET", "DELETE")
        for pair in missed
    )
    reason = (
        "never answered by the mock: the docs answer malformed ids with 404 invalid_ref, so "
        "these documented 400s cannot occur"
        if by_id_400
        else "never covered"
    )
    return f"{len(missed)} pair(s) {reason}: {'; '.join(missed)}"


def _seconds(value: float | None) -> Cell:
    return None if value is None else round(value, 1)
