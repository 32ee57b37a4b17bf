"""Error answers other than 401: the envelope, 404 `invalid_ref`, 429 with `Retry-After`."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response

from contract_tests import http
from contract_tests.checks.base import json_or_fail, response_check


def envelope_problems(body: Any) -> list[str]:
    if not isinstance(body, dict) or "errors" not in body:
        return [f'body must be {{"errors": [...]}}, got {http.excerpt(body)}']
    errors = body["errors"]
    if not isinstance(errors, list) or not errors:
        return [f"`errors` must be a non-empty list, got {http.excerpt(errors)}"]
    problems = []
    for index, item in enumerate(errors):
        if not isinstance(item, dict):
            problems.append(f"errors[{index}] must be an object, got {http.excerpt(item)}")
            continue
        if not isinstance(item.get("message"), str):
            problems.append(
                f"errors[{index}].message must be a string, got {item.get('message')!r}"
            )
        code = item.get("code")
        # bool is an int subclass in Python but not an integer in JSON.
        if isinstance(code, bool) or not isinstance(code, (str, int)):
            problems.append(f"errors[{index}].code must be a string or an integer, got {code!r}")
        if "field" in item and not isinstance(item["field"], str):
            problems.append(f"errors[{index}].field must be a string, got {item['field']!r}")
    return problems


@response_check("errors.not-found", "errors.malformed-json", "errors.validation")
def error_uses_envelope(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every error other than 401 is `{"errors": [{"code", "message", "field"?}]}`."""
    if response.status_code < 400 or response.status_code == 401 or not http.is_ours(case):
        return None
    body = json_or_fail(response, f"{response.status_code} body")
    problems = envelope_problems(body)
    if problems:
        raise AssertionError(
            f"{response.status_code} is not the error envelope: " + "; ".join(problems)
        )
    return None


@response_check("errors.not-found")
def not_found_is_invalid_ref(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    if response.status_code != 404 or not http.is_ours(case):
        return None
    codes = http.error_codes(json_or_fail(response, "404 body"))
    if "invalid_ref" not in codes:
        raise AssertionError(f"404 must carry code `invalid_ref`, got codes {codes!r}")
    return None


@response_check("ratelimit.429")
def rate_limit_has_retry_after(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    if response.status_code != 429 or not http.is_ours(case):
        return None
    value = http.header(response, "retry-after")
    if value is None:
        raise AssertionError("429 without a Retry-After header")
    if not value.strip().isdigit() or int(value) < 1:
        raise AssertionError(f"Retry-After must be a whole number of seconds >= 1, got {value!r}")
    return None
