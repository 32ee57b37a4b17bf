# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.connectors`: Integration Apps (SmartConnectors) you publish, their licenses and installs..

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
import datetime
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
    Connector,
    ConnectorInstallPreview,
    ConnectorInstallRequest,
    ConnectorInstallResult,
    ConnectorOAuthServerFlow,
    ConnectorRepository,
    IClientMapping,
    InstallBaseEntry,
    License,
    LicenseCreateRequest,
    LicenseOptions,
    LicenseUser,
    NewLicenseOptions,
    PushUpdateRequest,
)
from ..types import UNSET, Unset


def _parse_create_connector_license(response: httpx.Response) -> License:
    return License._from_wire(response.json())


def _parse_delete_connector_license(response: httpx.Response) -> None:
    return None


def _parse_get_connector_license_by_id(response: httpx.Response) -> License:
    return License._from_wire(response.json())


def _parse_list_connector_licenses(response: httpx.Response) -> list[License]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [License._from_wire(item) for item in items]


def _parse_update_connector_license(response: httpx.Response) -> License:
    return License._from_wire(response.json())


def _parse_create_connector(response: httpx.Response) -> Connector:
    return Connector._from_wire(response.json())


def _parse_delete_connector(response: httpx.Response) -> None:
    return None


def _parse_get_connector_by_id(response: httpx.Response) -> Connector:
    return Connector._from_wire(response.json())


def _parse_install_connector(response: httpx.Response) -> ConnectorInstallResult:
    return ConnectorInstallResult._from_wire(response.json())


def _parse_get_connector_install_base(response: httpx.Response) -> list[InstallBaseEntry]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [InstallBaseEntry._from_wire(item) for item in items]


def _parse_list_connectors(response: httpx.Response) -> list[Connector]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Connector._from_wire(item) for item in items]


def _parse_preview_connector_install(response: httpx.Response) -> ConnectorInstallPreview:
    return ConnectorInstallPreview._from_wire(response.json())


def _parse_push_connector_update(response: httpx.Response) -> None:
    return None


def _parse_update_connector(response: httpx.Response) -> Connector:
    return Connector._from_wire(response.json())


