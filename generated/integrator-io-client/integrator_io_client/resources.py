# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Resource classes of the high-level client, one per `x-sdk-method` prefix.

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same model).
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ._core import AsyncCore, SyncCore
from ._response import RawResponse
from ._wire import compose_body, path_segment
from .models import (
    Connector,
    ConnectorIClientIdMapItem,
    ConnectorOAuthServerFlow,
    ConnectorRepository,
    FunctionPayload,
    GetConnectorInstallBaseResponse200Item,
    InstallConnectorBody,
    InstallConnectorResponse200,
    InstallStep,
    Integration,
    IntegrationCloneRequest,
    IntegrationInstallRequest,
    IntegrationMode,
    IntegrationSettings,
    License,
    LicenseCreateRequest,
    LicenseCreateRequestOpts,
    LicenseOpts,
    LicenseUser,
    PreviewConnectorInstallResponse200,
    PushConnectorUpdateBody,
    TokenInfo,
)
from .types import UNSET, Unset


def _parse_create_connector(response: httpx.Response) -> Connector:
    response_201 = Connector.from_dict(response.json())

    return response_201


def _parse_delete_connector(response: httpx.Response) -> None:
    return None


def _parse_get_connector_by_id(response: httpx.Response) -> Connector:
    response_200 = Connector.from_dict(response.json())

    return response_200


def _parse_install_connector(response: httpx.Response) -> InstallConnectorResponse200:
    response_200 = InstallConnectorResponse200.from_dict(response.json())

    return response_200


def _parse_get_connector_install_base(response: httpx.Response) -> list[GetConnectorInstallBaseResponse200Item]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = GetConnectorInstallBaseResponse200Item.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_create_connector_license(response: httpx.Response) -> License:
    response_201 = License.from_dict(response.json())

    return response_201


def _parse_delete_connector_license(response: httpx.Response) -> None:
    return None


def _parse_get_connector_license_by_id(response: httpx.Response) -> License:
    response_200 = License.from_dict(response.json())

    return response_200


def _parse_list_connector_licenses(response: httpx.Response) -> list[License]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = License.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_update_connector_license(response: httpx.Response) -> License:
    response_200 = License.from_dict(response.json())

    return response_200


def _parse_list_connectors(response: httpx.Response) -> list[Connector]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Connector.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_preview_connector_install(response: httpx.Response) -> PreviewConnectorInstallResponse200:
    response_200 = PreviewConnectorInstallResponse200.from_dict(response.json())

    return response_200


def _parse_push_connector_update(response: httpx.Response) -> None:
    return None


def _parse_update_connector(response: httpx.Response) -> Connector:
    response_200 = Connector.from_dict(response.json())

    return response_200


def _parse_clone_integration(response: httpx.Response) -> Integration:
    response_201 = Integration.from_dict(response.json())

    return response_201


def _parse_create_integration(response: httpx.Response) -> Integration:
    response_201 = Integration.from_dict(response.json())

    return response_201


def _parse_delete_integration(response: httpx.Response) -> None:
    return None


