"""What every scenario shares: its declaration (name, rules, operations) and small helpers.

A scenario runs live: it creates what it needs in the account, deletes it again when it ends
(`Session.cleanup`), and never relies on an empty account or on data it did not make.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from contract_tests import http
from contract_tests.rules import registry
from contract_tests.session import Session

UNKNOWN_ID = "0123456789abcdef01234567"
BAD_TOKEN = "not-a-valid-token"
# Settings a live target may lack; each scenario names the ones it needs.
NEEDS = ("second_token", "registered_email", "burst", "wipe")


@dataclass(frozen=True)
class Scenario:
    name: str
    run: Callable[[Session], None]
    # The ids of the rules (mock_api/README.md, contract_tests/README.md) it enforces.
    rules: tuple[str, ...]
    # The operations it sends; None: every operation the target serves.
    operations: frozenset[str] | None
    needs: tuple[str, ...] = ()
    # It needs the target's rate limiter (in process it is switched on for it).
    rate_limited: bool = False

    @property
    def check_name(self) -> str:
        return f"scenario:{self.name}"


SCENARIOS: list[Scenario] = []


def declare(
    name: str,
    run: Callable[[Session], None],
    rules: Iterable[str],
    operations: Iterable[str] | None,
    *,
    needs: Iterable[str] = (),
    rate_limited: bool = False,
) -> Scenario:
    needs = tuple(needs)
    unknown = set(needs) - set(NEEDS)
    if unknown:
        raise ValueError(f"{name}: unknown needs {sorted(unknown)}")
    scenario = Scenario(
        name,
        run,
        tuple(rules),
        None if operations is None else frozenset(operations),
        needs,
        rate_limited,
    )
    if any(existing.name == name for existing in SCENARIOS):
        raise ValueError(f"two scenarios are named {name}")
    SCENARIOS.append(scenario)
    registry.register(scenario.check_name, "scenario", scenario.rules)
    return scenario


def json_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def error_codes(response: httpx.Response) -> list[Any]:
    return http.error_codes(json_of(response))


def error_fields(response: httpx.Response) -> list[Any]:
    body = json_of(response)
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return []
    return [item.get("field") for item in body["errors"] if isinstance(item, dict)]


def ids_of(response: httpx.Response, key: str = "_id") -> list[Any]:
    """The `key` of each record of a list answer (a 204 is an empty list)."""
    if response.status_code == 204:
        return []
    body = json_of(response)
    if not isinstance(body, list):
        return []
    return [item.get(key) for item in body if isinstance(item, dict)]


def unique(what: str) -> str:
    """A name no other run uses, so live data made by the suite is recognisable. Not plain
    ASCII, as names in the wild are not."""
    return f"contract {what} {secrets.token_hex(4)} ✓"


def described(response: httpx.Response) -> str:
    codes = error_codes(response)
    return f"{response.status_code}{' ' + str(codes) if codes else ''}"
