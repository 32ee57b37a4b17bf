# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.connector_install_request import ConnectorInstallRequest
from ...models.connector_install_result import ConnectorInstallResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ConnectorInstallRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connectors/{id}/install".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | ConnectorInstallResult | Error | None:
    if response.status_code == 200:
        response_200 = ConnectorInstallResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthError | ConnectorInstallResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorInstallRequest | Unset = UNSET,
) -> Response[AuthError | ConnectorInstallResult | Error]:
    """Install a connector (Integration App)

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
        id (str):
        body (ConnectorInstallRequest | Unset): Optional install configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | ConnectorInstallResult | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorInstallRequest | Unset = UNSET,
) -> AuthError | ConnectorInstallResult | Error | None:
    """Install a connector (Integration App)

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
        id (str):
        body (ConnectorInstallRequest | Unset): Optional install configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | ConnectorInstallResult | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorInstallRequest | Unset = UNSET,
) -> Response[AuthError | ConnectorInstallResult | Error]:
    """Install a connector (Integration App)

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
        id (str):
        body (ConnectorInstallRequest | Unset): Optional install configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | ConnectorInstallResult | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConnectorInstallRequest | Unset = UNSET,
) -> AuthError | ConnectorInstallResult | Error | None:
    """Install a connector (Integration App)

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
        id (str):
        body (ConnectorInstallRequest | Unset): Optional install configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | ConnectorInstallResult | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
