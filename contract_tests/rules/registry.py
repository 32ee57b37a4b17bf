"""Which checks enforce which rule, filled in as the checks and scenarios are declared.

A check is named as it appears in a failure record: a per-response check by its function
name, a schemathesis built-in by its own name, a scenario as `scenario:<name>`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["response", "builtin", "scenario"]
SCENARIO_PREFIX = "scenario:"


@dataclass(frozen=True)
class CheckEntry:
    name: str
    kind: Kind
    rules: tuple[str, ...]


_ENTRIES: dict[str, CheckEntry] = {}


def register(name: str, kind: Kind, rules: tuple[str, ...]) -> None:
    if not rules:
        raise ValueError(f"{name}: a check must name the rule(s) it enforces")
    known = _ENTRIES.get(name)
    if known is not None and known != CheckEntry(name, kind, rules):
        raise ValueError(f"{name} is registered twice with different rules")
    _ENTRIES[name] = CheckEntry(name, kind, rules)


def entries() -> tuple[CheckEntry, ...]:
    _load()
    return tuple(sorted(_ENTRIES.values(), key=lambda entry: entry.name))


def entry(name: str) -> CheckEntry | None:
    _load()
    return _ENTRIES.get(name)


def rules_of(name: str) -> tuple[str, ...]:
    found = entry(name)
    return found.rules if found is not None else ()


def checks_for(rule: str) -> tuple[CheckEntry, ...]:
    return tuple(item for item in entries() if rule in item.rules)


def _load() -> None:
    # Declaring the checks and scenarios is what fills the registry.
    from contract_tests import checks, scenarios  # noqa: F401
    from contract_tests.rules import builtin  # noqa: F401
