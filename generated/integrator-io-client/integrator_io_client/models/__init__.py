# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Contains all the data models used in inputs/outputs"""

from .addon_edition import AddonEdition
from .addon_license import AddonLicense
from .application_response import ApplicationResponse
from .as_2_settings import As2Settings
from .auth_error import AuthError
from .clone_request import CloneRequest
from .connection import Connection
from .connection_ping_result import ConnectionPingResult
from .connection_queue import ConnectionQueue
from .connection_wrapper import ConnectionWrapper
from .connector import Connector
from .connector_install_preview import ConnectorInstallPreview
from .connector_install_request import ConnectorInstallRequest
from .connector_install_result import ConnectorInstallResult
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
from .exported_record import ExportedRecord
from .file_lookup import FileLookup
from .flow import Flow
from .ftp_settings import FtpSettings
from .function_payload import FunctionPayload
from .hook import Hook
from .hooks import Hooks
from .http_header import HttpHeader
from .http_settings import HttpSettings
from .http_settings_auth import HttpSettingsAuth
from .http_settings_auth_basic import HttpSettingsAuthBasic
from .http_settings_auth_token import HttpSettingsAuthToken
from .http_settings_ping import HttpSettingsPing
from .i_client import IClient
from .i_client_amazonmws import IClientAmazonmws
from .i_client_ebay import IClientEbay
from .i_client_mapping import IClientMapping
from .i_client_mapping_connection import IClientMappingConnection
from .i_client_netsuite import IClientNetsuite
from .i_client_oauth_2 import IClientOauth2
from .i_client_salesforce import IClientSalesforce
from .import_ import Import
from .import_file import ImportFile
from .import_file_csv import ImportFileCsv
from .import_ftp import ImportFtp
from .import_http import ImportHttp
from .import_lookup import ImportLookup
from .import_netsuite import ImportNetsuite
from .import_record import ImportRecord
from .import_rest import ImportRest
from .import_s3 import ImportS3
from .import_salesforce import ImportSalesforce
from .install_base_entry import InstallBaseEntry
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
from .license_options import LicenseOptions
from .license_user import LicenseUser
from .mapped_record import MappedRecord
from .mapping_field import MappingField
from .mapping_list import MappingList
from .mongo_db_settings import MongoDbSettings
from .net_suite_settings import NetSuiteSettings
from .new_addon_edition import NewAddonEdition
from .new_addon_license import NewAddonLicense
from .new_license_options import NewLicenseOptions
from .page_generator import PageGenerator
from .page_processor import PageProcessor
from .page_processor_type import PageProcessorType
from .paged_export_record import PagedExportRecord
from .paged_export_state import PagedExportState
from .push_update_request import PushUpdateRequest
from .rdbms_settings import RdbmsSettings
from .record_mapping import RecordMapping
from .rest_settings import RestSettings
from .rest_settings_basic_auth import RestSettingsBasicAuth
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
from .virtual_export_page_request import VirtualExportPageRequest
from .virtual_export_request import VirtualExportRequest
from .virtual_export_result import VirtualExportResult
from .virtual_import_model import VirtualImportModel
from .virtual_import_request import VirtualImportRequest
from .virtual_import_result import VirtualImportResult

__all__ = (
    "AddonEdition",
    "AddonLicense",
    "ApplicationResponse",
    "As2Settings",
    "AuthError",
    "CloneRequest",
    "Connection",
    "ConnectionPingResult",
    "ConnectionQueue",
    "ConnectionWrapper",
    "Connector",
    "ConnectorInstallPreview",
    "ConnectorInstallRequest",
    "ConnectorInstallResult",
    "ConnectorOAuthServerFlow",
    "ConnectorRepository",
    "DistributedConfiguration",
    "Error",
    "ErrorDetail",
    "Export",
    "ExportDelta",
    "ExportedRecord",
    "ExportFile",
    "ExportFtp",
    "ExportHttp",
    "ExportNetsuite",
    "ExportOnce",
    "ExportRest",
    "ExportS3",
    "ExportSalesforce",
    "ExportWebhook",
    "FileLookup",
    "Flow",
    "FtpSettings",
    "FunctionPayload",
    "Hook",
    "Hooks",
    "HttpHeader",
    "HttpSettings",
    "HttpSettingsAuth",
    "HttpSettingsAuthBasic",
    "HttpSettingsAuthToken",
    "HttpSettingsPing",
    "IClient",
    "IClientAmazonmws",
    "IClientEbay",
    "IClientMapping",
    "IClientMappingConnection",
    "IClientNetsuite",
    "IClientOauth2",
    "IClientSalesforce",
    "Import",
    "ImportFile",
    "ImportFileCsv",
    "ImportFtp",
    "ImportHttp",
    "ImportLookup",
    "ImportNetsuite",
    "ImportRecord",
    "ImportRest",
    "ImportS3",
    "ImportSalesforce",
    "InstallBaseEntry",
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
    "LicenseOptions",
    "LicenseUser",
    "MappedRecord",
    "MappingField",
    "MappingList",
    "MongoDbSettings",
    "NetSuiteSettings",
    "NewAddonEdition",
    "NewAddonLicense",
    "NewLicenseOptions",
    "PagedExportRecord",
    "PagedExportState",
    "PageGenerator",
    "PageProcessor",
    "PageProcessorType",
    "PushUpdateRequest",
    "RdbmsSettings",
    "RecordMapping",
    "RestSettings",
    "RestSettingsBasicAuth",
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
    "VirtualExportPageRequest",
    "VirtualExportRequest",
    "VirtualExportResult",
    "VirtualImportModel",
    "VirtualImportRequest",
    "VirtualImportResult",
)
