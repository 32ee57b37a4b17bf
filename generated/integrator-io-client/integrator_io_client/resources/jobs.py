# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.jobs`: Runs of flows, their steps and their errors..

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence

import httpx

from .._core import AsyncCore, SyncCore
from .._pagination import (
    AsyncPage,
    AsyncPaginator,
    CreatedAtPaging,
    SyncPage,
    async_first_page,
    first_page,
)
from .._response import RawResponse
from .._waiting import async_wait_until_done, wait_until_done
from .._wire import comma_list, path_segment, query_params
from ..models import (
    Job,
    JobError,
    JobStatus,
    JobType,
    SignedUrl,
)


def _parse_get_job_error_file_url(response: httpx.Response) -> SignedUrl:
    return SignedUrl._from_wire(response.json())


def _parse_list_job_errors(response: httpx.Response) -> list[JobError]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [JobError._from_wire(item) for item in items]


def _parse_get_job_by_id(response: httpx.Response) -> Job:
    return Job._from_wire(response.json())


def _parse_list_jobs(response: httpx.Response) -> list[Job]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Job._from_wire(item) for item in items]


class JobsWithRawResponse:
    """`jobs` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def error_file_url(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SignedUrl]:
        """`GET /v1/jobs/{_id}/errorFile/signedURL`; see `Jobs.error_file_url`."""
        return self._core.request(
            "GET",
            "/v1/jobs/" + path_segment(id) + "/errorFile/signedURL",
            _parse_get_job_error_file_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def errors(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[JobError]]:
        """`GET /v1/jobs/{_id}/joberrors`; see `Jobs.errors`."""
        return self._core.request(
            "GET",
            "/v1/jobs/" + path_segment(id) + "/joberrors",
            _parse_list_job_errors,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Job]:
        """`GET /v1/jobs/{_id}`; see `Jobs.get`."""
        return self._core.request(
            "GET",
            "/v1/jobs/" + path_segment(id),
            _parse_get_job_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        integration_id: str | None = None,
        export_id: str | None = None,
        import_id: str | None = None,
        flow_id: str | None = None,
        flow_job_id: str | None = None,
        bulk_job_id: str | None = None,
        flow_id_in: str | None = None,
        created_at_lte: datetime.date | datetime.datetime | str | None = None,
        created_at_gte: datetime.date | datetime.datetime | str | None = None,
        status: JobStatus | None = None,
        num_success_lte: int | None = None,
        num_success_gte: int | None = None,
        num_export_lte: int | None = None,
        num_export_gte: int | None = None,
        num_ignore_lte: int | None = None,
        num_ignore_gte: int | None = None,
        num_error_lte: int | None = None,
        num_error_gte: int | None = None,
        retriable: bool | None = None,
        type_: JobType | None = None,
        type_in: str | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SyncPage[Job]]:
        """`GET /v1/jobs`; see `Jobs.list`."""
        return first_page(
            self._core,
            CreatedAtPaging(1001, "created_at"),
            "GET",
            "/v1/jobs",
            _parse_list_jobs,
            params=query_params(
                {
                    "_integrationId": integration_id,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_flowId": flow_id,
                    "_flowJobId": flow_job_id,
                    "_bulkJobId": bulk_job_id,
                    "_flowId_in": flow_id_in,
                    "createdAt_lte": created_at_lte,
                    "createdAt_gte": created_at_gte,
                    "status": status,
                    "numSuccess_lte": num_success_lte,
                    "numSuccess_gte": num_success_gte,
                    "numExport_lte": num_export_lte,
                    "numExport_gte": num_export_gte,
                    "numIgnore_lte": num_ignore_lte,
                    "numIgnore_gte": num_ignore_gte,
                    "numError_lte": num_error_lte,
                    "numError_gte": num_error_gte,
                    "retriable": retriable,
                    "type": type_,
                    "type_in": type_in,
                    "include": comma_list(include),
                    "exclude": comma_list(exclude),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Jobs:
    """`client.jobs`: Runs of flows, their steps and their errors."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = JobsWithRawResponse(core)

    def error_file_url(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SignedUrl:
        """If a job has > 1000 errors, or you prefer to get a file, use this API to get a signed URL that can then be used to download an error file directly from S3.

        `GET /v1/jobs/{_id}/errorFile/signedURL`

        A short-lived URL of a file with all the job's errors, one JSON object per line.

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.error_file_url(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def errors(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[JobError]:
        """If a job has <= 1000 errors use this API to retrieve the errors directly.

        `GET /v1/jobs/{_id}/joberrors`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.errors(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Get a specific job.

        `GET /v1/jobs/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def list(
        self,
        *,
        integration_id: str | None = None,
        export_id: str | None = None,
        import_id: str | None = None,
        flow_id: str | None = None,
        flow_job_id: str | None = None,
        bulk_job_id: str | None = None,
        flow_id_in: str | None = None,
        created_at_lte: datetime.date | datetime.datetime | str | None = None,
        created_at_gte: datetime.date | datetime.datetime | str | None = None,
        status: JobStatus | None = None,
        num_success_lte: int | None = None,
        num_success_gte: int | None = None,
        num_export_lte: int | None = None,
        num_export_gte: int | None = None,
        num_ignore_lte: int | None = None,
        num_ignore_gte: int | None = None,
        num_error_lte: int | None = None,
        num_error_gte: int | None = None,
        retriable: bool | None = None,
        type_: JobType | None = None,
        type_in: str | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[Job]:
        """Get all jobs. The following query parameters are supported: _integrationId, _exportId, _importId, _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte, numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and type_in

        `GET /v1/jobs`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Jobs, newest `createdAt` first, up to 1,001 per answer. For the next page ask
        again with `createdAt_lte` set to the last job's `createdAt` minus 1 ms.

        Parent jobs (`type` absent, `flow`, `retry` or `bulk_retry`) need one of
        `_integrationId`, `_flowId`, `_exportId`, `_importId`, `_flowJobId`,
        `createdAt_gte`, `createdAt_lte`; child jobs (`type` `export` or `import`) need
        `_flowJobId`, `_exportId` or `_importId`. Otherwise 400 `invalid_query`. Dates
        are ISO 8601 (with or without milliseconds), a plain date, or epoch milliseconds.


        Args:
            integration_id: Jobs of this integration.
            export_id: Jobs of this export.
            import_id: Jobs of this import.
            flow_id: Jobs of this flow.
            flow_job_id: The child jobs of this flow job.
            bulk_job_id: Jobs of this bulk retry.
            flow_id_in: Jobs of any of these flows (comma-separated IDs).
            created_at_lte: Jobs created at or before this time.
            created_at_gte: Jobs created at or after this time.
            status: Jobs in this status.
            num_success_lte: the `numSuccess_lte` query parameter.
            num_success_gte: the `numSuccess_gte` query parameter.
            num_export_lte: the `numExport_lte` query parameter.
            num_export_gte: the `numExport_gte` query parameter.
            num_ignore_lte: the `numIgnore_lte` query parameter.
            num_ignore_gte: the `numIgnore_gte` query parameter.
            num_error_lte: the `numError_lte` query parameter.
            num_error_gte: the `numError_gte` query parameter.
            retriable: Only jobs that can (true) or cannot (false) be retried.
            type_: Jobs of this type.
            type_in: Jobs of any of these types (comma-separated).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
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
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def wait(
        self,
        id: str,
        *,
        timeout: builtins.float = 600.0,
        poll_interval: builtins.float = 2.0,
        request_timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Read the job until its status is final (completed, failed, canceled) and return it.

        Calls `client.jobs.get` at once, then every `poll_interval` seconds.

        Args:
            id: the job's ID.
            timeout: seconds to wait in all (default 600.0).
            poll_interval: seconds between reads (default 2.0).
            request_timeout, max_retries, extra_headers: options of each read.

        Raises:
            WaitTimeoutError: the status is not final after `timeout` seconds (its `last`
                is the last job read).
        """
        return wait_until_done(
            lambda: self.get(id, timeout=request_timeout, max_retries=max_retries, extra_headers=extra_headers),
            status_of=lambda current: current.status,
            done=frozenset({"completed", "failed", "canceled"}),
            timeout=timeout,
            poll_interval=poll_interval,
            what="job",
            id=id,
        )


class AsyncJobsWithRawResponse:
    """`jobs` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def error_file_url(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SignedUrl]:
        """`GET /v1/jobs/{_id}/errorFile/signedURL`; see `AsyncJobs.error_file_url`."""
        return await self._core.request(
            "GET",
            "/v1/jobs/" + path_segment(id) + "/errorFile/signedURL",
            _parse_get_job_error_file_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def errors(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[JobError]]:
        """`GET /v1/jobs/{_id}/joberrors`; see `AsyncJobs.errors`."""
        return await self._core.request(
            "GET",
            "/v1/jobs/" + path_segment(id) + "/joberrors",
            _parse_list_job_errors,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Job]:
        """`GET /v1/jobs/{_id}`; see `AsyncJobs.get`."""
        return await self._core.request(
            "GET",
            "/v1/jobs/" + path_segment(id),
            _parse_get_job_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        integration_id: str | None = None,
        export_id: str | None = None,
        import_id: str | None = None,
        flow_id: str | None = None,
        flow_job_id: str | None = None,
        bulk_job_id: str | None = None,
        flow_id_in: str | None = None,
        created_at_lte: datetime.date | datetime.datetime | str | None = None,
        created_at_gte: datetime.date | datetime.datetime | str | None = None,
        status: JobStatus | None = None,
        num_success_lte: int | None = None,
        num_success_gte: int | None = None,
        num_export_lte: int | None = None,
        num_export_gte: int | None = None,
        num_ignore_lte: int | None = None,
        num_ignore_gte: int | None = None,
        num_error_lte: int | None = None,
        num_error_gte: int | None = None,
        retriable: bool | None = None,
        type_: JobType | None = None,
        type_in: str | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[AsyncPage[Job]]:
        """`GET /v1/jobs`; see `AsyncJobs.list`."""
        return await async_first_page(
            self._core,
            CreatedAtPaging(1001, "created_at"),
            "GET",
            "/v1/jobs",
            _parse_list_jobs,
            params=query_params(
                {
                    "_integrationId": integration_id,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_flowId": flow_id,
                    "_flowJobId": flow_job_id,
                    "_bulkJobId": bulk_job_id,
                    "_flowId_in": flow_id_in,
                    "createdAt_lte": created_at_lte,
                    "createdAt_gte": created_at_gte,
                    "status": status,
                    "numSuccess_lte": num_success_lte,
                    "numSuccess_gte": num_success_gte,
                    "numExport_lte": num_export_lte,
                    "numExport_gte": num_export_gte,
                    "numIgnore_lte": num_ignore_lte,
                    "numIgnore_gte": num_ignore_gte,
                    "numError_lte": num_error_lte,
                    "numError_gte": num_error_gte,
                    "retriable": retriable,
                    "type": type_,
                    "type_in": type_in,
                    "include": comma_list(include),
                    "exclude": comma_list(exclude),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncJobs:
    """`client.jobs`: Runs of flows, their steps and their errors."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncJobsWithRawResponse(core)

    async def error_file_url(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SignedUrl:
        """If a job has > 1000 errors, or you prefer to get a file, use this API to get a signed URL that can then be used to download an error file directly from S3.

        `GET /v1/jobs/{_id}/errorFile/signedURL`

        A short-lived URL of a file with all the job's errors, one JSON object per line.

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.error_file_url(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def errors(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[JobError]:
        """If a job has <= 1000 errors use this API to retrieve the errors directly.

        `GET /v1/jobs/{_id}/joberrors`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.errors(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Get a specific job.

        `GET /v1/jobs/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        integration_id: str | None = None,
        export_id: str | None = None,
        import_id: str | None = None,
        flow_id: str | None = None,
        flow_job_id: str | None = None,
        bulk_job_id: str | None = None,
        flow_id_in: str | None = None,
        created_at_lte: datetime.date | datetime.datetime | str | None = None,
        created_at_gte: datetime.date | datetime.datetime | str | None = None,
        status: JobStatus | None = None,
        num_success_lte: int | None = None,
        num_success_gte: int | None = None,
        num_export_lte: int | None = None,
        num_export_gte: int | None = None,
        num_ignore_lte: int | None = None,
        num_ignore_gte: int | None = None,
        num_error_lte: int | None = None,
        num_error_gte: int | None = None,
        retriable: bool | None = None,
        type_: JobType | None = None,
        type_in: str | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[Job]:
        """Get all jobs. The following query parameters are supported: _integrationId, _exportId, _importId, _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte, numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and type_in

        `GET /v1/jobs`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Jobs, newest `createdAt` first, up to 1,001 per answer. For the next page ask
        again with `createdAt_lte` set to the last job's `createdAt` minus 1 ms.

        Parent jobs (`type` absent, `flow`, `retry` or `bulk_retry`) need one of
        `_integrationId`, `_flowId`, `_exportId`, `_importId`, `_flowJobId`,
        `createdAt_gte`, `createdAt_lte`; child jobs (`type` `export` or `import`) need
        `_flowJobId`, `_exportId` or `_importId`. Otherwise 400 `invalid_query`. Dates
        are ISO 8601 (with or without milliseconds), a plain date, or epoch milliseconds.


        Args:
            integration_id: Jobs of this integration.
            export_id: Jobs of this export.
            import_id: Jobs of this import.
            flow_id: Jobs of this flow.
            flow_job_id: The child jobs of this flow job.
            bulk_job_id: Jobs of this bulk retry.
            flow_id_in: Jobs of any of these flows (comma-separated IDs).
            created_at_lte: Jobs created at or before this time.
            created_at_gte: Jobs created at or after this time.
            status: Jobs in this status.
            num_success_lte: the `numSuccess_lte` query parameter.
            num_success_gte: the `numSuccess_gte` query parameter.
            num_export_lte: the `numExport_lte` query parameter.
            num_export_gte: the `numExport_gte` query parameter.
            num_ignore_lte: the `numIgnore_lte` query parameter.
            num_ignore_gte: the `numIgnore_gte` query parameter.
            num_error_lte: the `numError_lte` query parameter.
            num_error_gte: the `numError_gte` query parameter.
            retriable: Only jobs that can (true) or cannot (false) be retried.
            type_: Jobs of this type.
            type_in: Jobs of any of these types (comma-separated).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        return AsyncPaginator(
            lambda: self.with_raw_response.list(
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: builtins.float = 600.0,
        poll_interval: builtins.float = 2.0,
        request_timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Read the job until its status is final (completed, failed, canceled) and return it.

        Calls `client.jobs.get` at once, then every `poll_interval` seconds.

        Args:
            id: the job's ID.
            timeout: seconds to wait in all (default 600.0).
            poll_interval: seconds between reads (default 2.0).
            request_timeout, max_retries, extra_headers: options of each read.

        Raises:
            WaitTimeoutError: the status is not final after `timeout` seconds (its `last`
                is the last job read).
        """
        return await async_wait_until_done(
            lambda: self.get(id, timeout=request_timeout, max_retries=max_retries, extra_headers=extra_headers),
            status_of=lambda current: current.status,
            done=frozenset({"completed", "failed", "canceled"}),
            timeout=timeout,
            poll_interval=poll_interval,
            what="job",
            id=id,
        )
