"""401 answers: produced before routing, a bare `{"message"}` naming why."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response

from contract_tests import http
from contract_tests.checks.base import json_or_fail, response_check

AUTH_MESSAGES = ("Unauthorized", "Bearer Authentication Failed")


@response_check("auth.missing-header", "auth.bad-token")
def auth_error_is_bare_message(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    if response.status_code != 401 or not http.is_ours(case):
        return None
    body = json_or_fail(response, "401 body")
    if not isinstance(body, dict) or set(body) != {"message"}:
        raise AssertionError(
            f'401 body must be exactly {{"message": ...}}, got {http.excerpt(body)}'
        )
    if body["message"] not in AUTH_MESSAGES:
        raise AssertionError(f"401 message must be one of {AUTH_MESSAGES}, got {body['message']!r}")
    expected = "Unauthorized" if http.sent_authorization(response) is None else AUTH_MESSAGES[1]
    if body["message"] != expected:
        sent = "without" if expected == "Unauthorized" else "with"
        raise AssertionError(
            f"401 for a request {sent} an Authorization header must say {expected!r}, "
            f"got {body['message']!r}"
        )
    return None
