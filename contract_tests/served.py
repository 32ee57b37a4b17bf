"""The in-process mock over real HTTP: one uvicorn server on loopback per process, serving
whichever app is mounted at the moment.

Scenarios and the self-test talk to the mock exactly as `make contract-live` talks to a
server, over HTTP. Starting a server per scenario would cost about 0.2 s each (uvicorn polls
its exit flag every 0.1 s) and a new port would make schemathesis load the spec again, so the
server and its URL stay, and each scenario mounts a fresh mock (or a broken one) on it.
"""

from __future__ import annotations

import atexit
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

START_SECONDS = 10.0


class _Mount:
    """ASGI app that forwards to the mounted app; 503 when nothing is mounted."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        app = self.app
        if app is None:
            await send({"type": "http.response.start", "status": 503, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        await app(scope, receive, send)


class _Server:
    def __init__(self) -> None:
        self.mount = _Mount()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        # The mock's lifespan only folds a file database's WAL back; its databases are in memory.
        config = uvicorn.Config(self.mount, log_level="error", lifespan="off", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + START_SECONDS
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the loopback server for the in-process mock did not start")
            time.sleep(0.005)
        self.sock = sock
        self.lock = threading.Lock()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=2)
        self.sock.close()


_server: _Server | None = None
_starting = threading.Lock()


def _the_server() -> _Server:
    global _server
    with _starting:
        if _server is None:
            _server = _Server()
            atexit.register(_server.stop)
        return _server


def base_url() -> str:
    """The URL of this process' loopback server (started on first use)."""
    return _the_server().url


@contextmanager
def mounted(app: Any) -> Iterator[str]:
    """Serve `app` on the loopback server while the block runs; yields the base URL. One app
    at a time: a second mount waits for the first to end."""
    server = _the_server()
    with server.lock:
        server.mount.app = app
        try:
            yield server.url
        finally:
            server.mount.app = None
