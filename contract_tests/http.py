"""Small helpers for looking at a schemathesis `Response` the way the checks need."""

from __future__ import annotations

import json
from typing import Any

from schemathesis import Case, Response
from schemathesis.specs.openapi.checks import is_unexpected_http_status_case

from contract_tests import spec


class NotJson(Exception):
    pass


def header(response: Response, name: str) -> str | None:
    values = response.headers.get(name.lower())
    if not values:
        return None
    return values[0]


def media_type(response: Response) -> str | None:
    raw = header(response, "content-type")
    if raw is None:
        return None
    return raw.split(";", 1)[0].strip().lower()


def body_bytes(response: Response) -> bytes:
    return response.content or b""


def json_body(response: Response) -> Any:
    raw = body_bytes(response)
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise NotJson(f"body is not JSON: {raw[:200]!r}") from exc


def error_codes(body: Any) -> list[Any]:
    """The `code` of each item of an error envelope's `errors`; [] for any other body."""
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        return []
    return [item.get("code") for item in body["errors"] if isinstance(item, dict)]


def sent_authorization(response: Response) -> str | None:
    value = response.request.headers.get("Authorization")
    return None if value is None else str(value)


def is_ours(case: Case[Any]) -> bool:
    """Only judge operations of the integrator.io spec; other suites may share the process."""
    raw_schema = getattr(case.operation.schema, "raw_schema", None)
    if not isinstance(raw_schema, dict) or raw_schema.get("info", {}).get("title") != spec.title():
        return False
    # Undeclared methods and bogus Content-Types are malformed on purpose; like schemathesis'
    # built-in checks, only a server error is a finding there (`not_a_server_error` covers it).
    return not is_unexpected_http_status_case(case)


def excerpt(value: Any, limit: int = 300) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"
