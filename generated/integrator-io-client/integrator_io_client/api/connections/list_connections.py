# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.connection import Connection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 1000,
    skip: int | Unset = 0,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthError | Error | list[Connection] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Connection.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AuthError | Error | list[Connection]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    skip: int | Unset = 0,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[Any | AuthError | Error | list[Connection]]:
    """Get all connections.

    Args:
        limit (int | Unset):  Default: 1000.
        skip (int | Unset):  Default: 0.
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | Error | list[Connection]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        include=include,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    skip: int | Unset = 0,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Any | AuthError | Error | list[Connection] | None:
    """Get all connections.

    Args:
        limit (int | Unset):  Default: 1000.
        skip (int | Unset):  Default: 0.
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | Error | list[Connection]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    skip: int | Unset = 0,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[Any | AuthError | Error | list[Connection]]:
    """Get all connections.

    Args:
        limit (int | Unset):  Default: 1000.
        skip (int | Unset):  Default: 0.
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | Error | list[Connection]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    skip: int | Unset = 0,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Any | AuthError | Error | list[Connection] | None:
    """Get all connections.

    Args:
        limit (int | Unset):  Default: 1000.
        skip (int | Unset):  Default: 0.
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | Error | list[Connection]
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
        )
    ).parsed
