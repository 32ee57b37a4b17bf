"""The ASGI endpoint: route, authenticate, rate-limit, read and validate the body, call the handler.

Everything that depends only on the spec (routes, validators, Allow headers, handler
lookup) is prepared in `Dispatcher.__init__`; a request does dict lookups and the work
its handler needs, nothing else.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from starlette.types import Receive, Scope, Send

from mock_api.auth import Authenticator
from mock_api.calls import FOUND, Check
from mock_api.engine.secrets import secret_paths
from mock_api.errors import ROUTE_NOT_FOUND, ApiError, api_error
from mock_api.files import PREFIX as FILES_PREFIX
from mock_api.files import serve_file
from mock_api.handlers import HANDLERS, Call, Handler
from mock_api.listing import ListRules
from mock_api.query import QueryParameter, QueryParser
from mock_api.ratelimit import LeakyBucket
from mock_api.responses import Reply, send_reply
from mock_api.routing import Router
from mock_api.seed import Account
from mock_api.spec import OperationSpec
from mock_api.validation import BodyValidator, compile_body_validator
from mock_api.world import World

logger = logging.getLogger("mock_api")

MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Operation:
    handler: Handler
    # None: the operation takes no body; what is sent is at most checked to be JSON.
    validator: BodyValidator | None
    body_required: bool
    # "Malformed syntax -> 400" holds for every request, as with a JSON body parser in front
    # of the routes; only where the operation documents a 400, so no status goes undocumented.
    rejects_malformed_body: bool
    query: QueryParser | None  # None: the operation takes no query parameters
    rules: ListRules | None  # paging and projection of a list operation
    # 404 unless the resources the path names exist; run before the body is validated.
    found: Check | None = None


class ClientDisconnected(Exception):
    pass


def _not_implemented(operation_id: str) -> Handler:
    def handler(call: Call) -> Reply:
        raise api_error(501, "not_implemented", f"The mock has no handler for {operation_id} yet.")

    return handler


def _reject_constant(name: str) -> Any:
    # NaN and Infinity are not JSON, although Python's parser accepts them.
    raise ValueError(f"{name} is not valid JSON")


def _parse_json(raw: bytes) -> Any:
    return json.loads(raw, parse_constant=_reject_constant)


class Dispatcher:
    def __init__(
        self,
        operations: list[OperationSpec],
        world: World,
        authenticator: Authenticator,
        limiter: LeakyBucket | None,
    ) -> None:
        self.world = world
        self.store = world.store
        self.authenticator = authenticator
        self.limiter = limiter
        entries = []
        for spec in operations:
            operation = Operation(
                handler=HANDLERS.get(spec.operation_id) or _not_implemented(spec.operation_id),
                validator=None
                if spec.body_schema is None
                else compile_body_validator(
                    spec.body_schema, _invalid_body_status(spec), secret_paths(spec.body_schema)
                ),
                body_required=spec.body_required,
                rejects_malformed_body="400" in spec.statuses,
                query=QueryParser([QueryParameter(*q) for q in spec.query]) if spec.query else None,
                rules=ListRules(
                    spec.paging, spec.projection, frozenset({"_id"}) | spec.item_required
                )
                if spec.paging or spec.projection
                else None,
                found=FOUND.get(spec.operation_id),
            )
            entries.append((spec.path, spec.method, operation))
        self.router: Router[Operation] = Router(entries)
        self._not_allowed = {
            route.template: api_error(
                405,
                "method_not_allowed",
                f"Use {route.allow.decode()} on this path.",
                headers=((b"allow", route.allow),),
            ).reply()
            for route in self.router.routes
        }
        self.missing_handlers = sorted(
            spec.operation_id for spec in operations if spec.operation_id not in HANDLERS
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        try:
            reply = await self._respond(scope, receive)
        except ClientDisconnected:
            return
        except Exception:
            logger.exception("unhandled error in %s %s", scope["method"], scope["path"])
            reply = api_error(500, "internal_error", "The mock failed unexpectedly.").reply()
        await send_reply(send, reply)

    async def _respond(self, scope: Scope, receive: Receive) -> Reply:
        path = _routed_path(scope)
        if path.startswith(FILES_PREFIX) and scope["method"] == "GET":
            return serve_file(self.world, unquote(path), scope.get("query_string", b""))
        found = self.router.match(path, scope["method"])
        if found is None:
            return ROUTE_NOT_FOUND
        route, raw_params = found
        operation = route.by_method.get(scope["method"])
        if operation is None:
            return self._not_allowed[route.template]
        # Matched on the path as sent, so that an encoded `/` stays inside its parameter.
        params = {name: unquote(value) for name, value in raw_params.items()}

        authorization = content_type = content_length = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value
            elif name == b"content-type":
                content_type = value
            elif name == b"content-length":
                content_length = value
        who = self.authenticator.authenticate(authorization)
        if not isinstance(who, Account):
            return who
        try:
            if self.limiter is not None:
                wait = self.limiter.admit(who.key)
                if wait:
                    raise api_error(
                        429,
                        "rate_limited",
                        f"Too many requests. Retry after {wait} second{'s' if wait > 1 else ''}.",
                        headers=((b"retry-after", str(wait).encode()),),
                    )
            query = (
                operation.query.parse(scope.get("query_string", b""))
                if operation.query is not None
                else {}
            )
            sent: Sent | None = None
            if operation.validator is not None:
                sent = await _parse_body(receive, content_type, content_length)
            elif operation.rejects_malformed_body and _is_json(content_type):
                await _check_ignored_body(receive, content_length)
            base_url = request_base_url(scope)
            call = Call(
                who, params, None, self.world, query, base_url + path, operation.rules, base_url
            )
            if operation.validator is not None:
                # As in the API: the body is parsed first (400), then the resource the path
                # names is looked up (404), then the body is checked against it (422).
                if operation.found is not None:
                    operation.found(call)
                call.body = _validated(operation.validator, operation.body_required, sent)
            return operation.handler(call)
        except ApiError as error:
            return error.reply()


def _routed_path(scope: Scope) -> str:
    """The request's path below the root path, still percent-encoded when the server gives
    it that way (`raw_path`)."""
    raw = scope.get("raw_path")
    path: str = raw.decode("latin-1") if raw else scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    return path


def request_base_url(scope: Scope) -> str:
    """The mock's own base URL as the client reached it (scheme, host, root path): links
    and signed URLs point back at it."""
    host = ""
    for name, value in scope["headers"]:
        if name == b"host":
            host = value.decode("latin-1")
            break
    if not host:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}"


@dataclass(frozen=True, slots=True)
class Sent:
    """A request body as parsed: `present` False when none was sent."""

    present: bool
    value: Any = None


async def _parse_body(
    receive: Receive, content_type: bytes | None, content_length: bytes | None
) -> Sent:
    # Refuse early when the client announces the size; _read enforces it otherwise.
    if (
        content_length is not None
        and content_length.isdigit()
        and int(content_length) > MAX_BODY_BYTES
    ):
        raise _too_large()
    raw = await _read(receive)
    # Only no bytes at all is no body: white space is a body, and not JSON (Express'
    # body-parser, which the vendor's API runs on, answers 400 to it).
    if not raw:
        return Sent(False)
    if not _is_json(content_type):
        raise api_error(
            415,
            "unsupported_media_type",
            "The request body must be JSON (Content-Type: application/json).",
        )
    try:
        return Sent(True, _parse_json(raw))
    except (ValueError, RecursionError):
        raise api_error(400, "malformed_json", "The request body is not valid JSON.") from None


def _validated(validator: BodyValidator, required: bool, sent: Sent | None) -> Any:
    if sent is None or not sent.present:
        if required:
            raise api_error(
                validator.status,
                "missing_required_field",
                "A JSON request body is required.",
                "body",
            )
        return None
    return validator.check(sent.value)


async def _check_ignored_body(receive: Receive, content_length: bytes | None) -> None:
    """A body the operation does not take is ignored, but it must still be JSON."""
    if (
        content_length is not None
        and content_length.isdigit()
        and int(content_length) > MAX_BODY_BYTES
    ):
        raise _too_large()
    raw = await _read(receive)
    if raw:
        try:
            _parse_json(raw)
        except (ValueError, RecursionError):
            raise api_error(400, "malformed_json", "The request body is not valid JSON.") from None


def _invalid_body_status(spec: OperationSpec) -> int:
    return 422 if "422" in spec.statuses or "400" not in spec.statuses else 400


def _too_large() -> ApiError:
    return api_error(413, "payload_too_large", f"The request body exceeds {MAX_BODY_BYTES} bytes.")


def _is_json(content_type: bytes | None) -> bool:
    if content_type is None:
        return False
    media = content_type.split(b";", 1)[0].strip().lower()
    return media == b"application/json" or (
        media.startswith(b"application/") and media.endswith(b"+json")
    )


async def _read(receive: Receive) -> bytes:
    message = await receive()
    if message["type"] == "http.disconnect":
        raise ClientDisconnected
    first: bytes = message.get("body", b"")
    if not message.get("more_body", False):
        if len(first) > MAX_BODY_BYTES:
            raise _too_large()
        return first
    chunks = [first]
    size = len(first)
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnected
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
