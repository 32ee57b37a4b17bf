"""Per-response checks: registered with schemathesis, so the fuzzing and stateful phases and
every scenario request run them next to the built-in checks; each names the rule it enforces.
"""

from contract_tests.checks import (
    auth,
    bodies,
    errors,
    fields,
    isolation,
    jobs,
    lists,
    secrets,
)

__all__ = ["auth", "bodies", "errors", "fields", "isolation", "jobs", "lists", "secrets"]
