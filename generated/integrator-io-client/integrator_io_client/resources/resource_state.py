# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.resource_state`.

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, cast

import httpx

from .._bodies import json_value
from .._core import AsyncCore, SyncCore
from .._response import RawResponse
from .._wire import path_segment
from ..models import (
    StateKeys,
    StateResourceType,
)


def _parse_delete_resource_state_value(response: httpx.Response) -> None:
    return None


def _parse_delete_all_resource_state(response: httpx.Response) -> None:
    return None


def _parse_get_resource_state_value(response: httpx.Response) -> Any:
    response_200 = cast(Any, response.json())

    return response_200


def _parse_list_resource_state_keys(response: httpx.Response) -> list[str]:
    if response.status_code == 204:
        return []
    return StateKeys._from_wire(response.json()).keys


def _parse_put_resource_state_value(response: httpx.Response) -> bool:
    return response.text.strip() == "Created"


class ResourceStateWithRawResponse:
    """`resource_state` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/{resource_type}/{_id}/state/{key}`; see `ResourceState.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_delete_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/{resource_type}/{_id}/state`; see `ResourceState.delete_all`."""
        return self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_delete_all_resource_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/{resource_type}/{_id}/state/{key}`; see `ResourceState.get`."""
        return self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_get_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[list[str]]:
        """`GET /v1/{resource_type}/{_id}/state`; see `ResourceState.list_keys`."""
        return self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_list_resource_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[bool]:
        """`PUT /v1/{resource_type}/{_id}/state/{key}`; see `ResourceState.put`."""
        return self._core.request(
            "PUT",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_put_resource_state_value,
            body=json_value(value),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ResourceState:
    """`client.resource_state`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ResourceStateWithRawResponse(core)

    def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete the resource specific key and value.

        `DELETE /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete all keys and values stored underneath the resource. Be careful with this API!

        `DELETE /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete_all(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the resource specific value associated with the key.

        `GET /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> list[str]:
        """Get all keys stored underneath a specific resource in your account.

        `GET /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list_keys(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> bool:
        """Create/update the resource specific value associated with the key.

        `PUT /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.
            value: any JSON value (None is sent as null); models and datetimes
                are converted as in other bodies.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.put(
            resource_type, id, key, value, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class AsyncResourceStateWithRawResponse:
    """`resource_state` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/{resource_type}/{_id}/state/{key}`; see `AsyncResourceState.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_delete_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/{resource_type}/{_id}/state`; see `AsyncResourceState.delete_all`."""
        return await self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_delete_all_resource_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/{resource_type}/{_id}/state/{key}`; see `AsyncResourceState.get`."""
        return await self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_get_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[list[str]]:
        """`GET /v1/{resource_type}/{_id}/state`; see `AsyncResourceState.list_keys`."""
        return await self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_list_resource_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[bool]:
        """`PUT /v1/{resource_type}/{_id}/state/{key}`; see `AsyncResourceState.put`."""
        return await self._core.request(
            "PUT",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_put_resource_state_value,
            body=json_value(value),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncResourceState:
    """`client.resource_state`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncResourceStateWithRawResponse(core)

    async def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete the resource specific key and value.

        `DELETE /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete all keys and values stored underneath the resource. Be careful with this API!

        `DELETE /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete_all(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the resource specific value associated with the key.

        `GET /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> list[str]:
        """Get all keys stored underneath a specific resource in your account.

        `GET /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list_keys(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> bool:
        """Create/update the resource specific value associated with the key.

        `PUT /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.
            value: any JSON value (None is sent as null); models and datetimes
                are converted as in other bodies.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.put(
            resource_type, id, key, value, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()
