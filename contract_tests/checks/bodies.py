"""Bodies and their labels: 204 is empty, JSON is sent as `application/json`."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response

from contract_tests import http
from contract_tests.checks.base import json_or_fail, operation_of, response_check


@response_check("lists.empty-204")
def no_content_has_no_body(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    if response.status_code != 204 or not http.is_ours(case):
        return None
    body = http.body_bytes(response)
    if body:
        raise AssertionError(f"204 must have an empty body, got {len(body)} bytes: {body[:100]!r}")
    # Over HTTP a client drops what follows a 204, so the header is what shows a body was sent.
    length = http.header(response, "content-length")
    if length not in (None, "0"):
        raise AssertionError(f"204 must have no body, but announces Content-Length: {length}")
    return None


@response_check("openapi.content-type")
def json_sent_as_json(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Errors and every answer documented as JSON are JSON, labelled `application/json`."""
    if not http.body_bytes(response) or not http.is_ours(case):
        return None
    operation = operation_of(case)
    documented_text = (
        operation is not None
        and response.status_code < 400
        and operation.response_schema(response.status_code, "text/plain") is not None
    )
    if documented_text:
        return None
    media_type = http.media_type(response)
    if media_type != "application/json":
        raise AssertionError(
            f"a {response.status_code} body must be sent as application/json, "
            f"got Content-Type {http.header(response, 'content-type')!r}"
        )
    json_or_fail(response, f"{response.status_code} body labelled application/json")
    return None
