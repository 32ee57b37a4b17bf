"""Reading what a plain `schemathesis run` reported: its NDJSON event log and JSON summary.

The event log holds every scenario the engine finished, with each case and each recorded
exchange (and its wall-clock timestamp), which is what the contract suite itself reads from the
same engine in process. So cases, requests and first-seen (operation, status) pairs are counted
here exactly as contract_tests/runner.py counts them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCENARIO_EVENT = '{"ScenarioFinished"'


@dataclass(frozen=True, slots=True)
class PeerReport:
    cases: int
    requests: int
    failures: int
    # "METHOD /path status" -> epoch seconds of the first response with that status.
    first_seen: dict[str, float]


def read(events: Path, summary: Path, operations: frozenset[str]) -> PeerReport:
    """`operations` are the spec's operation labels ("GET /v1/connectors")."""
    cases = requests = 0
    first_seen: dict[str, float] = {}
    for recorder in scenarios(events):
        cases += sum(1 for node in recorder.get("cases", {}).values() if _generated(node))
        requests += len(recorder.get("interactions", {}))
        for pair, when in answered(recorder, operations):
            first_seen[pair] = min(first_seen.get(pair, when), when)
    report = json.loads(summary.read_text(encoding="utf-8"))
    return PeerReport(cases, requests, int(report["test_cases"]["unique_failures"]), first_seen)


def scenarios(events: Path) -> Iterator[dict[str, Any]]:
    with events.open(encoding="utf-8") as lines:
        for line in lines:
            # Only finished scenarios carry the recorder; skip decoding everything else.
            if line.startswith(SCENARIO_EVENT):
                yield json.loads(line)["ScenarioFinished"]["recorder"]


def answered(recorder: dict[str, Any], operations: frozenset[str]) -> Iterator[tuple[str, float]]:
    cases = recorder.get("cases", {})
    for case_id, interaction in recorder.get("interactions", {}).items():
        node = cases.get(case_id)
        if node is None or interaction.get("response") is None:
            continue
        status = interaction["response"]["status_code"]
        label = operation(node, recorder["label"], operations)
        yield f"{label} {status}", float(interaction["timestamp"])


def operation(node: dict[str, Any], scenario_label: str, operations: frozenset[str]) -> str:
    value = node["value"]
    own = f"{value['method']} {value['path']}"
    # The coverage phase also sends undocumented methods (TRACE, ...) to an operation's path;
    # like `Case.operation` in process, those count for the operation whose scenario sent them.
    return own if own in operations else scenario_label


def _generated(node: dict[str, Any]) -> bool:
    # As contract_tests/runner.py: a scenario's own cases and stateful steps; not the extra
    # requests that checks derive from a case (those have a parent but no transition).
    return node.get("parent_id") is None or node.get("transition") is not None
