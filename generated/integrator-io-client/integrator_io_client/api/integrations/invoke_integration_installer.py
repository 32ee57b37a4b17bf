# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.function_payload import FunctionPayload
from ...models.integration import Integration
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    function: str,
    *,
    body: FunctionPayload | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/integrations/{id}/installer/{function}".format(
            id=quote(str(id), safe=""),
            function=quote(str(function), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Error | Integration | None:
    if response.status_code == 200:
        response_200 = Integration.from_dict(response.json())

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
) -> Response[AuthError | Error | Integration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    function: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionPayload | Unset = UNSET,
) -> Response[AuthError | Error | Integration]:
    """Invoke 'function' (belonging to installer module).

     Invokes `function` of the connector's installer module. The install step whose
    `installerFunction` is `function` becomes `completed`; when every step is
    completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
    in `install` mode, 422 `invalid_function` if no step names the function.

    Args:
        id (str):
        function (str):
        body (FunctionPayload | Unset): Arguments passed to the connector's function.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | Integration]
    """

    kwargs = _get_kwargs(
        id=id,
        function=function,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    function: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionPayload | Unset = UNSET,
) -> AuthError | Error | Integration | None:
    """Invoke 'function' (belonging to installer module).

     Invokes `function` of the connector's installer module. The install step whose
    `installerFunction` is `function` becomes `completed`; when every step is
    completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
    in `install` mode, 422 `invalid_function` if no step names the function.

    Args:
        id (str):
        function (str):
        body (FunctionPayload | Unset): Arguments passed to the connector's function.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | Integration
    """

    return sync_detailed(
        id=id,
        function=function,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    function: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionPayload | Unset = UNSET,
) -> Response[AuthError | Error | Integration]:
    """Invoke 'function' (belonging to installer module).

     Invokes `function` of the connector's installer module. The install step whose
    `installerFunction` is `function` becomes `completed`; when every step is
    completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
    in `install` mode, 422 `invalid_function` if no step names the function.

    Args:
        id (str):
        function (str):
        body (FunctionPayload | Unset): Arguments passed to the connector's function.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | Integration]
    """

    kwargs = _get_kwargs(
        id=id,
        function=function,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    function: str,
    *,
    client: AuthenticatedClient | Client,
    body: FunctionPayload | Unset = UNSET,
) -> AuthError | Error | Integration | None:
    """Invoke 'function' (belonging to installer module).

     Invokes `function` of the connector's installer module. The install step whose
    `installerFunction` is `function` becomes `completed`; when every step is
    completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
    in `install` mode, 422 `invalid_function` if no step names the function.

    Args:
        id (str):
        function (str):
        body (FunctionPayload | Unset): Arguments passed to the connector's function.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | Integration
    """

    return (
        await asyncio_detailed(
            id=id,
            function=function,
            client=client,
            body=body,
        )
    ).parsed
