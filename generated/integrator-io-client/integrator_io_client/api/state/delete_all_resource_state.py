# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.state_delete_result import StateDeleteResult
from ...models.state_resource_type import StateResourceType
from ...types import Response


def _get_kwargs(
    resource_type: StateResourceType,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{resource_type}/{id}/state".format(
            resource_type=quote(str(resource_type), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Error | StateDeleteResult | None:
    if response.status_code == 200:
        response_200 = StateDeleteResult(response.text)

        return response_200

    if response.status_code == 401:
        response_401 = AuthError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthError | Error | StateDeleteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_type: StateResourceType,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuthError | Error | StateDeleteResult]:
    """Delete all keys and values stored underneath the resource.  Be careful with this API!

    Args:
        resource_type (StateResourceType): The kinds of resource that keep state.
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | StateDeleteResult]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_type: StateResourceType,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AuthError | Error | StateDeleteResult | None:
    """Delete all keys and values stored underneath the resource.  Be careful with this API!

    Args:
        resource_type (StateResourceType): The kinds of resource that keep state.
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | StateDeleteResult
    """

    return sync_detailed(
        resource_type=resource_type,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    resource_type: StateResourceType,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuthError | Error | StateDeleteResult]:
    """Delete all keys and values stored underneath the resource.  Be careful with this API!

    Args:
        resource_type (StateResourceType): The kinds of resource that keep state.
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | StateDeleteResult]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_type: StateResourceType,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AuthError | Error | StateDeleteResult | None:
    """Delete all keys and values stored underneath the resource.  Be careful with this API!

    Args:
        resource_type (StateResourceType): The kinds of resource that keep state.
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | StateDeleteResult
    """

    return (
        await asyncio_detailed(
            resource_type=resource_type,
            id=id,
            client=client,
        )
    ).parsed
