# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.license_ import License
from ...models.license_create_request import LicenseCreateRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: LicenseCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connectors/{id}/licenses".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Error | License | None:
    if response.status_code == 201:
        response_201 = License.from_dict(response.json())

        return response_201

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
) -> Response[AuthError | Error | License]:
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
    body: LicenseCreateRequest,
) -> Response[AuthError | Error | License]:
    """Create a license for a connector

     Creates a new license for a connector. Supply the target user's email
    address in the request body — the backend resolves it to a user
    account. If the email is not a registered integrator.io user, an
    `invalid_user` error is returned.

    **Partner-only endpoint.**

    Args:
        id (str):
        body (LicenseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | License]
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
    body: LicenseCreateRequest,
) -> AuthError | Error | License | None:
    """Create a license for a connector

     Creates a new license for a connector. Supply the target user's email
    address in the request body — the backend resolves it to a user
    account. If the email is not a registered integrator.io user, an
    `invalid_user` error is returned.

    **Partner-only endpoint.**

    Args:
        id (str):
        body (LicenseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | License
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
    body: LicenseCreateRequest,
) -> Response[AuthError | Error | License]:
    """Create a license for a connector

     Creates a new license for a connector. Supply the target user's email
    address in the request body — the backend resolves it to a user
    account. If the email is not a registered integrator.io user, an
    `invalid_user` error is returned.

    **Partner-only endpoint.**

    Args:
        id (str):
        body (LicenseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | License]
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
    body: LicenseCreateRequest,
) -> AuthError | Error | License | None:
    """Create a license for a connector

     Creates a new license for a connector. Supply the target user's email
    address in the request body — the backend resolves it to a user
    account. If the email is not a registered integrator.io user, an
    `invalid_user` error is returned.

    **Partner-only endpoint.**

    Args:
        id (str):
        body (LicenseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | License
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
