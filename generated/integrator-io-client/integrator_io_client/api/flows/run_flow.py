# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.job import Job
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/flows/{id}/run".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Error | Job | None:
    if response.status_code == 201:
        response_201 = Job.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthError | Error | Job]:
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
) -> Response[AuthError | Error | Job]:
    """Run a specific flow on-demand.

     Starts the flow now. The answer is the new flow job, `queued`; it moves to
    `running`, then `completed` or `failed`, with a child job per export and import
    (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
    asked for while another is running waits, `queued`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | Job]
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
) -> AuthError | Error | Job | None:
    """Run a specific flow on-demand.

     Starts the flow now. The answer is the new flow job, `queued`; it moves to
    `running`, then `completed` or `failed`, with a child job per export and import
    (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
    asked for while another is running waits, `queued`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | Job
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AuthError | Error | Job]:
    """Run a specific flow on-demand.

     Starts the flow now. The answer is the new flow job, `queued`; it moves to
    `running`, then `completed` or `failed`, with a child job per export and import
    (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
    asked for while another is running waits, `queued`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | Job]
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
) -> AuthError | Error | Job | None:
    """Run a specific flow on-demand.

     Starts the flow now. The answer is the new flow job, `queued`; it moves to
    `running`, then `completed` or `failed`, with a child job per export and import
    (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
    asked for while another is running waits, `queued`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | Job
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
