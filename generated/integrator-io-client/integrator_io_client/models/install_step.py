# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

    name: str
    connection_id: str | Unset = UNSET
    completed: bool | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    install_url: str | Unset = UNSET
    installer_function: str | Unset = UNSET
    uninstaller_function: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
    def _from_wire(cls: type[T], src_dict: Any) -> T:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied): each
        field is decoded the first time it is read. Raises TypeError / KeyError at once if
        `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = cls.__new__(cls)
        _instance._wire = src_dict
        return _instance

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only called while the slot `name` is empty: the first read of a field of a
            # model built by _from_wire. Decode it, fill the slot, and never come here again.
            decode = _DECODERS.get(name)
            wire = self._wire if decode is not None else None
            if wire is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            try:
                value = decode(wire)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise FieldDecodeError(type(self).__name__, name, exc) from exc
            object.__setattr__(self, name, value)
            return value

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


def _decode_name(__src: dict[str, Any]) -> Any:
    name = __src["name"]
    return name


def _decode_connection_id(__src: dict[str, Any]) -> Any:
    connection_id = __src.get("_connectionId", UNSET)
    return connection_id


def _decode_completed(__src: dict[str, Any]) -> Any:
    completed = __src.get("completed", UNSET)
    return completed


def _decode_description(__src: dict[str, Any]) -> Any:
    description = __src.get("description", UNSET)
    return description


def _decode_image_url(__src: dict[str, Any]) -> Any:
    image_url = __src.get("imageURL", UNSET)
    return image_url


def _decode_install_url(__src: dict[str, Any]) -> Any:
    install_url = __src.get("installURL", UNSET)
    return install_url


def _decode_installer_function(__src: dict[str, Any]) -> Any:
    installer_function = __src.get("installerFunction", UNSET)
    return installer_function


def _decode_uninstaller_function(__src: dict[str, Any]) -> Any:
    uninstaller_function = __src.get("uninstallerFunction", UNSET)
    return uninstaller_function


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "name": _decode_name,
    "connection_id": _decode_connection_id,
    "completed": _decode_completed,
    "description": _decode_description,
    "image_url": _decode_image_url,
    "install_url": _decode_install_url,
    "installer_function": _decode_installer_function,
    "uninstaller_function": _decode_uninstaller_function,
    "additional_properties": _decode_additional_properties,
}
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
