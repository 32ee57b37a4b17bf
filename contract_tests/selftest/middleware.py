"""ASGI middleware that breaks an unmodified mock in one deliberate way (a `Mode`).

Each mode rewrites requests or answers, or sends extra requests to the mock, to imitate one
class of server defect: a rule ignored, an effect not applied, a field handled wrongly. The
mock's own code stays correct.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode

from contract_tests import spec

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def _parse_json(body: bytes) -> Any:
    """The body as JSON, or None when it is not JSON."""
    try:
        return json.loads(body)
    except ValueError:
        return None


@cache
def _templates() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    found = []
    for operation in spec.operations():
        pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(operation.path))
        found.append((re.compile(f"^{pattern}$"), operation.method.upper(), operation.operation_id))
    # Literal segments win over parameters (`/connections/ping` is not a connection id).
    return tuple(sorted(found, key=lambda item: item[0].pattern.count("([^/]+)")))


def operation_id(method: str, path: str) -> str | None:
    for pattern, verb, found in _templates():
        if verb == method and pattern.match(path):
            return found
    return None


@dataclass
class Request:
    method: str
    path: str
    headers: list[tuple[bytes, bytes]]
    body: bytes
    query: str = ""

    @property
    def operation(self) -> str | None:
        return operation_id(self.method, self.path)

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))

    def with_params(self, params: dict[str, str]) -> Request:
        return replace(self, query=urlencode(params))

    def with_json(self, value: Any) -> Request:
        return replace(self, body=json.dumps(value).encode())

    def segments(self) -> list[str]:
        return self.path.strip("/").split("/")

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

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None

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
    """One deliberate defect of one rule. Subclasses override `handle` (or just one of the
    two hooks); a mode is named after its rule, plus `:variant` when the rule has several."""

    rule: str = ""
    variant: str = ""
    description: str = ""
    # The defect is only observable while the mock's rate limiter is on.
    needs_rate_limit: bool = False

    def __init__(self, primary_token: str, second_token: str) -> None:
        self.primary_token = primary_token
        self.second_token = second_token

    @classmethod
    def name(cls) -> str:
        return f"{cls.rule}:{cls.variant}" if cls.variant else cls.rule

    def request(self, request: Request) -> Request:
        return request

    def response(self, request: Request, reply: Reply) -> Reply:
        return reply

    async def handle(self, request: Request, forward: Forward) -> Reply:
        request = self.request(request)
        return self.response(request, await forward(request))


def is_json(reply: Reply) -> bool:
    return any(k.lower() == b"content-type" and b"json" in v for k, v in reply.headers)


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
            query=scope.get("query_string", b"").decode("latin-1"),
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
        "query_string": request.query.encode("latin-1"),
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


def wrapper(mode: type[Mode], primary_token: str, second_token: str) -> Callable[[App], App]:
    broken = mode(primary_token, second_token)
    return lambda app: BrokenMock(app, broken)
