# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Resource classes of the high-level client, one per `x-sdk-method` prefix.

For each resource there are four classes: sync and async, each plain (returns parsed models)
and `...WithRawResponse` (returns a `RawResponse`, whose `parse()` gives the same model).
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ._core import AsyncCore, SyncCore
from ._response import RawResponse
from ._wire import compose_body, path_segment, query_params
from .models import (
    CloneRequest,
    Connection,
    ConnectionAs2,
    ConnectionPingResult,
    ConnectionWrapper,
    Connector,
    ConnectorIClientIdMapItem,
    ConnectorOAuthServerFlow,
    ConnectorRepository,
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
    Flow,
    FtpSettings,
    FunctionPayload,
    GetConnectorInstallBaseResponse200Item,
    Hooks,
    HttpSettings,
    IClient,
    IClientAmazonmws,
    IClientEbay,
    IClientNetsuite,
    IClientOauth2,
    IClientSalesforce,
    Import,
    ImportFile,
    ImportFtp,
    ImportHttp,
    ImportLookupsItem,
    ImportNetsuite,
    ImportRest,
    ImportS3,
    ImportSalesforce,
    InstallConnectorBody,
    InstallConnectorResponse200,
    InstallStep,
    Integration,
    IntegrationCloneRequest,
    IntegrationInstallRequest,
    IntegrationMode,
    IntegrationSettings,
    Job,
    JobError,
    JobStatus,
    JobType,
    License,
    LicenseCreateRequest,
    LicenseCreateRequestOpts,
    LicenseOpts,
    LicenseUser,
    MongoDbSettings,
    NetSuiteSettings,
    PagedExportState,
    PageGenerator,
    PageProcessor,
    PreviewConnectorInstallResponse200,
    PushConnectorUpdateBody,
    RdbmsSettings,
    RecordMapping,
    RestSettings,
    S3Settings,
    SalesforceSettings,
    SampleRecord,
    SignedUrl,
    StateDeleteResult,
    StateKeys,
    StateResourceType,
    StateWriteResult,
    Template,
    TokenInfo,
    VirtualExportModel,
    VirtualExportPage,
    VirtualExportPageRequest,
    VirtualExportRequest,
    VirtualExportResult,
    VirtualImportMapResponse200Item,
    VirtualImportModel,
    VirtualImportRequest,
    VirtualImportRequestDataItem,
    VirtualImportResult,
)
from .types import UNSET, Unset


def _parse_create_connection(response: httpx.Response) -> Connection:
    response_201 = Connection.from_dict(response.json())

    return response_201


def _parse_get_connection_debug_logs(response: httpx.Response) -> str:
    return response.text


def _parse_delete_connection(response: httpx.Response) -> None:
    return None


def _parse_get_connection_by_id(response: httpx.Response) -> Connection:
    response_200 = Connection.from_dict(response.json())

    return response_200


def _parse_list_connections(response: httpx.Response) -> list[Connection]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Connection.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_ping_connection(response: httpx.Response) -> ConnectionPingResult:
    response_200 = ConnectionPingResult.from_dict(response.json())

    return response_200


def _parse_ping_unsaved_connection(response: httpx.Response) -> ConnectionPingResult:
    response_200 = ConnectionPingResult.from_dict(response.json())

    return response_200


def _parse_update_connection(response: httpx.Response) -> Connection:
    response_200 = Connection.from_dict(response.json())

    return response_200


def _parse_virtual_export(response: httpx.Response) -> VirtualExportResult:
    response_200 = VirtualExportResult.from_dict(response.json())

    return response_200


def _parse_virtual_export_page(response: httpx.Response) -> VirtualExportPage:
    response_200 = VirtualExportPage.from_dict(response.json())

    return response_200


def _parse_virtual_import(response: httpx.Response) -> list[VirtualImportResult]:
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = VirtualImportResult.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_virtual_import_map(response: httpx.Response) -> list[VirtualImportMapResponse200Item]:
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = VirtualImportMapResponse200Item.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_create_connector(response: httpx.Response) -> Connector:
    response_201 = Connector.from_dict(response.json())

    return response_201


def _parse_delete_connector(response: httpx.Response) -> None:
    return None


def _parse_get_connector_by_id(response: httpx.Response) -> Connector:
    response_200 = Connector.from_dict(response.json())

    return response_200


def _parse_install_connector(response: httpx.Response) -> InstallConnectorResponse200:
    response_200 = InstallConnectorResponse200.from_dict(response.json())

    return response_200


def _parse_get_connector_install_base(response: httpx.Response) -> list[GetConnectorInstallBaseResponse200Item]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = GetConnectorInstallBaseResponse200Item.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_create_connector_license(response: httpx.Response) -> License:
    response_201 = License.from_dict(response.json())

    return response_201


def _parse_delete_connector_license(response: httpx.Response) -> None:
    return None


def _parse_get_connector_license_by_id(response: httpx.Response) -> License:
    response_200 = License.from_dict(response.json())

    return response_200


def _parse_list_connector_licenses(response: httpx.Response) -> list[License]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = License.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_update_connector_license(response: httpx.Response) -> License:
    response_200 = License.from_dict(response.json())

    return response_200


def _parse_list_connectors(response: httpx.Response) -> list[Connector]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Connector.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_preview_connector_install(response: httpx.Response) -> PreviewConnectorInstallResponse200:
    response_200 = PreviewConnectorInstallResponse200.from_dict(response.json())

    return response_200


def _parse_push_connector_update(response: httpx.Response) -> None:
    return None


def _parse_update_connector(response: httpx.Response) -> Connector:
    response_200 = Connector.from_dict(response.json())

    return response_200


def _parse_clone_export(response: httpx.Response) -> Export:
    response_201 = Export.from_dict(response.json())

    return response_201


def _parse_create_export(response: httpx.Response) -> Export:
    response_201 = Export.from_dict(response.json())

    return response_201


def _parse_delete_export(response: httpx.Response) -> None:
    return None


def _parse_get_export_by_id(response: httpx.Response) -> Export:
    response_200 = Export.from_dict(response.json())

    return response_200


def _parse_get_export_distributed(response: httpx.Response) -> DistributedConfiguration:
    response_200 = DistributedConfiguration.from_dict(response.json())

    return response_200


def _parse_list_exports(response: httpx.Response) -> list[Export]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Export.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_update_export(response: httpx.Response) -> Export:
    response_200 = Export.from_dict(response.json())

    return response_200


def _parse_update_export_distributed(response: httpx.Response) -> DistributedConfiguration:
    response_200 = DistributedConfiguration.from_dict(response.json())

    return response_200


def _parse_clone_flow(response: httpx.Response) -> Flow:
    response_201 = Flow.from_dict(response.json())

    return response_201


def _parse_create_flow(response: httpx.Response) -> Flow:
    response_201 = Flow.from_dict(response.json())

    return response_201


def _parse_delete_flow(response: httpx.Response) -> None:
    return None


def _parse_get_flow_by_id(response: httpx.Response) -> Flow:
    response_200 = Flow.from_dict(response.json())

    return response_200


def _parse_list_flows(response: httpx.Response) -> list[Flow]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Flow.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_run_flow(response: httpx.Response) -> Job:
    response_201 = Job.from_dict(response.json())

    return response_201


