# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientEbay")


@_attrs_define
class IClientEbay:
    """
    Attributes:
        app_id (str | Unset):
        cert_id (str | Unset):
        dev_id (str | Unset):
        ru_name (str | Unset):
    """

    app_id: str | Unset = UNSET
    cert_id: str | Unset = UNSET
    dev_id: str | Unset = UNSET
    ru_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        cert_id = self.cert_id

        dev_id = self.dev_id

        ru_name = self.ru_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if cert_id is not UNSET:
            field_dict["certId"] = cert_id
        if dev_id is not UNSET:
            field_dict["devId"] = dev_id
        if ru_name is not UNSET:
            field_dict["ruName"] = ru_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        app_id = d.get("appId", UNSET)

        cert_id = d.get("certId", UNSET)

        dev_id = d.get("devId", UNSET)

        ru_name = d.get("ruName", UNSET)

        _instance = cls.__new__(cls)
        _instance.app_id = app_id
        _instance.cert_id = cert_id
        _instance.dev_id = dev_id
        _instance.ru_name = ru_name

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
        "appId",
        "certId",
        "devId",
        "ruName",
    )
)
