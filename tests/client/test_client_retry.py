"""Retries, backoff and Retry-After against loopback servers that misbehave on purpose."""

from __future__ import annotations

import asyncio
import logging
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import httpx
import pytest
from integrator_io_client import (
    ApiConnectionError,
    AsyncIntegratorClient,
    IntegratorClient,
    RateLimitError,
    ServerError,
)
from integrator_io_client._retry import RetryPolicy, retry_after
from loopback import free_port
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "retry-test-token"
ERROR = {"errors": [{"code": "boom", "message": "scripted failure"}]}


@dataclass
class Script:
    """What the server answers, in order; once used up it answers 200/201."""

    replies: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)

    def reset(self, *replies: tuple[int, dict[str, str]]) -> None:
        self.replies = list(replies)
        self.seen = []


SCRIPT = Script()


async def endpoint(request: Request) -> Response:
    SCRIPT.seen.append(request.method)
    if SCRIPT.replies:
        status, headers = SCRIPT.replies.pop(0)
        return JSONResponse(ERROR, status_code=status, headers=headers)
    if request.method == "POST":
        return JSONResponse({"_id": "c" * 24, "name": "made"}, status_code=201)
    return JSONResponse({"_userId": "u" * 24, "scope": "*"})


APP = Starlette(
    routes=[
        Route("/v1/tokenInfo", endpoint, methods=["GET"]),
        Route("/v1/connectors", endpoint, methods=["POST"]),
    ]
)


@pytest.fixture(scope="module")
def url(serve_app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with serve_app(APP) as base:
        yield base


@pytest.fixture
def client(url: str) -> Iterator[IntegratorClient]:
    with IntegratorClient(TOKEN, base_url=url, rate_limit=False) as client:
        yield client


def test_5xx_is_retried_with_backoff(client: IntegratorClient) -> None:
    SCRIPT.reset((503, {}), (500, {}))
    started = time.monotonic()
    raw = client.with_raw_response.token_info()
    elapsed = time.monotonic() - started
    assert raw.parse().scope == "*"
    assert raw.attempts == 3
    assert SCRIPT.seen == ["GET"] * 3
    # 0.5 s then 1 s, each jittered down by at most 25%.
    assert 1.1 <= elapsed < 3.0


def test_retry_after_is_honoured(client: IntegratorClient) -> None:
    SCRIPT.reset((429, {"Retry-After": "1"}))
    started = time.monotonic()
    assert client.token_info().scope == "*"
    assert time.monotonic() - started >= 0.95
    assert SCRIPT.seen == ["GET", "GET"]


def test_post_is_not_resent_after_a_5xx(client: IntegratorClient) -> None:
    SCRIPT.reset((503, {"Retry-After": "0"}))
    with pytest.raises(ServerError) as caught:
        client.connectors.create(name="once")
    assert caught.value.status_code == 503
    assert SCRIPT.seen == ["POST"]


def test_post_is_resent_after_a_429(client: IntegratorClient) -> None:
    SCRIPT.reset((429, {"Retry-After": "0"}))
    created = client.connectors.create(name="twice")
    assert created.id == "c" * 24
    assert SCRIPT.seen == ["POST", "POST"]


def test_max_retries_per_call_and_per_client(url: str, client: IntegratorClient) -> None:
    SCRIPT.reset((429, {"Retry-After": "7"}))
    with pytest.raises(RateLimitError) as caught:
        client.token_info(max_retries=0)
    assert caught.value.retry_after == 7
    assert caught.value.code == "boom"
    assert SCRIPT.seen == ["GET"]

    with IntegratorClient(TOKEN, base_url=url, rate_limit=False, max_retries=1) as one:
        SCRIPT.reset(*[(502, {"Retry-After": "0"})] * 3)
        with pytest.raises(ServerError):
            one.token_info()
        assert SCRIPT.seen == ["GET", "GET"]
        SCRIPT.reset(*[(502, {"Retry-After": "0"})] * 3)
        assert one.token_info(max_retries=3).scope == "*"
        assert len(SCRIPT.seen) == 4


def test_a_429_pauses_the_limiter_for_retry_after_only(url: str) -> None:
    with IntegratorClient(TOKEN, base_url=url) as limited:
        SCRIPT.reset((429, {"Retry-After": "0"}))
        started = time.monotonic()
        assert limited.token_info().scope == "*"
        assert time.monotonic() - started < 0.5
        SCRIPT.reset((429, {"Retry-After": "1"}))
        started = time.monotonic()
        limited.token_info()
        assert time.monotonic() - started >= 0.95
        assert SCRIPT.seen == ["GET", "GET"]


def test_async_client_retries_too(url: str) -> None:
    async def scenario() -> int:
        async with AsyncIntegratorClient(TOKEN, base_url=url, rate_limit=False) as client:
            raw = await client.with_raw_response.token_info()
            return raw.attempts

    SCRIPT.reset((429, {"Retry-After": "0"}), (503, {"Retry-After": "0"}))
    assert asyncio.run(scenario()) == 3


class _Hangup(socketserver.BaseRequestHandler):
    """Reads the request, then closes the connection without answering (N times), then
    answers properly."""

    hangups: ClassVar[int] = 0
    requests: ClassVar[list[bytes]] = []

    def handle(self) -> None:
        data = self.request.recv(65536)
        type(self).requests.append(data.split(b" ", 1)[0])
        if type(self).hangups > 0:
            type(self).hangups -= 1
            self.request.shutdown(socket.SHUT_RDWR)
            return
        body = b'{"_userId": "u", "scope": "*", "_id": "c", "name": "n"}'
        status = b"201 Created" if data.startswith(b"POST") else b"200 OK"
        self.request.sendall(
            b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )


@pytest.fixture(scope="module")
def hangup_url() -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Hangup)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _hangups(count: int) -> None:
    _Hangup.hangups = count
    _Hangup.requests = []


