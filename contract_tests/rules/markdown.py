"""The suite's rule table as the code declares it, for contract_tests/README.md:
`python -m contract_tests.rules` prints it; test_rules.py requires the README to say the same."""

from __future__ import annotations

from collections import defaultdict

from contract_tests.rules import status, tables
from contract_tests.scenarios.listings import LISTINGS
from contract_tests.scenarios.resources import RESOURCES
from contract_tests.selftest.modes import MODES

HEADER = "| rule | checks | self-test modes | live |\n|---|---|---|---|"
# Scenarios declared once per resource or list end with its name.
FAMILY_SUFFIXES = tuple(
    sorted(
        {r.name for r in RESOURCES} | {listing.name for listing in LISTINGS}, key=len, reverse=True
    )
)


def collapse(names: tuple[str, ...]) -> list[str]:
    """Scenario check names, a family of two or more as one `prefix_*` pattern."""
    families: dict[str, list[str]] = defaultdict(list)
    single: list[str] = []
    for name in names:
        suffix = next((s for s in FAMILY_SUFFIXES if name.endswith("_" + s)), None)
        if suffix is None or not name.startswith("scenario:"):
            single.append(name)
        else:
            families[name[: -len(suffix)]].append(name)
    patterns = list(single)
    for prefix, members in families.items():
        patterns += [prefix + "*"] if len(members) > 1 else members
    return sorted(patterns, key=lambda p: (not p.startswith("scenario:"), p))


def rule_ids() -> list[str]:
    return [*tables.documented_rules(), *tables.spec_rules()]


def row(rule: str) -> str:
    state = status.state(rule)
    checks = ", ".join(f"`{name}`" for name in collapse(state.checks)) or "none"
    modes = ", ".join(f"`{name}`" for name in sorted(n for n, m in MODES.items() if m.rule == rule))
    return f"| `{rule}` | {checks} | {modes or 'none'} | {state.describe_live()} |"


def table() -> str:
    return "\n".join([HEADER, *(row(rule) for rule in rule_ids())])
