"""Broken server-set fields and PUT."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from contract_tests import spec
from contract_tests.selftest.middleware import Forward, Mode, Reply, Request


def _documents(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, dict):
        return [body]
    if isinstance(body, list):
        return [item for item in body if isinstance(item, dict)]
    return []


def _rewrite(reply: Reply, change: Any) -> Reply:
    """Apply `change(document)` to every document of a JSON answer."""
    body = reply.json()
    documents = _documents(body)
    if not documents:
        return reply
    for document in documents:
        change(document)
    return reply.with_json(body)


class ReadOnlyTaken(Mode):
    rule = "fields.read-only"
    description = "read-only values the client sends (handle, numInstalls, ...) are kept"

    def __init__(self, primary_token: str, second_token: str) -> None:
        super().__init__(primary_token, second_token)
        self.kept: dict[str, dict[str, Any]] = {}

    def response(self, request: Request, reply: Reply) -> Reply:
        operation = request.operation
        body = request.json()
        if operation is not None and request.method in ("POST", "PUT") and isinstance(body, dict):
            read_only = spec.read_only_fields(spec.by_id(operation).request_schema()) - {"_id"}
            sent = {name: body[name] for name in read_only if name in body}
            answer = reply.json()
            if sent and 200 <= reply.status < 300 and isinstance(answer, dict) and "_id" in answer:
                self.kept.setdefault(str(answer["_id"]), {}).update(sent)

        def change(document: dict[str, Any]) -> None:
            document.update(self.kept.get(str(document.get("_id")), {}))

        return _rewrite(reply, change) if 200 <= reply.status < 300 else reply


class UuidIds(Mode):
    rule = "fields.read-only"
    variant = "uuid-ids"
    description = "`_id` in answers is a UUID, not 24 hex digits"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if 200 <= reply.status < 300 and isinstance(body, dict) and "_id" in body:
            return reply.with_json({**body, "_id": str(uuid.uuid4())})
        return reply


class FrozenLastModified(Mode):
    rule = "fields.last-modified"
    description = "`lastModified` keeps the value it had when the resource was created"

    def __init__(self, primary_token: str, second_token: str) -> None:
        super().__init__(primary_token, second_token)
        self.first: dict[str, Any] = {}

    def response(self, request: Request, reply: Reply) -> Reply:
        def change(document: dict[str, Any]) -> None:
            if "_id" in document and "lastModified" in document:
                key = str(document["_id"])
                document["lastModified"] = self.first.setdefault(key, document["lastModified"])

        return _rewrite(reply, change) if 200 <= reply.status < 300 else reply


class PutMerges(Mode):
    rule = "put.replaces"
    description = "PUT merges the body into the stored document instead of replacing it"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        operation = request.operation or ""
        body = request.json()
        if (
            request.method != "PUT"
            or not operation.startswith("update")
            or not isinstance(body, dict)
        ):
            return await forward(request)
        current = await forward(replace(request, method="GET", body=b"", query=""))
        stored = current.json()
        if current.status != 200 or not isinstance(stored, dict):
            return await forward(request)
        return await forward(request.with_json({**stored, **body}))


MODES = (ReadOnlyTaken, UuidIds, FrozenLastModified, PutMerges)
