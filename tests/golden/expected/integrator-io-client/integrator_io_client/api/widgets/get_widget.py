# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.widget import Widget
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    x_request_tag: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_request_tag, Unset):
        headers["X-Request-Tag"] = x_request_tag

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/widgets/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Widget | None:
    if response.status_code == 200:
        response_200 = Widget.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Widget]:
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
    x_request_tag: str | Unset = UNSET,
) -> Response[Error | Widget]:
    """Get a widget

    Args:
        id (str):
        x_request_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Widget]
    """

    kwargs = _get_kwargs(
        id=id,
        x_request_tag=x_request_tag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_tag: str | Unset = UNSET,
) -> Error | Widget | None:
    """Get a widget

    Args:
        id (str):
        x_request_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Widget
    """

    return sync_detailed(
        id=id,
        client=client,
        x_request_tag=x_request_tag,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_tag: str | Unset = UNSET,
) -> Response[Error | Widget]:
    """Get a widget

    Args:
        id (str):
        x_request_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Widget]
    """

    kwargs = _get_kwargs(
        id=id,
        x_request_tag=x_request_tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_request_tag: str | Unset = UNSET,
) -> Error | Widget | None:
    """Get a widget

    Args:
        id (str):
        x_request_tag (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Widget
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_request_tag=x_request_tag,
        )
    ).parsed
