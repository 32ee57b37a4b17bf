"""Assembling the Starlette application from the spec, the store and the seed accounts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import ASGIApp, Receive, Scope, Send

from mock_api.auth import Authenticator
from mock_api.dispatch import Dispatcher
from mock_api.ratelimit import LeakyBucket
from mock_api.seed import ACCOUNTS
from mock_api.spec import load_spec, operations
from mock_api.storage import Store


class EveryPath(BaseRoute):
    """Hands every HTTP request to the dispatcher, which routes by the spec itself.

    (A Mount would not do: its pattern does not match paths containing a newline, and
    those must get the API's 404, not Starlette's plain-text one.)
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] == "http":
            return Match.FULL, {"endpoint": self.app}
        return Match.NONE, {}

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


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
        # The connection stays open: the same app object may be started again (test
        # clients enter and leave its lifespan per test). Folding the WAL back into the
        # main file is what a clean shutdown should leave behind.
        store.checkpoint()

    app = Starlette(routes=[EveryPath(dispatcher)], lifespan=lifespan)
    app.state.dispatcher = dispatcher
    app.state.store = store
    return app
