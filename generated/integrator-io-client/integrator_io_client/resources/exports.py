# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.exports`: Extract data from an application, standalone or in a flow..

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .._bodies import encode_body
from .._core import AsyncCore, SyncCore
from .._pagination import (
    LINK_PAGING,
    AsyncPage,
    AsyncPaginator,
    SyncPage,
    async_first_page,
    first_page,
)
from .._response import RawResponse
from .._wire import comma_list, path_segment, query_params
from ..models import (
    CloneRequest,
    DistributedConfiguration,
    Export,
    ExportDelta,
    ExportFile,
    ExportFtp,
    ExportHttp,
    ExportNetsuite,
    ExportOnce,
    ExportRest,
    ExportS3,
    ExportSalesforce,
    ExportWebhook,
    Hooks,
    SampleRecord,
)
from ..types import UNSET, Unset


def _parse_clone_export(response: httpx.Response) -> Export:
    return Export._from_wire(response.json())


def _parse_create_export(response: httpx.Response) -> Export:
    return Export._from_wire(response.json())


def _parse_delete_export(response: httpx.Response) -> None:
    return None


def _parse_get_export_by_id(response: httpx.Response) -> Export:
    return Export._from_wire(response.json())


def _parse_get_export_distributed(response: httpx.Response) -> DistributedConfiguration:
    return DistributedConfiguration._from_wire(response.json())


def _parse_list_exports(response: httpx.Response) -> list[Export]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Export._from_wire(item) for item in items]


def _parse_update_export(response: httpx.Response) -> Export:
    return Export._from_wire(response.json())


def _parse_update_export_distributed(response: httpx.Response) -> DistributedConfiguration:
    return DistributedConfiguration._from_wire(response.json())


