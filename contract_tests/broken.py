"""Deliberately broken variants of the mock, for the suite's self-test.

`BrokenMock` is ASGI middleware around an unmodified mock: each mode rewrites requests or
responses to imitate one class of server defect, so the mock's own code stays correct.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field, replace
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

COLLECTIONS = ("/v1/connectors", "/v1/integrations")


def _parse_json(body: bytes) -> Any:
    """The body as JSON, or None when it is not JSON."""
    try:
        return json.loads(body)
    except ValueError:
        return None


@dataclass
class Request:
    method: str
    path: str
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None

    def with_header(self, name: str, value: str | None) -> Request:
        wanted = name.lower().encode()
        headers = [(k, v) for k, v in self.headers if k.lower() != wanted]
        if value is not None:
            headers.append((wanted, value.encode("latin-1")))
        return replace(self, headers=headers)

    def json(self) -> Any:
        return _parse_json(self.body)


@dataclass
class Reply:
    status: int
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    def json(self) -> Any:
        return _parse_json(self.body)

    def with_json(self, value: Any, status: int | None = None) -> Reply:
        reply = self.with_body(json.dumps(value).encode(), "application/json")
        return reply if status is None else replace(reply, status=status)

    def with_body(self, body: bytes, content_type: str | None) -> Reply:
        headers = [
            (k, v) for k, v in self.headers if k.lower() not in (b"content-length", b"content-type")
        ]
        if content_type is not None:
            headers.append((b"content-type", content_type.encode()))
        headers.append((b"content-length", str(len(body)).encode()))
        return Reply(self.status, headers, body)

    def without_header(self, name: str) -> Reply:
        wanted = name.lower().encode()
        return replace(self, headers=[(k, v) for k, v in self.headers if k.lower() != wanted])


Forward = Callable[[Request], Awaitable[Reply]]


class Mode:
    """One deliberate defect. Subclasses override `handle` (or just one of the two hooks)."""

    name: str = ""
    description: str = ""
    # The defect is only observable while the mock's rate limiter is on.
    needs_rate_limit: bool = False

    def __init__(self, primary_token: str, second_token: str) -> None:
        self.primary_token = primary_token
        self.second_token = second_token

    def request(self, request: Request) -> Request:
        return request

    def response(self, request: Request, reply: Reply) -> Reply:
        return reply

    async def handle(self, request: Request, forward: Forward) -> Reply:
        request = self.request(request)
        return self.response(request, await forward(request))


def _is_json(reply: Reply) -> bool:
    return any(k.lower() == b"content-type" and b"json" in v for k, v in reply.headers)


class FlatErrors(Mode):
    name = "error_envelope_flattened"
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


class RequiredFieldMissing(Mode):
    name = "required_field_missing"
    description = "connectors and integrations returned without their required `name`"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if 200 <= reply.status < 300 and isinstance(body, dict) and "name" in body:
            return reply.with_json({k: v for k, v in body.items() if k != "name"})
        return reply


class NotFoundAs200(Mode):
    name = "not_found_as_200"
    description = "404 answered as 200 (with the error body)"

    def response(self, request: Request, reply: Reply) -> Reply:
        return replace(reply, status=200) if reply.status == 404 else reply


class AuthIgnored(Mode):
    name = "auth_ignored"
    description = "requests without or with a bad token are served as the primary account"

    def request(self, request: Request) -> Request:
        known = {f"Bearer {self.primary_token}", f"Bearer {self.second_token}"}
        if request.header("authorization") not in known:
            return request.with_header("authorization", f"Bearer {self.primary_token}")
        return request


class DeleteDeletesNothing(Mode):
    name = "delete_is_noop"
    description = "DELETE answers 204 but leaves the resource in place"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.method == "DELETE" and not request.path.endswith("/install"):
            probe = await forward(replace(request, method="GET", body=b""))
            if probe.status == 200:
                return Reply(204)
        return await forward(request)


class CreateStoresNothing(Mode):
    name = "create_stores_nothing"
    description = "POST on a collection answers 201 but the resource is not kept"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        body = reply.json()
        if (
            request.method == "POST"
            and request.path in COLLECTIONS
            and reply.status == 201
            and isinstance(body, dict)
        ):
            await forward(
                replace(request, method="DELETE", path=f"{request.path}/{body['_id']}", body=b"")
            )
        return reply


class WrongContentType(Mode):
    name = "wrong_content_type"
    description = "JSON bodies labelled text/plain"

    def response(self, request: Request, reply: Reply) -> Reply:
        if reply.body and _is_json(reply):
            return reply.with_body(reply.body, "text/plain; charset=utf-8")
        return reply


class UndocumentedStatus(Mode):
    name = "undocumented_status"
    description = "successful DELETE answers 200 instead of the documented 204"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.method == "DELETE" and reply.status == 204:
            return replace(reply, status=200)
        return reply


class NoContentWithBody(Mode):
    name = "no_content_with_body"
    description = "204 responses carry a JSON body"

    def response(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 204:
            return reply.with_json([])
        return reply


class AuthErrorEnveloped(Mode):
    name = "auth_error_enveloped"
    description = "401 sent in the error envelope instead of a bare {message}"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if reply.status == 401 and isinstance(body, dict):
            return reply.with_json(
                {"errors": [{"code": "unauthorized", "message": body.get("message", "")}]}
            )
        return reply


class RetryAfterMissing(Mode):
    name = "retry_after_missing"
    description = "429 without the Retry-After header"
    needs_rate_limit = True

    def response(self, request: Request, reply: Reply) -> Reply:
        return reply.without_header("retry-after") if reply.status == 429 else reply


class InvalidObjectId(Mode):
    name = "invalid_object_id"
    description = "`_id` in responses is a UUID, not a 24-hex objectId"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if 200 <= reply.status < 300 and isinstance(body, dict) and "_id" in body:
            return reply.with_json({**body, "_id": str(uuid.uuid4())})
        return reply


class CrossAccountLeak(Mode):
    name = "cross_account_leak"
    description = "the second account is served the primary account's resources"

    def request(self, request: Request) -> Request:
        if request.header("authorization") == f"Bearer {self.second_token}":
            return request.with_header("authorization", f"Bearer {self.primary_token}")
        return request


class ServerErrorOnUnicode(Mode):
    name = "server_error_on_unicode"
    description = "a body with non-ASCII text crashes the handler (500)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.body and (not request.body.isascii() or b"\\u" in request.body):
            return Reply(500).with_json({"errors": [{"code": "internal", "message": "boom"}]})
        return await forward(request)


class MissingNameAccepted(Mode):
    name = "missing_name_accepted"
    description = "creates without the required `name` are accepted (a default is filled in)"

    def request(self, request: Request) -> Request:
        body = request.json()
        if (
            request.method == "POST"
            and request.path in COLLECTIONS
            and isinstance(body, dict)
            and "name" not in body
        ):
            return replace(request, body=json.dumps({**body, "name": "filled-in"}).encode())
        return request


class BadTimestamp(Mode):
    name = "bad_last_modified"
    description = "`lastModified` is not an RFC 3339 date-time"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if 200 <= reply.status < 300 and isinstance(body, dict) and "lastModified" in body:
            return reply.with_json({**body, "lastModified": "Tuesday afternoon"})
        return reply


MODES: dict[str, type[Mode]] = {
    mode.name: mode
    for mode in (
        FlatErrors,
        RequiredFieldMissing,
        NotFoundAs200,
        AuthIgnored,
        DeleteDeletesNothing,
        CreateStoresNothing,
        WrongContentType,
        UndocumentedStatus,
        NoContentWithBody,
        AuthErrorEnveloped,
        RetryAfterMissing,
        InvalidObjectId,
        CrossAccountLeak,
        ServerErrorOnUnicode,
        MissingNameAccepted,
        BadTimestamp,
    )
}


class BrokenMock:
    """ASGI middleware: buffers each exchange so a `Mode` can rewrite it."""

    def __init__(self, app: App, mode: Mode) -> None:
        self.app = app
        self.mode = mode

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(
            method=scope["method"],
            path=scope["path"],
            headers=list(scope.get("headers", [])),
            body=await _read_body(receive),
        )

        async def forward(req: Request) -> Reply:
            return await _call(self.app, scope, req)

        reply = await self.mode.handle(request, forward)
        await send(
            {"type": "http.response.start", "status": reply.status, "headers": reply.headers}
        )
        await send({"type": "http.response.body", "body": reply.body, "more_body": False})


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _call(app: App, scope: Scope, request: Request) -> Reply:
    headers = [(k, v) for k, v in request.headers if k.lower() != b"content-length"]
    if request.body:
        headers.append((b"content-length", str(len(request.body)).encode()))
    inner_scope = {
        **scope,
        "method": request.method,
        "path": request.path,
        "raw_path": request.path.encode(),
        "headers": headers,
    }
    delivered = False

    async def receive() -> Message:
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": request.body, "more_body": False}

    reply = Reply(500)
    chunks: list[bytes] = []

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            reply.status = message["status"]
            reply.headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(inner_scope, receive, send)
    reply.body = b"".join(chunks)
    # Rewrites may change the body, so the length is recomputed when the reply is sent.
    reply.headers = [(k, v) for k, v in reply.headers if k.lower() != b"content-length"]
    reply.headers.append((b"content-length", str(len(reply.body)).encode()))
    return reply


def wrapper(mode_name: str, primary_token: str, second_token: str) -> Callable[[App], App]:
    mode = MODES[mode_name](primary_token, second_token)
    return lambda app: BrokenMock(app, mode)
