# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.templates`: Marketplace listings of unmanaged integration templates..

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
from .._response import RawResponse
from .._wire import comma_list, path_segment, query_params
from ..models import (
    Template,
)
from ..types import UNSET, Unset


def _parse_create_template(response: httpx.Response) -> Template:
    return Template._from_wire(response.json())


def _parse_delete_template(response: httpx.Response) -> None:
    return None


def _parse_get_template_by_id(response: httpx.Response) -> Template:
    return Template._from_wire(response.json())


def _parse_list_templates(response: httpx.Response) -> list[Template]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Template._from_wire(item) for item in items]


def _parse_update_template(response: httpx.Response) -> Template:
    return Template._from_wire(response.json())


class TemplatesWithRawResponse:
    """`templates` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Template]:
        """`POST /v1/templates`; see `Templates.create`."""
        return self._core.request(
            "POST",
            "/v1/templates",
            _parse_create_template,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_integrationId": integration_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "imageURL": image_url,
                    "websiteURL": website_url,
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
        """`DELETE /v1/templates/{_id}`; see `Templates.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/templates/" + path_segment(id),
            _parse_delete_template,
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
    ) -> RawResponse[Template]:
        """`GET /v1/templates/{_id}`; see `Templates.get`."""
        return self._core.request(
            "GET",
            "/v1/templates/" + path_segment(id),
            _parse_get_template_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Template]]:
        """`GET /v1/templates`; see `Templates.list`."""
        return self._core.request(
            "GET",
            "/v1/templates",
            _parse_list_templates,
            params=query_params(
                {
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
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Template]:
        """`PUT /v1/templates/{_id}`; see `Templates.update`."""
        return self._core.request(
            "PUT",
            "/v1/templates/" + path_segment(id),
            _parse_update_template,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_integrationId": integration_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "imageURL": image_url,
                    "websiteURL": website_url,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Templates:
    """`client.templates`: Marketplace listings of unmanaged integration templates."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = TemplatesWithRawResponse(core)

    def create(
        self,
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Template:
        """Create a new template.

        `POST /v1/templates`

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
            integration_id=integration_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            image_url=image_url,
            website_url=website_url,
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
        """Delete a specific template.

        `DELETE /v1/templates/{_id}`

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
    ) -> Template:
        """Get a specific template.

        `GET /v1/templates/{_id}`

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
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Template]:
        """Get all templates.

        `GET /v1/templates`

        Every template of the account in one flat list (templates do not page).

        Args:
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
            include=include, exclude=exclude, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Template:
        """Update a specific template.

        `PUT /v1/templates/{_id}`

        Replaces the template; `published` is read-only and keeps its value.

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
            integration_id=integration_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            image_url=image_url,
            website_url=website_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncTemplatesWithRawResponse:
    """`templates` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Template]:
        """`POST /v1/templates`; see `AsyncTemplates.create`."""
        return await self._core.request(
            "POST",
            "/v1/templates",
            _parse_create_template,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_integrationId": integration_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "imageURL": image_url,
                    "websiteURL": website_url,
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
        """`DELETE /v1/templates/{_id}`; see `AsyncTemplates.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/templates/" + path_segment(id),
            _parse_delete_template,
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
    ) -> RawResponse[Template]:
        """`GET /v1/templates/{_id}`; see `AsyncTemplates.get`."""
        return await self._core.request(
            "GET",
            "/v1/templates/" + path_segment(id),
            _parse_get_template_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Template]]:
        """`GET /v1/templates`; see `AsyncTemplates.list`."""
        return await self._core.request(
            "GET",
            "/v1/templates",
            _parse_list_templates,
            params=query_params(
                {
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
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Template]:
        """`PUT /v1/templates/{_id}`; see `AsyncTemplates.update`."""
        return await self._core.request(
            "PUT",
            "/v1/templates/" + path_segment(id),
            _parse_update_template,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_integrationId": integration_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "imageURL": image_url,
                    "websiteURL": website_url,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncTemplates:
    """`client.templates`: Marketplace listings of unmanaged integration templates."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncTemplatesWithRawResponse(core)

    async def create(
        self,
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Template:
        """Create a new template.

        `POST /v1/templates`

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
            integration_id=integration_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            image_url=image_url,
            website_url=website_url,
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
        """Delete a specific template.

        `DELETE /v1/templates/{_id}`

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
    ) -> Template:
        """Get a specific template.

        `GET /v1/templates/{_id}`

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

    async def list(
        self,
        *,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Template]:
        """Get all templates.

        `GET /v1/templates`

        Every template of the account in one flat list (templates do not page).

        Args:
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only. A string or a list of names.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`). A string or a list of names.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            include=include, exclude=exclude, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Template | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Template:
        """Update a specific template.

        `PUT /v1/templates/{_id}`

        Replaces the template; `published` is read-only and keeps its value.

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
            integration_id=integration_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            image_url=image_url,
            website_url=website_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
