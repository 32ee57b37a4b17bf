"""Fixtures for the mock's tests: a fresh in-process app per test and spec-checking clients."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from mock_support import PRIMARY, SECONDARY, TestClient, make_client
from starlette.applications import Starlette

from mock_api.app import create_app


@pytest.fixture
def app() -> Starlette:
    return create_app(rate_limit=False)


@pytest.fixture
def api(app: Starlette) -> Iterator[TestClient]:
    """The primary account's client; every response is checked against the spec."""
    with make_client(app, PRIMARY) as client:
        yield client


@pytest.fixture
def other(app: Starlette) -> Iterator[TestClient]:
    """The secondary account, on the same server."""
    with make_client(app, SECONDARY) as client:
        yield client


@pytest.fixture
def anonymous(app: Starlette) -> Iterator[TestClient]:
    with make_client(app) as client:
        yield client
