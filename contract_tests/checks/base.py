"""What the per-response checks share: registration with their rules, and reading answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import schemathesis
from schemathesis import Case, Response

from contract_tests import http, spec
from contract_tests.rules import registry

CheckFunction = TypeVar("CheckFunction", bound=Callable[..., Any])


def response_check(*rules: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a schemathesis check that enforces `rules` (ids of the rule tables)."""

    def register(function: CheckFunction) -> CheckFunction:
        registry.register(function.__name__, "response", rules)
        schemathesis.check(function)
        return function

    return register


def json_or_fail(response: Response, what: str) -> Any:
    try:
        return http.json_body(response)
    except http.NotJson as exc:
        raise AssertionError(f"{what}: {exc}") from None


def operation_of(case: Case[Any]) -> spec.Operation | None:
    return spec.by_label(case.operation.label)


def successful_json(response: Response, case: Case[Any]) -> Any | None:
    """The body of a 2xx JSON answer to one of our operations; None for anything else."""
    if not 200 <= response.status_code < 300 or not http.is_ours(case):
        return None
    if not http.body_bytes(response) or http.media_type(response) != "application/json":
        return None
    try:
        return http.json_body(response)
    except http.NotJson:
        return None


def query_text(case: Case[Any], name: str) -> str | None:
    """A query parameter as sent (the engine generates typed values, scenarios send text)."""
    value = (case.query or {}).get(name)
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(item) for item in value)
    return str(value)


def query_int(case: Case[Any], name: str) -> int | None:
    text = query_text(case, name)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None
