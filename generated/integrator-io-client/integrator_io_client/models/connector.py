# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connector")


@_attrs_define(repr=False)
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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
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
        _instance._wire = None
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

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Connector:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingConnector.__new__(_PendingConnector)
        _set_slot(_instance, "_wire", src_dict)
        return _instance

    def __repr__(self) -> str:
        return model_repr(self, _FIELD_NAMES)

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


class _PendingConnector(Connector):
    """A Connector from a response, not decoded yet (see _from_wire)."""

    __slots__ = ()

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only called when a slot is empty: a field not decoded yet.
            if name not in _FIELDS:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            _decode(self)
            return getattr(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            # Decoded first, so that the decoding cannot overwrite the assignment.
            _decode(self)
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        _decode(self)
        return self == other

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # copy and pickle see a plain Connector.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingConnector.__name__ = _PendingConnector.__qualname__ = "Connector"


def _decode(__model: Connector) -> None:
    """Decode a _from_wire model into its slots and make it a plain Connector. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Connector)
        return
    __field = ""
    try:
        __field = "name"
        name = __src["name"]
        __field = "i_client_id_map"
        _i_client_id_map = __src.get("_iClientIdMap", UNSET)
        i_client_id_map: list[IClientMapping] | Unset = UNSET
        if _i_client_id_map is not UNSET:
            i_client_id_map = []
            for field_i_client_id_map_item_data in _i_client_id_map:
                field_i_client_id_map_item = IClientMapping.from_dict(field_i_client_id_map_item_data)

                i_client_id_map.append(field_i_client_id_map_item)

        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "integration_id"
        integration_id = __src.get("_integrationId", UNSET)
        __field = "shared_export_ids"
        shared_export_ids = cast("list[str]", __src.get("_sharedExportIds", UNSET))

        __field = "shared_import_ids"
        shared_import_ids = cast("list[str]", __src.get("_sharedImportIds", UNSET))

        __field = "stack_id"
        stack_id = __src.get("_stackId", UNSET)
        __field = "trial_license_id"
        trial_license_id = __src.get("_trialLicenseId", UNSET)
        __field = "applications"
        applications = cast("list[str]", __src.get("applications", UNSET))

        __field = "contact_email"
        contact_email = __src.get("contactEmail", UNSET)
        __field = "description"
        description = __src.get("description", UNSET)
        __field = "external_installer_function"
        external_installer_function = __src.get("externalInstallerFunction", UNSET)
        __field = "handle"
        handle = __src.get("handle", UNSET)
        __field = "image_url"
        image_url = __src.get("imageURL", UNSET)
        __field = "installer_function"
        installer_function = __src.get("installerFunction", UNSET)
        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "legacy_id"
        legacy_id = __src.get("legacyId", UNSET)
        __field = "managed"
        managed = __src.get("managed", UNSET)
        __field = "num_installs"
        num_installs = __src.get("numInstalls", UNSET)
        __field = "o_auth_server_flow"
        _o_auth_server_flow = __src.get("oAuthServerFlow", UNSET)
        o_auth_server_flow: ConnectorOAuthServerFlow | Unset
        if isinstance(_o_auth_server_flow, Unset):
            o_auth_server_flow = UNSET
        else:
            o_auth_server_flow = ConnectorOAuthServerFlow.from_dict(_o_auth_server_flow)

        __field = "pre_uninstall_function"
        pre_uninstall_function = __src.get("preUninstallFunction", UNSET)
        __field = "published"
        published = __src.get("published", UNSET)
        __field = "repository"
        _repository = __src.get("repository", UNSET)
        repository: ConnectorRepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = ConnectorRepository.from_dict(_repository)

        __field = "trial_enabled"
        trial_enabled = __src.get("trialEnabled", UNSET)
        __field = "trial_period"
        trial_period = __src.get("trialPeriod", UNSET)
        __field = "uninstaller_function"
        uninstaller_function = __src.get("uninstallerFunction", UNSET)
        __field = "update_function"
        update_function = __src.get("updateFunction", UNSET)
        __field = "website_url"
        website_url = __src.get("websiteURL", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Connector", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Connector)
    __model._wire = None
    __model.name = name
    __model.i_client_id_map = i_client_id_map
    __model.id = id
    __model.integration_id = integration_id
    __model.shared_export_ids = shared_export_ids
    __model.shared_import_ids = shared_import_ids
    __model.stack_id = stack_id
    __model.trial_license_id = trial_license_id
    __model.applications = applications
    __model.contact_email = contact_email
    __model.description = description
    __model.external_installer_function = external_installer_function
    __model.handle = handle
    __model.image_url = image_url
    __model.installer_function = installer_function
    __model.last_modified = last_modified
    __model.legacy_id = legacy_id
    __model.managed = managed
    __model.num_installs = num_installs
    __model.o_auth_server_flow = o_auth_server_flow
    __model.pre_uninstall_function = pre_uninstall_function
    __model.published = published
    __model.repository = repository
    __model.trial_enabled = trial_enabled
    __model.trial_period = trial_period
    __model.uninstaller_function = uninstaller_function
    __model.update_function = update_function
    __model.website_url = website_url
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "i_client_id_map",
        "id",
        "integration_id",
        "shared_export_ids",
        "shared_import_ids",
        "stack_id",
        "trial_license_id",
        "applications",
        "contact_email",
        "description",
        "external_installer_function",
        "handle",
        "image_url",
        "installer_function",
        "last_modified",
        "legacy_id",
        "managed",
        "num_installs",
        "o_auth_server_flow",
        "pre_uninstall_function",
        "published",
        "repository",
        "trial_enabled",
        "trial_period",
        "uninstaller_function",
        "update_function",
        "website_url",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "i_client_id_map",
    "integration_id",
    "shared_export_ids",
    "shared_import_ids",
    "stack_id",
    "trial_license_id",
    "applications",
    "contact_email",
    "description",
    "external_installer_function",
    "handle",
    "image_url",
    "installer_function",
    "last_modified",
    "legacy_id",
    "managed",
    "num_installs",
    "o_auth_server_flow",
    "pre_uninstall_function",
    "published",
    "repository",
    "trial_enabled",
    "trial_period",
    "uninstaller_function",
    "update_function",
    "website_url",
)
_REQUIRED: frozenset[str] = frozenset(("name",))
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
