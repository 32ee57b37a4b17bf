"""Broken authentication and account isolation."""

from __future__ import annotations

from dataclasses import replace

from contract_tests.selftest.middleware import Forward, Mode, Reply, Request


class MissingHeaderServed(Mode):
    rule = "auth.missing-header"
    description = "requests without an Authorization header are served as the primary account"

    def request(self, request: Request) -> Request:
        if request.header("authorization") is None:
            return request.with_header("authorization", f"Bearer {self.primary_token}")
        return request


class AuthErrorEnveloped(Mode):
    rule = "auth.missing-header"
    variant = "enveloped"
    description = "401 sent in the error envelope instead of a bare {message}"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if reply.status == 401 and isinstance(body, dict):
            return reply.with_json(
                {"errors": [{"code": "unauthorized", "message": body.get("message", "")}]}
            )
        return reply


class BadTokenServed(Mode):
    rule = "auth.bad-token"
    description = "an unknown token is served as the primary account"

    def request(self, request: Request) -> Request:
        known = {f"Bearer {self.primary_token}", f"Bearer {self.second_token}"}
        sent = request.header("authorization")
        if sent is not None and sent not in known:
            return request.with_header("authorization", f"Bearer {self.primary_token}")
        return request


class BadTokenMessage(Mode):
    rule = "auth.bad-token"
    variant = "message"
    description = "a bad token is answered 'Unauthorized', the message for a missing header"

    def response(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 401 and request.header("authorization") is not None:
            return reply.with_json({"message": "Unauthorized"})
        return reply


class CrossAccountLeak(Mode):
    rule = "accounts.isolated"
    description = "the second account is served the primary account's resources"

    def request(self, request: Request) -> Request:
        if request.header("authorization") == f"Bearer {self.second_token}":
            return request.with_header("authorization", f"Bearer {self.primary_token}")
        return request


class ListsShowOtherAccounts(Mode):
    rule = "accounts.isolated"
    variant = "lists"
    description = "a list of the second account also shows the primary account's records"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        own = f"Bearer {self.second_token}"
        if request.method != "GET" or request.header("authorization") != own:
            return reply
        if request.operation is None or not request.operation.startswith("list"):
            return reply
        other = await forward(request.with_header("authorization", f"Bearer {self.primary_token}"))
        mine, theirs = reply.json() if reply.body else [], other.json() if other.body else []
        if isinstance(mine, list) and isinstance(theirs, list) and theirs:
            merged = replace(reply, status=200)
            return merged.with_json(mine + theirs)
        return reply


MODES = (
    MissingHeaderServed,
    AuthErrorEnveloped,
    BadTokenServed,
    BadTokenMessage,
    CrossAccountLeak,
    ListsShowOtherAccounts,
)
