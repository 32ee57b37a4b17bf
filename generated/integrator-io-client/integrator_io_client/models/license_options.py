# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicenseOptions")


@_attrs_define
class LicenseOptions:
    """
    Attributes:
        addon_licenses (list[AddonLicense] | Unset):
        connector_edition (str | Unset): License tier (e.g. `standard`, `premium`, `enterprise`).
    """

    addon_licenses: list[AddonLicense] | Unset = UNSET
    connector_edition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addon_licenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addon_licenses, Unset):
            addon_licenses = []
            for addon_licenses_item_data in self.addon_licenses:
                addon_licenses_item = addon_licenses_item_data.to_dict()
                addon_licenses.append(addon_licenses_item)

        connector_edition = self.connector_edition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addon_licenses is not UNSET:
            field_dict["addonLicenses"] = addon_licenses
        if connector_edition is not UNSET:
            field_dict["connectorEdition"] = connector_edition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _addon_licenses = d.get("addonLicenses", UNSET)
        addon_licenses: list[AddonLicense] | Unset = UNSET
        if _addon_licenses is not UNSET:
            addon_licenses = []
            for addon_licenses_item_data in _addon_licenses:
                addon_licenses_item = AddonLicense.from_dict(addon_licenses_item_data)

                addon_licenses.append(addon_licenses_item)

        connector_edition = d.get("connectorEdition", UNSET)

        _instance = cls.__new__(cls)
        _instance.addon_licenses = addon_licenses
        _instance.connector_edition = connector_edition

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
        "addonLicenses",
        "connectorEdition",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.addon_license import AddonLicense  # noqa: E402
