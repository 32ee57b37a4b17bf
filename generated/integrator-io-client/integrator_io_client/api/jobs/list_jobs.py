# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._datetime import format_datetime
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.job import Job
from ...models.job_status import JobStatus
from ...models.job_type import JobType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration_id: str | Unset = UNSET,
    export_id: str | Unset = UNSET,
    import_id: str | Unset = UNSET,
    flow_id: str | Unset = UNSET,
    flow_job_id: str | Unset = UNSET,
    bulk_job_id: str | Unset = UNSET,
    flow_id_in: str | Unset = UNSET,
    created_at_lte: datetime.date | datetime.datetime | str | Unset = UNSET,
    created_at_gte: datetime.date | datetime.datetime | str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    num_success_lte: int | Unset = UNSET,
    num_success_gte: int | Unset = UNSET,
    num_export_lte: int | Unset = UNSET,
    num_export_gte: int | Unset = UNSET,
    num_ignore_lte: int | Unset = UNSET,
    num_ignore_gte: int | Unset = UNSET,
    num_error_lte: int | Unset = UNSET,
    num_error_gte: int | Unset = UNSET,
    retriable: bool | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_integrationId"] = integration_id

    params["_exportId"] = export_id

    params["_importId"] = import_id

    params["_flowId"] = flow_id

    params["_flowJobId"] = flow_job_id

    params["_bulkJobId"] = bulk_job_id

    params["_flowId_in"] = flow_id_in

    json_created_at_lte: str | Unset
    if isinstance(created_at_lte, Unset):
        json_created_at_lte = UNSET
    elif isinstance(created_at_lte, datetime.datetime):
        json_created_at_lte = format_datetime(created_at_lte)
    elif isinstance(created_at_lte, datetime.date):
        json_created_at_lte = created_at_lte.isoformat()
    else:
        json_created_at_lte = created_at_lte
    params["createdAt_lte"] = json_created_at_lte

    json_created_at_gte: str | Unset
    if isinstance(created_at_gte, Unset):
        json_created_at_gte = UNSET
    elif isinstance(created_at_gte, datetime.datetime):
        json_created_at_gte = format_datetime(created_at_gte)
    elif isinstance(created_at_gte, datetime.date):
        json_created_at_gte = created_at_gte.isoformat()
    else:
        json_created_at_gte = created_at_gte
    params["createdAt_gte"] = json_created_at_gte

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["numSuccess_lte"] = num_success_lte

    params["numSuccess_gte"] = num_success_gte

    params["numExport_lte"] = num_export_lte

    params["numExport_gte"] = num_export_gte

    params["numIgnore_lte"] = num_ignore_lte

    params["numIgnore_gte"] = num_ignore_gte

    params["numError_lte"] = num_error_lte

    params["numError_gte"] = num_error_gte

    params["retriable"] = retriable

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["type_in"] = type_in

    params["include"] = include

    params["exclude"] = exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AuthError | Error | list[Job] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Job.from_dict(response_200_item_data)

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
) -> Response[Any | AuthError | Error | list[Job]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str | Unset = UNSET,
    export_id: str | Unset = UNSET,
    import_id: str | Unset = UNSET,
    flow_id: str | Unset = UNSET,
    flow_job_id: str | Unset = UNSET,
    bulk_job_id: str | Unset = UNSET,
    flow_id_in: str | Unset = UNSET,
    created_at_lte: datetime.date | datetime.datetime | str | Unset = UNSET,
    created_at_gte: datetime.date | datetime.datetime | str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    num_success_lte: int | Unset = UNSET,
    num_success_gte: int | Unset = UNSET,
    num_export_lte: int | Unset = UNSET,
    num_export_gte: int | Unset = UNSET,
    num_ignore_lte: int | Unset = UNSET,
    num_ignore_gte: int | Unset = UNSET,
    num_error_lte: int | Unset = UNSET,
    num_error_gte: int | Unset = UNSET,
    retriable: bool | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[Any | AuthError | Error | list[Job]]:
    """Get all jobs.  The following query parameters are supported: _integrationId, _exportId, _importId,
    _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte,
    numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and
    type_in

     Jobs, newest `createdAt` first, up to 1,001 per answer. For the next page ask
    again with `createdAt_lte` set to the last job's `createdAt` minus 1 ms.

    Parent jobs (`type` absent, `flow`, `retry` or `bulk_retry`) need one of
    `_integrationId`, `_flowId`, `_exportId`, `_importId`, `_flowJobId`,
    `createdAt_gte`, `createdAt_lte`; child jobs (`type` `export` or `import`) need
    `_flowJobId`, `_exportId` or `_importId`. Otherwise 400 `invalid_query`. Dates
    are ISO 8601 (with or without milliseconds), a plain date, or epoch milliseconds.

    Args:
        integration_id (str | Unset):
        export_id (str | Unset):
        import_id (str | Unset):
        flow_id (str | Unset):
        flow_job_id (str | Unset):
        bulk_job_id (str | Unset):
        flow_id_in (str | Unset):
        created_at_lte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        created_at_gte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        status (JobStatus | Unset):
        num_success_lte (int | Unset):
        num_success_gte (int | Unset):
        num_export_lte (int | Unset):
        num_export_gte (int | Unset):
        num_ignore_lte (int | Unset):
        num_ignore_gte (int | Unset):
        num_error_lte (int | Unset):
        num_error_gte (int | Unset):
        retriable (bool | Unset):
        type_ (JobType | Unset):
        type_in (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | Error | list[Job]]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        export_id=export_id,
        import_id=import_id,
        flow_id=flow_id,
        flow_job_id=flow_job_id,
        bulk_job_id=bulk_job_id,
        flow_id_in=flow_id_in,
        created_at_lte=created_at_lte,
        created_at_gte=created_at_gte,
        status=status,
        num_success_lte=num_success_lte,
        num_success_gte=num_success_gte,
        num_export_lte=num_export_lte,
        num_export_gte=num_export_gte,
        num_ignore_lte=num_ignore_lte,
        num_ignore_gte=num_ignore_gte,
        num_error_lte=num_error_lte,
        num_error_gte=num_error_gte,
        retriable=retriable,
        type_=type_,
        type_in=type_in,
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
    integration_id: str | Unset = UNSET,
    export_id: str | Unset = UNSET,
    import_id: str | Unset = UNSET,
    flow_id: str | Unset = UNSET,
    flow_job_id: str | Unset = UNSET,
    bulk_job_id: str | Unset = UNSET,
    flow_id_in: str | Unset = UNSET,
    created_at_lte: datetime.date | datetime.datetime | str | Unset = UNSET,
    created_at_gte: datetime.date | datetime.datetime | str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    num_success_lte: int | Unset = UNSET,
    num_success_gte: int | Unset = UNSET,
    num_export_lte: int | Unset = UNSET,
    num_export_gte: int | Unset = UNSET,
    num_ignore_lte: int | Unset = UNSET,
    num_ignore_gte: int | Unset = UNSET,
    num_error_lte: int | Unset = UNSET,
    num_error_gte: int | Unset = UNSET,
    retriable: bool | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Any | AuthError | Error | list[Job] | None:
    """Get all jobs.  The following query parameters are supported: _integrationId, _exportId, _importId,
    _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte,
    numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and
    type_in

     Jobs, newest `createdAt` first, up to 1,001 per answer. For the next page ask
    again with `createdAt_lte` set to the last job's `createdAt` minus 1 ms.

    Parent jobs (`type` absent, `flow`, `retry` or `bulk_retry`) need one of
    `_integrationId`, `_flowId`, `_exportId`, `_importId`, `_flowJobId`,
    `createdAt_gte`, `createdAt_lte`; child jobs (`type` `export` or `import`) need
    `_flowJobId`, `_exportId` or `_importId`. Otherwise 400 `invalid_query`. Dates
    are ISO 8601 (with or without milliseconds), a plain date, or epoch milliseconds.

    Args:
        integration_id (str | Unset):
        export_id (str | Unset):
        import_id (str | Unset):
        flow_id (str | Unset):
        flow_job_id (str | Unset):
        bulk_job_id (str | Unset):
        flow_id_in (str | Unset):
        created_at_lte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        created_at_gte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        status (JobStatus | Unset):
        num_success_lte (int | Unset):
        num_success_gte (int | Unset):
        num_export_lte (int | Unset):
        num_export_gte (int | Unset):
        num_ignore_lte (int | Unset):
        num_ignore_gte (int | Unset):
        num_error_lte (int | Unset):
        num_error_gte (int | Unset):
        retriable (bool | Unset):
        type_ (JobType | Unset):
        type_in (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | Error | list[Job]
    """

    return sync_detailed(
        client=client,
        integration_id=integration_id,
        export_id=export_id,
        import_id=import_id,
        flow_id=flow_id,
        flow_job_id=flow_job_id,
        bulk_job_id=bulk_job_id,
        flow_id_in=flow_id_in,
        created_at_lte=created_at_lte,
        created_at_gte=created_at_gte,
        status=status,
        num_success_lte=num_success_lte,
        num_success_gte=num_success_gte,
        num_export_lte=num_export_lte,
        num_export_gte=num_export_gte,
        num_ignore_lte=num_ignore_lte,
        num_ignore_gte=num_ignore_gte,
        num_error_lte=num_error_lte,
        num_error_gte=num_error_gte,
        retriable=retriable,
        type_=type_,
        type_in=type_in,
        include=include,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str | Unset = UNSET,
    export_id: str | Unset = UNSET,
    import_id: str | Unset = UNSET,
    flow_id: str | Unset = UNSET,
    flow_job_id: str | Unset = UNSET,
    bulk_job_id: str | Unset = UNSET,
    flow_id_in: str | Unset = UNSET,
    created_at_lte: datetime.date | datetime.datetime | str | Unset = UNSET,
    created_at_gte: datetime.date | datetime.datetime | str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    num_success_lte: int | Unset = UNSET,
    num_success_gte: int | Unset = UNSET,
    num_export_lte: int | Unset = UNSET,
    num_export_gte: int | Unset = UNSET,
    num_ignore_lte: int | Unset = UNSET,
    num_ignore_gte: int | Unset = UNSET,
    num_error_lte: int | Unset = UNSET,
    num_error_gte: int | Unset = UNSET,
    retriable: bool | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Response[Any | AuthError | Error | list[Job]]:
    """Get all jobs.  The following query parameters are supported: _integrationId, _exportId, _importId,
    _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte,
    numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and
    type_in

     Jobs, newest `createdAt` first, up to 1,001 per answer. For the next page ask
    again with `createdAt_lte` set to the last job's `createdAt` minus 1 ms.

    Parent jobs (`type` absent, `flow`, `retry` or `bulk_retry`) need one of
    `_integrationId`, `_flowId`, `_exportId`, `_importId`, `_flowJobId`,
    `createdAt_gte`, `createdAt_lte`; child jobs (`type` `export` or `import`) need
    `_flowJobId`, `_exportId` or `_importId`. Otherwise 400 `invalid_query`. Dates
    are ISO 8601 (with or without milliseconds), a plain date, or epoch milliseconds.

    Args:
        integration_id (str | Unset):
        export_id (str | Unset):
        import_id (str | Unset):
        flow_id (str | Unset):
        flow_job_id (str | Unset):
        bulk_job_id (str | Unset):
        flow_id_in (str | Unset):
        created_at_lte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        created_at_gte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        status (JobStatus | Unset):
        num_success_lte (int | Unset):
        num_success_gte (int | Unset):
        num_export_lte (int | Unset):
        num_export_gte (int | Unset):
        num_ignore_lte (int | Unset):
        num_ignore_gte (int | Unset):
        num_error_lte (int | Unset):
        num_error_gte (int | Unset):
        retriable (bool | Unset):
        type_ (JobType | Unset):
        type_in (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | Error | list[Job]]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        export_id=export_id,
        import_id=import_id,
        flow_id=flow_id,
        flow_job_id=flow_job_id,
        bulk_job_id=bulk_job_id,
        flow_id_in=flow_id_in,
        created_at_lte=created_at_lte,
        created_at_gte=created_at_gte,
        status=status,
        num_success_lte=num_success_lte,
        num_success_gte=num_success_gte,
        num_export_lte=num_export_lte,
        num_export_gte=num_export_gte,
        num_ignore_lte=num_ignore_lte,
        num_ignore_gte=num_ignore_gte,
        num_error_lte=num_error_lte,
        num_error_gte=num_error_gte,
        retriable=retriable,
        type_=type_,
        type_in=type_in,
        include=include,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    integration_id: str | Unset = UNSET,
    export_id: str | Unset = UNSET,
    import_id: str | Unset = UNSET,
    flow_id: str | Unset = UNSET,
    flow_job_id: str | Unset = UNSET,
    bulk_job_id: str | Unset = UNSET,
    flow_id_in: str | Unset = UNSET,
    created_at_lte: datetime.date | datetime.datetime | str | Unset = UNSET,
    created_at_gte: datetime.date | datetime.datetime | str | Unset = UNSET,
    status: JobStatus | Unset = UNSET,
    num_success_lte: int | Unset = UNSET,
    num_success_gte: int | Unset = UNSET,
    num_export_lte: int | Unset = UNSET,
    num_export_gte: int | Unset = UNSET,
    num_ignore_lte: int | Unset = UNSET,
    num_ignore_gte: int | Unset = UNSET,
    num_error_lte: int | Unset = UNSET,
    num_error_gte: int | Unset = UNSET,
    retriable: bool | Unset = UNSET,
    type_: JobType | Unset = UNSET,
    type_in: str | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude: str | Unset = UNSET,
) -> Any | AuthError | Error | list[Job] | None:
    """Get all jobs.  The following query parameters are supported: _integrationId, _exportId, _importId,
    _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte,
    numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and
    type_in

     Jobs, newest `createdAt` first, up to 1,001 per answer. For the next page ask
    again with `createdAt_lte` set to the last job's `createdAt` minus 1 ms.

    Parent jobs (`type` absent, `flow`, `retry` or `bulk_retry`) need one of
    `_integrationId`, `_flowId`, `_exportId`, `_importId`, `_flowJobId`,
    `createdAt_gte`, `createdAt_lte`; child jobs (`type` `export` or `import`) need
    `_flowJobId`, `_exportId` or `_importId`. Otherwise 400 `invalid_query`. Dates
    are ISO 8601 (with or without milliseconds), a plain date, or epoch milliseconds.

    Args:
        integration_id (str | Unset):
        export_id (str | Unset):
        import_id (str | Unset):
        flow_id (str | Unset):
        flow_job_id (str | Unset):
        bulk_job_id (str | Unset):
        flow_id_in (str | Unset):
        created_at_lte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        created_at_gte (datetime.date | datetime.datetime | str | Unset): ISO 8601 date-time (with
            or without milliseconds), a plain date, or epoch milliseconds.
        status (JobStatus | Unset):
        num_success_lte (int | Unset):
        num_success_gte (int | Unset):
        num_export_lte (int | Unset):
        num_export_gte (int | Unset):
        num_ignore_lte (int | Unset):
        num_ignore_gte (int | Unset):
        num_error_lte (int | Unset):
        num_error_gte (int | Unset):
        retriable (bool | Unset):
        type_ (JobType | Unset):
        type_in (str | Unset):
        include (str | Unset):
        exclude (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | Error | list[Job]
    """

    return (
        await asyncio_detailed(
            client=client,
            integration_id=integration_id,
            export_id=export_id,
            import_id=import_id,
            flow_id=flow_id,
            flow_job_id=flow_job_id,
            bulk_job_id=bulk_job_id,
            flow_id_in=flow_id_in,
            created_at_lte=created_at_lte,
            created_at_gte=created_at_gte,
            status=status,
            num_success_lte=num_success_lte,
            num_success_gte=num_success_gte,
            num_export_lte=num_export_lte,
            num_export_gte=num_export_gte,
            num_ignore_lte=num_ignore_lte,
            num_ignore_gte=num_ignore_gte,
            num_error_lte=num_error_lte,
            num_error_gte=num_error_gte,
            retriable=retriable,
            type_=type_,
            type_in=type_in,
            include=include,
            exclude=exclude,
        )
    ).parsed