def test_dropped_connection_is_retried_for_get_only(hangup_url: str) -> None:
    fast = httpx.Timeout(5.0)
    with IntegratorClient(TOKEN, base_url=hangup_url, rate_limit=False, timeout=fast) as client:
        _hangups(1)
        assert client.token_info().scope == "*"
        assert _Hangup.requests == [b"GET", b"GET"]

        # The server read the POST before hanging up: it may have acted on it.
        _hangups(1)
        with pytest.raises(ApiConnectionError) as caught:
            client.connectors.create(name="maybe")
        assert _Hangup.requests == [b"POST"]
        assert TOKEN not in str(caught.value)


def test_connection_refused_is_retried_even_for_post(caplog: pytest.LogCaptureFixture) -> None:
    port = free_port()
    caplog.set_level(logging.INFO, logger="integrator_io_client")
    with (
        IntegratorClient(TOKEN, base_url=f"http://127.0.0.1:{port}", rate_limit=False) as client,
        pytest.raises(ApiConnectionError),
    ):
        client.connectors.create(name="nobody home", max_retries=2)
    retries = [r for r in caplog.records if "retry" in r.getMessage()]
    assert len(retries) == 2
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


def test_backoff_and_retry_after_parsing() -> None:
    policy = RetryPolicy(max_retries=5, initial_delay=0.5, max_delay=8.0)
    for retry, nominal in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        delays = {policy.backoff(retry) for _ in range(50)}
        assert all(0.75 * nominal <= d <= nominal for d in delays)
        assert len(delays) > 1  # jittered
    request = httpx.Request("GET", "http://x/")
    for headers, expected in (
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"Retry-After": "100000"}, 60.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ):
        assert retry_after(httpx.Response(429, headers=headers, request=request)) == expected
    date = httpx.Response(
        429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, request=request
    )
    assert retry_after(date) == 0.0


def test_retry_after_wins_over_the_computed_backoff() -> None:
    policy = RetryPolicy(max_retries=5, initial_delay=0.5, max_delay=8.0)
    request = httpx.Request("GET", "http://x/")
    sooner = httpx.Response(503, headers={"Retry-After": "0"}, request=request)
    later = httpx.Response(429, headers={"Retry-After": "2"}, request=request)
    assert policy.delay(3, sooner) == 0.0  # the backoff would be 3 to 4 s
    assert policy.delay(0, later) == 2.0  # the backoff would be under 0.5 s
    assert 0.375 <= policy.delay(0, httpx.Response(503, request=request)) <= 0.5
