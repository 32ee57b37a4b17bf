# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.color import Color
from ...models.error import Error
from ...models.list_widget_parts_response_200_item import ListWidgetPartsResponse200Item
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    color: Color | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_color: str | Unset = UNSET
    if not isinstance(color, Unset):
        json_color = color.value

    params["color"] = json_color

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/widgets/{id}/parts".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | list[ListWidgetPartsResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListWidgetPartsResponse200Item.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[ListWidgetPartsResponse200Item]]:
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
    color: Color | Unset = UNSET,
) -> Response[Any | Error | list[ListWidgetPartsResponse200Item]]:
    """List a widget's parts

    Args:
        id (str):
        color (Color | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[ListWidgetPartsResponse200Item]]
    """

    kwargs = _get_kwargs(
        id=id,
        color=color,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    color: Color | Unset = UNSET,
) -> Any | Error | list[ListWidgetPartsResponse200Item] | None:
    """List a widget's parts

    Args:
        id (str):
        color (Color | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[ListWidgetPartsResponse200Item]
    """

    return sync_detailed(
        id=id,
        client=client,
        color=color,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    color: Color | Unset = UNSET,
) -> Response[Any | Error | list[ListWidgetPartsResponse200Item]]:
    """List a widget's parts

    Args:
        id (str):
        color (Color | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[ListWidgetPartsResponse200Item]]
    """

    kwargs = _get_kwargs(
        id=id,
        color=color,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    color: Color | Unset = UNSET,
) -> Any | Error | list[ListWidgetPartsResponse200Item] | None:
    """List a widget's parts

    Args:
        id (str):
        color (Color | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[ListWidgetPartsResponse200Item]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            color=color,
        )
    ).parsed
