"""Replies as the dispatcher sends them: status, ready-made body bytes, content type, headers."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import Send

Headers = tuple[tuple[bytes, bytes], ...]

JSON = b"application/json"
TEXT = b"text/plain; charset=utf-8"
NDJSON = b"application/x-ndjson"


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes | None = None
    headers: Headers = ()
    content_type: bytes = JSON


def json_reply(status: int, body: bytes, headers: Headers = ()) -> Reply:
    return Reply(status, body, headers)


def text_reply(status: int, text: str, headers: Headers = ()) -> Reply:
    return Reply(status, text.encode("utf-8"), headers, TEXT)


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
            "headers": [
                (b"content-type", reply.content_type),
                (b"content-length", str(len(body)).encode()),
                *reply.headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
