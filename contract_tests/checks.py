"""Checks for the documented behaviour the OpenAPI schema alone cannot express.

Each function is registered with schemathesis, so the fuzzing phases, the stateful phase and
`case.call_and_validate()` all run them next to the built-in checks.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests import http, response_validators, spec

AUTH_MESSAGES = ("Unauthorized", "Bearer Authentication Failed")
READ_ONLY_ECHO_FIELDS = ("_id", "lastModified")


def _json_or_fail(response: Response, what: str) -> Any:
    try:
        return http.json_body(response)
    except http.NotJson as exc:
        raise AssertionError(f"{what}: {exc}") from None


@schemathesis.check
def auth_error_is_bare_message(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """401 is produced before routing: a bare `{"message"}` naming why, never the envelope."""
    if response.status_code != 401 or not http.is_ours(case):
        return None
    body = _json_or_fail(response, "401 body")
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


def _envelope_problems(body: Any) -> list[str]:
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


@schemathesis.check
def error_uses_envelope(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every error other than 401 is `{"errors": [{"code", "message", "field"?}]}`."""
    if response.status_code < 400 or response.status_code == 401 or not http.is_ours(case):
        return None
    body = _json_or_fail(response, f"{response.status_code} body")
    problems = _envelope_problems(body)
    if problems:
        raise AssertionError(
            f"{response.status_code} is not the error envelope: " + "; ".join(problems)
        )
    return None


@schemathesis.check
def not_found_is_invalid_ref(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    if response.status_code != 404 or not http.is_ours(case):
        return None
    codes = http.error_codes(_json_or_fail(response, "404 body"))
    if "invalid_ref" not in codes:
        raise AssertionError(f"404 must carry code `invalid_ref`, got codes {codes!r}")
    return None


@schemathesis.check
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


@schemathesis.check
def no_content_has_no_body(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    if response.status_code != 204 or not http.is_ours(case):
        return None
    body = http.body_bytes(response)
    if body:
        raise AssertionError(f"204 must have an empty body, got {len(body)} bytes: {body[:100]!r}")
    return None


@schemathesis.check
def json_sent_as_json(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every body this API sends is JSON, labelled `application/json`, unless the spec
    documents another media type for that answer (state writes and debug logs: text/plain)."""
    if not http.body_bytes(response) or not http.is_ours(case):
        return None
    media_type = http.media_type(response)
    operation = spec.by_label(case.operation.label)
    if (
        media_type != "application/json"
        and media_type is not None
        and operation is not None
        and operation.response_schema(response.status_code, media_type) is not None
    ):
        return None
    if media_type != "application/json":
        raise AssertionError(
            f"a {response.status_code} body must be sent as application/json, "
            f"got Content-Type {http.header(response, 'content-type')!r}"
        )
    _json_or_fail(response, f"{response.status_code} body labelled application/json")
    return None


@schemathesis.check
def read_only_fields_are_system_set(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """`_id` and `lastModified` come from the server: never echoed from the request body."""
    if not 200 <= response.status_code < 300 or not http.is_ours(case):
        return None
    if case.method.upper() not in {"POST", "PUT"} or not isinstance(case.body, dict):
        return None
    if http.media_type(response) != "application/json":
        return None
    body = _json_or_fail(response, "2xx body")
    if not isinstance(body, dict):
        return None
    for field in READ_ONLY_ECHO_FIELDS:
        sent = case.body.get(field)
        if sent is not None and body.get(field) == sent:
            raise AssertionError(f"read-only `{field}` was taken from the request body: {sent!r}")
    path_id = (case.path_parameters or {}).get("_id")
    operation = spec.by_label(case.operation.label)
    returns_same_resource = operation is not None and operation.operation_id in {
        "updateConnector",
        "updateIntegration",
    }
    if returns_same_resource and "_id" in body and body["_id"] != path_id:
        raise AssertionError(f"`_id` {body['_id']!r} differs from the path's {path_id!r}")
    return None


@schemathesis.check
def response_formats_conform(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Formats in documented responses hold, `objectId` included (jsonschema_rs skips unknown formats)."""
    if not http.body_bytes(response) or http.media_type(response) != "application/json":
        return None
    if not http.is_ours(case):
        return None
    operation = spec.by_label(case.operation.label)
    if operation is None:
        return None
    validator = response_validators.for_response(operation, response.status_code)
    if validator is None:
        return None
    try:
        body = http.json_body(response)
    except http.NotJson:
        return None
    problems = [
        f"{'/' + '/'.join(map(str, error.instance_path))}: {error.message}"
        for error in validator.iter_errors(body)
        if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Format)
    ]
    if problems:
        raise AssertionError("response value breaks its format: " + "; ".join(problems[:3]))
    return None
