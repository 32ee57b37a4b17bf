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
    TokenInfo,
)
from .connections import (
    AsyncConnections,
    AsyncConnectionsWithRawResponse,
    Connections,
    ConnectionsWithRawResponse,
)
from .connectors import (
    AsyncConnectors,
    AsyncConnectorsWithRawResponse,
    Connectors,
    ConnectorsWithRawResponse,
)
from .exports import (
    AsyncExports,
    AsyncExportsWithRawResponse,
    Exports,
    ExportsWithRawResponse,
)
from .flows import (
    AsyncFlows,
    AsyncFlowsWithRawResponse,
    Flows,
    FlowsWithRawResponse,
)
from .iclients import (
    AsyncIclients,
    AsyncIclientsWithRawResponse,
    Iclients,
    IclientsWithRawResponse,
)
from .imports import (
    AsyncImports,
    AsyncImportsWithRawResponse,
    Imports,
    ImportsWithRawResponse,
)
from .integrations import (
    AsyncIntegrations,
    AsyncIntegrationsWithRawResponse,
    Integrations,
    IntegrationsWithRawResponse,
)
from .jobs import (
    AsyncJobs,
    AsyncJobsWithRawResponse,
    Jobs,
    JobsWithRawResponse,
)
from .resource_state import (
    AsyncResourceState,
    AsyncResourceStateWithRawResponse,
    ResourceState,
    ResourceStateWithRawResponse,
)
from .state import (
    AsyncState,
    AsyncStateWithRawResponse,
    State,
    StateWithRawResponse,
)
from .templates import (
    AsyncTemplates,
    AsyncTemplatesWithRawResponse,
    Templates,
    TemplatesWithRawResponse,
)


def _parse_get_token_info(response: httpx.Response) -> TokenInfo:
    return TokenInfo._from_wire(response.json())


class RootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.connections = ConnectionsWithRawResponse(core)
        self.connectors = ConnectorsWithRawResponse(core)
        self.exports = ExportsWithRawResponse(core)
        self.flows = FlowsWithRawResponse(core)
        self.iclients = IclientsWithRawResponse(core)
        self.imports = ImportsWithRawResponse(core)
        self.integrations = IntegrationsWithRawResponse(core)
        self.jobs = JobsWithRawResponse(core)
        self.resource_state = ResourceStateWithRawResponse(core)
        self.state = StateWithRawResponse(core)
        self.templates = TemplatesWithRawResponse(core)

    def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[TokenInfo]:
        """`GET /v1/tokenInfo`; see `Root.token_info`."""
        return self._core.request(
            "GET",
            "/v1/tokenInfo",
            _parse_get_token_info,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Root:
    """Operations at the top level of the client."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = RootWithRawResponse(core)
        self.connections = Connections(core)
        self.connectors = Connectors(core)
        self.exports = Exports(core)
        self.flows = Flows(core)
        self.iclients = Iclients(core)
        self.imports = Imports(core)
        self.integrations = Integrations(core)
        self.jobs = Jobs(core)
        self.resource_state = ResourceState(core)
        self.state = State(core)
        self.templates = Templates(core)

    def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> TokenInfo:
        """Get information about the current token

        `GET /v1/tokenInfo`

        Returns the user the bearer token belongs to, and the token's scope where the API still sends it.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.token_info(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()


class AsyncRootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.connections = AsyncConnectionsWithRawResponse(core)
        self.connectors = AsyncConnectorsWithRawResponse(core)
        self.exports = AsyncExportsWithRawResponse(core)
        self.flows = AsyncFlowsWithRawResponse(core)
        self.iclients = AsyncIclientsWithRawResponse(core)
        self.imports = AsyncImportsWithRawResponse(core)
        self.integrations = AsyncIntegrationsWithRawResponse(core)
        self.jobs = AsyncJobsWithRawResponse(core)
        self.resource_state = AsyncResourceStateWithRawResponse(core)
        self.state = AsyncStateWithRawResponse(core)
        self.templates = AsyncTemplatesWithRawResponse(core)

    async def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[TokenInfo]:
        """`GET /v1/tokenInfo`; see `AsyncRoot.token_info`."""
        return await self._core.request(
            "GET",
            "/v1/tokenInfo",
            _parse_get_token_info,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncRoot:
    """Operations at the top level of the client."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncRootWithRawResponse(core)
        self.connections = AsyncConnections(core)
        self.connectors = AsyncConnectors(core)
        self.exports = AsyncExports(core)
        self.flows = AsyncFlows(core)
        self.iclients = AsyncIclients(core)
        self.imports = AsyncImports(core)
        self.integrations = AsyncIntegrations(core)
        self.jobs = AsyncJobs(core)
        self.resource_state = AsyncResourceState(core)
        self.state = AsyncState(core)
        self.templates = AsyncTemplates(core)

    async def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> TokenInfo:
        """Get information about the current token

        `GET /v1/tokenInfo`

        Returns the user the bearer token belongs to, and the token's scope where the API still sends it.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.token_info(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()