def _parse_update_flow(response: httpx.Response) -> Flow:
    response_200 = Flow.from_dict(response.json())

    return response_200


def _parse_create_i_client(response: httpx.Response) -> IClient:
    response_201 = IClient.from_dict(response.json())

    return response_201


def _parse_delete_i_client(response: httpx.Response) -> None:
    return None


def _parse_get_i_client_by_id(response: httpx.Response) -> IClient:
    response_200 = IClient.from_dict(response.json())

    return response_200


def _parse_list_i_clients(response: httpx.Response) -> list[IClient]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = IClient.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_update_i_client(response: httpx.Response) -> IClient:
    response_200 = IClient.from_dict(response.json())

    return response_200


def _parse_clone_import(response: httpx.Response) -> Import:
    response_201 = Import.from_dict(response.json())

    return response_201


def _parse_create_import(response: httpx.Response) -> Import:
    response_201 = Import.from_dict(response.json())

    return response_201


def _parse_delete_import(response: httpx.Response) -> None:
    return None


def _parse_get_import_by_id(response: httpx.Response) -> Import:
    response_200 = Import.from_dict(response.json())

    return response_200


def _parse_list_imports(response: httpx.Response) -> list[Import]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Import.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_update_import(response: httpx.Response) -> Import:
    response_200 = Import.from_dict(response.json())

    return response_200


def _parse_clone_integration(response: httpx.Response) -> Integration:
    response_201 = Integration.from_dict(response.json())

    return response_201


def _parse_create_integration(response: httpx.Response) -> Integration:
    response_201 = Integration.from_dict(response.json())

    return response_201


def _parse_delete_integration(response: httpx.Response) -> None:
    return None


