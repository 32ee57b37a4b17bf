# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Contains all the data models used in inputs/outputs"""

from .auth_error import AuthError
from .clone_request import CloneRequest
from .connection import Connection
from .connection_as_2 import ConnectionAs2
from .connection_ping_result import ConnectionPingResult
from .connection_queues_item import ConnectionQueuesItem
from .connection_wrapper import ConnectionWrapper
from .connector import Connector
from .connector_i_client_id_map_item import ConnectorIClientIdMapItem
from .connector_i_client_id_map_item_connection import ConnectorIClientIdMapItemConnection
from .connector_o_auth_server_flow import ConnectorOAuthServerFlow
from .connector_repository import ConnectorRepository
from .distributed_configuration import DistributedConfiguration
from .error import Error
from .error_detail import ErrorDetail
from .export import Export
from .export_delta import ExportDelta
from .export_file import ExportFile
from .export_ftp import ExportFtp
from .export_http import ExportHttp
from .export_netsuite import ExportNetsuite
from .export_once import ExportOnce
from .export_rest import ExportRest
from .export_s3 import ExportS3
from .export_salesforce import ExportSalesforce
from .export_webhook import ExportWebhook
from .flow import Flow
from .ftp_settings import FtpSettings
from .function_payload import FunctionPayload
from .get_connector_install_base_response_200_item import GetConnectorInstallBaseResponse200Item
from .hook import Hook
from .hooks import Hooks
from .http_settings import HttpSettings
from .http_settings_auth import HttpSettingsAuth
from .http_settings_auth_basic import HttpSettingsAuthBasic
from .http_settings_auth_token import HttpSettingsAuthToken
from .http_settings_ping import HttpSettingsPing
from .i_client import IClient
from .i_client_amazonmws import IClientAmazonmws
from .i_client_ebay import IClientEbay
from .i_client_netsuite import IClientNetsuite
from .i_client_oauth_2 import IClientOauth2
from .i_client_salesforce import IClientSalesforce
from .import_ import Import
from .import_file import ImportFile
from .import_file_csv import ImportFileCsv
from .import_file_lookups_item import ImportFileLookupsItem
from .import_ftp import ImportFtp
from .import_http import ImportHttp
from .import_lookups_item import ImportLookupsItem
from .import_netsuite import ImportNetsuite
from .import_rest import ImportRest
from .import_s3 import ImportS3
from .import_salesforce import ImportSalesforce
from .install_connector_body import InstallConnectorBody
from .install_connector_response_200 import InstallConnectorResponse200
from .install_step import InstallStep
from .integration import Integration
from .integration_clone_request import IntegrationCloneRequest
from .integration_install_request import IntegrationInstallRequest
from .integration_mode import IntegrationMode
from .integration_settings import IntegrationSettings
from .job import Job
from .job_error import JobError
from .job_status import JobStatus
from .job_type import JobType
from .license_ import License
from .license_create_request import LicenseCreateRequest
from .license_create_request_opts import LicenseCreateRequestOpts
from .license_create_request_opts_addon_licenses_item import LicenseCreateRequestOptsAddonLicensesItem
from .license_create_request_opts_addon_licenses_item_licenses_item import (
    LicenseCreateRequestOptsAddonLicensesItemLicensesItem,
)
from .license_opts import LicenseOpts
from .license_opts_addon_licenses_item import LicenseOptsAddonLicensesItem
from .license_opts_addon_licenses_item_licenses_item import LicenseOptsAddonLicensesItemLicensesItem
from .license_user import LicenseUser
from .mapping_field import MappingField
from .mapping_list import MappingList
from .mongo_db_settings import MongoDbSettings
from .net_suite_settings import NetSuiteSettings
from .page_generator import PageGenerator
from .page_processor import PageProcessor
from .page_processor_type import PageProcessorType
from .paged_export_state import PagedExportState
from .preview_connector_install_response_200 import PreviewConnectorInstallResponse200
from .push_connector_update_body import PushConnectorUpdateBody
from .rdbms_settings import RdbmsSettings
from .record_mapping import RecordMapping
from .rest_settings import RestSettings
from .rest_settings_basic_auth import RestSettingsBasicAuth
from .rest_settings_headers_item import RestSettingsHeadersItem
from .s3_settings import S3Settings
from .salesforce_settings import SalesforceSettings
from .sample_record import SampleRecord
from .signed_url import SignedUrl
from .state_delete_result import StateDeleteResult
from .state_keys import StateKeys
from .state_resource_type import StateResourceType
from .state_write_result import StateWriteResult
from .template import Template
from .token_info import TokenInfo
from .virtual_export_model import VirtualExportModel
from .virtual_export_page import VirtualExportPage
from .virtual_export_page_data_item import VirtualExportPageDataItem
from .virtual_export_page_request import VirtualExportPageRequest
from .virtual_export_request import VirtualExportRequest
from .virtual_export_result import VirtualExportResult
from .virtual_export_result_data_item import VirtualExportResultDataItem
from .virtual_import_map_response_200_item import VirtualImportMapResponse200Item
from .virtual_import_model import VirtualImportModel
from .virtual_import_request import VirtualImportRequest
from .virtual_import_request_data_item import VirtualImportRequestDataItem
from .virtual_import_result import VirtualImportResult
from .virtual_import_result_json import VirtualImportResultJson

