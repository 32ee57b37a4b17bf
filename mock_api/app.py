"""Assembling the Starlette application from the spec, the store and the seed accounts."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from mock_api.auth import Authenticator
from mock_api.dispatch import Dispatcher
from mock_api.engine.shape import shape_of
from mock_api.ratelimit import LeakyBucket, RateLimit
from mock_api.resources import RESOURCES
from mock_api.seed import ACCOUNTS
from mock_api.signing import Signer
from mock_api.spec import load_spec, operations
from mock_api.storage import Store
from mock_api.world import DEFAULT_JOB_SECONDS, Clock, World


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
    spec_path: Path | None = None,
    db_path: str = ":memory:",
    rate_limit: bool | RateLimit = True,
    clock: Clock = time.time,
    job_seconds: float = DEFAULT_JOB_SECONDS,
) -> Starlette:
    """Build the mock. `spec_path` defaults to the repository's specs/openapi.json.

    `rate_limit`: True for the spec's `x-rate-limit`, a RateLimit for another figure, False
    for none. `clock` (epoch seconds) drives jobs and timestamps; a flow job runs for
    `job_seconds` once it starts."""
    if job_seconds < 0:
        raise ValueError(f"job_seconds must not be negative, got {job_seconds}")
    document = load_spec(spec_path)
    limit = RateLimit.documented(document) if rate_limit is True else rate_limit
    shapes = {resource.name: shape_of(document, resource.schema) for resource in RESOURCES}
    store = Store(db_path)
    world = World(store, shapes, Signer(store.signing_key()), clock, job_seconds)
    world.seen_job_time(store.latest_job_time())
    dispatcher = Dispatcher(
        operations(document),
        world,
        Authenticator(ACCOUNTS),
        LeakyBucket.of(limit) if isinstance(limit, RateLimit) else None,
    )
    app = MockApplication(dispatcher, store)
    app.state.world = world
    return app
