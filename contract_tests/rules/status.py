"""Where each rule stands against a target: its checks, which of its scenarios wait for
operations the target does not serve, which catch a known deviation."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from contract_tests.rules import deviations, registry
from contract_tests.scenarios import SCENARIOS, Scenario


@dataclass(frozen=True)
class RuleState:
    rule: str
    checks: tuple[str, ...]
    scenarios: tuple[Scenario, ...]
    waiting: tuple[Scenario, ...]
    deviating: tuple[Scenario, ...]

    @property
    def runnable(self) -> tuple[Scenario, ...]:
        return tuple(s for s in self.scenarios if s not in self.waiting and s not in self.deviating)

    def describe(self) -> str:
        """The README's "in this branch" cell."""
        parts = []
        if not self.waiting:
            parts.append("checked")
        elif len(self.waiting) == len(self.scenarios):
            parts.append("waiting for the mock")
        else:
            parts.append(
                f"checked; {len(self.waiting)} of {len(self.scenarios)} scenarios waiting for the mock"
            )
        if self.deviating:
            names = ", ".join(f"`{s.name}`" for s in self.deviating)
            parts.append(f"mock deviates ({names})")
        return "; ".join(parts)


def state(rule: str, unserved: frozenset[str], mock_under_construction: bool) -> RuleState:
    scenarios = tuple(s for s in SCENARIOS if rule in s.rules)
    return RuleState(
        rule,
        tuple(entry.name for entry in registry.checks_for(rule)),
        scenarios,
        tuple(s for s in scenarios if s.waiting_for(unserved)),
        tuple(
            s
            for s in scenarios
            if not s.waiting_for(unserved)
            and deviations.expected(s.name, mock_under_construction) is not None
        ),
    )


def expand(patterns: tuple[str, ...], names: tuple[str, ...]) -> tuple[set[str], list[str]]:
    """The names the patterns (with `*`) match, and the patterns that match nothing."""
    matched: set[str] = set()
    unmatched = []
    for pattern in patterns:
        found = set(fnmatch.filter(names, pattern))
        if not found:
            unmatched.append(pattern)
        matched |= found
    return matched, unmatched
