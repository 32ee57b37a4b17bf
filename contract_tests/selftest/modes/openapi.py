"""Answers that break the spec itself: status, schema, content type, server errors, links."""

from __future__ import annotations

from dataclasses import replace

from contract_tests.selftest.middleware import Forward, Mode, Reply, Request, is_json

CREATES = {"createConnector", "createIntegration"}


class UndocumentedStatus(Mode):
    rule = "openapi.status"
    description = "a successful DELETE answers 200 instead of the documented 204"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.method == "DELETE" and reply.status == 204:
            return replace(reply, status=200)
        return reply


class RequiredFieldMissing(Mode):
    rule = "openapi.schema"
    description = "connectors and integrations come back without their required `name`"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if 200 <= reply.status < 300 and isinstance(body, dict) and "name" in body:
            return reply.with_json({k: v for k, v in body.items() if k != "name"})
        return reply


class BadTimestamp(Mode):
    rule = "openapi.schema"
    variant = "date-time"
    description = "`lastModified` is not an RFC 3339 date-time"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if 200 <= reply.status < 300 and isinstance(body, dict) and "lastModified" in body:
            return reply.with_json({**body, "lastModified": "Tuesday afternoon"})
        return reply


class WrongContentType(Mode):
    rule = "openapi.content-type"
    description = "JSON bodies labelled text/plain"

    def response(self, request: Request, reply: Reply) -> Reply:
        if reply.body and is_json(reply):
            return reply.with_body(reply.body, "text/plain; charset=utf-8")
        return reply


class ServerErrorOnUnicode(Mode):
    rule = "openapi.server-error"
    description = "a body with non-ASCII text crashes the handler (500)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.body and (not request.body.isascii() or b"\\u" in request.body):
            return Reply(500).with_json({"errors": [{"code": "internal", "message": "boom"}]})
        return await forward(request)


class CreateStoresNothing(Mode):
    rule = "openapi.links"
    description = "a create answers 201 but the resource is not kept"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        body = reply.json()
        if request.operation in CREATES and reply.status == 201 and isinstance(body, dict):
            await forward(
                replace(request, method="DELETE", path=f"{request.path}/{body['_id']}", body=b"")
            )
        return reply


class DeleteDeletesNothing(Mode):
    rule = "openapi.links"
    variant = "delete-noop"
    description = "DELETE answers 204 but leaves the resource in place"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "DELETE" and not request.path.endswith("/install"):
            probe = await forward(replace(request, method="GET", body=b""))
            if probe.status == 200:
                return Reply(204)
        return await forward(request)


MODES = (
    UndocumentedStatus,
    RequiredFieldMissing,
    BadTimestamp,
    WrongContentType,
    ServerErrorOnUnicode,
    CreateStoresNothing,
    DeleteDeletesNothing,
)
