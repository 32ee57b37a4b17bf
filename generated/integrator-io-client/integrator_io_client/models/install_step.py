# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallStep")


@_attrs_define(repr=False)
class InstallStep:
    """
    Attributes:
        name (str): Title of the step.
        connection_id (str | Unset): Connection the step configures.
        completed (bool | Unset): Whether the step is done.
        description (str | Unset): What the step does.
        image_url (str | Unset): Image shown with the step.
        install_url (str | Unset): Where the user completes the step, if outside integrator.io.
        installer_function (str | Unset): Installer function that completes the step.
        uninstaller_function (str | Unset): Uninstaller function that reverts the step.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    name: str
    connection_id: str | Unset = UNSET
    completed: bool | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    install_url: str | Unset = UNSET
    installer_function: str | Unset = UNSET
    uninstaller_function: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connection_id = self.connection_id

        completed = self.completed

        description = self.description

        image_url = self.image_url

        install_url = self.install_url

        installer_function = self.installer_function

        uninstaller_function = self.uninstaller_function

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if connection_id is not UNSET:
            field_dict["_connectionId"] = connection_id
        if completed is not UNSET:
            field_dict["completed"] = completed
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageURL"] = image_url
        if install_url is not UNSET:
            field_dict["installURL"] = install_url
        if installer_function is not UNSET:
            field_dict["installerFunction"] = installer_function
        if uninstaller_function is not UNSET:
            field_dict["uninstallerFunction"] = uninstaller_function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        connection_id = d.get("_connectionId", UNSET)

        completed = d.get("completed", UNSET)

        description = d.get("description", UNSET)

        image_url = d.get("imageURL", UNSET)

        install_url = d.get("installURL", UNSET)

        installer_function = d.get("installerFunction", UNSET)

        uninstaller_function = d.get("uninstallerFunction", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.name = name
        _instance.connection_id = connection_id
        _instance.completed = completed
        _instance.description = description
        _instance.image_url = image_url
        _instance.install_url = install_url
        _instance.installer_function = installer_function
        _instance.uninstaller_function = uninstaller_function

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> InstallStep:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingInstallStep.__new__(_PendingInstallStep)
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


class _PendingInstallStep(InstallStep):
    """A InstallStep from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain InstallStep.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingInstallStep.__name__ = _PendingInstallStep.__qualname__ = "InstallStep"


def _decode(__model: InstallStep) -> None:
    """Decode a _from_wire model into its slots and make it a plain InstallStep. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", InstallStep)
        return
    __field = ""
    try:
        __field = "name"
        name = __src["name"]
        __field = "connection_id"
        connection_id = __src.get("_connectionId", UNSET)
        __field = "completed"
        completed = __src.get("completed", UNSET)
        __field = "description"
        description = __src.get("description", UNSET)
        __field = "image_url"
        image_url = __src.get("imageURL", UNSET)
        __field = "install_url"
        install_url = __src.get("installURL", UNSET)
        __field = "installer_function"
        installer_function = __src.get("installerFunction", UNSET)
        __field = "uninstaller_function"
        uninstaller_function = __src.get("uninstallerFunction", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("InstallStep", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", InstallStep)
    __model._wire = None
    __model.name = name
    __model.connection_id = connection_id
    __model.completed = completed
    __model.description = description
    __model.image_url = image_url
    __model.install_url = install_url
    __model.installer_function = installer_function
    __model.uninstaller_function = uninstaller_function
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "connection_id",
        "completed",
        "description",
        "image_url",
        "install_url",
        "installer_function",
        "uninstaller_function",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "name",
    "connection_id",
    "completed",
    "description",
    "image_url",
    "install_url",
    "installer_function",
    "uninstaller_function",
)
_REQUIRED: frozenset[str] = frozenset(("name",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "_connectionId",
        "completed",
        "description",
        "imageURL",
        "installURL",
        "installerFunction",
        "uninstallerFunction",
    )
)
