"""Replies as the dispatcher sends them: status, ready-made body bytes, extra headers."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import Send

Headers = tuple[tuple[bytes, bytes], ...]

_JSON = (b"content-type", b"application/json")


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes | None = None
    headers: Headers = ()


def json_reply(status: int, body: bytes, headers: Headers = ()) -> Reply:
    return Reply(status, body, headers)


def empty_reply(status: int, headers: Headers = ()) -> Reply:
    return Reply(status, None, headers)


NO_CONTENT = empty_reply(204)
EMPTY_OK = empty_reply(200)


async def send_reply(send: Send, reply: Reply) -> None:
    body = reply.body
    if body is None:
        # A 204 carries no Content-Length at all (RFC 9110 section 8.6).
        headers = (
            list(reply.headers)
            if reply.status == 204
            else [(b"content-length", b"0"), *reply.headers]
        )
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    await send(
        {
            "type": "http.response.start",
            "status": reply.status,
            "headers": [_JSON, (b"content-length", str(len(body)).encode()), *reply.headers],
        }
    )
    await send({"type": "http.response.body", "body": body})
