"""Where each rule stood in a run: from the outcomes of its scenarios."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from contract_tests.rules import registry
from contract_tests.scenarios import SCENARIOS

PASSED, FAILED, SKIPPED = "passed", "failed", "skipped"


@dataclass(frozen=True)
class Outcome:
    kind: str
    reason: str = ""


def verdict(
    rule: str, outcomes: dict[str, Outcome], failed_checks: Mapping[str, int]
) -> tuple[str, str]:
    """(verdict, detail) of one rule; the verdict is one of: checked, checked on every answer,
    partly checked, failed, not checked, not run."""
    own = [s.name for s in SCENARIOS if rule in s.rules]
    broken = sorted(
        entry.name
        for entry in registry.checks_for(rule)
        if entry.kind != "scenario" and failed_checks.get(entry.name)
    )
    if broken:
        return "failed", f"reported by {', '.join(broken)}"
    if not own:
        return "checked on every answer", "by per-response checks"
    seen = {name: outcomes[name] for name in own if name in outcomes}
    if not seen:
        return "not run", ""
    kinds = Counter(outcome.kind for outcome in seen.values())
    skipped = sorted({o.reason.split(":")[0] for o in seen.values() if o.kind == SKIPPED})
    if kinds[FAILED]:
        return "failed", f"{kinds[FAILED]} of {len(own)} scenarios"
    if kinds[PASSED] == len(own):
        return "checked", ""
    if kinds[PASSED]:
        return (
            "partly checked",
            f"{kinds[SKIPPED]} of {len(own)} scenarios not run: {'; '.join(skipped)}",
        )
    return "not checked", "; ".join(skipped)


def lines(
    rules: list[str], outcomes: dict[str, Outcome], failed_checks: Mapping[str, int]
) -> list[str]:
    verdicts = {rule: verdict(rule, outcomes, failed_checks) for rule in rules}
    counts = Counter(kind for kind, _ in verdicts.values())
    found = [
        f"{len(rules)} rules: "
        + ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
    ]
    for rule, (kind, detail) in verdicts.items():
        if kind not in ("checked", "checked on every answer"):
            found.append(f"  {rule:<34} {kind}{': ' + detail if detail else ''}")
    return found
