"""Assembling the Starlette application from the spec, the store and the seed accounts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from mock_api.auth import Authenticator
from mock_api.dispatch import Dispatcher
from mock_api.ratelimit import LeakyBucket
from mock_api.seed import ACCOUNTS
from mock_api.spec import load_spec, operations
from mock_api.storage import Store


class MockApplication(Starlette):
    """Starlette without the per-request layers the dispatcher makes redundant.

    The dispatcher answers every HTTP request itself (routing by the spec, every exception
    turned into the API's 500 envelope, no HTTPException raised), so Starlette's error and
    exception middleware and its router would only add calls and send wrappers to each
    response. Lifespan events still go to the router, and middleware added with
    `add_middleware` still wraps everything.
    """

    def __init__(self, dispatcher: Dispatcher, store: Store) -> None:
        @asynccontextmanager
        async def lifespan(app: Starlette) -> AsyncIterator[None]:
            yield
            # The connection stays open: the same app object may be started again (test
            # clients enter and leave its lifespan per test). Folding the WAL back into the
            # main file is what a clean shutdown should leave behind.
            store.checkpoint()

        super().__init__(lifespan=lifespan)
        self.state.dispatcher = dispatcher
        self.state.store = store

    def build_middleware_stack(self) -> ASGIApp:
        app: ASGIApp = _HttpToDispatcher(self.state.dispatcher, self.router)
        for cls, args, kwargs in reversed(self.user_middleware):
            app = cls(app, *args, **kwargs)
        return app


class _HttpToDispatcher:
    def __init__(self, dispatcher: Dispatcher, router: ASGIApp) -> None:
        self.dispatcher = dispatcher
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.dispatcher(scope, receive, send)
        else:
            await self.router(scope, receive, send)


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
    return MockApplication(dispatcher, store)
