# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Operations at the top level of the client.

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping

import httpx

from .._core import AsyncCore, SyncCore
from .._response import RawResponse
from ..models import (
    PingResponse200,
)
from .widgets import (
    AsyncWidgets,
    AsyncWidgetsWithRawResponse,
    Widgets,
    WidgetsWithRawResponse,
)


def _parse_ping(response: httpx.Response) -> PingResponse200:
    return PingResponse200._from_wire(response.json())


class RootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.widgets = WidgetsWithRawResponse(core)

    def ping(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[PingResponse200]:
        """`GET /v1/ping`; see `Root.ping`."""
        return self._core.request(
            "GET",
            "/v1/ping",
            _parse_ping,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Root:
    """Operations at the top level of the client."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = RootWithRawResponse(core)
        self.widgets = Widgets(core)

    def ping(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> PingResponse200:
        """Check the service

        `GET /v1/ping`
        """
        raw = self.with_raw_response.ping(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()


class AsyncRootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.widgets = AsyncWidgetsWithRawResponse(core)

    async def ping(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[PingResponse200]:
        """`GET /v1/ping`; see `AsyncRoot.ping`."""
        return await self._core.request(
            "GET",
            "/v1/ping",
            _parse_ping,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncRoot:
    """Operations at the top level of the client."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncRootWithRawResponse(core)
        self.widgets = AsyncWidgets(core)

    async def ping(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> PingResponse200:
        """Check the service

        `GET /v1/ping`
        """
        raw = await self.with_raw_response.ping(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()