class ConnectorsLicensesWithRawResponse:
    """`connectors.licenses` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: NewLicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`POST /v1/connectors/{_id}/licenses`; see `ConnectorsLicenses.create`."""
        return self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_create_connector_license,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "email": email,
                    "expires": expires,
                    "opts": opts,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/connectors/{_id}/licenses/{_licenseId}`; see `ConnectorsLicenses.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_delete_connector_license,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`GET /v1/connectors/{_id}/licenses/{_licenseId}`; see `ConnectorsLicenses.get`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_get_connector_license_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SyncPage[License]]:
        """`GET /v1/connectors/{_id}/licenses`; see `ConnectorsLicenses.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_list_connector_licenses,
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
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`PUT /v1/connectors/{_id}/licenses/{_licenseId}`; see `ConnectorsLicenses.update`."""
        return self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_update_connector_license,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "_integrationId": integration_id,
                    "created": created,
                    "expires": expires,
                    "opts": opts,
                    "user": user,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ConnectorsLicenses:
    """`client.connectors.licenses`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ConnectorsLicensesWithRawResponse(core)

    def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: NewLicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Create a license for a connector

        `POST /v1/connectors/{_id}/licenses`

        Creates a new license for a connector. Supply the target user's email
        address in the request body — the backend resolves it to a user
        account. If the email is not a registered integrator.io user, an
        `invalid_user` error is returned.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            connector_id,
            body,
            email=email,
            expires=expires,
            opts=opts,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a license

        `DELETE /v1/connectors/{_id}/licenses/{_licenseId}`

        Deletes a license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Get a license

        `GET /v1/connectors/{_id}/licenses/{_licenseId}`

        Returns a specific license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[License]:
        """List licenses for a connector

        `GET /v1/connectors/{_id}/licenses`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns all licenses issued for this connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
            connector_id,
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
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Update a license

        `PUT /v1/connectors/{_id}/licenses/{_licenseId}`

        Updates an existing license for a connector (e.g. change expiry or
        edition).

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.
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
            connector_id,
            license_id,
            body,
            integration_id=integration_id,
            created=created,
            expires=expires,
            opts=opts,
            user=user,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncConnectorsLicensesWithRawResponse:
    """`connectors.licenses` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: NewLicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`POST /v1/connectors/{_id}/licenses`; see `AsyncConnectorsLicenses.create`."""
        return await self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_create_connector_license,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "email": email,
                    "expires": expires,
                    "opts": opts,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/connectors/{_id}/licenses/{_licenseId}`; see `AsyncConnectorsLicenses.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_delete_connector_license,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`GET /v1/connectors/{_id}/licenses/{_licenseId}`; see `AsyncConnectorsLicenses.get`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_get_connector_license_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[AsyncPage[License]]:
        """`GET /v1/connectors/{_id}/licenses`; see `AsyncConnectorsLicenses.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_list_connector_licenses,
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
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`PUT /v1/connectors/{_id}/licenses/{_licenseId}`; see `AsyncConnectorsLicenses.update`."""
        return await self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_update_connector_license,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "_integrationId": integration_id,
                    "created": created,
                    "expires": expires,
                    "opts": opts,
                    "user": user,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncConnectorsLicenses:
    """`client.connectors.licenses`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncConnectorsLicensesWithRawResponse(core)

    async def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: NewLicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Create a license for a connector

        `POST /v1/connectors/{_id}/licenses`

        Creates a new license for a connector. Supply the target user's email
        address in the request body — the backend resolves it to a user
        account. If the email is not a registered integrator.io user, an
        `invalid_user` error is returned.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            connector_id,
            body,
            email=email,
            expires=expires,
            opts=opts,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a license

        `DELETE /v1/connectors/{_id}/licenses/{_licenseId}`

        Deletes a license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Get a license

        `GET /v1/connectors/{_id}/licenses/{_licenseId}`

        Returns a specific license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[License]:
        """List licenses for a connector

        `GET /v1/connectors/{_id}/licenses`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns all licenses issued for this connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        return AsyncPaginator(
            lambda: self.with_raw_response.list(
                connector_id,
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
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOptions | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Update a license

        `PUT /v1/connectors/{_id}/licenses/{_licenseId}`

        Updates an existing license for a connector (e.g. change expiry or
        edition).

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.
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
            connector_id,
            license_id,
            body,
            integration_id=integration_id,
            created=created,
            expires=expires,
            opts=opts,
            user=user,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class ConnectorsWithRawResponse:
    """`connectors` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.licenses = ConnectorsLicensesWithRawResponse(core)

    def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`POST /v1/connectors`; see `Connectors.create`."""
        return self._core.request(
            "POST",
            "/v1/connectors",
            _parse_create_connector,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
                    "websiteURL": website_url,
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
        """`DELETE /v1/connectors/{_id}`; see `Connectors.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(id),
            _parse_delete_connector,
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
    ) -> RawResponse[Connector]:
        """`GET /v1/connectors/{_id}`; see `Connectors.get`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id),
            _parse_get_connector_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def install(
        self,
        id: str,
        body: ConnectorInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectorInstallResult]:
        """`POST /v1/connectors/{_id}/install`; see `Connectors.install`."""
        return self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(id) + "/install",
            _parse_install_connector,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SyncPage[InstallBaseEntry]]:
        """`GET /v1/connectors/{_id}/installBase`; see `Connectors.install_base`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connectors/" + path_segment(id) + "/installBase",
            _parse_get_connector_install_base,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                }
            ),
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
    ) -> RawResponse[SyncPage[Connector]]:
        """`GET /v1/connectors`; see `Connectors.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connectors",
            _parse_list_connectors,
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

    def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectorInstallPreview]:
        """`GET /v1/connectors/{_id}/preview`; see `Connectors.preview_install`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/preview",
            _parse_preview_connector_install,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def push_update(
        self,
        id: str,
        body: PushUpdateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`PUT /v1/connectors/{_id}/update`; see `Connectors.push_update`."""
        return self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id) + "/update",
            _parse_push_connector_update,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "_integrationIds": integration_ids,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`PUT /v1/connectors/{_id}`; see `Connectors.update`."""
        return self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id),
            _parse_update_connector,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
                    "websiteURL": website_url,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Connectors:
    """`client.connectors`: Integration Apps (SmartConnectors) you publish, their licenses and installs."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ConnectorsWithRawResponse(core)
        self.licenses = ConnectorsLicenses(core)

    def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Create a connector

        `POST /v1/connectors`

        Creates a new connector (Integration App).

        **Partner-only endpoint.**

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
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
            website_url=website_url,
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
        """Delete a connector

        `DELETE /v1/connectors/{_id}`

        Deletes a connector. This does not affect existing installations.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
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
    ) -> Connector:
        """Get a connector

        `GET /v1/connectors/{_id}`

        Returns a single connector by ID.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def install(
        self,
        id: str,
        body: ConnectorInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectorInstallResult:
        """Install a connector (Integration App)

        `POST /v1/connectors/{_id}/install`

        Triggers the install flow for a connector (Integration App). The
        connector must be associated with an integration that has the install
        function configured.

        AI guidance:
        - The `_id` must be a **connector** ID, not a template ID. Templates
          are installed via `POST /v1/integrations/template/{_id}`.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install(
            id, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[InstallBaseEntry]:
        """Get the install base for a connector

        `GET /v1/connectors/{_id}/installBase`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns the list of accounts that have installed this connector.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install_base(
            id, limit=limit, skip=skip, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> SyncPage[Connector]:
        """List connectors

        `GET /v1/connectors`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns all connectors owned by the authenticated Partner account.

        **Partner-only endpoint.**

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

    def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectorInstallPreview:
        """Preview a connector install

        `GET /v1/connectors/{_id}/preview`

        Returns a preview of what installing this connector would produce.
        Same validation as the install endpoint — the connector must be
        associated with an integration that has the install function.

        AI guidance:
        - Use this before `POST /v1/connectors/{_id}/install` to show the
          user what resources the install would create.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.preview_install(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def push_update(
        self,
        id: str,
        body: PushUpdateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Push update to connector installations

        `PUT /v1/connectors/{_id}/update`

        Pushes an update to all (or specified) installations of this connector.
        Triggers the connector's `updateFunction` on each target integration.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.push_update(
            id,
            body,
            integration_ids=integration_ids,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Update a connector

        `PUT /v1/connectors/{_id}`

        Full-replaces a connector resource.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
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
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
            website_url=website_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncConnectorsWithRawResponse:
    """`connectors` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.licenses = AsyncConnectorsLicensesWithRawResponse(core)

    async def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`POST /v1/connectors`; see `AsyncConnectors.create`."""
        return await self._core.request(
            "POST",
            "/v1/connectors",
            _parse_create_connector,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
                    "websiteURL": website_url,
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
        """`DELETE /v1/connectors/{_id}`; see `AsyncConnectors.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(id),
            _parse_delete_connector,
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
    ) -> RawResponse[Connector]:
        """`GET /v1/connectors/{_id}`; see `AsyncConnectors.get`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id),
            _parse_get_connector_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def install(
        self,
        id: str,
        body: ConnectorInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectorInstallResult]:
        """`POST /v1/connectors/{_id}/install`; see `AsyncConnectors.install`."""
        return await self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(id) + "/install",
            _parse_install_connector,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[AsyncPage[InstallBaseEntry]]:
        """`GET /v1/connectors/{_id}/installBase`; see `AsyncConnectors.install_base`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connectors/" + path_segment(id) + "/installBase",
            _parse_get_connector_install_base,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                }
            ),
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
    ) -> RawResponse[AsyncPage[Connector]]:
        """`GET /v1/connectors`; see `AsyncConnectors.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connectors",
            _parse_list_connectors,
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

    async def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectorInstallPreview]:
        """`GET /v1/connectors/{_id}/preview`; see `AsyncConnectors.preview_install`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/preview",
            _parse_preview_connector_install,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def push_update(
        self,
        id: str,
        body: PushUpdateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`PUT /v1/connectors/{_id}/update`; see `AsyncConnectors.push_update`."""
        return await self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id) + "/update",
            _parse_push_connector_update,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "_integrationIds": integration_ids,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`PUT /v1/connectors/{_id}`; see `AsyncConnectors.update`."""
        return await self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id),
            _parse_update_connector,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
                    "websiteURL": website_url,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncConnectors:
    """`client.connectors`: Integration Apps (SmartConnectors) you publish, their licenses and installs."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncConnectorsWithRawResponse(core)
        self.licenses = AsyncConnectorsLicenses(core)

    async def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Create a connector

        `POST /v1/connectors`

        Creates a new connector (Integration App).

        **Partner-only endpoint.**

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
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
            website_url=website_url,
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
        """Delete a connector

        `DELETE /v1/connectors/{_id}`

        Deletes a connector. This does not affect existing installations.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
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
    ) -> Connector:
        """Get a connector

        `GET /v1/connectors/{_id}`

        Returns a single connector by ID.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def install(
        self,
        id: str,
        body: ConnectorInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectorInstallResult:
        """Install a connector (Integration App)

        `POST /v1/connectors/{_id}/install`

        Triggers the install flow for a connector (Integration App). The
        connector must be associated with an integration that has the install
        function configured.

        AI guidance:
        - The `_id` must be a **connector** ID, not a template ID. Templates
          are installed via `POST /v1/integrations/template/{_id}`.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.install(
            id, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[InstallBaseEntry]:
        """Get the install base for a connector

        `GET /v1/connectors/{_id}/installBase`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns the list of accounts that have installed this connector.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        return AsyncPaginator(
            lambda: self.with_raw_response.install_base(
                id, limit=limit, skip=skip, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
            )
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
    ) -> AsyncPaginator[Connector]:
        """List connectors

        `GET /v1/connectors`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns all connectors owned by the authenticated Partner account.

        **Partner-only endpoint.**

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

    async def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectorInstallPreview:
        """Preview a connector install

        `GET /v1/connectors/{_id}/preview`

        Returns a preview of what installing this connector would produce.
        Same validation as the install endpoint — the connector must be
        associated with an integration that has the install function.

        AI guidance:
        - Use this before `POST /v1/connectors/{_id}/install` to show the
          user what resources the install would create.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.preview_install(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def push_update(
        self,
        id: str,
        body: PushUpdateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Push update to connector installations

        `PUT /v1/connectors/{_id}/update`

        Pushes an update to all (or specified) installations of this connector.
        Triggers the connector's `updateFunction` on each target integration.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.push_update(
            id,
            body,
            integration_ids=integration_ids,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[IClientMapping | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Update a connector

        `PUT /v1/connectors/{_id}`

        Full-replaces a connector resource.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
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
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
            website_url=website_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
