# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.connections`: Credentials and settings to reach an application; ping, debug logs, virtual exports and imports..

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
import datetime
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
    As2Settings,
    Connection,
    ConnectionPingResult,
    ConnectionWrapper,
    FtpSettings,
    HttpSettings,
    ImportRecord,
    MappedRecord,
    MongoDbSettings,
    NetSuiteSettings,
    PagedExportState,
    RdbmsSettings,
    RestSettings,
    S3Settings,
    SalesforceSettings,
    VirtualExportModel,
    VirtualExportPage,
    VirtualExportPageRequest,
    VirtualExportRequest,
    VirtualExportResult,
    VirtualImportModel,
    VirtualImportRequest,
    VirtualImportResult,
)
from ..types import UNSET, Unset


def _parse_create_connection(response: httpx.Response) -> Connection:
    return Connection._from_wire(response.json())


def _parse_get_connection_debug_logs(response: httpx.Response) -> str:
    return response.text


def _parse_delete_connection(response: httpx.Response) -> None:
    return None


def _parse_get_connection_by_id(response: httpx.Response) -> Connection:
    return Connection._from_wire(response.json())


def _parse_list_connections(response: httpx.Response) -> list[Connection]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Connection._from_wire(item) for item in items]


def _parse_ping_connection(response: httpx.Response) -> ConnectionPingResult:
    return ConnectionPingResult._from_wire(response.json())


def _parse_ping_unsaved_connection(response: httpx.Response) -> ConnectionPingResult:
    return ConnectionPingResult._from_wire(response.json())


def _parse_update_connection(response: httpx.Response) -> Connection:
    return Connection._from_wire(response.json())


def _parse_virtual_export(response: httpx.Response) -> VirtualExportResult:
    return VirtualExportResult._from_wire(response.json())


def _parse_virtual_export_page(response: httpx.Response) -> VirtualExportPage:
    return VirtualExportPage._from_wire(response.json())


def _parse_virtual_import(response: httpx.Response) -> list[VirtualImportResult]:
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [VirtualImportResult._from_wire(item) for item in items]


def _parse_virtual_import_map(response: httpx.Response) -> list[MappedRecord]:
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [MappedRecord._from_wire(item) for item in items]


