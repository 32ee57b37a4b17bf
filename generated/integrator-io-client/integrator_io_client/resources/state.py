# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.state`: Key-value storage, global or under a resource..

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
)


def _parse_delete_state_value(response: httpx.Response) -> None:
    return None


def _parse_delete_all_state(response: httpx.Response) -> None:
    return None


def _parse_get_state_value(response: httpx.Response) -> Any:
    response_200 = cast(Any, response.json())

    return response_200


def _parse_list_state_keys(response: httpx.Response) -> list[str]:
    if response.status_code == 204:
        return []
    return StateKeys._from_wire(response.json()).keys


def _parse_put_state_value(response: httpx.Response) -> bool:
    return response.text.strip() == "Created"


class StateWithRawResponse:
    """`state` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state/{key}`; see `State.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/state/" + path_segment(key),
            _parse_delete_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state`; see `State.delete_all`."""
        return self._core.request(
            "DELETE",
            "/v1/state",
            _parse_delete_all_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/state/{key}`; see `State.get`."""
        return self._core.request(
            "GET",
            "/v1/state/" + path_segment(key),
            _parse_get_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[list[str]]:
        """`GET /v1/state`; see `State.list_keys`."""
        return self._core.request(
            "GET",
            "/v1/state",
            _parse_list_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def put(
        self,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[bool]:
        """`PUT /v1/state/{key}`; see `State.put`."""
        return self._core.request(
            "PUT",
            "/v1/state/" + path_segment(key),
            _parse_put_state_value,
            body=json_value(value),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class State:
    """`client.state`: Key-value storage, global or under a resource."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = StateWithRawResponse(core)

    def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete the key and value.

        `DELETE /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete all global keys and values. Be careful with this API!

        `DELETE /v1/state`

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete_all(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the value associated with the key.

        `GET /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> list[str]:
        """Get all global keys.

        `GET /v1/state`

        The global keys only; keys stored under a resource are listed under that resource.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list_keys(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def put(
        self,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> bool:
        """Create/update the value associated with the key.

        `PUT /v1/state/{key}`

        Args:
            key: The key.
            value: any JSON value (None is sent as null); models and datetimes
                are converted as in other bodies.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.put(
            key, value, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class AsyncStateWithRawResponse:
    """`state` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state/{key}`; see `AsyncState.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/state/" + path_segment(key),
            _parse_delete_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state`; see `AsyncState.delete_all`."""
        return await self._core.request(
            "DELETE",
            "/v1/state",
            _parse_delete_all_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/state/{key}`; see `AsyncState.get`."""
        return await self._core.request(
            "GET",
            "/v1/state/" + path_segment(key),
            _parse_get_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[list[str]]:
        """`GET /v1/state`; see `AsyncState.list_keys`."""
        return await self._core.request(
            "GET",
            "/v1/state",
            _parse_list_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put(
        self,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[bool]:
        """`PUT /v1/state/{key}`; see `AsyncState.put`."""
        return await self._core.request(
            "PUT",
            "/v1/state/" + path_segment(key),
            _parse_put_state_value,
            body=json_value(value),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncState:
    """`client.state`: Key-value storage, global or under a resource."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncStateWithRawResponse(core)

    async def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete the key and value.

        `DELETE /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete all global keys and values. Be careful with this API!

        `DELETE /v1/state`

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete_all(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the value associated with the key.

        `GET /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> list[str]:
        """Get all global keys.

        `GET /v1/state`

        The global keys only; keys stored under a resource are listed under that resource.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list_keys(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def put(
        self,
        key: str,
        value: Any,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> bool:
        """Create/update the value associated with the key.

        `PUT /v1/state/{key}`

        Args:
            key: The key.
            value: any JSON value (None is sent as null); models and datetimes
                are converted as in other bodies.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.put(
            key, value, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()
