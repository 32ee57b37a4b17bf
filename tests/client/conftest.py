"""Fixtures for the generated client's tests: the committed package on sys.path, loopback
servers (uvicorn in a thread), and the real mock."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

ROOT = Path(__file__).resolve().parents[2]
CLIENT_TREE = ROOT / "generated" / "integrator-io-client"

# The e2e, retry and limiter tests exercise the committed package itself.
if str(CLIENT_TREE) not in sys.path:
    sys.path.insert(0, str(CLIENT_TREE))


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app on 127.0.0.1:<free port> in a background thread; yields its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="auto", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="session")
def serve_app() -> Callable[[Any], contextlib.AbstractContextManager[str]]:
    return serve


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """The real mock over HTTP, fresh per test module, without its rate limit (the client's
    limiter is tested against servers that enforce one)."""
    from mock_api.app import create_app

    with serve(create_app(rate_limit=False)) as url:
        yield url


@pytest.fixture(scope="module")
def limited_mock_url() -> Iterator[str]:
    """The real mock with its documented leaky bucket switched on."""
    from mock_api.app import create_app

    with serve(create_app(rate_limit=True)) as url:
        yield url


@pytest.fixture
def token() -> str:
    from mock_api.seed import PRIMARY_TOKEN

    return PRIMARY_TOKEN
