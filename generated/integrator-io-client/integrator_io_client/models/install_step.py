# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstallStep")


@_attrs_define
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
        "_connectionId",
        "completed",
        "description",
        "imageURL",
        "installURL",
        "installerFunction",
        "uninstallerFunction",
    )
)