__all__ = (
    "AuthError",
    "CloneRequest",
    "Connection",
    "ConnectionAs2",
    "ConnectionPingResult",
    "ConnectionQueuesItem",
    "ConnectionWrapper",
    "Connector",
    "ConnectorIClientIdMapItem",
    "ConnectorIClientIdMapItemConnection",
    "ConnectorOAuthServerFlow",
    "ConnectorRepository",
    "DistributedConfiguration",
    "Error",
    "ErrorDetail",
    "Export",
    "ExportDelta",
    "ExportFile",
    "ExportFtp",
    "ExportHttp",
    "ExportNetsuite",
    "ExportOnce",
    "ExportRest",
    "ExportS3",
    "ExportSalesforce",
    "ExportWebhook",
    "Flow",
    "FtpSettings",
    "FunctionPayload",
    "GetConnectorInstallBaseResponse200Item",
    "Hook",
    "Hooks",
    "HttpSettings",
    "HttpSettingsAuth",
    "HttpSettingsAuthBasic",
    "HttpSettingsAuthToken",
    "HttpSettingsPing",
    "IClient",
    "IClientAmazonmws",
    "IClientEbay",
    "IClientNetsuite",
    "IClientOauth2",
    "IClientSalesforce",
    "Import",
    "ImportFile",
    "ImportFileCsv",
    "ImportFileLookupsItem",
    "ImportFtp",
    "ImportHttp",
    "ImportLookupsItem",
    "ImportNetsuite",
    "ImportRest",
    "ImportS3",
    "ImportSalesforce",
    "InstallConnectorBody",
    "InstallConnectorResponse200",
    "InstallStep",
    "Integration",
    "IntegrationCloneRequest",
    "IntegrationInstallRequest",
    "IntegrationMode",
    "IntegrationSettings",
    "Job",
    "JobError",
    "JobStatus",
    "JobType",
    "License",
    "LicenseCreateRequest",
    "LicenseCreateRequestOpts",
    "LicenseCreateRequestOptsAddonLicensesItem",
    "LicenseCreateRequestOptsAddonLicensesItemLicensesItem",
    "LicenseOpts",
    "LicenseOptsAddonLicensesItem",
    "LicenseOptsAddonLicensesItemLicensesItem",
    "LicenseUser",
    "MappingField",
    "MappingList",
    "MongoDbSettings",
    "NetSuiteSettings",
    "PagedExportState",
    "PageGenerator",
    "PageProcessor",
    "PageProcessorType",
    "PreviewConnectorInstallResponse200",
    "PushConnectorUpdateBody",
    "RdbmsSettings",
    "RecordMapping",
    "RestSettings",
    "RestSettingsBasicAuth",
    "RestSettingsHeadersItem",
    "S3Settings",
    "SalesforceSettings",
    "SampleRecord",
    "SignedUrl",
    "StateDeleteResult",
    "StateKeys",
    "StateResourceType",
    "StateWriteResult",
    "Template",
    "TokenInfo",
    "VirtualExportModel",
    "VirtualExportPage",
    "VirtualExportPageDataItem",
    "VirtualExportPageRequest",
    "VirtualExportRequest",
    "VirtualExportResult",
    "VirtualExportResultDataItem",
    "VirtualImportMapResponse200Item",
    "VirtualImportModel",
    "VirtualImportRequest",
    "VirtualImportRequestDataItem",
    "VirtualImportResult",
    "VirtualImportResultJson",
)
