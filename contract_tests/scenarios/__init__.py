"""The documented behaviour as scenarios: each names the rules it enforces and the operations it
sends; `SCENARIOS` lists them in the order they are declared."""

from contract_tests.scenarios import (
    auth,
    clone,
    connections,
    connectors,
    crud,
    errors,
    exports,
    fields,
    integrations,
    isolation,
    jobs,
    lists,
    offline,
    projection,
    query,
    ratelimit,
    references,
    secrets,
    state,
    templates,
    tokeninfo,
)
from contract_tests.scenarios.base import SCENARIOS, Scenario

__all__ = [
    "SCENARIOS",
    "Scenario",
    "auth",
    "clone",
    "connections",
    "connectors",
    "crud",
    "errors",
    "exports",
    "fields",
    "integrations",
    "isolation",
    "jobs",
    "lists",
    "offline",
    "projection",
    "query",
    "ratelimit",
    "references",
    "secrets",
    "state",
    "templates",
    "tokeninfo",
]


def by_name(name: str) -> Scenario:
    for scenario in SCENARIOS:
        if scenario.name == name:
            return scenario
    raise KeyError(name)