class ConnectionsWithRawResponse:
    """`connections` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connection]:
        """`POST /v1/connections`; see `Connections.create`."""
        return self._core.request(
            "POST",
            "/v1/connections",
            _parse_create_connection,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "type": type_,
                    "_iClientId": i_client_id,
                    "_integrationId": integration_id,
                    "as2": as2,
                    "debugDate": debug_date,
                    "ftp": ftp,
                    "http": http,
                    "mongodb": mongodb,
                    "name": name,
                    "netsuite": netsuite,
                    "offline": offline,
                    "rdbms": rdbms,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sandbox": sandbox,
                    "wrapper": wrapper,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def debug_logs(
        self,
        id: str,
        resource_id: str | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[str]:
        """`GET /v1/connections/{_id}/debug`; see `Connections.debug_logs`."""
        return self._core.request(
            "GET",
            "/v1/connections/"
            + path_segment(id)
            + "/debug"
            + ("/" + path_segment(resource_id) if resource_id is not None else ""),
            _parse_get_connection_debug_logs,
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
        """`DELETE /v1/connections/{_id}`; see `Connections.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/connections/" + path_segment(id),
            _parse_delete_connection,
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
    ) -> RawResponse[Connection]:
        """`GET /v1/connections/{_id}`; see `Connections.get`."""
        return self._core.request(
            "GET",
            "/v1/connections/" + path_segment(id),
            _parse_get_connection_by_id,
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
    ) -> RawResponse[SyncPage[Connection]]:
        """`GET /v1/connections`; see `Connections.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connections",
            _parse_list_connections,
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

    def ping(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectionPingResult]:
        """`GET /v1/connections/{_id}/ping`; see `Connections.ping`."""
        return self._core.request(
            "GET",
            "/v1/connections/" + path_segment(id) + "/ping",
            _parse_ping_connection,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def ping_unsaved(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectionPingResult]:
        """`POST /v1/connections/ping`; see `Connections.ping_unsaved`."""
        return self._core.request(
            "POST",
            "/v1/connections/ping",
            _parse_ping_unsaved_connection,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "type": type_,
                    "_iClientId": i_client_id,
                    "_integrationId": integration_id,
                    "as2": as2,
                    "debugDate": debug_date,
                    "ftp": ftp,
                    "http": http,
                    "mongodb": mongodb,
                    "name": name,
                    "netsuite": netsuite,
                    "offline": offline,
                    "rdbms": rdbms,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sandbox": sandbox,
                    "wrapper": wrapper,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connection]:
        """`PUT /v1/connections/{_id}`; see `Connections.update`."""
        return self._core.request(
            "PUT",
            "/v1/connections/" + path_segment(id),
            _parse_update_connection,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "type": type_,
                    "_iClientId": i_client_id,
                    "_integrationId": integration_id,
                    "as2": as2,
                    "debugDate": debug_date,
                    "ftp": ftp,
                    "http": http,
                    "mongodb": mongodb,
                    "name": name,
                    "netsuite": netsuite,
                    "offline": offline,
                    "rdbms": rdbms,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sandbox": sandbox,
                    "wrapper": wrapper,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def virtual_export(
        self,
        id: str,
        body: VirtualExportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[VirtualExportResult]:
        """`POST /v1/connections/{_id}/export`; see `Connections.virtual_export`."""
        return self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/export",
            _parse_virtual_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "export": export,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def virtual_export_page(
        self,
        id: str,
        body: VirtualExportPageRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        paged_export_state: PagedExportState | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[VirtualExportPage]:
        """`POST /v1/connections/{_id}/export/pages`; see `Connections.virtual_export_page`."""
        return self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/export/pages",
            _parse_virtual_export_page,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "export": export,
                    "pagedExportState": paged_export_state,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def virtual_import(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[VirtualImportResult]]:
        """`POST /v1/connections/{_id}/import`; see `Connections.virtual_import`."""
        return self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/import",
            _parse_virtual_import,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "data": data,
                    "import": import_,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def virtual_import_map(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[MappedRecord]]:
        """`POST /v1/connections/{_id}/import/map`; see `Connections.virtual_import_map`."""
        return self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/import/map",
            _parse_virtual_import_map,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "data": data,
                    "import": import_,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Connections:
    """`client.connections`: Credentials and settings to reach an application; ping, debug logs, virtual exports and imports."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ConnectionsWithRawResponse(core)

    def create(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connection:
        """Create a new connection.

        `POST /v1/connections`

        Creates a connection. Secret fields (passwords, tokens, keys) are stored and never
        returned: every read shows `******`. `_iClientId` and `_integrationId` must name
        resources of the account (422 `invalid_ref`).


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
            type_=type_,
            i_client_id=i_client_id,
            integration_id=integration_id,
            as2=as2,
            debug_date=debug_date,
            ftp=ftp,
            http=http,
            mongodb=mongodb,
            name=name,
            netsuite=netsuite,
            offline=offline,
            rdbms=rdbms,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sandbox=sandbox,
            wrapper=wrapper,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def debug_logs(
        self,
        id: str,
        resource_id: str | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> str:
        """Get debug logs for a given connection by _id.

        `GET /v1/connections/{_id}/debug`

        The connection's debug log for every export and import using it. The same as
        `GET /v1/connections/{_id}/debug/{_resourceId}` without the optional resource id.


        Args:
            id: The resource's ID.
            resource_id: An export or import using the connection; only its requests are returned. Optional.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.debug_logs(
            id, resource_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
        """Delete a specific connection.

        `DELETE /v1/connections/{_id}`

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
    ) -> Connection:
        """Get a specific connection.

        `GET /v1/connections/{_id}`

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
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[Connection]:
        """Get all connections.

        `GET /v1/connections`

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

    def ping(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectionPingResult:
        """Test that a specific connection is operational.

        `GET /v1/connections/{_id}/ping`

        Tests the stored connection. 200 either way: `{"code": 200}` when it works, the
        error envelope (integer `code` mirroring the upstream status) when it does not,
        e.g. for a connection that is `offline`.


        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.ping(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def ping_unsaved(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectionPingResult:
        """Test a virtual connection where all details for the connection are submitted in the POST body, but are not saved.

        `POST /v1/connections/ping`

        Tests the connection sent in the body without storing it.

        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.ping_unsaved(
            body,
            type_=type_,
            i_client_id=i_client_id,
            integration_id=integration_id,
            as2=as2,
            debug_date=debug_date,
            ftp=ftp,
            http=http,
            mongodb=mongodb,
            name=name,
            netsuite=netsuite,
            offline=offline,
            rdbms=rdbms,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sandbox=sandbox,
            wrapper=wrapper,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connection:
        """Update a specific connection.

        `PUT /v1/connections/{_id}`

        Replaces the connection (fields left out are erased; read-only fields are kept).
        A secret sent back as `******` keeps the stored value.


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
            type_=type_,
            i_client_id=i_client_id,
            integration_id=integration_id,
            as2=as2,
            debug_date=debug_date,
            ftp=ftp,
            http=http,
            mongodb=mongodb,
            name=name,
            netsuite=netsuite,
            offline=offline,
            rdbms=rdbms,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sandbox=sandbox,
            wrapper=wrapper,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def virtual_export(
        self,
        id: str,
        body: VirtualExportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> VirtualExportResult:
        """Execute a virtual export using a connection identified by _id by posting the export model to this endpoint.

        `POST /v1/connections/{_id}/export`

        Runs the export model in the body through the connection, without storing it.

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
        raw = self.with_raw_response.virtual_export(
            id, body, export=export, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def virtual_export_page(
        self,
        id: str,
        body: VirtualExportPageRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        paged_export_state: PagedExportState | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> VirtualExportPage:
        """Alternative virtual export execution with paging support.

        `POST /v1/connections/{_id}/export/pages`

        Like the virtual export, one page (`export.pageSize` records) at a time. Send the
        `pagedExportState` of an answer back unchanged, with the same export, to get the
        next page; it is signed, and a state that was altered is 422
        `invalid_paged_export_state`. The last page has `pagedExportState.done: true`.


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
        raw = self.with_raw_response.virtual_export_page(
            id,
            body,
            export=export,
            paged_export_state=paged_export_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def virtual_import(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[VirtualImportResult]:
        """Execute a virtual import using a connection identified by _id by posting the import model to this endpoint.

        `POST /v1/connections/{_id}/import`

        Imports the records in `data` through the connection as the `import` model says; one result per record, in order.

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
        raw = self.with_raw_response.virtual_import(
            id, body, data=data, import_=import_, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def virtual_import_map(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[MappedRecord]:
        """Evaluate only the mapping step in a virtual import and return the set of post-mapped records.

        `POST /v1/connections/{_id}/import/map`

        Applies only the `import.mapping` to the records in `data`; returns the mapped records, in order.

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
        raw = self.with_raw_response.virtual_import_map(
            id, body, data=data, import_=import_, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class AsyncConnectionsWithRawResponse:
    """`connections` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connection]:
        """`POST /v1/connections`; see `AsyncConnections.create`."""
        return await self._core.request(
            "POST",
            "/v1/connections",
            _parse_create_connection,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "type": type_,
                    "_iClientId": i_client_id,
                    "_integrationId": integration_id,
                    "as2": as2,
                    "debugDate": debug_date,
                    "ftp": ftp,
                    "http": http,
                    "mongodb": mongodb,
                    "name": name,
                    "netsuite": netsuite,
                    "offline": offline,
                    "rdbms": rdbms,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sandbox": sandbox,
                    "wrapper": wrapper,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def debug_logs(
        self,
        id: str,
        resource_id: str | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[str]:
        """`GET /v1/connections/{_id}/debug`; see `AsyncConnections.debug_logs`."""
        return await self._core.request(
            "GET",
            "/v1/connections/"
            + path_segment(id)
            + "/debug"
            + ("/" + path_segment(resource_id) if resource_id is not None else ""),
            _parse_get_connection_debug_logs,
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
        """`DELETE /v1/connections/{_id}`; see `AsyncConnections.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/connections/" + path_segment(id),
            _parse_delete_connection,
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
    ) -> RawResponse[Connection]:
        """`GET /v1/connections/{_id}`; see `AsyncConnections.get`."""
        return await self._core.request(
            "GET",
            "/v1/connections/" + path_segment(id),
            _parse_get_connection_by_id,
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
    ) -> RawResponse[AsyncPage[Connection]]:
        """`GET /v1/connections`; see `AsyncConnections.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/connections",
            _parse_list_connections,
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

    async def ping(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectionPingResult]:
        """`GET /v1/connections/{_id}/ping`; see `AsyncConnections.ping`."""
        return await self._core.request(
            "GET",
            "/v1/connections/" + path_segment(id) + "/ping",
            _parse_ping_connection,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def ping_unsaved(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[ConnectionPingResult]:
        """`POST /v1/connections/ping`; see `AsyncConnections.ping_unsaved`."""
        return await self._core.request(
            "POST",
            "/v1/connections/ping",
            _parse_ping_unsaved_connection,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "type": type_,
                    "_iClientId": i_client_id,
                    "_integrationId": integration_id,
                    "as2": as2,
                    "debugDate": debug_date,
                    "ftp": ftp,
                    "http": http,
                    "mongodb": mongodb,
                    "name": name,
                    "netsuite": netsuite,
                    "offline": offline,
                    "rdbms": rdbms,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sandbox": sandbox,
                    "wrapper": wrapper,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connection]:
        """`PUT /v1/connections/{_id}`; see `AsyncConnections.update`."""
        return await self._core.request(
            "PUT",
            "/v1/connections/" + path_segment(id),
            _parse_update_connection,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "type": type_,
                    "_iClientId": i_client_id,
                    "_integrationId": integration_id,
                    "as2": as2,
                    "debugDate": debug_date,
                    "ftp": ftp,
                    "http": http,
                    "mongodb": mongodb,
                    "name": name,
                    "netsuite": netsuite,
                    "offline": offline,
                    "rdbms": rdbms,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                    "sandbox": sandbox,
                    "wrapper": wrapper,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def virtual_export(
        self,
        id: str,
        body: VirtualExportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[VirtualExportResult]:
        """`POST /v1/connections/{_id}/export`; see `AsyncConnections.virtual_export`."""
        return await self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/export",
            _parse_virtual_export,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "export": export,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def virtual_export_page(
        self,
        id: str,
        body: VirtualExportPageRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        paged_export_state: PagedExportState | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[VirtualExportPage]:
        """`POST /v1/connections/{_id}/export/pages`; see `AsyncConnections.virtual_export_page`."""
        return await self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/export/pages",
            _parse_virtual_export_page,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "export": export,
                    "pagedExportState": paged_export_state,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def virtual_import(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[VirtualImportResult]]:
        """`POST /v1/connections/{_id}/import`; see `AsyncConnections.virtual_import`."""
        return await self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/import",
            _parse_virtual_import,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "data": data,
                    "import": import_,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def virtual_import_map(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[MappedRecord]]:
        """`POST /v1/connections/{_id}/import/map`; see `AsyncConnections.virtual_import_map`."""
        return await self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/import/map",
            _parse_virtual_import_map,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "data": data,
                    "import": import_,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncConnections:
    """`client.connections`: Credentials and settings to reach an application; ping, debug logs, virtual exports and imports."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncConnectionsWithRawResponse(core)

    async def create(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connection:
        """Create a new connection.

        `POST /v1/connections`

        Creates a connection. Secret fields (passwords, tokens, keys) are stored and never
        returned: every read shows `******`. `_iClientId` and `_integrationId` must name
        resources of the account (422 `invalid_ref`).


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
            type_=type_,
            i_client_id=i_client_id,
            integration_id=integration_id,
            as2=as2,
            debug_date=debug_date,
            ftp=ftp,
            http=http,
            mongodb=mongodb,
            name=name,
            netsuite=netsuite,
            offline=offline,
            rdbms=rdbms,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sandbox=sandbox,
            wrapper=wrapper,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def debug_logs(
        self,
        id: str,
        resource_id: str | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> str:
        """Get debug logs for a given connection by _id.

        `GET /v1/connections/{_id}/debug`

        The connection's debug log for every export and import using it. The same as
        `GET /v1/connections/{_id}/debug/{_resourceId}` without the optional resource id.


        Args:
            id: The resource's ID.
            resource_id: An export or import using the connection; only its requests are returned. Optional.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.debug_logs(
            id, resource_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
        """Delete a specific connection.

        `DELETE /v1/connections/{_id}`

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
    ) -> Connection:
        """Get a specific connection.

        `GET /v1/connections/{_id}`

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
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[Connection]:
        """Get all connections.

        `GET /v1/connections`

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

    async def ping(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectionPingResult:
        """Test that a specific connection is operational.

        `GET /v1/connections/{_id}/ping`

        Tests the stored connection. 200 either way: `{"code": 200}` when it works, the
        error envelope (integer `code` mirroring the upstream status) when it does not,
        e.g. for a connection that is `offline`.


        Args:
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.ping(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def ping_unsaved(
        self,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> ConnectionPingResult:
        """Test a virtual connection where all details for the connection are submitted in the POST body, but are not saved.

        `POST /v1/connections/ping`

        Tests the connection sent in the body without storing it.

        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.ping_unsaved(
            body,
            type_=type_,
            i_client_id=i_client_id,
            integration_id=integration_id,
            as2=as2,
            debug_date=debug_date,
            ftp=ftp,
            http=http,
            mongodb=mongodb,
            name=name,
            netsuite=netsuite,
            offline=offline,
            rdbms=rdbms,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sandbox=sandbox,
            wrapper=wrapper,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Connection | Mapping[builtins.str, Any] | None = None,
        *,
        type_: str | Unset = UNSET,
        i_client_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        as2: As2Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        debug_date: datetime.datetime | Unset = UNSET,
        ftp: FtpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        http: HttpSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        mongodb: MongoDbSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: NetSuiteSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        offline: bool | Unset = UNSET,
        rdbms: RdbmsSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: RestSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: S3Settings | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: SalesforceSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        sandbox: bool | Unset = UNSET,
        wrapper: ConnectionWrapper | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connection:
        """Update a specific connection.

        `PUT /v1/connections/{_id}`

        Replaces the connection (fields left out are erased; read-only fields are kept).
        A secret sent back as `******` keeps the stored value.


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
            type_=type_,
            i_client_id=i_client_id,
            integration_id=integration_id,
            as2=as2,
            debug_date=debug_date,
            ftp=ftp,
            http=http,
            mongodb=mongodb,
            name=name,
            netsuite=netsuite,
            offline=offline,
            rdbms=rdbms,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            sandbox=sandbox,
            wrapper=wrapper,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def virtual_export(
        self,
        id: str,
        body: VirtualExportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> VirtualExportResult:
        """Execute a virtual export using a connection identified by _id by posting the export model to this endpoint.

        `POST /v1/connections/{_id}/export`

        Runs the export model in the body through the connection, without storing it.

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
        raw = await self.with_raw_response.virtual_export(
            id, body, export=export, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def virtual_export_page(
        self,
        id: str,
        body: VirtualExportPageRequest | Mapping[builtins.str, Any] | None = None,
        *,
        export: VirtualExportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        paged_export_state: PagedExportState | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> VirtualExportPage:
        """Alternative virtual export execution with paging support.

        `POST /v1/connections/{_id}/export/pages`

        Like the virtual export, one page (`export.pageSize` records) at a time. Send the
        `pagedExportState` of an answer back unchanged, with the same export, to get the
        next page; it is signed, and a state that was altered is 422
        `invalid_paged_export_state`. The last page has `pagedExportState.done: true`.


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
        raw = await self.with_raw_response.virtual_export_page(
            id,
            body,
            export=export,
            paged_export_state=paged_export_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def virtual_import(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[VirtualImportResult]:
        """Execute a virtual import using a connection identified by _id by posting the import model to this endpoint.

        `POST /v1/connections/{_id}/import`

        Imports the records in `data` through the connection as the `import` model says; one result per record, in order.

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
        raw = await self.with_raw_response.virtual_import(
            id, body, data=data, import_=import_, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def virtual_import_map(
        self,
        id: str,
        body: VirtualImportRequest | Mapping[builtins.str, Any] | None = None,
        *,
        data: Sequence[ImportRecord | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[MappedRecord]:
        """Evaluate only the mapping step in a virtual import and return the set of post-mapped records.

        `POST /v1/connections/{_id}/import/map`

        Applies only the `import.mapping` to the records in `data`; returns the mapped records, in order.

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
        raw = await self.with_raw_response.virtual_import_map(
            id, body, data=data, import_=import_, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()
