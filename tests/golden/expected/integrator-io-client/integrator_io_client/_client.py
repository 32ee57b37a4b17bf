# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`IntegratorClient` and `AsyncIntegratorClient`: the entry points of the package."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType

import httpx

from ._core import AsyncCore, SyncCore, Timeout, resolve_settings
from ._limiter import RateLimit
from .client import Client
from .resources import AsyncRoot, AsyncRootWithRawResponse, Root, RootWithRawResponse


class IntegratorClient(Root):
    """A synchronous client for the Golden API.

    Args:
        token: the API token; defaults to $INTEGRATOR_API_TOKEN.
        region: which of the spec's servers to use: "us" (https://api.example.test), "eu" (https://api.eu.example.test).
            Without region and base_url, $INTEGRATOR_BASE_URL or the first server is used.
        base_url: the API's URL, e.g. a mock server; defaults to $INTEGRATOR_BASE_URL.
        timeout: seconds (or an httpx.Timeout) per request, default 60;
            every method also takes timeout=.
        max_retries: retries on 429, 5xx and connection errors, default 2;
            every method also takes max_retries=.
        rate_limit: True (default) keeps requests under the budget $INTEGRATOR_RATE_LIMIT gives
            (`off` or `CAPACITY/PER_SECOND`), else under the API's documented leaky bucket
            (50 requests, refilled at 10.0/s), shared by all threads or tasks using
            this client; False switches it off; a RateLimit sets other numbers.
        headers: extra headers sent with every request.
        verify: TLS verification, as for httpx.
        transport: an httpx transport to send requests with (retries and the rate limit
            still apply on top of it); mostly for tests.
    """

    with_raw_response: RootWithRawResponse

    def __init__(
        self,
        token: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | bool = True,
        headers: dict[str, str] | None = None,
        verify: bool | str = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        settings = resolve_settings(
            token=token,
            region=region,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            headers=headers,
            verify=verify,
        )
        super().__init__(SyncCore(settings, transport))

    @property
    def base_url(self) -> str:
        return self._core.settings.base_url

    @property
    def region(self) -> str | None:
        """The spec server the base URL belongs to, if it is one of them."""
        return self._core.settings.region

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> IntegratorClient:
        """A view of this client with other defaults for every call, e.g.
        `client.with_options(max_retries=5).connectors.list()`. It shares this client's
        connections, token and rate limit (closing either closes both)."""
        view = IntegratorClient.__new__(IntegratorClient)
        Root.__init__(view, self._core.derive(self._core.defaults.merged(timeout, max_retries, headers)))
        return view

    @property
    def low_level(self) -> Client:
        """A low-level client for the `api` modules, sharing this client's connection pool,
        token, retries and rate limit: `get_connector_by_id.sync_detailed(client=c.low_level, id=...)`."""
        return self._core.low_level

    def close(self) -> None:
        self._core.close()

    def __enter__(self) -> IntegratorClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"IntegratorClient(base_url={self.base_url!r})"


class AsyncIntegratorClient(AsyncRoot):
    """An asyncio client for the Golden API.

    Args:
        token: the API token; defaults to $INTEGRATOR_API_TOKEN.
        region: which of the spec's servers to use: "us" (https://api.example.test), "eu" (https://api.eu.example.test).
            Without region and base_url, $INTEGRATOR_BASE_URL or the first server is used.
        base_url: the API's URL, e.g. a mock server; defaults to $INTEGRATOR_BASE_URL.
        timeout: seconds (or an httpx.Timeout) per request, default 60;
            every method also takes timeout=.
        max_retries: retries on 429, 5xx and connection errors, default 2;
            every method also takes max_retries=.
        rate_limit: True (default) keeps requests under the budget $INTEGRATOR_RATE_LIMIT gives
            (`off` or `CAPACITY/PER_SECOND`), else under the API's documented leaky bucket
            (50 requests, refilled at 10.0/s), shared by all threads or tasks using
            this client; False switches it off; a RateLimit sets other numbers.
        headers: extra headers sent with every request.
        verify: TLS verification, as for httpx.
        transport: an httpx transport to send requests with (retries and the rate limit
            still apply on top of it); mostly for tests.
    """

    with_raw_response: AsyncRootWithRawResponse

    def __init__(
        self,
        token: str | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        rate_limit: RateLimit | bool = True,
        headers: dict[str, str] | None = None,
        verify: bool | str = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        settings = resolve_settings(
            token=token,
            region=region,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            headers=headers,
            verify=verify,
        )
        super().__init__(AsyncCore(settings, transport))

    @property
    def base_url(self) -> str:
        return self._core.settings.base_url

    @property
    def region(self) -> str | None:
        return self._core.settings.region

    def with_options(
        self,
        *,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIntegratorClient:
        """A view of this client with other defaults for every call, e.g.
        `client.with_options(max_retries=5).connectors.list()`. It shares this client's
        connections, token and rate limit (closing either closes both)."""
        view = AsyncIntegratorClient.__new__(AsyncIntegratorClient)
        AsyncRoot.__init__(view, self._core.derive(self._core.defaults.merged(timeout, max_retries, headers)))
        return view

    @property
    def low_level(self) -> Client:
        """A low-level client for the `api` modules' `asyncio*` functions, sharing this
        client's connection pool, token, retries and rate limit."""
        return self._core.low_level

    async def close(self) -> None:
        await self._core.close()

    async def __aenter__(self) -> AsyncIntegratorClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncIntegratorClient(base_url={self.base_url!r})"
