"""How a rule is checked in a live run: its checks, and which of its scenarios need something
a live run only has when asked for (a second account, a registered user, bursting past the
rate limit, wiping global state)."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from contract_tests.rules import registry
from contract_tests.scenarios import SCENARIOS, Scenario

# What a live run needs for a scenario of each kind (settings.py skips it otherwise).
NEED_VARIABLES = {
    "second_token": "`INTEGRATOR_SECOND_API_TOKEN`",
    "registered_email": "`INTEGRATOR_REGISTERED_EMAIL`",
    "burst": "`CONTRACT_BURST=1`",
    "wipe": "`CONTRACT_ALLOW_WIPE=1`",
}


@dataclass(frozen=True)
class RuleState:
    rule: str
    checks: tuple[str, ...]
    scenarios: tuple[Scenario, ...]

    @property
    def needing(self) -> tuple[Scenario, ...]:
        return tuple(s for s in self.scenarios if s.needs)

    def describe_live(self) -> str:
        """The README's "live" cell: always, or what the live run must be given."""
        needing = self.needing
        if not needing:
            return "always"
        if len(needing) < len(self.scenarios):
            union = sorted({need for s in needing for need in s.needs})
            return f"always; {len(needing)} of {len(self.scenarios)} scenarios with {_names(union)}"
        common = sorted(set.intersection(*(set(s.needs) for s in needing)))
        found = f"with {_names(common)}"
        extra = [s for s in needing if set(s.needs) - set(common)]
        if extra:
            more = sorted({need for s in extra for need in s.needs} - set(common))
            found += f"; {len(extra)} of {len(needing)} scenarios also {_names(more)}"
        per_response = [
            name for name in self.checks if not name.startswith(registry.SCENARIO_PREFIX)
        ]
        return found + ("; its per-response checks always" if per_response else "")


def _names(needs: list[str]) -> str:
    return ", ".join(NEED_VARIABLES[need] for need in needs)


def state(rule: str) -> RuleState:
    return RuleState(
        rule,
        tuple(entry.name for entry in registry.checks_for(rule)),
        tuple(s for s in SCENARIOS if rule in s.rules),
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
