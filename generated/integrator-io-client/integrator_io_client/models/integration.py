# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from .._models import FieldDecodeError, model_repr
from ..models.integration_mode import IntegrationMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Integration")


@_attrs_define(repr=False)
class Integration:
    """
    Attributes:
        name (str): Give your integration an intuitive name to stay organized.
        connector_id (str | Unset): If this integration belongs to a connector, the connector's ID.
        id (str | Unset): System generated unique identifier for this integration.
        created_at (datetime.datetime | Unset):
        description (str | Unset): Brief description of the integration.
        install (list[InstallStep] | Unset): This array field is used to specifcy all of the steps that are needed to
            install the SmartConnector integration in a user's integrator.io account, and is also used to track the state of
            each step so that the integrator.io UI knows which ones are done vs which one the user should do next, etc...
        last_modified (datetime.datetime | Unset): Read only field tracking last modified date/time.
        mode (IntegrationMode | Unset): For the most part this is a read-only field used by the integrator.io UI.  Valid
            values are 'install', 'settings', and 'uninstall'.  The value 'install' is used to indicate that the integration
            is still being installed by the user.  The value 'settings' is used to indicate that the integration is done
            installing, and that the user has access to the settings page for the integration.  The value 'uninstall' is
            used to indicate that the integration is being uninstalled.
        readme (str | Unset): Free text shown with the integration.
        settings (IntegrationSettings | Unset): This field is used to store the settings (i.e. the configuration) for
            the SmartConnector integration.  For example, when a user opens the settings page for a SmartConnector
            integration running in their account, and they change a setting, this field is updated, and then also propagated
            to the SmartConnector's backend to adjust the integration accordingly.
        tag (str | Unset): Free-form tag.
        update_in_progress (bool | Unset): This field is automatically set to 'true' whenever you push a managed update
            to a user's integrator.io account.  You must explicitly set this field back to 'false' when your update is done.
            While updateInProgress is 'true' the user will not be allowed to change any settings or mappings in their
            integration.
        version (str | Unset): This field is used to store the version of an integration running in the user's
            integrator.io account.  Whenever you push any managed updates to a user's integrator.io account you should
            always increment the version field as the final step.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    name: str
    connector_id: str | Unset = UNSET
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    install: list[InstallStep] | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    mode: IntegrationMode | Unset = UNSET
    readme: str | Unset = UNSET
    settings: IntegrationSettings | Unset = UNSET
    tag: str | Unset = UNSET
    update_in_progress: bool | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connector_id = self.connector_id

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        description = self.description

        install: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.install, Unset):
            install = []
            for install_item_data in self.install:
                install_item = install_item_data.to_dict()
                install.append(install_item)

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        readme = self.readme

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        tag = self.tag

        update_in_progress = self.update_in_progress

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if connector_id is not UNSET:
            field_dict["_connectorId"] = connector_id
        if id is not UNSET:
            field_dict["_id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if install is not UNSET:
            field_dict["install"] = install
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if mode is not UNSET:
            field_dict["mode"] = mode
        if readme is not UNSET:
            field_dict["readme"] = readme
        if settings is not UNSET:
            field_dict["settings"] = settings
        if tag is not UNSET:
            field_dict["tag"] = tag
        if update_in_progress is not UNSET:
            field_dict["updateInProgress"] = update_in_progress
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        connector_id = d.get("_connectorId", UNSET)

        id = d.get("_id", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        description = d.get("description", UNSET)

        _install = d.get("install", UNSET)
        install: list[InstallStep] | Unset = UNSET
        if _install is not UNSET:
            install = []
            for install_item_data in _install:
                install_item = InstallStep.from_dict(install_item_data)

                install.append(install_item)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        _mode = d.get("mode", UNSET)
        mode: IntegrationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = IntegrationMode(_mode)

        readme = d.get("readme", UNSET)

        _settings = d.get("settings", UNSET)
        settings: IntegrationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = IntegrationSettings.from_dict(_settings)

        tag = d.get("tag", UNSET)

        update_in_progress = d.get("updateInProgress", UNSET)

        version = d.get("version", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.name = name
        _instance.connector_id = connector_id
        _instance.id = id
        _instance.created_at = created_at
        _instance.description = description
        _instance.install = install
        _instance.last_modified = last_modified
        _instance.mode = mode
        _instance.readme = readme
        _instance.settings = settings
        _instance.tag = tag
        _instance.update_in_progress = update_in_progress
        _instance.version = version

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Integration:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingIntegration.__new__(_PendingIntegration)
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


class _PendingIntegration(Integration):
    """A Integration from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Integration.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingIntegration.__name__ = _PendingIntegration.__qualname__ = "Integration"


def _decode(__model: Integration) -> None:
    """Decode a _from_wire model into its slots and make it a plain Integration. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Integration)
        return
    __field = ""
    try:
        __field = "name"
        name = __src["name"]
        __field = "connector_id"
        connector_id = __src.get("_connectorId", UNSET)
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "description"
        description = __src.get("description", UNSET)
        __field = "install"
        _install = __src.get("install", UNSET)
        install: list[InstallStep] | Unset = UNSET
        if _install is not UNSET:
            install = []
            for install_item_data in _install:
                install_item = InstallStep.from_dict(install_item_data)

                install.append(install_item)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "mode"
        _mode = __src.get("mode", UNSET)
        mode: IntegrationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = IntegrationMode(_mode)

        __field = "readme"
        readme = __src.get("readme", UNSET)
        __field = "settings"
        _settings = __src.get("settings", UNSET)
        settings: IntegrationSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = IntegrationSettings.from_dict(_settings)

        __field = "tag"
        tag = __src.get("tag", UNSET)
        __field = "update_in_progress"
        update_in_progress = __src.get("updateInProgress", UNSET)
        __field = "version"
        version = __src.get("version", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Integration", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Integration)
    __model._wire = None
    __model.name = name
    __model.connector_id = connector_id
    __model.id = id
    __model.created_at = created_at
    __model.description = description
    __model.install = install
    __model.last_modified = last_modified
    __model.mode = mode
    __model.readme = readme
    __model.settings = settings
    __model.tag = tag
    __model.update_in_progress = update_in_progress
    __model.version = version
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "connector_id",
        "id",
        "created_at",
        "description",
        "install",
        "last_modified",
        "mode",
        "readme",
        "settings",
        "tag",
        "update_in_progress",
        "version",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "connector_id",
    "created_at",
    "description",
    "install",
    "last_modified",
    "mode",
    "readme",
    "settings",
    "tag",
    "update_in_progress",
    "version",
)
_REQUIRED: frozenset[str] = frozenset(("name",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "_connectorId",
        "_id",
        "createdAt",
        "description",
        "install",
        "lastModified",
        "mode",
        "readme",
        "settings",
        "tag",
        "updateInProgress",
        "version",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.install_step import InstallStep  # noqa: E402
from ..models.integration_settings import IntegrationSettings  # noqa: E402