def _parse_get_integration_by_id(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_install_connector_integration(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_invoke_integration_installer(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_invoke_integration_settings(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_invoke_integration_uninstaller(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_list_integrations(response: httpx.Response) -> list[Integration]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Integration.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_uninstall_integration(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_update_integration(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_get_token_info(response: httpx.Response) -> TokenInfo:
    response_200 = TokenInfo.from_dict(response.json())

    return response_200


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
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`POST /v1/connectors/{_id}/licenses`; see `ConnectorsLicenses.create`."""
        return self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_create_connector_license,
            json=compose_body(
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
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[License]]:
        """`GET /v1/connectors/{_id}/licenses`; see `ConnectorsLicenses.list`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_list_connector_licenses,
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
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[License]:
        """List licenses for a connector

        `GET /v1/connectors/{_id}/licenses`

        Returns all licenses issued for this connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
            connector_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`POST /v1/connectors/{_id}/licenses`; see `AsyncConnectorsLicenses.create`."""
        return await self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_create_connector_license,
            json=compose_body(
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
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[License]]:
        """`GET /v1/connectors/{_id}/licenses`; see `AsyncConnectorsLicenses.list`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_list_connector_licenses,
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
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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

    async def list(
        self,
        connector_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[License]:
        """List licenses for a connector

        `GET /v1/connectors/{_id}/licenses`

        Returns all licenses issued for this connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            connector_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def update(
        self,
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[InstallConnectorResponse200]:
        """`POST /v1/connectors/{_id}/install`; see `Connectors.install`."""
        return self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(id) + "/install",
            _parse_install_connector,
            json=compose_body(
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
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[GetConnectorInstallBaseResponse200Item]]:
        """`GET /v1/connectors/{_id}/installBase`; see `Connectors.install_base`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/installBase",
            _parse_get_connector_install_base,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Connector]]:
        """`GET /v1/connectors`; see `Connectors.list`."""
        return self._core.request(
            "GET",
            "/v1/connectors",
            _parse_list_connectors,
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
    ) -> RawResponse[PreviewConnectorInstallResponse200]:
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
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
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
            json=compose_body(
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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> InstallConnectorResponse200:
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[GetConnectorInstallBaseResponse200Item]:
        """Get the install base for a connector

        `GET /v1/connectors/{_id}/installBase`

        Returns the list of accounts that have installed this connector.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install_base(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Connector]:
        """List connectors

        `GET /v1/connectors`

        Returns all connectors owned by the authenticated Partner account.

        **Partner-only endpoint.**

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> PreviewConnectorInstallResponse200:
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
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[InstallConnectorResponse200]:
        """`POST /v1/connectors/{_id}/install`; see `AsyncConnectors.install`."""
        return await self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(id) + "/install",
            _parse_install_connector,
            json=compose_body(
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
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[GetConnectorInstallBaseResponse200Item]]:
        """`GET /v1/connectors/{_id}/installBase`; see `AsyncConnectors.install_base`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/installBase",
            _parse_get_connector_install_base,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Connector]]:
        """`GET /v1/connectors`; see `AsyncConnectors.list`."""
        return await self._core.request(
            "GET",
            "/v1/connectors",
            _parse_list_connectors,
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
    ) -> RawResponse[PreviewConnectorInstallResponse200]:
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
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
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
            json=compose_body(
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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> InstallConnectorResponse200:
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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

    async def install_base(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[GetConnectorInstallBaseResponse200Item]:
        """Get the install base for a connector

        `GET /v1/connectors/{_id}/installBase`

        Returns the list of accounts that have installed this connector.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.install_base(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Connector]:
        """List connectors

        `GET /v1/connectors`

        Returns all connectors owned by the authenticated Partner account.

        **Partner-only endpoint.**

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    async def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> PreviewConnectorInstallResponse200:
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
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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


class IntegrationsWithRawResponse:
    """`integrations` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/clone`; see `Integrations.clone`."""
        return self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(id) + "/clone",
            _parse_clone_integration,
            json=compose_body(
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
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations`; see `Integrations.create`."""
        return self._core.request(
            "POST",
            "/v1/integrations",
            _parse_create_integration,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
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
        """`DELETE /v1/integrations/{_id}`; see `Integrations.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id),
            _parse_delete_integration,
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
    ) -> RawResponse[Integration]:
        """`GET /v1/integrations/{_id}`; see `Integrations.get`."""
        return self._core.request(
            "GET",
            "/v1/integrations/" + path_segment(id),
            _parse_get_integration_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def install(
        self,
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/install`; see `Integrations.install`."""
        return self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(connector_id) + "/install",
            _parse_install_connector_integration,
            json=compose_body(
                body,
                {
                    "install": install,
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/installer/{function}`; see `Integrations.invoke_installer`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/installer/" + path_segment(function),
            _parse_invoke_integration_installer,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/settings/{function}`; see `Integrations.invoke_settings`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/settings/" + path_segment(function),
            _parse_invoke_integration_settings,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/uninstaller/{function}`; see `Integrations.invoke_uninstaller`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/uninstaller/" + path_segment(function),
            _parse_invoke_integration_uninstaller,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Integration]]:
        """`GET /v1/integrations`; see `Integrations.list`."""
        return self._core.request(
            "GET",
            "/v1/integrations",
            _parse_list_integrations,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`DELETE /v1/integrations/{_id}/install`; see `Integrations.uninstall`."""
        return self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id) + "/install",
            _parse_uninstall_integration,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}`; see `Integrations.update`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id),
            _parse_update_integration,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Integrations:
    """`client.integrations`: Integrations group flows; SmartConnector installs are integrations with install steps."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = IntegrationsWithRawResponse(core)

    def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Clone an integration

        `POST /v1/integrations/{_id}/clone`

        Creates a copy of an integration with a new `_id`. The copy is not tied to the
        source's install state: `updateInProgress` is false.


        Args:
            id: The integration ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def create(
        self,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Create an integration

        `POST /v1/integrations`

        Creates a new integration.

        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            body,
            name=name,
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
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
        """Delete an integration

        `DELETE /v1/integrations/{_id}`

        Deletes an integration.

        Args:
            id: The integration ID.

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
    ) -> Integration:
        """Get an integration

        `GET /v1/integrations/{_id}`

        Returns a single integration by ID.

        Args:
            id: The integration ID.

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
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Install a connector as an integration

        `POST /v1/integrations/{_id}/install`

        Installs a connector into the account: creates an integration with
        `_connectorId` set, `mode` `install` and the connector's install steps, each with
        `completed: false`. Complete the steps with the installer function calls.
        Here `_id` is the **connector's** ID (the older docs write it `{_connectorId}`).


        Args:
            connector_id: The ID of the connector to install.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install(
            connector_id,
            body,
            install=install,
            name=name,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke an installer function

        `PUT /v1/integrations/{_id}/installer/{function}`

        Invokes `function` of the connector's installer module. The install step whose
        `installerFunction` is `function` becomes `completed`; when every step is
        completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
        in `install` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.invoke_installer(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke a settings function

        `PUT /v1/integrations/{_id}/settings/{function}`

        Invokes `function` of the connector's settings module with the changed settings;
        the body's fields are merged into `settings`. 422 `invalid_mode` unless the
        integration is in `settings` mode, 422 `update_in_progress` while
        `updateInProgress` is true.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.invoke_settings(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke an uninstaller function

        `PUT /v1/integrations/{_id}/uninstaller/{function}`

        Invokes `function` of the connector's uninstaller module. The step whose
        `uninstallerFunction` is `function` is no longer `completed`; when no step is left
        completed the integration is removed. 422 `invalid_mode` unless the integration is
        in `uninstall` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.invoke_uninstaller(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Integration]:
        """List integrations

        `GET /v1/integrations`

        Returns all integrations in the account.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Uninstall a connector integration

        `DELETE /v1/integrations/{_id}/install`

        Starts uninstalling a connector's integration: `mode` becomes `uninstall`. Call
        the uninstaller functions of the completed steps; when none is left completed the
        integration is removed. 422 `invalid_integration_app` if the integration does not
        belong to a connector.


        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.uninstall(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Update an integration

        `PUT /v1/integrations/{_id}`

        Replaces an integration (full replace: fields left out of the body are removed,
        read-only fields are kept). While `updateInProgress` is true, `settings` cannot be
        changed (422 `update_in_progress`).


        Args:
            id: The integration ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncIntegrationsWithRawResponse:
    """`integrations` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/clone`; see `AsyncIntegrations.clone`."""
        return await self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(id) + "/clone",
            _parse_clone_integration,
            json=compose_body(
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
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations`; see `AsyncIntegrations.create`."""
        return await self._core.request(
            "POST",
            "/v1/integrations",
            _parse_create_integration,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
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
        """`DELETE /v1/integrations/{_id}`; see `AsyncIntegrations.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id),
            _parse_delete_integration,
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
    ) -> RawResponse[Integration]:
        """`GET /v1/integrations/{_id}`; see `AsyncIntegrations.get`."""
        return await self._core.request(
            "GET",
            "/v1/integrations/" + path_segment(id),
            _parse_get_integration_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def install(
        self,
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/install`; see `AsyncIntegrations.install`."""
        return await self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(connector_id) + "/install",
            _parse_install_connector_integration,
            json=compose_body(
                body,
                {
                    "install": install,
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/installer/{function}`; see `AsyncIntegrations.invoke_installer`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/installer/" + path_segment(function),
            _parse_invoke_integration_installer,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/settings/{function}`; see `AsyncIntegrations.invoke_settings`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/settings/" + path_segment(function),
            _parse_invoke_integration_settings,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/uninstaller/{function}`; see `AsyncIntegrations.invoke_uninstaller`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/uninstaller/" + path_segment(function),
            _parse_invoke_integration_uninstaller,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Integration]]:
        """`GET /v1/integrations`; see `AsyncIntegrations.list`."""
        return await self._core.request(
            "GET",
            "/v1/integrations",
            _parse_list_integrations,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`DELETE /v1/integrations/{_id}/install`; see `AsyncIntegrations.uninstall`."""
        return await self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id) + "/install",
            _parse_uninstall_integration,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}`; see `AsyncIntegrations.update`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id),
            _parse_update_integration,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncIntegrations:
    """`client.integrations`: Integrations group flows; SmartConnector installs are integrations with install steps."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncIntegrationsWithRawResponse(core)

    async def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Clone an integration

        `POST /v1/integrations/{_id}/clone`

        Creates a copy of an integration with a new `_id`. The copy is not tied to the
        source's install state: `updateInProgress` is false.


        Args:
            id: The integration ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def create(
        self,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Create an integration

        `POST /v1/integrations`

        Creates a new integration.

        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            body,
            name=name,
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
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
        """Delete an integration

        `DELETE /v1/integrations/{_id}`

        Deletes an integration.

        Args:
            id: The integration ID.

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
    ) -> Integration:
        """Get an integration

        `GET /v1/integrations/{_id}`

        Returns a single integration by ID.

        Args:
            id: The integration ID.

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
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Install a connector as an integration

        `POST /v1/integrations/{_id}/install`

        Installs a connector into the account: creates an integration with
        `_connectorId` set, `mode` `install` and the connector's install steps, each with
        `completed: false`. Complete the steps with the installer function calls.
        Here `_id` is the **connector's** ID (the older docs write it `{_connectorId}`).


        Args:
            connector_id: The ID of the connector to install.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.install(
            connector_id,
            body,
            install=install,
            name=name,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke an installer function

        `PUT /v1/integrations/{_id}/installer/{function}`

        Invokes `function` of the connector's installer module. The install step whose
        `installerFunction` is `function` becomes `completed`; when every step is
        completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
        in `install` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.invoke_installer(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke a settings function

        `PUT /v1/integrations/{_id}/settings/{function}`

        Invokes `function` of the connector's settings module with the changed settings;
        the body's fields are merged into `settings`. 422 `invalid_mode` unless the
        integration is in `settings` mode, 422 `update_in_progress` while
        `updateInProgress` is true.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.invoke_settings(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke an uninstaller function

        `PUT /v1/integrations/{_id}/uninstaller/{function}`

        Invokes `function` of the connector's uninstaller module. The step whose
        `uninstallerFunction` is `function` is no longer `completed`; when no step is left
        completed the integration is removed. 422 `invalid_mode` unless the integration is
        in `uninstall` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.invoke_uninstaller(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Integration]:
        """List integrations

        `GET /v1/integrations`

        Returns all integrations in the account.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    async def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Uninstall a connector integration

        `DELETE /v1/integrations/{_id}/install`

        Starts uninstalling a connector's integration: `mode` becomes `uninstall`. Call
        the uninstaller functions of the completed steps; when none is left completed the
        integration is removed. 422 `invalid_integration_app` if the integration does not
        belong to a connector.


        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.uninstall(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Update an integration

        `PUT /v1/integrations/{_id}`

        Replaces an integration (full replace: fields left out of the body are removed,
        read-only fields are kept). While `updateInProgress` is true, `settings` cannot be
        changed (422 `update_in_progress`).


        Args:
            id: The integration ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class RootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.connectors = ConnectorsWithRawResponse(core)
        self.integrations = IntegrationsWithRawResponse(core)

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
        self.connectors = Connectors(core)
        self.integrations = Integrations(core)

    def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> TokenInfo:
        """Get information about the current token

        `GET /v1/tokenInfo`

        Returns the user the bearer token belongs to and the token's scope.

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
        self.connectors = AsyncConnectorsWithRawResponse(core)
        self.integrations = AsyncIntegrationsWithRawResponse(core)

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
        self.connectors = AsyncConnectors(core)
        self.integrations = AsyncIntegrations(core)

    async def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> TokenInfo:
        """Get information about the current token

        `GET /v1/tokenInfo`

        Returns the user the bearer token belongs to and the token's scope.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.token_info(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()
