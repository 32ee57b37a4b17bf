# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.flows`: Compose exports and imports; run them on demand..

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .._bodies import encode_body
from .._core import AsyncCore, SyncCore
from .._pagination import (
    LINK_PAGING,
    AsyncPage,
    AsyncPaginator,
    SyncPage,
    async_first_page,
    first_page,
)
from .._response import RawResponse
from .._wire import comma_list, path_segment, query_params
from ..models import (
    CloneRequest,
    Flow,
    Job,
    PageGenerator,
    PageProcessor,
)
from ..types import UNSET, Unset


def _parse_clone_flow(response: httpx.Response) -> Flow:
    return Flow._from_wire(response.json())


def _parse_create_flow(response: httpx.Response) -> Flow:
    return Flow._from_wire(response.json())


def _parse_delete_flow(response: httpx.Response) -> None:
    return None


def _parse_get_flow_by_id(response: httpx.Response) -> Flow:
    return Flow._from_wire(response.json())


def _parse_list_flows(response: httpx.Response) -> list[Flow]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Flow._from_wire(item) for item in items]


def _parse_run_flow(response: httpx.Response) -> Job:
    return Job._from_wire(response.json())


def _parse_update_flow(response: httpx.Response) -> Flow:
    return Flow._from_wire(response.json())


class FlowsWithRawResponse:
    """`flows` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`POST /v1/flows/{_id}/clone`; see `Flows.clone`."""
        return self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/clone",
            _parse_clone_flow,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def create(
        self,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`POST /v1/flows`; see `Flows.create`."""
        return self._core.request(
            "POST",
            "/v1/flows",
            _parse_create_flow,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/flows/{_id}`; see `Flows.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/flows/" + path_segment(id),
            _parse_delete_flow,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`GET /v1/flows/{_id}`; see `Flows.get`."""
        return self._core.request(
            "GET",
            "/v1/flows/" + path_segment(id),
            _parse_get_flow_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SyncPage[Flow]]:
        """`GET /v1/flows`; see `Flows.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/flows",
            _parse_list_flows,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": comma_list(include),
                    "exclude": comma_list(exclude),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Job]:
        """`POST /v1/flows/{_id}/run`; see `Flows.run`."""
        return self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/run",
            _parse_run_flow,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`PUT /v1/flows/{_id}`; see `Flows.update`."""
        return self._core.request(
            "PUT",
            "/v1/flows/" + path_segment(id),
            _parse_update_flow,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Flows:
    """`client.flows`: Compose exports and imports; run them on demand."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = FlowsWithRawResponse(core)

    def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Clone a specific flow.

        `POST /v1/flows/{_id}/clone`

        Creates a copy of the flow with a new `_id`; it uses the same exports and imports.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def create(
        self,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Create a new flow.

        `POST /v1/flows`

        Creates a flow. Every export and import it names (`_exportId`, `_importId`,
        `pageGenerators[]._exportId`, `pageProcessors[]._exportId` / `_importId`) and
        its `_integrationId` must be resources of the account (422 `invalid_ref` with
        `field`).


        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            body,
            name=name,
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a specific flow.

        `DELETE /v1/flows/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Get a specific flow.

        `GET /v1/flows/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[Flow]:
        """Get all flows.

        `GET /v1/flows`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Run a specific flow on-demand.

        `POST /v1/flows/{_id}/run`

        Starts the flow now. The answer is the new flow job, `queued`; it moves to
        `running`, then `completed` or `failed`, with a child job per export and import
        (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
        asked for while another is running waits, `queued`.


        Args:
            id: The resource's ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.run(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Update a specific flow.

        `PUT /v1/flows/{_id}`

        Replaces the flow (fields left out are erased; read-only fields are kept). References are checked as on create.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.update(
            id,
            body,
            name=name,
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncFlowsWithRawResponse:
    """`flows` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`POST /v1/flows/{_id}/clone`; see `AsyncFlows.clone`."""
        return await self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/clone",
            _parse_clone_flow,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create(
        self,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`POST /v1/flows`; see `AsyncFlows.create`."""
        return await self._core.request(
            "POST",
            "/v1/flows",
            _parse_create_flow,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/flows/{_id}`; see `AsyncFlows.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/flows/" + path_segment(id),
            _parse_delete_flow,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`GET /v1/flows/{_id}`; see `AsyncFlows.get`."""
        return await self._core.request(
            "GET",
            "/v1/flows/" + path_segment(id),
            _parse_get_flow_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[AsyncPage[Flow]]:
        """`GET /v1/flows`; see `AsyncFlows.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/flows",
            _parse_list_flows,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": comma_list(include),
                    "exclude": comma_list(exclude),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Job]:
        """`POST /v1/flows/{_id}/run`; see `AsyncFlows.run`."""
        return await self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/run",
            _parse_run_flow,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`PUT /v1/flows/{_id}`; see `AsyncFlows.update`."""
        return await self._core.request(
            "PUT",
            "/v1/flows/" + path_segment(id),
            _parse_update_flow,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncFlows:
    """`client.flows`: Compose exports and imports; run them on demand."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncFlowsWithRawResponse(core)

    async def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Clone a specific flow.

        `POST /v1/flows/{_id}/clone`

        Creates a copy of the flow with a new `_id`; it uses the same exports and imports.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def create(
        self,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Create a new flow.

        `POST /v1/flows`

        Creates a flow. Every export and import it names (`_exportId`, `_importId`,
        `pageGenerators[]._exportId`, `pageProcessors[]._exportId` / `_importId`) and
        its `_integrationId` must be resources of the account (422 `invalid_ref` with
        `field`).


        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            body,
            name=name,
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a specific flow.

        `DELETE /v1/flows/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Get a specific flow.

        `GET /v1/flows/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[Flow]:
        """Get all flows.

        `GET /v1/flows`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        return AsyncPaginator(
            lambda: self.with_raw_response.list(
                limit=limit,
                skip=skip,
                include=include,
                exclude=exclude,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
        )

    async def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Run a specific flow on-demand.

        `POST /v1/flows/{_id}/run`

        Starts the flow now. The answer is the new flow job, `queued`; it moves to
        `running`, then `completed` or `failed`, with a child job per export and import
        (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
        asked for while another is running waits, `queued`.


        Args:
            id: The resource's ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.run(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Update a specific flow.

        `PUT /v1/flows/{_id}`

        Replaces the flow (fields left out are erased; read-only fields are kept). References are checked as on create.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.update(
            id,
            body,
            name=name,
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
