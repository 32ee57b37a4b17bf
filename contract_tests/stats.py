"""What the suite exercised: requests sent and operations x status codes seen, per process."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract_tests import spec


@dataclass
class Stats:
    requests: int = 0
    cases: int = 0
    failures: int = 0
    runs: int = 0
    seconds: float = 0.0
    statuses: Counter[str] = field(default_factory=Counter)
    # "METHOD /path status" -> epoch seconds of the first response with that status.
    first_seen: dict[str, float] = field(default_factory=dict)
    seeds: set[int] = field(default_factory=set)
    # Check name -> failures it reported (what broke which rule, for the rule summary).
    failed_checks: Counter[str] = field(default_factory=Counter)

    def add(
        self,
        *,
        requests: int,
        cases: int,
        failures: int,
        statuses: Counter[tuple[str, int]],
        first_seen: Mapping[tuple[str, int], float],
        seconds: float,
        seed: int | None,
        failed_checks: Iterable[str] = (),
    ) -> None:
        self.runs += 1
        self.failed_checks.update(failed_checks)
        self.requests += requests
        self.cases += cases
        self.failures += failures
        self.seconds += seconds
        for (label, status), count in statuses.items():
            self.statuses[f"{label} {status}"] += count
        for (label, status), when in first_seen.items():
            # Only pairs that count towards coverage get a time (the self-test zeroes the rest).
            if statuses.get((label, status)):
                self._seen(f"{label} {status}", when)
        if seed is not None:
            self.seeds.add(seed)

    def to_json(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "cases": self.cases,
            "failures": self.failures,
            "runs": self.runs,
            "seconds": round(self.seconds, 2),
            "statuses": dict(self.statuses),
            "first_seen": dict(self.first_seen),
            "seeds": sorted(self.seeds),
            "failed_checks": dict(self.failed_checks),
        }

    def merge(self, data: dict[str, Any]) -> None:
        self.requests += int(data["requests"])
        self.cases += int(data["cases"])
        self.failures += int(data["failures"])
        self.runs += int(data["runs"])
        self.seconds += float(data["seconds"])
        self.statuses.update(data["statuses"])
        for key, when in data["first_seen"].items():
            self._seen(key, float(when))
        self.seeds.update(data["seeds"])
        self.failed_checks.update(data.get("failed_checks", {}))

    def _seen(self, key: str, when: float) -> None:
        self.first_seen[key] = min(self.first_seen.get(key, when), when)


def matrix(stats: Stats) -> dict[str, dict[str, int]]:
    """Operation label -> status code -> responses, including documented codes never seen."""
    table: dict[str, dict[str, int]] = {op.label: {} for op in spec.operations()}
    for key, count in stats.statuses.items():
        method, path, status = key.split(" ")
        table.setdefault(f"{method} {path}", {})[status] = count
    return table


def summary(
    stats: Stats,
    wall_seconds: float,
    *,
    started_at: float,
    unserved: frozenset[str] = frozenset(),
    why: Callable[[spec.Operation, str], str] | None = None,
) -> dict[str, Any]:
    """The coverage report; `started_at` is the session's start (epoch seconds); `unserved`:
    operations the target does not implement, listed apart and never counted as tested;
    `why` says why a documented pair of a served operation was not reached."""
    table = matrix(stats)
    operations = {op.label: op for op in spec.operations()}
    documented = {op.label: set(op.status_codes) for op in spec.operations()}
    served = {
        label: codes
        for label, codes in documented.items()
        if operations[label].operation_id not in unserved
    }
    exercised = {label: sorted(codes) for label, codes in table.items()}
    unexercised = {
        label: sorted(codes - set(table.get(label, {})))
        for label, codes in served.items()
        if codes - set(table.get(label, {}))
    }
    undocumented = {
        label: sorted(set(codes) - documented.get(label, set()))
        for label, codes in table.items()
        if set(codes) - documented.get(label, set())
    }
    pairs = sum(len(codes) for codes in table.values())
    served_pairs = sum(len(codes) for codes in served.values())
    seen_served = sum(len(set(table.get(label, {})) & codes) for label, codes in served.items())
    first_seen = {key: round(when - started_at, 3) for key, when in stats.first_seen.items()}
    served_times = [
        first_seen[f"{label} {code}"]
        for label, codes in served.items()
        for code in codes
        if f"{label} {code}" in first_seen
    ]
    not_reached = {
        f"{label} {code}": (why(operations[label], code) if why is not None else "")
        for label, codes in unexercised.items()
        for code in codes
    }
    return {
        "wall_seconds": round(wall_seconds, 1),
        "engine_seconds": round(stats.seconds, 1),
        "requests": stats.requests,
        "generated_cases": stats.cases,
        "runs": stats.runs,
        "failures": stats.failures,
        "seeds": sorted(stats.seeds),
        "operations": len(table),
        "operations_served": len(served),
        "operation_status_pairs": pairs,
        # Documented pairs of the operations the target serves, and how many were answered.
        "documented_pairs_exercised": f"{seen_served}/{served_pairs}",
        "documented_pairs_of_every_operation": sum(len(c) for c in documented.values()),
        "started_at": round(started_at, 3),
        # Seconds after the session started at which each pair was first answered; the last
        # documented one is when coverage stopped growing.
        "first_seen_seconds": first_seen,
        "last_new_documented_pair_seconds": max(served_times, default=None),
        "exercised": exercised,
        "responses": table,
        "documented_but_not_exercised": unexercised,
        "not_reached_why": not_reached,
        "seen_but_undocumented": undocumented,
        "not_implemented_by_target": sorted(
            op.label for op in spec.operations() if op.operation_id in unserved
        ),
    }


def write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