class ExportsWithRawResponse:
    """`exports` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Export]:
        """`POST /v1/exports/{_id}/clone`; see `Exports.clone`."""
        return self._core.request(
            "POST",
            "/v1/exports/" + path_segment(id) + "/clone",
            _parse_clone_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def create(
        self,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Export]:
        """`POST /v1/exports`; see `Exports.create`."""
        return self._core.request(
            "POST",
            "/v1/exports",
            _parse_create_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "asynchronous": asynchronous,
                    "delta": delta,
                    "description": description,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "netsuite": netsuite,
                    "once": once,
                    "pageSize": page_size,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sampleData": sample_data,
                    "type": type_,
                    "webhook": webhook,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/exports/{_id}`; see `Exports.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/exports/" + path_segment(id),
            _parse_delete_export,
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
    ) -> RawResponse[Export]:
        """`GET /v1/exports/{_id}`; see `Exports.get`."""
        return self._core.request(
            "GET",
            "/v1/exports/" + path_segment(id),
            _parse_get_export_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get_distributed(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[DistributedConfiguration]:
        """`GET /v1/exports/{_id}/distributed`; see `Exports.get_distributed`."""
        return self._core.request(
            "GET",
            "/v1/exports/" + path_segment(id) + "/distributed",
            _parse_get_export_distributed,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SyncPage[Export]]:
        """`GET /v1/exports`; see `Exports.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/exports",
            _parse_list_exports,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": comma_list(include),
                    "exclude": comma_list(exclude),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Export]:
        """`PUT /v1/exports/{_id}`; see `Exports.update`."""
        return self._core.request(
            "PUT",
            "/v1/exports/" + path_segment(id),
            _parse_update_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "asynchronous": asynchronous,
                    "delta": delta,
                    "description": description,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "netsuite": netsuite,
                    "once": once,
                    "pageSize": page_size,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sampleData": sample_data,
                    "type": type_,
                    "webhook": webhook,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update_distributed(
        self,
        id: str,
        body: DistributedConfiguration | Mapping[builtins.str, Any] | None = None,
        *,
        disabled: bool | Unset = UNSET,
        execution_context: builtins.list[str] | Unset = UNSET,
        execution_type: builtins.list[str] | Unset = UNSET,
        force_reload: bool | Unset = UNSET,
        qualifier: Any | Unset = UNSET,
        record_type: str | Unset = UNSET,
        skip_export_field_id: str | Unset = UNSET,
        sublists: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[DistributedConfiguration]:
        """`PUT /v1/exports/{_id}/distributed`; see `Exports.update_distributed`."""
        return self._core.request(
            "PUT",
            "/v1/exports/" + path_segment(id) + "/distributed",
            _parse_update_export_distributed,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "disabled": disabled,
                    "executionContext": execution_context,
                    "executionType": execution_type,
                    "forceReload": force_reload,
                    "qualifier": qualifier,
                    "recordType": record_type,
                    "skipExportFieldId": skip_export_field_id,
                    "sublists": sublists,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Exports:
    """`client.exports`: Extract data from an application, standalone or in a flow."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ExportsWithRawResponse(core)

    def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Clone a specific export.

        `POST /v1/exports/{_id}/clone`

        Creates a copy of the export with a new `_id`.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def create(
        self,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Create a new export.

        `POST /v1/exports`

        Creates an export. `_connectionId` and `_integrationId` must name resources of the
        account (422 `invalid_ref`). Secret fields (e.g. `webhook.key`) read back as `******`.


        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            body,
            name=name,
            connection_id=connection_id,
            integration_id=integration_id,
            adaptor_type=adaptor_type,
            asynchronous=asynchronous,
            delta=delta,
            description=description,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            netsuite=netsuite,
            once=once,
            page_size=page_size,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sample_data=sample_data,
            type_=type_,
            webhook=webhook,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a specific export.

        `DELETE /v1/exports/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def get(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Get a specific export.

        `GET /v1/exports/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def get_distributed(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> DistributedConfiguration:
        """Get the distributed configuration for a specific export (i.e. the fields stored directly in the export application). Note that this API is currently only needed for Salesforce and NetSuite real-time exports.

        `GET /v1/exports/{_id}/distributed`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get_distributed(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[Export]:
        """Get all exports.

        `GET /v1/exports`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Update a specific export.

        `PUT /v1/exports/{_id}`

        Replaces the export (fields left out are erased; read-only fields are kept). A
        secret sent back as `******` keeps the stored value.


        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.update(
            id,
            body,
            name=name,
            connection_id=connection_id,
            integration_id=integration_id,
            adaptor_type=adaptor_type,
            asynchronous=asynchronous,
            delta=delta,
            description=description,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            netsuite=netsuite,
            once=once,
            page_size=page_size,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sample_data=sample_data,
            type_=type_,
            webhook=webhook,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def update_distributed(
        self,
        id: str,
        body: DistributedConfiguration | Mapping[builtins.str, Any] | None = None,
        *,
        disabled: bool | Unset = UNSET,
        execution_context: builtins.list[str] | Unset = UNSET,
        execution_type: builtins.list[str] | Unset = UNSET,
        force_reload: bool | Unset = UNSET,
        qualifier: Any | Unset = UNSET,
        record_type: str | Unset = UNSET,
        skip_export_field_id: str | Unset = UNSET,
        sublists: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> DistributedConfiguration:
        """Update the distributed configuration for a specific export (i.e. the fields stored directly in the export application). Note that this API is currently only needed for Salesforce and NetSuite real-time exports.

        `PUT /v1/exports/{_id}/distributed`

        Replaces the distributed configuration.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.update_distributed(
            id,
            body,
            disabled=disabled,
            execution_context=execution_context,
            execution_type=execution_type,
            force_reload=force_reload,
            qualifier=qualifier,
            record_type=record_type,
            skip_export_field_id=skip_export_field_id,
            sublists=sublists,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncExportsWithRawResponse:
    """`exports` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Export]:
        """`POST /v1/exports/{_id}/clone`; see `AsyncExports.clone`."""
        return await self._core.request(
            "POST",
            "/v1/exports/" + path_segment(id) + "/clone",
            _parse_clone_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def create(
        self,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Export]:
        """`POST /v1/exports`; see `AsyncExports.create`."""
        return await self._core.request(
            "POST",
            "/v1/exports",
            _parse_create_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "asynchronous": asynchronous,
                    "delta": delta,
                    "description": description,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "netsuite": netsuite,
                    "once": once,
                    "pageSize": page_size,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sampleData": sample_data,
                    "type": type_,
                    "webhook": webhook,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/exports/{_id}`; see `AsyncExports.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/exports/" + path_segment(id),
            _parse_delete_export,
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
    ) -> RawResponse[Export]:
        """`GET /v1/exports/{_id}`; see `AsyncExports.get`."""
        return await self._core.request(
            "GET",
            "/v1/exports/" + path_segment(id),
            _parse_get_export_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get_distributed(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[DistributedConfiguration]:
        """`GET /v1/exports/{_id}/distributed`; see `AsyncExports.get_distributed`."""
        return await self._core.request(
            "GET",
            "/v1/exports/" + path_segment(id) + "/distributed",
            _parse_get_export_distributed,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[AsyncPage[Export]]:
        """`GET /v1/exports`; see `AsyncExports.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/exports",
            _parse_list_exports,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": comma_list(include),
                    "exclude": comma_list(exclude),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Export]:
        """`PUT /v1/exports/{_id}`; see `AsyncExports.update`."""
        return await self._core.request(
            "PUT",
            "/v1/exports/" + path_segment(id),
            _parse_update_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "asynchronous": asynchronous,
                    "delta": delta,
                    "description": description,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "netsuite": netsuite,
                    "once": once,
                    "pageSize": page_size,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sampleData": sample_data,
                    "type": type_,
                    "webhook": webhook,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update_distributed(
        self,
        id: str,
        body: DistributedConfiguration | Mapping[builtins.str, Any] | None = None,
        *,
        disabled: bool | Unset = UNSET,
        execution_context: builtins.list[str] | Unset = UNSET,
        execution_type: builtins.list[str] | Unset = UNSET,
        force_reload: bool | Unset = UNSET,
        qualifier: Any | Unset = UNSET,
        record_type: str | Unset = UNSET,
        skip_export_field_id: str | Unset = UNSET,
        sublists: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[DistributedConfiguration]:
        """`PUT /v1/exports/{_id}/distributed`; see `AsyncExports.update_distributed`."""
        return await self._core.request(
            "PUT",
            "/v1/exports/" + path_segment(id) + "/distributed",
            _parse_update_export_distributed,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "disabled": disabled,
                    "executionContext": execution_context,
                    "executionType": execution_type,
                    "forceReload": force_reload,
                    "qualifier": qualifier,
                    "recordType": record_type,
                    "skipExportFieldId": skip_export_field_id,
                    "sublists": sublists,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncExports:
    """`client.exports`: Extract data from an application, standalone or in a flow."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncExportsWithRawResponse(core)

    async def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Clone a specific export.

        `POST /v1/exports/{_id}/clone`

        Creates a copy of the export with a new `_id`.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def create(
        self,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Create a new export.

        `POST /v1/exports`

        Creates an export. `_connectionId` and `_integrationId` must name resources of the
        account (422 `invalid_ref`). Secret fields (e.g. `webhook.key`) read back as `******`.


        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            body,
            name=name,
            connection_id=connection_id,
            integration_id=integration_id,
            adaptor_type=adaptor_type,
            asynchronous=asynchronous,
            delta=delta,
            description=description,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            netsuite=netsuite,
            once=once,
            page_size=page_size,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sample_data=sample_data,
            type_=type_,
            webhook=webhook,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def delete(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a specific export.

        `DELETE /v1/exports/{_id}`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
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
    ) -> Export:
        """Get a specific export.

        `GET /v1/exports/{_id}`

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

    async def get_distributed(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> DistributedConfiguration:
        """Get the distributed configuration for a specific export (i.e. the fields stored directly in the export application). Note that this API is currently only needed for Salesforce and NetSuite real-time exports.

        `GET /v1/exports/{_id}/distributed`

        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get_distributed(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[Export]:
        """Get all exports.

        `GET /v1/exports`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        return AsyncPaginator(
            lambda: self.with_raw_response.list(
                limit=limit,
                skip=skip,
                include=include,
                exclude=exclude,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
        )

    async def update(
        self,
        id: str,
        body: Export | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        asynchronous: bool | Unset = UNSET,
        delta: ExportDelta | Mapping[builtins.str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        file: ExportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ExportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ExportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ExportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        once: ExportOnce | Mapping[builtins.str, Any] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        rest: ExportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ExportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ExportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        sample_data: builtins.list[SampleRecord] | SampleRecord | Unset = UNSET,
        type_: str | Unset = UNSET,
        webhook: ExportWebhook | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Export:
        """Update a specific export.

        `PUT /v1/exports/{_id}`

        Replaces the export (fields left out are erased; read-only fields are kept). A
        secret sent back as `******` keeps the stored value.


        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.update(
            id,
            body,
            name=name,
            connection_id=connection_id,
            integration_id=integration_id,
            adaptor_type=adaptor_type,
            asynchronous=asynchronous,
            delta=delta,
            description=description,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            netsuite=netsuite,
            once=once,
            page_size=page_size,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sample_data=sample_data,
            type_=type_,
            webhook=webhook,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def update_distributed(
        self,
        id: str,
        body: DistributedConfiguration | Mapping[builtins.str, Any] | None = None,
        *,
        disabled: bool | Unset = UNSET,
        execution_context: builtins.list[str] | Unset = UNSET,
        execution_type: builtins.list[str] | Unset = UNSET,
        force_reload: bool | Unset = UNSET,
        qualifier: Any | Unset = UNSET,
        record_type: str | Unset = UNSET,
        skip_export_field_id: str | Unset = UNSET,
        sublists: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> DistributedConfiguration:
        """Update the distributed configuration for a specific export (i.e. the fields stored directly in the export application). Note that this API is currently only needed for Salesforce and NetSuite real-time exports.

        `PUT /v1/exports/{_id}/distributed`

        Replaces the distributed configuration.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.update_distributed(
            id,
            body,
            disabled=disabled,
            execution_context=execution_context,
            execution_type=execution_type,
            force_reload=force_reload,
            qualifier=qualifier,
            record_type=record_type,
            skip_export_field_id=skip_export_field_id,
            sublists=sublists,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
