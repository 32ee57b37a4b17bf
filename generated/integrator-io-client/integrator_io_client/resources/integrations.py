# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""`client.integrations`: Integrations group flows; SmartConnector installs are integrations with install steps..

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
    FunctionPayload,
    InstallStep,
    Integration,
    IntegrationCloneRequest,
    IntegrationInstallRequest,
    IntegrationMode,
    IntegrationSettings,
)
from ..types import UNSET, Unset


def _parse_clone_integration(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_create_integration(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_delete_integration(response: httpx.Response) -> None:
    return None


def _parse_get_integration_by_id(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_install_connector_integration(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_invoke_integration_installer(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_invoke_integration_settings(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_invoke_integration_uninstaller(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_list_integrations(response: httpx.Response) -> list[Integration]:
    if response.status_code == 204:
        return []
    items = response.json()
    if not isinstance(items, list):
        raise TypeError(f"expected a JSON array, got {type(items).__name__}")
    return [Integration._from_wire(item) for item in items]


def _parse_uninstall_integration(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


def _parse_update_integration(response: httpx.Response) -> Integration:
    return Integration._from_wire(response.json())


class IntegrationsWithRawResponse:
    """`integrations` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/clone`; see `Integrations.clone`."""
        return self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(id) + "/clone",
            _parse_clone_integration,
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
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations`; see `Integrations.create`."""
        return self._core.request(
            "POST",
            "/v1/integrations",
            _parse_create_integration,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
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
        """`DELETE /v1/integrations/{_id}`; see `Integrations.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id),
            _parse_delete_integration,
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
    ) -> RawResponse[Integration]:
        """`GET /v1/integrations/{_id}`; see `Integrations.get`."""
        return self._core.request(
            "GET",
            "/v1/integrations/" + path_segment(id),
            _parse_get_integration_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def install(
        self,
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/install`; see `Integrations.install`."""
        return self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(connector_id) + "/install",
            _parse_install_connector_integration,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "install": install,
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/installer/{function}`; see `Integrations.invoke_installer`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/installer/" + path_segment(function),
            _parse_invoke_integration_installer,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/settings/{function}`; see `Integrations.invoke_settings`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/settings/" + path_segment(function),
            _parse_invoke_integration_settings,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/uninstaller/{function}`; see `Integrations.invoke_uninstaller`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/uninstaller/" + path_segment(function),
            _parse_invoke_integration_uninstaller,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
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
    ) -> RawResponse[SyncPage[Integration]]:
        """`GET /v1/integrations`; see `Integrations.list`."""
        return first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/integrations",
            _parse_list_integrations,
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

    def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`DELETE /v1/integrations/{_id}/install`; see `Integrations.uninstall`."""
        return self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id) + "/install",
            _parse_uninstall_integration,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}`; see `Integrations.update`."""
        return self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id),
            _parse_update_integration,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Integrations:
    """`client.integrations`: Integrations group flows; SmartConnector installs are integrations with install steps."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = IntegrationsWithRawResponse(core)

    def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Clone a specific integration.

        `POST /v1/integrations/{_id}/clone`

        Creates a copy of an integration with a new `_id`. The copy is not tied to the
        source's install state: `updateInProgress` is false.


        Args:
            id: The integration ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def create(
        self,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Create a new integration.

        `POST /v1/integrations`

        Creates a new integration.

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
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
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
        """Delete a specific integration.

        `DELETE /v1/integrations/{_id}`

        Deletes an integration.

        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
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
    ) -> Integration:
        """Get a specific integration.

        `GET /v1/integrations/{_id}`

        Returns a single integration by ID.

        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def install(
        self,
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Install connector.

        `POST /v1/integrations/{_id}/install`

        Installs a connector into the account: creates an integration with
        `_connectorId` set, `mode` `install` and the connector's install steps, each with
        `completed: false`. Complete the steps with the installer function calls.
        Here `_id` is the **connector's** ID (the older docs write it `{_connectorId}`).


        Args:
            connector_id: The ID of the connector to install.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install(
            connector_id,
            body,
            install=install,
            name=name,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke 'function' (belonging to installer module).

        `PUT /v1/integrations/{_id}/installer/{function}`

        Invokes `function` of the connector's installer module. The install step whose
        `installerFunction` is `function` becomes `completed`; when every step is
        completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
        in `install` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.invoke_installer(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke 'function' (belonging to settings module).

        `PUT /v1/integrations/{_id}/settings/{function}`

        Invokes `function` of the connector's settings module with the changed settings;
        the body's fields are merged into `settings`. 422 `invalid_mode` unless the
        integration is in `settings` mode, 422 `update_in_progress` while
        `updateInProgress` is true.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.invoke_settings(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke 'function' (belonging to uninstaller module).

        `PUT /v1/integrations/{_id}/uninstaller/{function}`

        Invokes `function` of the connector's uninstaller module. The step whose
        `uninstallerFunction` is `function` is no longer `completed`; when no step is left
        completed the integration is removed. 422 `invalid_mode` unless the integration is
        in `uninstall` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.invoke_uninstaller(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> SyncPage[Integration]:
        """Get all integrations.

        `GET /v1/integrations`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns all integrations in the account.

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

    def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Uninstall connector.

        `DELETE /v1/integrations/{_id}/install`

        Starts uninstalling a connector's integration: `mode` becomes `uninstall`. Call
        the uninstaller functions of the completed steps; when none is left completed the
        integration is removed. 422 `invalid_integration_app` if the integration does not
        belong to a connector.


        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.uninstall(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Update a specific integration.

        `PUT /v1/integrations/{_id}`

        Replaces an integration (full replace: fields left out of the body are removed,
        read-only fields are kept). While `updateInProgress` is true, `settings` cannot be
        changed (422 `update_in_progress`).


        Args:
            id: The integration ID.
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
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncIntegrationsWithRawResponse:
    """`integrations` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/clone`; see `AsyncIntegrations.clone`."""
        return await self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(id) + "/clone",
            _parse_clone_integration,
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
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations`; see `AsyncIntegrations.create`."""
        return await self._core.request(
            "POST",
            "/v1/integrations",
            _parse_create_integration,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
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
        """`DELETE /v1/integrations/{_id}`; see `AsyncIntegrations.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id),
            _parse_delete_integration,
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
    ) -> RawResponse[Integration]:
        """`GET /v1/integrations/{_id}`; see `AsyncIntegrations.get`."""
        return await self._core.request(
            "GET",
            "/v1/integrations/" + path_segment(id),
            _parse_get_integration_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def install(
        self,
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`POST /v1/integrations/{_id}/install`; see `AsyncIntegrations.install`."""
        return await self._core.request(
            "POST",
            "/v1/integrations/" + path_segment(connector_id) + "/install",
            _parse_install_connector_integration,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "install": install,
                    "name": name,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/installer/{function}`; see `AsyncIntegrations.invoke_installer`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/installer/" + path_segment(function),
            _parse_invoke_integration_installer,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/settings/{function}`; see `AsyncIntegrations.invoke_settings`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/settings/" + path_segment(function),
            _parse_invoke_integration_settings,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}/uninstaller/{function}`; see `AsyncIntegrations.invoke_uninstaller`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id) + "/uninstaller/" + path_segment(function),
            _parse_invoke_integration_uninstaller,
            body=encode_body(
                "json",
                "application/json",
                body,
                {},
                required=False,
            ),
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
    ) -> RawResponse[AsyncPage[Integration]]:
        """`GET /v1/integrations`; see `AsyncIntegrations.list`."""
        return await async_first_page(
            self._core,
            LINK_PAGING,
            "GET",
            "/v1/integrations",
            _parse_list_integrations,
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

    async def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`DELETE /v1/integrations/{_id}/install`; see `AsyncIntegrations.uninstall`."""
        return await self._core.request(
            "DELETE",
            "/v1/integrations/" + path_segment(id) + "/install",
            _parse_uninstall_integration,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Integration]:
        """`PUT /v1/integrations/{_id}`; see `AsyncIntegrations.update`."""
        return await self._core.request(
            "PUT",
            "/v1/integrations/" + path_segment(id),
            _parse_update_integration,
            body=encode_body(
                "json",
                "application/json",
                body,
                {
                    "name": name,
                    "_connectorId": connector_id,
                    "description": description,
                    "install": install,
                    "mode": mode,
                    "readme": readme,
                    "settings": settings,
                    "tag": tag,
                    "updateInProgress": update_in_progress,
                    "version": version,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncIntegrations:
    """`client.integrations`: Integrations group flows; SmartConnector installs are integrations with install steps."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncIntegrationsWithRawResponse(core)

    async def clone(
        self,
        id: str,
        body: IntegrationCloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Clone a specific integration.

        `POST /v1/integrations/{_id}/clone`

        Creates a copy of an integration with a new `_id`. The copy is not tied to the
        source's install state: `updateInProgress` is false.


        Args:
            id: The integration ID.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.clone(
            id, body, name=name, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def create(
        self,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Create a new integration.

        `POST /v1/integrations`

        Creates a new integration.

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
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
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
        """Delete a specific integration.

        `DELETE /v1/integrations/{_id}`

        Deletes an integration.

        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
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
    ) -> Integration:
        """Get a specific integration.

        `GET /v1/integrations/{_id}`

        Returns a single integration by ID.

        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def install(
        self,
        connector_id: str,
        body: IntegrationInstallRequest | Mapping[builtins.str, Any] | None = None,
        *,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Install connector.

        `POST /v1/integrations/{_id}/install`

        Installs a connector into the account: creates an integration with
        `_connectorId` set, `mode` `install` and the connector's install steps, each with
        `completed: false`. Complete the steps with the installer function calls.
        Here `_id` is the **connector's** ID (the older docs write it `{_connectorId}`).


        Args:
            connector_id: The ID of the connector to install.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.install(
            connector_id,
            body,
            install=install,
            name=name,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def invoke_installer(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke 'function' (belonging to installer module).

        `PUT /v1/integrations/{_id}/installer/{function}`

        Invokes `function` of the connector's installer module. The install step whose
        `installerFunction` is `function` becomes `completed`; when every step is
        completed, `mode` becomes `settings`. 422 `invalid_mode` unless the integration is
        in `install` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.invoke_installer(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def invoke_settings(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke 'function' (belonging to settings module).

        `PUT /v1/integrations/{_id}/settings/{function}`

        Invokes `function` of the connector's settings module with the changed settings;
        the body's fields are merged into `settings`. 422 `invalid_mode` unless the
        integration is in `settings` mode, 422 `update_in_progress` while
        `updateInProgress` is true.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.invoke_settings(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def invoke_uninstaller(
        self,
        id: str,
        function: str,
        body: FunctionPayload | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Invoke 'function' (belonging to uninstaller module).

        `PUT /v1/integrations/{_id}/uninstaller/{function}`

        Invokes `function` of the connector's uninstaller module. The step whose
        `uninstallerFunction` is `function` is no longer `completed`; when no step is left
        completed the integration is removed. 422 `invalid_mode` unless the integration is
        in `uninstall` mode, 422 `invalid_function` if no step names the function.


        Args:
            id: The integration ID.
            function: Name of the function in the connector's module.
            body: the request body, a model or a mapping with wire names; keyword
                fields given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.invoke_uninstaller(
            id, function, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
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
    ) -> AsyncPaginator[Integration]:
        """Get all integrations.

        `GET /v1/integrations`

        Returns a page: its `items` are one answer's records; iterating it yields every
        record of every page, asking for the next page only when iteration reaches it
        (`has_next_page()`, `next_page()`, `iter_pages()` for page by page).

        Returns all integrations in the account.

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

    async def uninstall(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Uninstall connector.

        `DELETE /v1/integrations/{_id}/install`

        Starts uninstalling a connector's integration: `mode` becomes `uninstall`. Call
        the uninstaller functions of the completed steps; when none is left completed the
        integration is removed. 422 `invalid_integration_app` if the integration does not
        belong to a connector.


        Args:
            id: The integration ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.uninstall(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Integration | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        install: Sequence[InstallStep | Mapping[builtins.str, Any]] | Unset = UNSET,
        mode: IntegrationMode | Unset = UNSET,
        readme: str | Unset = UNSET,
        settings: IntegrationSettings | Mapping[builtins.str, Any] | Unset = UNSET,
        tag: str | Unset = UNSET,
        update_in_progress: bool | Unset = UNSET,
        version: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Integration:
        """Update a specific integration.

        `PUT /v1/integrations/{_id}`

        Replaces an integration (full replace: fields left out of the body are removed,
        read-only fields are kept). While `updateInProgress` is true, `settings` cannot be
        changed (422 `update_in_progress`).


        Args:
            id: The integration ID.
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
            connector_id=connector_id,
            description=description,
            install=install,
            mode=mode,
            readme=readme,
            settings=settings,
            tag=tag,
            update_in_progress=update_in_progress,
            version=version,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()
