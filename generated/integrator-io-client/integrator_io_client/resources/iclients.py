# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.iclients`.

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
    IClient,
    IClientAmazonmws,
    IClientEbay,
    IClientNetsuite,
    IClientOauth2,
    IClientSalesforce,
)
from ..types import UNSET, Unset


def _parse_create_i_client(response: httpx.Response) -> IClient:
    return IClient._from_wire(response.json())


def _parse_delete_i_client(response: httpx.Response) -> None:
    return None


def _parse_get_i_client_by_id(response: httpx.Response) -> IClient:
    return IClient._from_wire(response.json())


def _parse_list_i_clients(response: httpx.Response) -> list[IClient]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [IClient._from_wire(item) for item in items]


def _parse_update_i_client(response: httpx.Response) -> IClient:
    return IClient._from_wire(response.json())


class IclientsWithRawResponse:
    """`iclients` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`POST /v1/iclients`; see `Iclients.create`."""
        return self._core.request(
            "POST",
            "/v1/iclients",
            _parse_create_i_client,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
                    "salesforce": salesforce,
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
        """`DELETE /v1/iclients/{_id}`; see `Iclients.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/iclients/" + path_segment(id),
            _parse_delete_i_client,
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
    ) -> RawResponse[IClient]:
        """`GET /v1/iclients/{_id}`; see `Iclients.get`."""
        return self._core.request(
            "GET",
            "/v1/iclients/" + path_segment(id),
            _parse_get_i_client_by_id,
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
    ) -> RawResponse[SyncPage[IClient]]:
        """`GET /v1/iclients`; see `Iclients.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/iclients",
            _parse_list_i_clients,
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

    def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`PUT /v1/iclients/{_id}`; see `Iclients.update`."""
        return self._core.request(
            "PUT",
            "/v1/iclients/" + path_segment(id),
            _parse_update_i_client,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
                    "salesforce": salesforce,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Iclients:
    """`client.iclients`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = IclientsWithRawResponse(core)

    def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Create a new iClient.

        `POST /v1/iclients`

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
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
            salesforce=salesforce,
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
        """Delete a specific iClient.

        `DELETE /v1/iclients/{_id}`

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
    ) -> IClient:
        """Get a specific iClient.

        `GET /v1/iclients/{_id}`

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
    ) -> SyncPage[IClient]:
        """Get all iClients.

        `GET /v1/iclients`

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

    def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Update a specific iClient.

        `PUT /v1/iclients/{_id}`

        Replaces the iClient. A secret sent back as `******` keeps the stored value.

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
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
            salesforce=salesforce,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncIclientsWithRawResponse:
    """`iclients` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`POST /v1/iclients`; see `AsyncIclients.create`."""
        return await self._core.request(
            "POST",
            "/v1/iclients",
            _parse_create_i_client,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
                    "salesforce": salesforce,
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
        """`DELETE /v1/iclients/{_id}`; see `AsyncIclients.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/iclients/" + path_segment(id),
            _parse_delete_i_client,
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
    ) -> RawResponse[IClient]:
        """`GET /v1/iclients/{_id}`; see `AsyncIclients.get`."""
        return await self._core.request(
            "GET",
            "/v1/iclients/" + path_segment(id),
            _parse_get_i_client_by_id,
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
    ) -> RawResponse[AsyncPage[IClient]]:
        """`GET /v1/iclients`; see `AsyncIclients.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/iclients",
            _parse_list_i_clients,
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

    async def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`PUT /v1/iclients/{_id}`; see `AsyncIclients.update`."""
        return await self._core.request(
            "PUT",
            "/v1/iclients/" + path_segment(id),
            _parse_update_i_client,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
                    "salesforce": salesforce,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncIclients:
    """`client.iclients`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncIclientsWithRawResponse(core)

    async def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Create a new iClient.

        `POST /v1/iclients`

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
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
            salesforce=salesforce,
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
        """Delete a specific iClient.

        `DELETE /v1/iclients/{_id}`

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
    ) -> IClient:
        """Get a specific iClient.

        `GET /v1/iclients/{_id}`

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
    ) -> AsyncPaginator[IClient]:
        """Get all iClients.

        `GET /v1/iclients`

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

    async def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Update a specific iClient.

        `PUT /v1/iclients/{_id}`

        Replaces the iClient. A secret sent back as `******` keeps the stored value.

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
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
            salesforce=salesforce,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
