"""Broken error answers: 404, malformed JSON, validation."""

from __future__ import annotations

import json
from dataclasses import replace

from contract_tests import spec
from contract_tests.selftest.middleware import Forward, Mode, Reply, Request

MODE_CREATES = {
    "createConnector",
    "createIntegration",
    "createConnection",
    "createExport",
    "createImport",
    "createFlow",
    "createTemplate",
}


class NotFoundAs200(Mode):
    rule = "errors.not-found"
    description = "404 answered as 200 (with the error body)"

    def response(self, request: Request, reply: Reply) -> Reply:
        return replace(reply, status=200) if reply.status == 404 else reply


class FlatErrors(Mode):
    rule = "errors.not-found"
    variant = "flat"
    description = "errors sent as a bare {code, message} instead of {errors: [...]}"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if (
            reply.status >= 400
            and reply.status != 401
            and isinstance(body, dict)
            and body.get("errors")
        ):
            return reply.with_json(body["errors"][0])
        return reply


class MalformedJsonAccepted(Mode):
    rule = "errors.malformed-json"
    description = "a body that is not JSON is read as an empty object"

    def request(self, request: Request) -> Request:
        if request.body:
            try:
                json.loads(request.body)
            except ValueError:
                return replace(request, body=b"{}")
        return request


class MissingNameAccepted(Mode):
    rule = "errors.validation"
    description = "creates without the required `name` are accepted (a default is filled in)"

    def request(self, request: Request) -> Request:
        body = request.json()
        if request.operation in MODE_CREATES and isinstance(body, dict) and "name" not in body:
            return request.with_json({**body, "name": "filled-in"})
        return request


class ValidationWithoutField(Mode):
    rule = "errors.validation"
    variant = "no-field"
    description = "422 answers do not say which field is at fault"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if reply.status == 422 and isinstance(body, dict) and isinstance(body.get("errors"), list):
            items = [{k: v for k, v in item.items() if k != "field"} for item in body["errors"]]
            return reply.with_json({"errors": items})
        return reply


def _refused_by_schema(operation_id: str | None, body: object) -> str | None:
    """The field a body misses (or "" when it is not an object), by the operation's schema."""
    schema = spec.by_id(operation_id).request_schema() if operation_id else None
    if schema is None or spec.resolve(schema).get("type") != "object":
        return None
    if not isinstance(body, dict):
        return ""
    missing = sorted(spec.required_fields(schema) - set(body))
    return missing[0] if missing else None


class BodyCheckedBeforePath(Mode):
    rule = "errors.order"
    description = "the body is validated before the path is looked up: 422 for an unknown id"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        if reply.status != 404 or not request.body:
            return reply
        field = _refused_by_schema(request.operation, request.json())
        if field is None:
            return reply
        item = {"code": "missing_required_field", "message": f"{field} is required."}
        if field:
            item["field"] = field
        return reply.with_json({"errors": [item]}, status=422)


class PathBeforeParsing(Mode):
    rule = "errors.order"
    variant = "lookup-first"
    description = "the path is looked up before the body is parsed: 404 for a malformed body"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        malformed = bool(request.body) and request.json() is None
        # `[]` is refused by an object schema after the lookup, so the probe changes nothing.
        if malformed and _refused_by_schema(request.operation, []) == "":
            looked_up = await forward(replace(request, body=b"[]"))
            if looked_up.status == 404:
                return looked_up
        return await forward(request)


MODES = (
    BodyCheckedBeforePath,
    PathBeforeParsing,
    NotFoundAs200,
    FlatErrors,
    MalformedJsonAccepted,
    MissingNameAccepted,
    ValidationWithoutField,
)
