# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Contains all the data models used in inputs/outputs"""

from .auth_error import AuthError
from .connector import Connector
from .connector_i_client_id_map_item import ConnectorIClientIdMapItem
from .connector_i_client_id_map_item_connection import ConnectorIClientIdMapItemConnection
from .connector_o_auth_server_flow import ConnectorOAuthServerFlow
from .connector_repository import ConnectorRepository
from .error import Error
from .error_errors_item import ErrorErrorsItem
from .function_payload import FunctionPayload
from .get_connector_install_base_response_200_item import GetConnectorInstallBaseResponse200Item
from .install_connector_body import InstallConnectorBody
from .install_connector_response_200 import InstallConnectorResponse200
from .install_step import InstallStep
from .integration import Integration
from .integration_clone_request import IntegrationCloneRequest
from .integration_install_request import IntegrationInstallRequest
from .integration_mode import IntegrationMode
from .integration_settings import IntegrationSettings
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
from .preview_connector_install_response_200 import PreviewConnectorInstallResponse200
from .push_connector_update_body import PushConnectorUpdateBody
from .token_info import TokenInfo

__all__ = (
    "AuthError",
    "Connector",
    "ConnectorIClientIdMapItem",
    "ConnectorIClientIdMapItemConnection",
    "ConnectorOAuthServerFlow",
    "ConnectorRepository",
    "Error",
    "ErrorErrorsItem",
    "FunctionPayload",
    "GetConnectorInstallBaseResponse200Item",
    "InstallConnectorBody",
    "InstallConnectorResponse200",
    "InstallStep",
    "Integration",
    "IntegrationCloneRequest",
    "IntegrationInstallRequest",
    "IntegrationMode",
    "IntegrationSettings",
    "License",
    "LicenseCreateRequest",
    "LicenseCreateRequestOpts",
    "LicenseCreateRequestOptsAddonLicensesItem",
    "LicenseCreateRequestOptsAddonLicensesItemLicensesItem",
    "LicenseOpts",
    "LicenseOptsAddonLicensesItem",
    "LicenseOptsAddonLicensesItemLicensesItem",
    "LicenseUser",
    "PreviewConnectorInstallResponse200",
    "PushConnectorUpdateBody",
    "TokenInfo",
)
