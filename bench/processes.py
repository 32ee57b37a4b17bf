"""Starting the servers under test in their own process groups, and always stopping them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def running(
    command: Sequence[str], ready_url: str, log: Path, cwd: Path, timeout: float = 60.0
) -> Iterator[subprocess.Popen[bytes]]:
    """Run `command` until the block ends; it counts as up once `ready_url` answers at all."""
    with log.open("wb") as sink:
        process = subprocess.Popen(
            list(command), cwd=cwd, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            _wait_until_ready(process, ready_url, log, timeout)
            yield process
        finally:
            _stop(process)


def _wait_until_ready(
    process: subprocess.Popen[bytes], url: str, log: Path, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited early; see {log}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{process.args!r} did not answer within {timeout}s") from None
            time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes]) -> None:
    # The whole group: npx/node and uvicorn may have children of their own.
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        if process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue
