# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.imports`: Insert data into an application, standalone or in a flow..

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
    Hooks,
    Import,
    ImportFile,
    ImportFtp,
    ImportHttp,
    ImportLookup,
    ImportNetsuite,
    ImportRest,
    ImportS3,
    ImportSalesforce,
    RecordMapping,
)
from ..types import UNSET, Unset


def _parse_clone_import(response: httpx.Response) -> Import:
    return Import._from_wire(response.json())


def _parse_create_import(response: httpx.Response) -> Import:
    return Import._from_wire(response.json())


def _parse_delete_import(response: httpx.Response) -> None:
    return None


def _parse_get_import_by_id(response: httpx.Response) -> Import:
    return Import._from_wire(response.json())


def _parse_list_imports(response: httpx.Response) -> list[Import]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Import._from_wire(item) for item in items]


def _parse_update_import(response: httpx.Response) -> Import:
    return Import._from_wire(response.json())


class ImportsWithRawResponse:
    """`imports` methods that return the `RawResponse`."""

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
    ) -> RawResponse[Import]:
        """`POST /v1/imports/{_id}/clone`; see `Imports.clone`."""
        return self._core.request(
            "POST",
            "/v1/imports/" + path_segment(id) + "/clone",
            _parse_clone_import,
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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Import]:
        """`POST /v1/imports`; see `Imports.create`."""
        return self._core.request(
            "POST",
            "/v1/imports",
            _parse_create_import,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "description": description,
                    "distributed": distributed,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "lookups": lookups,
                    "mapping": mapping,
                    "netsuite": netsuite,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
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
        """`DELETE /v1/imports/{_id}`; see `Imports.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/imports/" + path_segment(id),
            _parse_delete_import,
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
    ) -> RawResponse[Import]:
        """`GET /v1/imports/{_id}`; see `Imports.get`."""
        return self._core.request(
            "GET",
            "/v1/imports/" + path_segment(id),
            _parse_get_import_by_id,
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
    ) -> RawResponse[SyncPage[Import]]:
        """`GET /v1/imports`; see `Imports.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/imports",
            _parse_list_imports,
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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Import]:
        """`PUT /v1/imports/{_id}`; see `Imports.update`."""
        return self._core.request(
            "PUT",
            "/v1/imports/" + path_segment(id),
            _parse_update_import,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "description": description,
                    "distributed": distributed,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "lookups": lookups,
                    "mapping": mapping,
                    "netsuite": netsuite,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Imports:
    """`client.imports`: Insert data into an application, standalone or in a flow."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ImportsWithRawResponse(core)

    def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Import:
        """Clone a specific import.

        `POST /v1/imports/{_id}/clone`

        Creates a copy of the import with a new `_id`.

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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Import:
        """Create a new import.

        `POST /v1/imports`

        Creates an import. `_connectionId` and `_integrationId` must name resources of the
        account (422 `invalid_ref`).


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
            description=description,
            distributed=distributed,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            lookups=lookups,
            mapping=mapping,
            netsuite=netsuite,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
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
        """Delete a specific import.

        `DELETE /v1/imports/{_id}`

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
    ) -> Import:
        """Get a specific import.

        `GET /v1/imports/{_id}`

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
    ) -> SyncPage[Import]:
        """Get all imports.

        `GET /v1/imports`

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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Import:
        """Update a specific import.

        `PUT /v1/imports/{_id}`

        Replaces the import (fields left out are erased; read-only fields are kept).

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
            description=description,
            distributed=distributed,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            lookups=lookups,
            mapping=mapping,
            netsuite=netsuite,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncImportsWithRawResponse:
    """`imports` methods that return the `RawResponse`."""

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
    ) -> RawResponse[Import]:
        """`POST /v1/imports/{_id}/clone`; see `AsyncImports.clone`."""
        return await self._core.request(
            "POST",
            "/v1/imports/" + path_segment(id) + "/clone",
            _parse_clone_import,
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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Import]:
        """`POST /v1/imports`; see `AsyncImports.create`."""
        return await self._core.request(
            "POST",
            "/v1/imports",
            _parse_create_import,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "description": description,
                    "distributed": distributed,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "lookups": lookups,
                    "mapping": mapping,
                    "netsuite": netsuite,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
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
        """`DELETE /v1/imports/{_id}`; see `AsyncImports.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/imports/" + path_segment(id),
            _parse_delete_import,
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
    ) -> RawResponse[Import]:
        """`GET /v1/imports/{_id}`; see `AsyncImports.get`."""
        return await self._core.request(
            "GET",
            "/v1/imports/" + path_segment(id),
            _parse_get_import_by_id,
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
    ) -> RawResponse[AsyncPage[Import]]:
        """`GET /v1/imports`; see `AsyncImports.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/imports",
            _parse_list_imports,
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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Import]:
        """`PUT /v1/imports/{_id}`; see `AsyncImports.update`."""
        return await self._core.request(
            "PUT",
            "/v1/imports/" + path_segment(id),
            _parse_update_import,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectionId": connection_id,
                    "_integrationId": integration_id,
                    "adaptorType": adaptor_type,
                    "description": description,
                    "distributed": distributed,
                    "file": file,
                    "ftp": ftp,
                    "hooks": hooks,
                    "http": http,
                    "lookups": lookups,
                    "mapping": mapping,
                    "netsuite": netsuite,
                    "rest": rest,
                    "s3": s3,
                    "salesforce": salesforce,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncImports:
    """`client.imports`: Insert data into an application, standalone or in a flow."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncImportsWithRawResponse(core)

    async def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Import:
        """Clone a specific import.

        `POST /v1/imports/{_id}/clone`

        Creates a copy of the import with a new `_id`.

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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Import:
        """Create a new import.

        `POST /v1/imports`

        Creates an import. `_connectionId` and `_integrationId` must name resources of the
        account (422 `invalid_ref`).


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
            description=description,
            distributed=distributed,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            lookups=lookups,
            mapping=mapping,
            netsuite=netsuite,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
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
        """Delete a specific import.

        `DELETE /v1/imports/{_id}`

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
    ) -> Import:
        """Get a specific import.

        `GET /v1/imports/{_id}`

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
    ) -> AsyncPaginator[Import]:
        """Get all imports.

        `GET /v1/imports`

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
        body: Import | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connection_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        adaptor_type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        distributed: bool | Unset = UNSET,
        file: ImportFile | Mapping[builtins.str, Any] | Unset = UNSET,
        ftp: ImportFtp | Mapping[builtins.str, Any] | Unset = UNSET,
        hooks: Hooks | Mapping[builtins.str, Any] | Unset = UNSET,
        http: ImportHttp | Mapping[builtins.str, Any] | Unset = UNSET,
        lookups: Sequence[ImportLookup | Mapping[builtins.str, Any]] | Unset = UNSET,
        mapping: RecordMapping | Mapping[builtins.str, Any] | Unset = UNSET,
        netsuite: ImportNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        rest: ImportRest | Mapping[builtins.str, Any] | Unset = UNSET,
        s3: ImportS3 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: ImportSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Import:
        """Update a specific import.

        `PUT /v1/imports/{_id}`

        Replaces the import (fields left out are erased; read-only fields are kept).

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
            description=description,
            distributed=distributed,
            file=file,
            ftp=ftp,
            hooks=hooks,
            http=http,
            lookups=lookups,
            mapping=mapping,
            netsuite=netsuite,
            rest=rest,
            s3=s3,
            salesforce=salesforce,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
