"""Fixtures for the generated client's tests: the committed package on sys.path, loopback
servers (uvicorn in a thread), and the real mock."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from loopback import serve

ROOT = Path(__file__).resolve().parents[2]
CLIENT_TREE = ROOT / "generated" / "integrator-io-client"

# The e2e, retry and limiter tests exercise the committed package itself.
if str(CLIENT_TREE) not in sys.path:
    sys.path.insert(0, str(CLIENT_TREE))


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