def _parse_get_integration_by_id(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_install_connector_integration(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_invoke_integration_installer(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_invoke_integration_settings(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_invoke_integration_uninstaller(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_list_integrations(response: httpx.Response) -> list[Integration]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Integration.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_uninstall_integration(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_update_integration(response: httpx.Response) -> Integration:
    response_200 = Integration.from_dict(response.json())

    return response_200


def _parse_get_job_error_file_url(response: httpx.Response) -> SignedUrl:
    response_200 = SignedUrl.from_dict(response.json())

    return response_200


def _parse_list_job_errors(response: httpx.Response) -> list[JobError]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = JobError.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_get_job_by_id(response: httpx.Response) -> Job:
    response_200 = Job.from_dict(response.json())

    return response_200


def _parse_list_jobs(response: httpx.Response) -> list[Job]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Job.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_delete_resource_state_value(response: httpx.Response) -> StateDeleteResult:
    response_200 = StateDeleteResult(response.text)

    return response_200


def _parse_delete_all_resource_state(response: httpx.Response) -> StateDeleteResult:
    response_200 = StateDeleteResult(response.text)

    return response_200


def _parse_get_resource_state_value(response: httpx.Response) -> Any:
    return response.json()


def _parse_list_resource_state_keys(response: httpx.Response) -> StateKeys | None:
    if response.status_code == 204:
        return None
    response_200 = StateKeys.from_dict(response.json())

    return response_200


def _parse_put_resource_state_value(response: httpx.Response) -> StateWriteResult:
    response_200 = StateWriteResult(response.text)

    return response_200


def _parse_delete_state_value(response: httpx.Response) -> None:
    return None


def _parse_delete_all_state(response: httpx.Response) -> None:
    return None


def _parse_get_state_value(response: httpx.Response) -> Any:
    return response.json()


def _parse_list_state_keys(response: httpx.Response) -> StateKeys | None:
    if response.status_code == 204:
        return None
    response_200 = StateKeys.from_dict(response.json())

    return response_200


def _parse_put_state_value(response: httpx.Response) -> StateWriteResult:
    response_200 = StateWriteResult(response.text)

    return response_200


def _parse_create_template(response: httpx.Response) -> Template:
    response_201 = Template.from_dict(response.json())

    return response_201


def _parse_delete_template(response: httpx.Response) -> None:
    return None


def _parse_get_template_by_id(response: httpx.Response) -> Template:
    response_200 = Template.from_dict(response.json())

    return response_200


def _parse_list_templates(response: httpx.Response) -> list[Template]:
    if response.status_code == 204:
        return []
    response_200: list[Any] = response.json()
    for index, response_200_item_data in enumerate(response_200):
        response_200_item = Template.from_dict(response_200_item_data)

        response_200[index] = response_200_item

    return response_200


def _parse_update_template(response: httpx.Response) -> Template:
    response_200 = Template.from_dict(response.json())

    return response_200


def _parse_get_token_info(response: httpx.Response) -> TokenInfo:
    response_200 = TokenInfo.from_dict(response.json())

    return response_200


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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Connection]]:
        """`GET /v1/connections`; see `Connections.list`."""
        return self._core.request(
            "GET",
            "/v1/connections",
            _parse_list_connections,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[VirtualImportMapResponse200Item]]:
        """`POST /v1/connections/{_id}/import/map`; see `Connections.virtual_import_map`."""
        return self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/import/map",
            _parse_virtual_import_map,
            json=compose_body(
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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Connection]:
        """Get all connections.

        `GET /v1/connections`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[VirtualImportMapResponse200Item]:
        """Evaluate only the mapping step in a virtual import and return the set of post-mapped records.

        `POST /v1/connections/{_id}/import/map`

        Applies only the `import.mapping` to the records in `data`; returns the mapped records, in order.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Connection]]:
        """`GET /v1/connections`; see `AsyncConnections.list`."""
        return await self._core.request(
            "GET",
            "/v1/connections",
            _parse_list_connections,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[VirtualImportMapResponse200Item]]:
        """`POST /v1/connections/{_id}/import/map`; see `AsyncConnections.virtual_import_map`."""
        return await self._core.request(
            "POST",
            "/v1/connections/" + path_segment(id) + "/import/map",
            _parse_virtual_import_map,
            json=compose_body(
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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Connection]:
        """Get all connections.

        `GET /v1/connections`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        as2: ConnectionAs2 | Mapping[builtins.str, Any] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        data: Sequence[VirtualImportRequestDataItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        import_: VirtualImportModel | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[VirtualImportMapResponse200Item]:
        """Evaluate only the mapping step in a virtual import and return the set of post-mapped records.

        `POST /v1/connections/{_id}/import/map`

        Applies only the `import.mapping` to the records in `data`; returns the mapped records, in order.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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


class ConnectorsLicensesWithRawResponse:
    """`connectors.licenses` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`POST /v1/connectors/{_id}/licenses`; see `ConnectorsLicenses.create`."""
        return self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_create_connector_license,
            json=compose_body(
                body,
                {
                    "email": email,
                    "expires": expires,
                    "opts": opts,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/connectors/{_id}/licenses/{_licenseId}`; see `ConnectorsLicenses.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_delete_connector_license,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`GET /v1/connectors/{_id}/licenses/{_licenseId}`; see `ConnectorsLicenses.get`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_get_connector_license_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[License]]:
        """`GET /v1/connectors/{_id}/licenses`; see `ConnectorsLicenses.list`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_list_connector_licenses,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`PUT /v1/connectors/{_id}/licenses/{_licenseId}`; see `ConnectorsLicenses.update`."""
        return self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_update_connector_license,
            json=compose_body(
                body,
                {
                    "_integrationId": integration_id,
                    "created": created,
                    "expires": expires,
                    "opts": opts,
                    "user": user,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ConnectorsLicenses:
    """`client.connectors.licenses`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ConnectorsLicensesWithRawResponse(core)

    def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Create a license for a connector

        `POST /v1/connectors/{_id}/licenses`

        Creates a new license for a connector. Supply the target user's email
        address in the request body — the backend resolves it to a user
        account. If the email is not a registered integrator.io user, an
        `invalid_user` error is returned.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            connector_id,
            body,
            email=email,
            expires=expires,
            opts=opts,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a license

        `DELETE /v1/connectors/{_id}/licenses/{_licenseId}`

        Deletes a license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Get a license

        `GET /v1/connectors/{_id}/licenses/{_licenseId}`

        Returns a specific license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[License]:
        """List licenses for a connector

        `GET /v1/connectors/{_id}/licenses`

        Returns all licenses issued for this connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list(
            connector_id,
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
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Update a license

        `PUT /v1/connectors/{_id}/licenses/{_licenseId}`

        Updates an existing license for a connector (e.g. change expiry or
        edition).

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.update(
            connector_id,
            license_id,
            body,
            integration_id=integration_id,
            created=created,
            expires=expires,
            opts=opts,
            user=user,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncConnectorsLicensesWithRawResponse:
    """`connectors.licenses` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`POST /v1/connectors/{_id}/licenses`; see `AsyncConnectorsLicenses.create`."""
        return await self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_create_connector_license,
            json=compose_body(
                body,
                {
                    "email": email,
                    "expires": expires,
                    "opts": opts,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/connectors/{_id}/licenses/{_licenseId}`; see `AsyncConnectorsLicenses.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_delete_connector_license,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`GET /v1/connectors/{_id}/licenses/{_licenseId}`; see `AsyncConnectorsLicenses.get`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_get_connector_license_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[License]]:
        """`GET /v1/connectors/{_id}/licenses`; see `AsyncConnectorsLicenses.list`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses",
            _parse_list_connector_licenses,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[License]:
        """`PUT /v1/connectors/{_id}/licenses/{_licenseId}`; see `AsyncConnectorsLicenses.update`."""
        return await self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(connector_id) + "/licenses/" + path_segment(license_id),
            _parse_update_connector_license,
            json=compose_body(
                body,
                {
                    "_integrationId": integration_id,
                    "created": created,
                    "expires": expires,
                    "opts": opts,
                    "user": user,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncConnectorsLicenses:
    """`client.connectors.licenses`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncConnectorsLicensesWithRawResponse(core)

    async def create(
        self,
        connector_id: str,
        body: LicenseCreateRequest | Mapping[builtins.str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseCreateRequestOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Create a license for a connector

        `POST /v1/connectors/{_id}/licenses`

        Creates a new license for a connector. Supply the target user's email
        address in the request body — the backend resolves it to a user
        account. If the email is not a registered integrator.io user, an
        `invalid_user` error is returned.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            connector_id,
            body,
            email=email,
            expires=expires,
            opts=opts,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def delete(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete a license

        `DELETE /v1/connectors/{_id}/licenses/{_licenseId}`

        Deletes a license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        connector_id: str,
        license_id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Get a license

        `GET /v1/connectors/{_id}/licenses/{_licenseId}`

        Returns a specific license for a connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            connector_id, license_id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list(
        self,
        connector_id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[License]:
        """List licenses for a connector

        `GET /v1/connectors/{_id}/licenses`

        Returns all licenses issued for this connector.

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            connector_id,
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def update(
        self,
        connector_id: str,
        license_id: str,
        body: License | Mapping[builtins.str, Any] | None = None,
        *,
        integration_id: str | Unset = UNSET,
        created: datetime.datetime | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        opts: LicenseOpts | Mapping[builtins.str, Any] | Unset = UNSET,
        user: LicenseUser | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> License:
        """Update a license

        `PUT /v1/connectors/{_id}/licenses/{_licenseId}`

        Updates an existing license for a connector (e.g. change expiry or
        edition).

        **Partner-only endpoint.**

        Args:
            connector_id: The connector ID.
            license_id: The license ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.update(
            connector_id,
            license_id,
            body,
            integration_id=integration_id,
            created=created,
            expires=expires,
            opts=opts,
            user=user,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class ConnectorsWithRawResponse:
    """`connectors` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.licenses = ConnectorsLicensesWithRawResponse(core)

    def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`POST /v1/connectors`; see `Connectors.create`."""
        return self._core.request(
            "POST",
            "/v1/connectors",
            _parse_create_connector,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
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
        """`DELETE /v1/connectors/{_id}`; see `Connectors.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(id),
            _parse_delete_connector,
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
    ) -> RawResponse[Connector]:
        """`GET /v1/connectors/{_id}`; see `Connectors.get`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id),
            _parse_get_connector_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def install(
        self,
        id: str,
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[InstallConnectorResponse200]:
        """`POST /v1/connectors/{_id}/install`; see `Connectors.install`."""
        return self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(id) + "/install",
            _parse_install_connector,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[GetConnectorInstallBaseResponse200Item]]:
        """`GET /v1/connectors/{_id}/installBase`; see `Connectors.install_base`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/installBase",
            _parse_get_connector_install_base,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                }
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Connector]]:
        """`GET /v1/connectors`; see `Connectors.list`."""
        return self._core.request(
            "GET",
            "/v1/connectors",
            _parse_list_connectors,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[PreviewConnectorInstallResponse200]:
        """`GET /v1/connectors/{_id}/preview`; see `Connectors.preview_install`."""
        return self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/preview",
            _parse_preview_connector_install,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def push_update(
        self,
        id: str,
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`PUT /v1/connectors/{_id}/update`; see `Connectors.push_update`."""
        return self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id) + "/update",
            _parse_push_connector_update,
            json=compose_body(
                body,
                {
                    "_integrationIds": integration_ids,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`PUT /v1/connectors/{_id}`; see `Connectors.update`."""
        return self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id),
            _parse_update_connector,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
                    "websiteURL": website_url,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Connectors:
    """`client.connectors`: Integration Apps (SmartConnectors) you publish, their licenses and installs."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ConnectorsWithRawResponse(core)
        self.licenses = ConnectorsLicenses(core)

    def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Create a connector

        `POST /v1/connectors`

        Creates a new connector (Integration App).

        **Partner-only endpoint.**

        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            body,
            name=name,
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
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
        """Delete a connector

        `DELETE /v1/connectors/{_id}`

        Deletes a connector. This does not affect existing installations.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

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
    ) -> Connector:
        """Get a connector

        `GET /v1/connectors/{_id}`

        Returns a single connector by ID.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

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
        id: str,
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> InstallConnectorResponse200:
        """Install a connector (Integration App)

        `POST /v1/connectors/{_id}/install`

        Triggers the install flow for a connector (Integration App). The
        connector must be associated with an integration that has the install
        function configured.

        AI guidance:
        - The `_id` must be a **connector** ID, not a template ID. Templates
          are installed via `POST /v1/integrations/template/{_id}`.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install(
            id, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[GetConnectorInstallBaseResponse200Item]:
        """Get the install base for a connector

        `GET /v1/connectors/{_id}/installBase`

        Returns the list of accounts that have installed this connector.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.install_base(
            id, limit=limit, skip=skip, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Connector]:
        """List connectors

        `GET /v1/connectors`

        Returns all connectors owned by the authenticated Partner account.

        **Partner-only endpoint.**

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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

    def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> PreviewConnectorInstallResponse200:
        """Preview a connector install

        `GET /v1/connectors/{_id}/preview`

        Returns a preview of what installing this connector would produce.
        Same validation as the install endpoint — the connector must be
        associated with an integration that has the install function.

        AI guidance:
        - Use this before `POST /v1/connectors/{_id}/install` to show the
          user what resources the install would create.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.preview_install(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def push_update(
        self,
        id: str,
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Push update to connector installations

        `PUT /v1/connectors/{_id}/update`

        Pushes an update to all (or specified) installations of this connector.
        Triggers the connector's `updateFunction` on each target integration.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.push_update(
            id,
            body,
            integration_ids=integration_ids,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Update a connector

        `PUT /v1/connectors/{_id}`

        Full-replaces a connector resource.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
            website_url=website_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncConnectorsWithRawResponse:
    """`connectors` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.licenses = AsyncConnectorsLicensesWithRawResponse(core)

    async def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`POST /v1/connectors`; see `AsyncConnectors.create`."""
        return await self._core.request(
            "POST",
            "/v1/connectors",
            _parse_create_connector,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
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
        """`DELETE /v1/connectors/{_id}`; see `AsyncConnectors.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/connectors/" + path_segment(id),
            _parse_delete_connector,
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
    ) -> RawResponse[Connector]:
        """`GET /v1/connectors/{_id}`; see `AsyncConnectors.get`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id),
            _parse_get_connector_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def install(
        self,
        id: str,
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[InstallConnectorResponse200]:
        """`POST /v1/connectors/{_id}/install`; see `AsyncConnectors.install`."""
        return await self._core.request(
            "POST",
            "/v1/connectors/" + path_segment(id) + "/install",
            _parse_install_connector,
            json=compose_body(
                body,
                {},
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[GetConnectorInstallBaseResponse200Item]]:
        """`GET /v1/connectors/{_id}/installBase`; see `AsyncConnectors.install_base`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/installBase",
            _parse_get_connector_install_base,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                }
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Connector]]:
        """`GET /v1/connectors`; see `AsyncConnectors.list`."""
        return await self._core.request(
            "GET",
            "/v1/connectors",
            _parse_list_connectors,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[PreviewConnectorInstallResponse200]:
        """`GET /v1/connectors/{_id}/preview`; see `AsyncConnectors.preview_install`."""
        return await self._core.request(
            "GET",
            "/v1/connectors/" + path_segment(id) + "/preview",
            _parse_preview_connector_install,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def push_update(
        self,
        id: str,
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`PUT /v1/connectors/{_id}/update`; see `AsyncConnectors.push_update`."""
        return await self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id) + "/update",
            _parse_push_connector_update,
            json=compose_body(
                body,
                {
                    "_integrationIds": integration_ids,
                },
                required=False,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Connector]:
        """`PUT /v1/connectors/{_id}`; see `AsyncConnectors.update`."""
        return await self._core.request(
            "PUT",
            "/v1/connectors/" + path_segment(id),
            _parse_update_connector,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_iClientIdMap": i_client_id_map,
                    "_integrationId": integration_id,
                    "_sharedExportIds": shared_export_ids,
                    "_sharedImportIds": shared_import_ids,
                    "_stackId": stack_id,
                    "_trialLicenseId": trial_license_id,
                    "applications": applications,
                    "contactEmail": contact_email,
                    "description": description,
                    "externalInstallerFunction": external_installer_function,
                    "imageURL": image_url,
                    "installerFunction": installer_function,
                    "legacyId": legacy_id,
                    "managed": managed,
                    "oAuthServerFlow": o_auth_server_flow,
                    "preUninstallFunction": pre_uninstall_function,
                    "published": published,
                    "repository": repository,
                    "trialEnabled": trial_enabled,
                    "trialPeriod": trial_period,
                    "uninstallerFunction": uninstaller_function,
                    "updateFunction": update_function,
                    "websiteURL": website_url,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncConnectors:
    """`client.connectors`: Integration Apps (SmartConnectors) you publish, their licenses and installs."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncConnectorsWithRawResponse(core)
        self.licenses = AsyncConnectorsLicenses(core)

    async def create(
        self,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Create a connector

        `POST /v1/connectors`

        Creates a new connector (Integration App).

        **Partner-only endpoint.**

        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            body,
            name=name,
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
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
        """Delete a connector

        `DELETE /v1/connectors/{_id}`

        Deletes a connector. This does not affect existing installations.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

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
    ) -> Connector:
        """Get a connector

        `GET /v1/connectors/{_id}`

        Returns a single connector by ID.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.

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
        id: str,
        body: InstallConnectorBody | Mapping[builtins.str, Any] | None = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> InstallConnectorResponse200:
        """Install a connector (Integration App)

        `POST /v1/connectors/{_id}/install`

        Triggers the install flow for a connector (Integration App). The
        connector must be associated with an integration that has the install
        function configured.

        AI guidance:
        - The `_id` must be a **connector** ID, not a template ID. Templates
          are installed via `POST /v1/integrations/template/{_id}`.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.install(
            id, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def install_base(
        self,
        id: str,
        *,
        limit: int | None = None,
        skip: int | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[GetConnectorInstallBaseResponse200Item]:
        """Get the install base for a connector

        `GET /v1/connectors/{_id}/installBase`

        Returns the list of accounts that have installed this connector.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.install_base(
            id, limit=limit, skip=skip, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Connector]:
        """List connectors

        `GET /v1/connectors`

        Returns all connectors owned by the authenticated Partner account.

        **Partner-only endpoint.**

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def preview_install(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> PreviewConnectorInstallResponse200:
        """Preview a connector install

        `GET /v1/connectors/{_id}/preview`

        Returns a preview of what installing this connector would produce.
        Same validation as the install endpoint — the connector must be
        associated with an integration that has the install function.

        AI guidance:
        - Use this before `POST /v1/connectors/{_id}/install` to show the
          user what resources the install would create.
        - **422 `invalid_integration_app`** if the connector is not associated
          with an integration that supports the install function.
        - **404 `invalid_ref` "Resource not found."** for a bogus connector ID.

        Args:
            id: The connector ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.preview_install(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def push_update(
        self,
        id: str,
        body: PushConnectorUpdateBody | Mapping[builtins.str, Any] | None = None,
        *,
        integration_ids: builtins.list[str] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Push update to connector installations

        `PUT /v1/connectors/{_id}/update`

        Pushes an update to all (or specified) installations of this connector.
        Triggers the connector's `updateFunction` on each target integration.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.push_update(
            id,
            body,
            integration_ids=integration_ids,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Connector | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        i_client_id_map: Sequence[ConnectorIClientIdMapItem | Mapping[builtins.str, Any]] | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        shared_export_ids: builtins.list[str] | Unset = UNSET,
        shared_import_ids: builtins.list[str] | Unset = UNSET,
        stack_id: str | Unset = UNSET,
        trial_license_id: str | Unset = UNSET,
        applications: builtins.list[str] | Unset = UNSET,
        contact_email: str | Unset = UNSET,
        description: str | Unset = UNSET,
        external_installer_function: str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        installer_function: str | Unset = UNSET,
        legacy_id: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        o_auth_server_flow: ConnectorOAuthServerFlow | Mapping[builtins.str, Any] | Unset = UNSET,
        pre_uninstall_function: str | Unset = UNSET,
        published: bool | Unset = UNSET,
        repository: ConnectorRepository | Mapping[builtins.str, Any] | Unset = UNSET,
        trial_enabled: bool | Unset = UNSET,
        trial_period: int | Unset = UNSET,
        uninstaller_function: str | Unset = UNSET,
        update_function: str | Unset = UNSET,
        website_url: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Connector:
        """Update a connector

        `PUT /v1/connectors/{_id}`

        Full-replaces a connector resource.

        **Partner-only endpoint.**

        Args:
            id: The connector ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            i_client_id_map=i_client_id_map,
            integration_id=integration_id,
            shared_export_ids=shared_export_ids,
            shared_import_ids=shared_import_ids,
            stack_id=stack_id,
            trial_license_id=trial_license_id,
            applications=applications,
            contact_email=contact_email,
            description=description,
            external_installer_function=external_installer_function,
            image_url=image_url,
            installer_function=installer_function,
            legacy_id=legacy_id,
            managed=managed,
            o_auth_server_flow=o_auth_server_flow,
            pre_uninstall_function=pre_uninstall_function,
            published=published,
            repository=repository,
            trial_enabled=trial_enabled,
            trial_period=trial_period,
            uninstaller_function=uninstaller_function,
            update_function=update_function,
            website_url=website_url,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


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
            json=compose_body(
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Export]]:
        """`GET /v1/exports`; see `Exports.list`."""
        return self._core.request(
            "GET",
            "/v1/exports",
            _parse_list_exports,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
            json=compose_body(
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Export]:
        """Get all exports.

        `GET /v1/exports`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            json=compose_body(
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Export]]:
        """`GET /v1/exports`; see `AsyncExports.list`."""
        return await self._core.request(
            "GET",
            "/v1/exports",
            _parse_list_exports,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
            json=compose_body(
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Export]:
        """Get all exports.

        `GET /v1/exports`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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


class FlowsWithRawResponse:
    """`flows` methods that return the `RawResponse`."""

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
    ) -> RawResponse[Flow]:
        """`POST /v1/flows/{_id}/clone`; see `Flows.clone`."""
        return self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/clone",
            _parse_clone_flow,
            json=compose_body(
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
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`POST /v1/flows`; see `Flows.create`."""
        return self._core.request(
            "POST",
            "/v1/flows",
            _parse_create_flow,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
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
        """`DELETE /v1/flows/{_id}`; see `Flows.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/flows/" + path_segment(id),
            _parse_delete_flow,
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
    ) -> RawResponse[Flow]:
        """`GET /v1/flows/{_id}`; see `Flows.get`."""
        return self._core.request(
            "GET",
            "/v1/flows/" + path_segment(id),
            _parse_get_flow_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Flow]]:
        """`GET /v1/flows`; see `Flows.list`."""
        return self._core.request(
            "GET",
            "/v1/flows",
            _parse_list_flows,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Job]:
        """`POST /v1/flows/{_id}/run`; see `Flows.run`."""
        return self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/run",
            _parse_run_flow,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`PUT /v1/flows/{_id}`; see `Flows.update`."""
        return self._core.request(
            "PUT",
            "/v1/flows/" + path_segment(id),
            _parse_update_flow,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Flows:
    """`client.flows`: Compose exports and imports; run them on demand."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = FlowsWithRawResponse(core)

    def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Clone a specific flow.

        `POST /v1/flows/{_id}/clone`

        Creates a copy of the flow with a new `_id`; it uses the same exports and imports.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Create a new flow.

        `POST /v1/flows`

        Creates a flow. Every export and import it names (`_exportId`, `_importId`,
        `pageGenerators[]._exportId`, `pageProcessors[]._exportId` / `_importId`) and
        its `_integrationId` must be resources of the account (422 `invalid_ref` with
        `field`).


        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            body,
            name=name,
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
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
        """Delete a specific flow.

        `DELETE /v1/flows/{_id}`

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
    ) -> Flow:
        """Get a specific flow.

        `GET /v1/flows/{_id}`

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Flow]:
        """Get all flows.

        `GET /v1/flows`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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

    def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Run a specific flow on-demand.

        `POST /v1/flows/{_id}/run`

        Starts the flow now. The answer is the new flow job, `queued`; it moves to
        `running`, then `completed` or `failed`, with a child job per export and import
        (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
        asked for while another is running waits, `queued`.


        Args:
            id: The resource's ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.run(id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Update a specific flow.

        `PUT /v1/flows/{_id}`

        Replaces the flow (fields left out are erased; read-only fields are kept). References are checked as on create.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncFlowsWithRawResponse:
    """`flows` methods that return the `RawResponse`."""

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
    ) -> RawResponse[Flow]:
        """`POST /v1/flows/{_id}/clone`; see `AsyncFlows.clone`."""
        return await self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/clone",
            _parse_clone_flow,
            json=compose_body(
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
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`POST /v1/flows`; see `AsyncFlows.create`."""
        return await self._core.request(
            "POST",
            "/v1/flows",
            _parse_create_flow,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
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
        """`DELETE /v1/flows/{_id}`; see `AsyncFlows.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/flows/" + path_segment(id),
            _parse_delete_flow,
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
    ) -> RawResponse[Flow]:
        """`GET /v1/flows/{_id}`; see `AsyncFlows.get`."""
        return await self._core.request(
            "GET",
            "/v1/flows/" + path_segment(id),
            _parse_get_flow_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Flow]]:
        """`GET /v1/flows`; see `AsyncFlows.list`."""
        return await self._core.request(
            "GET",
            "/v1/flows",
            _parse_list_flows,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Job]:
        """`POST /v1/flows/{_id}/run`; see `AsyncFlows.run`."""
        return await self._core.request(
            "POST",
            "/v1/flows/" + path_segment(id) + "/run",
            _parse_run_flow,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Flow]:
        """`PUT /v1/flows/{_id}`; see `AsyncFlows.update`."""
        return await self._core.request(
            "PUT",
            "/v1/flows/" + path_segment(id),
            _parse_update_flow,
            json=compose_body(
                body,
                {
                    "name": name,
                    "_exportId": export_id,
                    "_importId": import_id,
                    "_integrationId": integration_id,
                    "description": description,
                    "disabled": disabled,
                    "pageGenerators": page_generators,
                    "pageProcessors": page_processors,
                    "schedule": schedule,
                    "skipRetries": skip_retries,
                    "timezone": timezone,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncFlows:
    """`client.flows`: Compose exports and imports; run them on demand."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncFlowsWithRawResponse(core)

    async def clone(
        self,
        id: str,
        body: CloneRequest | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Clone a specific flow.

        `POST /v1/flows/{_id}/clone`

        Creates a copy of the flow with a new `_id`; it uses the same exports and imports.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Create a new flow.

        `POST /v1/flows`

        Creates a flow. Every export and import it names (`_exportId`, `_importId`,
        `pageGenerators[]._exportId`, `pageProcessors[]._exportId` / `_importId`) and
        its `_integrationId` must be resources of the account (422 `invalid_ref` with
        `field`).


        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            body,
            name=name,
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
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
        """Delete a specific flow.

        `DELETE /v1/flows/{_id}`

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
    ) -> Flow:
        """Get a specific flow.

        `GET /v1/flows/{_id}`

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
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Flow]:
        """Get all flows.

        `GET /v1/flows`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def run(
        self,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Job:
        """Run a specific flow on-demand.

        `POST /v1/flows/{_id}/run`

        Starts the flow now. The answer is the new flow job, `queued`; it moves to
        `running`, then `completed` or `failed`, with a child job per export and import
        (`GET /v1/jobs?_flowJobId=...`). At most one job of a flow runs at a time: a run
        asked for while another is running waits, `queued`.


        Args:
            id: The resource's ID.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.run(
            id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: Flow | Mapping[builtins.str, Any] | None = None,
        *,
        name: str | Unset = UNSET,
        export_id: str | Unset = UNSET,
        import_id: str | Unset = UNSET,
        integration_id: str | Unset = UNSET,
        description: str | Unset = UNSET,
        disabled: bool | Unset = UNSET,
        page_generators: Sequence[PageGenerator | Mapping[builtins.str, Any]] | Unset = UNSET,
        page_processors: Sequence[PageProcessor | Mapping[builtins.str, Any]] | Unset = UNSET,
        schedule: str | Unset = UNSET,
        skip_retries: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Flow:
        """Update a specific flow.

        `PUT /v1/flows/{_id}`

        Replaces the flow (fields left out are erased; read-only fields are kept). References are checked as on create.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            export_id=export_id,
            import_id=import_id,
            integration_id=integration_id,
            description=description,
            disabled=disabled,
            page_generators=page_generators,
            page_processors=page_processors,
            schedule=schedule,
            skip_retries=skip_retries,
            timezone=timezone,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class IclientsWithRawResponse:
    """`iclients` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`POST /v1/iclients`; see `Iclients.create`."""
        return self._core.request(
            "POST",
            "/v1/iclients",
            _parse_create_i_client,
            json=compose_body(
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
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
        """`DELETE /v1/iclients/{_id}`; see `Iclients.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/iclients/" + path_segment(id),
            _parse_delete_i_client,
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
    ) -> RawResponse[IClient]:
        """`GET /v1/iclients/{_id}`; see `Iclients.get`."""
        return self._core.request(
            "GET",
            "/v1/iclients/" + path_segment(id),
            _parse_get_i_client_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[IClient]]:
        """`GET /v1/iclients`; see `Iclients.list`."""
        return self._core.request(
            "GET",
            "/v1/iclients",
            _parse_list_i_clients,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`PUT /v1/iclients/{_id}`; see `Iclients.update`."""
        return self._core.request(
            "PUT",
            "/v1/iclients/" + path_segment(id),
            _parse_update_i_client,
            json=compose_body(
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
                    "salesforce": salesforce,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Iclients:
    """`client.iclients`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = IclientsWithRawResponse(core)

    def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Create a new iClient.

        `POST /v1/iclients`

        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.create(
            body,
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
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
        """Delete a specific iClient.

        `DELETE /v1/iclients/{_id}`

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
    ) -> IClient:
        """Get a specific iClient.

        `GET /v1/iclients/{_id}`

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[IClient]:
        """Get all iClients.

        `GET /v1/iclients`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Update a specific iClient.

        `PUT /v1/iclients/{_id}`

        Replaces the iClient. A secret sent back as `******` keeps the stored value.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
            salesforce=salesforce,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


class AsyncIclientsWithRawResponse:
    """`iclients` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`POST /v1/iclients`; see `AsyncIclients.create`."""
        return await self._core.request(
            "POST",
            "/v1/iclients",
            _parse_create_i_client,
            json=compose_body(
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
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
        """`DELETE /v1/iclients/{_id}`; see `AsyncIclients.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/iclients/" + path_segment(id),
            _parse_delete_i_client,
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
    ) -> RawResponse[IClient]:
        """`GET /v1/iclients/{_id}`; see `AsyncIclients.get`."""
        return await self._core.request(
            "GET",
            "/v1/iclients/" + path_segment(id),
            _parse_get_i_client_by_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[IClient]]:
        """`GET /v1/iclients`; see `AsyncIclients.list`."""
        return await self._core.request(
            "GET",
            "/v1/iclients",
            _parse_list_i_clients,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
                }
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[IClient]:
        """`PUT /v1/iclients/{_id}`; see `AsyncIclients.update`."""
        return await self._core.request(
            "PUT",
            "/v1/iclients/" + path_segment(id),
            _parse_update_i_client,
            json=compose_body(
                body,
                {
                    "provider": provider,
                    "_connectorId": connector_id,
                    "amazonmws": amazonmws,
                    "ebay": ebay,
                    "name": name,
                    "netsuite": netsuite,
                    "oauth2": oauth2,
                    "salesforce": salesforce,
                },
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncIclients:
    """`client.iclients`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncIclientsWithRawResponse(core)

    async def create(
        self,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Create a new iClient.

        `POST /v1/iclients`

        Args:
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            UnprocessableEntityError: on HTTP 422.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.create(
            body,
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
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
        """Delete a specific iClient.

        `DELETE /v1/iclients/{_id}`

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
    ) -> IClient:
        """Get a specific iClient.

        `GET /v1/iclients/{_id}`

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
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[IClient]:
        """Get all iClients.

        `GET /v1/iclients`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

    async def update(
        self,
        id: str,
        body: IClient | Mapping[builtins.str, Any] | None = None,
        *,
        provider: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        amazonmws: IClientAmazonmws | Mapping[builtins.str, Any] | Unset = UNSET,
        ebay: IClientEbay | Mapping[builtins.str, Any] | Unset = UNSET,
        name: str | Unset = UNSET,
        netsuite: IClientNetsuite | Mapping[builtins.str, Any] | Unset = UNSET,
        oauth2: IClientOauth2 | Mapping[builtins.str, Any] | Unset = UNSET,
        salesforce: IClientSalesforce | Mapping[builtins.str, Any] | Unset = UNSET,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> IClient:
        """Update a specific iClient.

        `PUT /v1/iclients/{_id}`

        Replaces the iClient. A secret sent back as `******` keeps the stored value.

        Args:
            id: The resource's ID.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            provider=provider,
            connector_id=connector_id,
            amazonmws=amazonmws,
            ebay=ebay,
            name=name,
            netsuite=netsuite,
            oauth2=oauth2,
            salesforce=salesforce,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()


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
            json=compose_body(
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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Import]]:
        """`GET /v1/imports`; see `Imports.list`."""
        return self._core.request(
            "GET",
            "/v1/imports",
            _parse_list_imports,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Import]:
        """Get all imports.

        `GET /v1/imports`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            json=compose_body(
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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Import]]:
        """`GET /v1/imports`; see `AsyncImports.list`."""
        return await self._core.request(
            "GET",
            "/v1/imports",
            _parse_list_imports,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Import]:
        """Get all imports.

        `GET /v1/imports`

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

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
        lookups: Sequence[ImportLookupsItem | Mapping[builtins.str, Any]] | Unset = UNSET,
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Integration]]:
        """`GET /v1/integrations`; see `Integrations.list`."""
        return self._core.request(
            "GET",
            "/v1/integrations",
            _parse_list_integrations,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Integration]:
        """Get all integrations.

        `GET /v1/integrations`

        Returns all integrations in the account.

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Integration]]:
        """`GET /v1/integrations`; see `AsyncIntegrations.list`."""
        return await self._core.request(
            "GET",
            "/v1/integrations",
            _parse_list_integrations,
            params=query_params(
                {
                    "limit": limit,
                    "skip": skip,
                    "include": include,
                    "exclude": exclude,
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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

    async def list(
        self,
        *,
        limit: int | None = None,
        skip: int | None = None,
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Integration]:
        """Get all integrations.

        `GET /v1/integrations`

        Returns all integrations in the account.

        Args:
            limit: Records per page, at most 1,000 (the default). When more records exist the answer has a `Link` header with `rel="next"`.
            skip: Records to skip before the first one of this page (the offset).
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
            limit=limit,
            skip=skip,
            include=include,
            exclude=exclude,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
        return raw.parse()

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Job]]:
        """`GET /v1/jobs`; see `Jobs.list`."""
        return self._core.request(
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
                    "include": include,
                    "exclude": exclude,
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Job]:
        """Get all jobs. The following query parameters are supported: _integrationId, _exportId, _importId, _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte, numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and type_in

        `GET /v1/jobs`

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
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[builtins.list[Job]]:
        """`GET /v1/jobs`; see `AsyncJobs.list`."""
        return await self._core.request(
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
                    "include": include,
                    "exclude": exclude,
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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Job]:
        """Get all jobs. The following query parameters are supported: _integrationId, _exportId, _importId, _flowId, _flowJobId, _bulkJobId, _flowId_in, createdAt_lte, createdAt_gte, status, numSuccess_lte, numSuccess_gte, numExport_lte, numExport_gte, numIgnore_lte, numIgnore_gte, retriable, type, and type_in

        `GET /v1/jobs`

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
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list(
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


class ResourceStateWithRawResponse:
    """`resource_state` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateDeleteResult]:
        """`DELETE /v1/{resource_type}/{_id}/state/{key}`; see `ResourceState.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_delete_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateDeleteResult]:
        """`DELETE /v1/{resource_type}/{_id}/state`; see `ResourceState.delete_all`."""
        return self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_delete_all_resource_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/{resource_type}/{_id}/state/{key}`; see `ResourceState.get`."""
        return self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_get_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateKeys | None]:
        """`GET /v1/{resource_type}/{_id}/state`; see `ResourceState.list_keys`."""
        return self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_list_resource_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateWriteResult]:
        """`PUT /v1/{resource_type}/{_id}/state/{key}`; see `ResourceState.put`."""
        return self._core.request(
            "PUT",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_put_resource_state_value,
            json=compose_body(
                body,
                {},
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ResourceState:
    """`client.resource_state`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = ResourceStateWithRawResponse(core)

    def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateDeleteResult:
        """Delete the resource specific key and value.

        `DELETE /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateDeleteResult:
        """Delete all keys and values stored underneath the resource. Be careful with this API!

        `DELETE /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete_all(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the resource specific value associated with the key.

        `GET /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateKeys | None:
        """Get all keys stored underneath a specific resource in your account.

        `GET /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list_keys(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateWriteResult:
        """Create/update the resource specific value associated with the key.

        `PUT /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.put(
            resource_type, id, key, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class AsyncResourceStateWithRawResponse:
    """`resource_state` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateDeleteResult]:
        """`DELETE /v1/{resource_type}/{_id}/state/{key}`; see `AsyncResourceState.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_delete_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateDeleteResult]:
        """`DELETE /v1/{resource_type}/{_id}/state`; see `AsyncResourceState.delete_all`."""
        return await self._core.request(
            "DELETE",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_delete_all_resource_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/{resource_type}/{_id}/state/{key}`; see `AsyncResourceState.get`."""
        return await self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_get_resource_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateKeys | None]:
        """`GET /v1/{resource_type}/{_id}/state`; see `AsyncResourceState.list_keys`."""
        return await self._core.request(
            "GET",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state",
            _parse_list_resource_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateWriteResult]:
        """`PUT /v1/{resource_type}/{_id}/state/{key}`; see `AsyncResourceState.put`."""
        return await self._core.request(
            "PUT",
            "/v1/" + path_segment(resource_type) + "/" + path_segment(id) + "/state/" + path_segment(key),
            _parse_put_resource_state_value,
            json=compose_body(
                body,
                {},
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncResourceState:
    """`client.resource_state`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncResourceStateWithRawResponse(core)

    async def delete(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateDeleteResult:
        """Delete the resource specific key and value.

        `DELETE /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def delete_all(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateDeleteResult:
        """Delete all keys and values stored underneath the resource. Be careful with this API!

        `DELETE /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete_all(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the resource specific value associated with the key.

        `GET /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            resource_type, id, key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list_keys(
        self,
        resource_type: StateResourceType,
        id: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateKeys | None:
        """Get all keys stored underneath a specific resource in your account.

        `GET /v1/{resource_type}/{_id}/state`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list_keys(
            resource_type, id, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def put(
        self,
        resource_type: StateResourceType,
        id: str,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateWriteResult:
        """Create/update the resource specific value associated with the key.

        `PUT /v1/{resource_type}/{_id}/state/{key}`

        Args:
            resource_type: The kind of resource the keys are stored under.
            id: The resource's ID.
            key: The key.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.put(
            resource_type, id, key, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class StateWithRawResponse:
    """`state` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state/{key}`; see `State.delete`."""
        return self._core.request(
            "DELETE",
            "/v1/state/" + path_segment(key),
            _parse_delete_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state`; see `State.delete_all`."""
        return self._core.request(
            "DELETE",
            "/v1/state",
            _parse_delete_all_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/state/{key}`; see `State.get`."""
        return self._core.request(
            "GET",
            "/v1/state/" + path_segment(key),
            _parse_get_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateKeys | None]:
        """`GET /v1/state`; see `State.list_keys`."""
        return self._core.request(
            "GET",
            "/v1/state",
            _parse_list_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def put(
        self,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateWriteResult]:
        """`PUT /v1/state/{key}`; see `State.put`."""
        return self._core.request(
            "PUT",
            "/v1/state/" + path_segment(key),
            _parse_put_state_value,
            json=compose_body(
                body,
                {},
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class State:
    """`client.state`: Key-value storage, global or under a resource."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = StateWithRawResponse(core)

    def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete the key and value.

        `DELETE /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete(key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete all global keys and values. Be careful with this API!

        `DELETE /v1/state`

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.delete_all(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the value associated with the key.

        `GET /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.get(key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateKeys | None:
        """Get all global keys.

        `GET /v1/state`

        The global keys only; keys stored under a resource are listed under that resource.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.list_keys(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()

    def put(
        self,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateWriteResult:
        """Create/update the value associated with the key.

        `PUT /v1/state/{key}`

        Args:
            key: The key.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.put(
            key, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


class AsyncStateWithRawResponse:
    """`state` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state/{key}`; see `AsyncState.delete`."""
        return await self._core.request(
            "DELETE",
            "/v1/state/" + path_segment(key),
            _parse_delete_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[None]:
        """`DELETE /v1/state`; see `AsyncState.delete_all`."""
        return await self._core.request(
            "DELETE",
            "/v1/state",
            _parse_delete_all_state,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[Any]:
        """`GET /v1/state/{key}`; see `AsyncState.get`."""
        return await self._core.request(
            "GET",
            "/v1/state/" + path_segment(key),
            _parse_get_state_value,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateKeys | None]:
        """`GET /v1/state`; see `AsyncState.list_keys`."""
        return await self._core.request(
            "GET",
            "/v1/state",
            _parse_list_state_keys,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def put(
        self,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[StateWriteResult]:
        """`PUT /v1/state/{key}`; see `AsyncState.put`."""
        return await self._core.request(
            "PUT",
            "/v1/state/" + path_segment(key),
            _parse_put_state_value,
            json=compose_body(
                body,
                {},
                required=True,
            ),
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncState:
    """`client.state`: Key-value storage, global or under a resource."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncStateWithRawResponse(core)

    async def delete(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete the key and value.

        `DELETE /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete(
            key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def delete_all(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> None:
        """Delete all global keys and values. Be careful with this API!

        `DELETE /v1/state`

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.delete_all(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def get(
        self,
        key: str,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> Any:
        """Get the value associated with the key.

        `GET /v1/state/{key}`

        Args:
            key: The key.

        Raises:
            AuthenticationError: on HTTP 401.
            NotFoundError: on HTTP 404.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.get(
            key, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def list_keys(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateKeys | None:
        """Get all global keys.

        `GET /v1/state`

        The global keys only; keys stored under a resource are listed under that resource.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.list_keys(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()

    async def put(
        self,
        key: str,
        body: Any = None,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> StateWriteResult:
        """Create/update the value associated with the key.

        `PUT /v1/state/{key}`

        Args:
            key: The key.
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

        Raises:
            BadRequestError: on HTTP 400.
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.put(
            key, body, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()


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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
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
                    "include": include,
                    "exclude": exclude,
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Template]:
        """Get all templates.

        `GET /v1/templates`

        Every template of the account in one flat list (templates do not page).

        Args:
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
            json=compose_body(
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
        include: str | None = None,
        exclude: str | None = None,
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
                    "include": include,
                    "exclude": exclude,
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
            json=compose_body(
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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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
        include: str | None = None,
        exclude: str | None = None,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> builtins.list[Template]:
        """Get all templates.

        `GET /v1/templates`

        Every template of the account in one flat list (templates do not page).

        Args:
            include: Comma-separated fields to return (dot paths allowed, e.g. `rest.baseURI`); each record keeps `_id`, `name` and the listed fields. Not together with `exclude` (400 `invalid_query_params`). Letters, digits, `.`, `_` and `,` only.
            exclude: Comma-separated fields to leave out (dot paths allowed). `_id` and the fields the schema requires are always returned. Not together with `include` (400 `invalid_query_params`).

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
            body: the request body, a model or a mapping with wire names; keyword fields
                given as well override its entries.

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


class RootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.connections = ConnectionsWithRawResponse(core)
        self.connectors = ConnectorsWithRawResponse(core)
        self.exports = ExportsWithRawResponse(core)
        self.flows = FlowsWithRawResponse(core)
        self.iclients = IclientsWithRawResponse(core)
        self.imports = ImportsWithRawResponse(core)
        self.integrations = IntegrationsWithRawResponse(core)
        self.jobs = JobsWithRawResponse(core)
        self.resource_state = ResourceStateWithRawResponse(core)
        self.state = StateWithRawResponse(core)
        self.templates = TemplatesWithRawResponse(core)

    def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[TokenInfo]:
        """`GET /v1/tokenInfo`; see `Root.token_info`."""
        return self._core.request(
            "GET",
            "/v1/tokenInfo",
            _parse_get_token_info,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class Root:
    """Operations at the top level of the client."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core
        self.with_raw_response = RootWithRawResponse(core)
        self.connections = Connections(core)
        self.connectors = Connectors(core)
        self.exports = Exports(core)
        self.flows = Flows(core)
        self.iclients = Iclients(core)
        self.imports = Imports(core)
        self.integrations = Integrations(core)
        self.jobs = Jobs(core)
        self.resource_state = ResourceState(core)
        self.state = State(core)
        self.templates = Templates(core)

    def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> TokenInfo:
        """Get information about the current token

        `GET /v1/tokenInfo`

        Returns the user the bearer token belongs to, and the token's scope where the API still sends it.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = self.with_raw_response.token_info(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)
        return raw.parse()


class AsyncRootWithRawResponse:
    """`client` methods that return the `RawResponse`."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.connections = AsyncConnectionsWithRawResponse(core)
        self.connectors = AsyncConnectorsWithRawResponse(core)
        self.exports = AsyncExportsWithRawResponse(core)
        self.flows = AsyncFlowsWithRawResponse(core)
        self.iclients = AsyncIclientsWithRawResponse(core)
        self.imports = AsyncImportsWithRawResponse(core)
        self.integrations = AsyncIntegrationsWithRawResponse(core)
        self.jobs = AsyncJobsWithRawResponse(core)
        self.resource_state = AsyncResourceStateWithRawResponse(core)
        self.state = AsyncStateWithRawResponse(core)
        self.templates = AsyncTemplatesWithRawResponse(core)

    async def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> RawResponse[TokenInfo]:
        """`GET /v1/tokenInfo`; see `AsyncRoot.token_info`."""
        return await self._core.request(
            "GET",
            "/v1/tokenInfo",
            _parse_get_token_info,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncRoot:
    """Operations at the top level of the client."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
        self.with_raw_response = AsyncRootWithRawResponse(core)
        self.connections = AsyncConnections(core)
        self.connectors = AsyncConnectors(core)
        self.exports = AsyncExports(core)
        self.flows = AsyncFlows(core)
        self.iclients = AsyncIclients(core)
        self.imports = AsyncImports(core)
        self.integrations = AsyncIntegrations(core)
        self.jobs = AsyncJobs(core)
        self.resource_state = AsyncResourceState(core)
        self.state = AsyncState(core)
        self.templates = AsyncTemplates(core)

    async def token_info(
        self,
        *,
        timeout: builtins.float | httpx.Timeout | None = None,
        max_retries: builtins.int | None = None,
        extra_headers: Mapping[builtins.str, builtins.str] | None = None,
    ) -> TokenInfo:
        """Get information about the current token

        `GET /v1/tokenInfo`

        Returns the user the bearer token belongs to, and the token's scope where the API still sends it.

        Raises:
            AuthenticationError: on HTTP 401.
            RateLimitError: on HTTP 429.
        """
        raw = await self.with_raw_response.token_info(
            timeout=timeout, max_retries=max_retries, extra_headers=extra_headers
        )
        return raw.parse()
