# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.connector_install_preview import ConnectorInstallPreview
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connectors/{id}/preview".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | ConnectorInstallPreview | Error | None:
    if response.status_code == 200:
        response_200 = ConnectorInstallPreview.from_dict(response.json())

        return response_200

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
) -> Response[AuthError | ConnectorInstallPreview | Error]:
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
) -> Response[AuthError | ConnectorInstallPreview | Error]:
    """Preview a connector install

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
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | ConnectorInstallPreview | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AuthError | ConnectorInstallPreview | Error | None:
    """Preview a connector install

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
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | ConnectorInstallPreview | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuthError | ConnectorInstallPreview | Error]:
    """Preview a connector install

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
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | ConnectorInstallPreview | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AuthError | ConnectorInstallPreview | Error | None:
    """Preview a connector install

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
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | ConnectorInstallPreview | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
