"""Broken error answers: 404, malformed JSON, validation."""

from __future__ import annotations

import json
from dataclasses import replace

from contract_tests.selftest.middleware import Mode, Reply, Request

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


MODES = (
    NotFoundAs200,
    FlatErrors,
    MalformedJsonAccepted,
    MissingNameAccepted,
    ValidationWithoutField,
)
