# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connector")


@_attrs_define
class Connector:
    """
    Attributes:
        name (str):
        i_client_id_map (list[IClientMapping] | Unset):
        id (str | Unset):
        integration_id (str | Unset):
        shared_export_ids (list[str] | Unset):
        shared_import_ids (list[str] | Unset):
        stack_id (str | Unset):
        trial_license_id (str | Unset): License template ID for trials. Required when `trialEnabled`
            is `true`.
        applications (list[str] | Unset): Application slugs (e.g. `netsuite`, `shopify`).
        contact_email (str | Unset):
        description (str | Unset):
        external_installer_function (str | Unset):
        handle (str | Unset): Auto-generated short unique slug for the connector.
        image_url (str | Unset):
        installer_function (str | Unset):
        last_modified (datetime.datetime | Unset):
        legacy_id (str | Unset): Identifier of the connector in the legacy (pre-v1) system.
        managed (bool | Unset):
        num_installs (int | Unset): Number of active installations of this connector.
        o_auth_server_flow (ConnectorOAuthServerFlow | Unset):
        pre_uninstall_function (str | Unset):
        published (bool | Unset):
        repository (ConnectorRepository | Unset): Source repository of the connector's code.
        trial_enabled (bool | Unset): Whether trial licenses are enabled for this connector. Setting
            to `true` requires `trialPeriod` and `_trialLicenseId`.
        trial_period (int | Unset): Trial period in days. Required when `trialEnabled` is `true`.
        uninstaller_function (str | Unset):
        update_function (str | Unset):
        website_url (str | Unset):
    """

    name: str
    i_client_id_map: list[IClientMapping] | Unset = UNSET
    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    shared_export_ids: list[str] | Unset = UNSET
    shared_import_ids: list[str] | Unset = UNSET
    stack_id: str | Unset = UNSET
    trial_license_id: str | Unset = UNSET
    applications: list[str] | Unset = UNSET
    contact_email: str | Unset = UNSET
    description: str | Unset = UNSET
    external_installer_function: str | Unset = UNSET
    handle: str | Unset = UNSET
    image_url: str | Unset = UNSET
    installer_function: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    legacy_id: str | Unset = UNSET
    managed: bool | Unset = UNSET
    num_installs: int | Unset = UNSET
    o_auth_server_flow: ConnectorOAuthServerFlow | Unset = UNSET
    pre_uninstall_function: str | Unset = UNSET
    published: bool | Unset = UNSET
    repository: ConnectorRepository | Unset = UNSET
    trial_enabled: bool | Unset = UNSET
    trial_period: int | Unset = UNSET
    uninstaller_function: str | Unset = UNSET
    update_function: str | Unset = UNSET
    website_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        i_client_id_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.i_client_id_map, Unset):
            i_client_id_map = []
            for field_i_client_id_map_item_data in self.i_client_id_map:
                field_i_client_id_map_item = field_i_client_id_map_item_data.to_dict()
                i_client_id_map.append(field_i_client_id_map_item)

        id = self.id

        integration_id = self.integration_id

        shared_export_ids: list[str] | Unset = UNSET
        if not isinstance(self.shared_export_ids, Unset):
            shared_export_ids = self.shared_export_ids

        shared_import_ids: list[str] | Unset = UNSET
        if not isinstance(self.shared_import_ids, Unset):
            shared_import_ids = self.shared_import_ids

        stack_id = self.stack_id

        trial_license_id = self.trial_license_id

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        contact_email = self.contact_email

        description = self.description

        external_installer_function = self.external_installer_function

        handle = self.handle

        image_url = self.image_url

        installer_function = self.installer_function

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        legacy_id = self.legacy_id

        managed = self.managed

        num_installs = self.num_installs

        o_auth_server_flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.o_auth_server_flow, Unset):
            o_auth_server_flow = self.o_auth_server_flow.to_dict()

        pre_uninstall_function = self.pre_uninstall_function

        published = self.published

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        trial_enabled = self.trial_enabled

        trial_period = self.trial_period

        uninstaller_function = self.uninstaller_function

        update_function = self.update_function

        website_url = self.website_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if i_client_id_map is not UNSET:
            field_dict["_iClientIdMap"] = i_client_id_map
        if id is not UNSET:
            field_dict["_id"] = id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if shared_export_ids is not UNSET:
            field_dict["_sharedExportIds"] = shared_export_ids
        if shared_import_ids is not UNSET:
            field_dict["_sharedImportIds"] = shared_import_ids
        if stack_id is not UNSET:
            field_dict["_stackId"] = stack_id
        if trial_license_id is not UNSET:
            field_dict["_trialLicenseId"] = trial_license_id
        if applications is not UNSET:
            field_dict["applications"] = applications
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if description is not UNSET:
            field_dict["description"] = description
        if external_installer_function is not UNSET:
            field_dict["externalInstallerFunction"] = external_installer_function
        if handle is not UNSET:
            field_dict["handle"] = handle
        if image_url is not UNSET:
            field_dict["imageURL"] = image_url
        if installer_function is not UNSET:
            field_dict["installerFunction"] = installer_function
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if legacy_id is not UNSET:
            field_dict["legacyId"] = legacy_id
        if managed is not UNSET:
            field_dict["managed"] = managed
        if num_installs is not UNSET:
            field_dict["numInstalls"] = num_installs
        if o_auth_server_flow is not UNSET:
            field_dict["oAuthServerFlow"] = o_auth_server_flow
        if pre_uninstall_function is not UNSET:
            field_dict["preUninstallFunction"] = pre_uninstall_function
        if published is not UNSET:
            field_dict["published"] = published
        if repository is not UNSET:
            field_dict["repository"] = repository
        if trial_enabled is not UNSET:
            field_dict["trialEnabled"] = trial_enabled
        if trial_period is not UNSET:
            field_dict["trialPeriod"] = trial_period
        if uninstaller_function is not UNSET:
            field_dict["uninstallerFunction"] = uninstaller_function
        if update_function is not UNSET:
            field_dict["updateFunction"] = update_function
        if website_url is not UNSET:
            field_dict["websiteURL"] = website_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        _i_client_id_map = d.get("_iClientIdMap", UNSET)
        i_client_id_map: list[IClientMapping] | Unset = UNSET
        if _i_client_id_map is not UNSET:
            i_client_id_map = []
            for field_i_client_id_map_item_data in _i_client_id_map:
                field_i_client_id_map_item = IClientMapping.from_dict(field_i_client_id_map_item_data)

                i_client_id_map.append(field_i_client_id_map_item)

        id = d.get("_id", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        shared_export_ids = cast("list[str]", d.get("_sharedExportIds", UNSET))

        shared_import_ids = cast("list[str]", d.get("_sharedImportIds", UNSET))

        stack_id = d.get("_stackId", UNSET)

        trial_license_id = d.get("_trialLicenseId", UNSET)

        applications = cast("list[str]", d.get("applications", UNSET))

        contact_email = d.get("contactEmail", UNSET)

        description = d.get("description", UNSET)

        external_installer_function = d.get("externalInstallerFunction", UNSET)

        handle = d.get("handle", UNSET)

        image_url = d.get("imageURL", UNSET)

        installer_function = d.get("installerFunction", UNSET)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        legacy_id = d.get("legacyId", UNSET)

        managed = d.get("managed", UNSET)

        num_installs = d.get("numInstalls", UNSET)

        _o_auth_server_flow = d.get("oAuthServerFlow", UNSET)
        o_auth_server_flow: ConnectorOAuthServerFlow | Unset
        if isinstance(_o_auth_server_flow, Unset):
            o_auth_server_flow = UNSET
        else:
            o_auth_server_flow = ConnectorOAuthServerFlow.from_dict(_o_auth_server_flow)

        pre_uninstall_function = d.get("preUninstallFunction", UNSET)

        published = d.get("published", UNSET)

        _repository = d.get("repository", UNSET)
        repository: ConnectorRepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = ConnectorRepository.from_dict(_repository)

        trial_enabled = d.get("trialEnabled", UNSET)

        trial_period = d.get("trialPeriod", UNSET)

        uninstaller_function = d.get("uninstallerFunction", UNSET)

        update_function = d.get("updateFunction", UNSET)

        website_url = d.get("websiteURL", UNSET)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.i_client_id_map = i_client_id_map
        _instance.id = id
        _instance.integration_id = integration_id
        _instance.shared_export_ids = shared_export_ids
        _instance.shared_import_ids = shared_import_ids
        _instance.stack_id = stack_id
        _instance.trial_license_id = trial_license_id
        _instance.applications = applications
        _instance.contact_email = contact_email
        _instance.description = description
        _instance.external_installer_function = external_installer_function
        _instance.handle = handle
        _instance.image_url = image_url
        _instance.installer_function = installer_function
        _instance.last_modified = last_modified
        _instance.legacy_id = legacy_id
        _instance.managed = managed
        _instance.num_installs = num_installs
        _instance.o_auth_server_flow = o_auth_server_flow
        _instance.pre_uninstall_function = pre_uninstall_function
        _instance.published = published
        _instance.repository = repository
        _instance.trial_enabled = trial_enabled
        _instance.trial_period = trial_period
        _instance.uninstaller_function = uninstaller_function
        _instance.update_function = update_function
        _instance.website_url = website_url

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "_iClientIdMap",
        "_id",
        "_integrationId",
        "_sharedExportIds",
        "_sharedImportIds",
        "_stackId",
        "_trialLicenseId",
        "applications",
        "contactEmail",
        "description",
        "externalInstallerFunction",
        "handle",
        "imageURL",
        "installerFunction",
        "lastModified",
        "legacyId",
        "managed",
        "numInstalls",
        "oAuthServerFlow",
        "preUninstallFunction",
        "published",
        "repository",
        "trialEnabled",
        "trialPeriod",
        "uninstallerFunction",
        "updateFunction",
        "websiteURL",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.connector_o_auth_server_flow import ConnectorOAuthServerFlow  # noqa: E402
from ..models.connector_repository import ConnectorRepository  # noqa: E402
from ..models.i_client_mapping import IClientMapping  # noqa: E402
