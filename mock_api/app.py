"""Assembling the Starlette application from the spec, the store and the seed accounts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount

from mock_api.auth import Authenticator
from mock_api.dispatch import Dispatcher
from mock_api.ratelimit import LeakyBucket
from mock_api.seed import ACCOUNTS
from mock_api.spec import load_spec, operations
from mock_api.storage import Store


def create_app(
    spec_path: Path | None = None, db_path: str = ":memory:", rate_limit: bool = True
) -> Starlette:
    """Build the mock. `spec_path` defaults to the repository's specs/openapi.json."""
    document = load_spec(spec_path)
    store = Store(db_path)
    dispatcher = Dispatcher(
        operations(document),
        store,
        Authenticator(ACCOUNTS),
        LeakyBucket() if rate_limit else None,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    app = Starlette(routes=[Mount("/", app=dispatcher)], lifespan=lifespan)
    app.state.dispatcher = dispatcher
    app.state.store = store
    return app
