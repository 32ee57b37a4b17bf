# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.widgets`.

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same value).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import httpx

from .._bodies import FileInput, choose, encode_body
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
from .._wire import comma_list, merge_headers, path_segment, query_params
from ..models import (
    Color,
    ListWidgetPartsResponse200Item,
    UploadWidgetPhotoBody,
    Widget,
)
from ..types import UNSET, Unset


def _parse_list_widget_parts(response: httpx.Response) -> list[ListWidgetPartsResponse200Item]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [ListWidgetPartsResponse200Item._from_wire(item) for item in items]


def _parse_create_widget(response: httpx.Response) -> Widget:
    return Widget._from_wire(response.json())


def _parse_get_widget(response: httpx.Response) -> Widget:
    return Widget._from_wire(response.json())


def _parse_list_widgets(response: httpx.Response) -> list[Widget]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Widget._from_wire(item) for item in items]


def _parse_get_widget_notes(response: httpx.Response) -> str:
    return response.text


def _parse_upload_widget_photo(response: httpx.Response) -> None:
    return None


class WidgetsPartsWithRawResponse:
    """`widgets.parts` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        widget_id: str,
        *,
        color: Color | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[ListWidgetPartsResponse200Item]]:
        """`GET /v1/widgets/{_id}/parts`; see `WidgetsParts.list`."""
        return self._core.request(
            "GET",
            "/v1/widgets/" + path_segment(widget_id) + "/parts",
            _parse_list_widget_parts,
            params=query_params(
                {
                    "color": color,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class WidgetsParts:
    """`client.widgets.parts`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = WidgetsPartsWithRawResponse(core)

    def list(
        self,
        widget_id: str,
        *,
        color: Color | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[ListWidgetPartsResponse200Item]:
        """List a widget's parts

        `GET /v1/widgets/{_id}/parts`

        Args:
            widget_id: The widget ID.
            color: Only parts of this color.

        Raises:
            NotFoundError: on HTTP 404.
        """
        raw = self.with_raw_response.list(
            widget_id, color=color, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class AsyncWidgetsPartsWithRawResponse:
    """`widgets.parts` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        widget_id: str,
        *,
        color: Color | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[ListWidgetPartsResponse200Item]]:
        """`GET /v1/widgets/{_id}/parts`; see `AsyncWidgetsParts.list`."""
        return await self._core.request(
            "GET",
            "/v1/widgets/" + path_segment(widget_id) + "/parts",
            _parse_list_widget_parts,
            params=query_params(
                {
                    "color": color,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncWidgetsParts:
    """`client.widgets.parts`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncWidgetsPartsWithRawResponse(core)

    async def list(
        self,
        widget_id: str,
        *,
        color: Color | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[ListWidgetPartsResponse200Item]:
        """List a widget's parts

        `GET /v1/widgets/{_id}/parts`

        Args:
            widget_id: The widget ID.
            color: Only parts of this color.

        Raises:
            NotFoundError: on HTTP 404.
        """
        raw = await self.with_raw_response.list(
            widget_id, color=color, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class WidgetsWithRawResponse:
    """`widgets` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.parts = WidgetsPartsWithRawResponse(core)

    def create(
        self,
        body: Widget | Mapping[builtins.str, Any] | None = None,
        *,
        content_type: Literal["application/json", "application/x-www-form-urlencoded"] = "application/json",
        name: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        color: Color | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Widget]:
        """`POST /v1/widgets`; see `Widgets.create`."""
        return self._core.request(
            "POST",
            "/v1/widgets",
            _parse_create_widget,
            body=encode_body(
                *choose(
                    content_type,
                    {"application/json": "json", "application/x-www-form-urlencoded": "form"},
                ),
                body,
                {
                    "name": name,
                    "_ownerId": owner_id,
                    "color": color,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        id: str,
        *,
        x_request_tag: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Widget]:
        """`GET /v1/widgets/{_id}`; see `Widgets.get`."""
        return self._core.request(
            "GET",
            "/v1/widgets/" + path_segment(id),
            _parse_get_widget,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=merge_headers(
                {
                    "X-Request-Tag": x_request_tag,
                },
                extra_headers,
            ),
        )

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[SyncPage[Widget]]:
        """`GET /v1/widgets`; see `Widgets.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/widgets",
            _parse_list_widgets,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": comma_list(include),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def notes(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[str]:
        """`GET /v1/widgets/{_id}/notes`; see `Widgets.notes`."""
        return self._core.request(
            "GET",
            "/v1/widgets/" + path_segment(id) + "/notes",
            _parse_get_widget_notes,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def upload_photo(
        self,
        id: str,
        body: UploadWidgetPhotoBody | Mapping[builtins.str, Any] | None = None,
        *,
        photo: FileInput | Unset = UNSET,
        caption: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`POST /v1/widgets/{_id}/photos`; see `Widgets.upload_photo`."""
        return self._core.request(
            "POST",
            "/v1/widgets/" + path_segment(id) + "/photos",
            _parse_upload_widget_photo,
            body=encode_body(
                "multipart",
                "multipart/form-data",
                body,
                {
                    "photo": photo,
                    "caption": caption,
                    "tags": tags,
                },
                required=True,
                file_fields=("photo",),
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Widgets:
    """`client.widgets`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = WidgetsWithRawResponse(core)
        self.parts = WidgetsParts(core)

    def create(
        self,
        body: Widget | Mapping[builtins.str, Any] | None = None,
        *,
        content_type: Literal["application/json", "application/x-www-form-urlencoded"] = "application/json",
        name: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        color: Color | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Widget:
        """Create a widget

        `POST /v1/widgets`

        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.
            content_type: the body's media type: `application/json` (default), `application/x-www-form-urlencoded`.

        Raises:
            UnprocessableEntityError: on HTTP 422.
        """
        raw = self.with_raw_response.create(
            body,
            content_type=content_type,
            name=name,
            owner_id=owner_id,
            color=color,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def get(
        self,
        id: str,
        *,
        x_request_tag: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Widget:
        """Get a widget

        `GET /v1/widgets/{_id}`

        Args:
            id: The widget ID.
            x_request_tag: Echoed back in the logs.

        Raises:
            NotFoundError: on HTTP 404.
        """
        raw = self.with_raw_response.get(
            id, x_request_tag=x_request_tag, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> SyncPage[Widget]:
        """List widgets

        `GET /v1/widgets`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Args:
            limit: Widgets per page.
            skip: Widgets to skip.
            include: Fields to return. A string or a list of names.

        Raises:
            AuthenticationError: on HTTP 401.
        """
        raw = self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def notes(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> str:
        """A widget's notes

        `GET /v1/widgets/{_id}/notes`

        Args:
            id: The widget ID.

        Raises:
            NotFoundError: on HTTP 404.
        """
        raw = self.with_raw_response.notes(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def upload_photo(
        self,
        id: str,
        body: UploadWidgetPhotoBody | Mapping[builtins.str, Any] | None = None,
        *,
        photo: FileInput | Unset = UNSET,
        caption: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Upload a photo of a widget

        `POST /v1/widgets/{_id}/photos`

        Args:
            id: the `_id` path parameter.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries. Files as httpx takes them:
                bytes, a binary file object or (filename, content, content type).
        """
        raw = self.with_raw_response.upload_photo(
            id,
            body,
            photo=photo,
            caption=caption,
            tags=tags,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncWidgetsWithRawResponse:
    """`widgets` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.parts = AsyncWidgetsPartsWithRawResponse(core)

    async def create(
        self,
        body: Widget | Mapping[builtins.str, Any] | None = None,
        *,
        content_type: Literal["application/json", "application/x-www-form-urlencoded"] = "application/json",
        name: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        color: Color | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Widget]:
        """`POST /v1/widgets`; see `AsyncWidgets.create`."""
        return await self._core.request(
            "POST",
            "/v1/widgets",
            _parse_create_widget,
            body=encode_body(
                *choose(
                    content_type,
                    {"application/json": "json", "application/x-www-form-urlencoded": "form"},
                ),
                body,
                {
                    "name": name,
                    "_ownerId": owner_id,
                    "color": color,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        id: str,
        *,
        x_request_tag: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Widget]:
        """`GET /v1/widgets/{_id}`; see `AsyncWidgets.get`."""
        return await self._core.request(
            "GET",
            "/v1/widgets/" + path_segment(id),
            _parse_get_widget,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=merge_headers(
                {
                    "X-Request-Tag": x_request_tag,
                },
                extra_headers,
            ),
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[AsyncPage[Widget]]:
        """`GET /v1/widgets`; see `AsyncWidgets.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/widgets",
            _parse_list_widgets,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": comma_list(include),
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def notes(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[str]:
        """`GET /v1/widgets/{_id}/notes`; see `AsyncWidgets.notes`."""
        return await self._core.request(
            "GET",
            "/v1/widgets/" + path_segment(id) + "/notes",
            _parse_get_widget_notes,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def upload_photo(
        self,
        id: str,
        body: UploadWidgetPhotoBody | Mapping[builtins.str, Any] | None = None,
        *,
        photo: FileInput | Unset = UNSET,
        caption: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`POST /v1/widgets/{_id}/photos`; see `AsyncWidgets.upload_photo`."""
        return await self._core.request(
            "POST",
            "/v1/widgets/" + path_segment(id) + "/photos",
            _parse_upload_widget_photo,
            body=encode_body(
                "multipart",
                "multipart/form-data",
                body,
                {
                    "photo": photo,
                    "caption": caption,
                    "tags": tags,
                },
                required=True,
                file_fields=("photo",),
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncWidgets:
    """`client.widgets`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncWidgetsWithRawResponse(core)
        self.parts = AsyncWidgetsParts(core)

    async def create(
        self,
        body: Widget | Mapping[builtins.str, Any] | None = None,
        *,
        content_type: Literal["application/json", "application/x-www-form-urlencoded"] = "application/json",
        name: str | Unset = UNSET,
        owner_id: str | Unset = UNSET,
        color: Color | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Widget:
        """Create a widget

        `POST /v1/widgets`

        Args:
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.
            content_type: the body's media type: `application/json` (default), `application/x-www-form-urlencoded`.

        Raises:
            UnprocessableEntityError: on HTTP 422.
        """
        raw = await self.with_raw_response.create(
            body,
            content_type=content_type,
            name=name,
            owner_id=owner_id,
            color=color,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def get(
        self,
        id: str,
        *,
        x_request_tag: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Widget:
        """Get a widget

        `GET /v1/widgets/{_id}`

        Args:
            id: The widget ID.
            x_request_tag: Echoed back in the logs.

        Raises:
            NotFoundError: on HTTP 404.
        """
        raw = await self.with_raw_response.get(
            id, x_request_tag=x_request_tag, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> AsyncPaginator[Widget]:
        """List widgets

        `GET /v1/widgets`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Args:
            limit: Widgets per page.
            skip: Widgets to skip.
            include: Fields to return. A string or a list of names.

        Raises:
            AuthenticationError: on HTTP 401.
        """
        return AsyncPaginator(
            lambda: self.with_raw_response.list(
                limit=limit,
                skip=skip,
                include=include,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
        )

    async def notes(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> str:
        """A widget's notes

        `GET /v1/widgets/{_id}/notes`

        Args:
            id: The widget ID.

        Raises:
            NotFoundError: on HTTP 404.
        """
        raw = await self.with_raw_response.notes(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def upload_photo(
        self,
        id: str,
        body: UploadWidgetPhotoBody | Mapping[builtins.str, Any] | None = None,
        *,
        photo: FileInput | Unset = UNSET,
        caption: str | Unset = UNSET,
        tags: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Upload a photo of a widget

        `POST /v1/widgets/{_id}/photos`

        Args:
            id: the `_id` path parameter.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries. Files as httpx takes them:
                bytes, a binary file object or (filename, content, content type).
        """
        raw = await self.with_raw_response.upload_photo(
            id,
            body,
            photo=photo,
            caption=caption,
            tags=tags,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
