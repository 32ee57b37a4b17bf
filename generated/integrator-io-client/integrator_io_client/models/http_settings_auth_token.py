# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpSettingsAuthToken")


@_attrs_define
class HttpSettingsAuthToken:
    """
    Attributes:
        header_name (str | Unset):
        location (str | Unset):
        param_name (str | Unset):
        refresh_token (str | Unset):
        scheme (str | Unset):
        token (str | Unset):
    """

    header_name: str | Unset = UNSET
    location: str | Unset = UNSET
    param_name: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    scheme: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_name = self.header_name

        location = self.location

        param_name = self.param_name

        refresh_token = self.refresh_token

        scheme = self.scheme

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header_name is not UNSET:
            field_dict["headerName"] = header_name
        if location is not UNSET:
            field_dict["location"] = location
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        header_name = d.get("headerName", UNSET)

        location = d.get("location", UNSET)

        param_name = d.get("paramName", UNSET)

        refresh_token = d.get("refreshToken", UNSET)

        scheme = d.get("scheme", UNSET)

        token = d.get("token", UNSET)

        _instance = cls.__new__(cls)
        _instance.header_name = header_name
        _instance.location = location
        _instance.param_name = param_name
        _instance.refresh_token = refresh_token
        _instance.scheme = scheme
        _instance.token = token

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
        "headerName",
        "location",
        "paramName",
        "refreshToken",
        "scheme",
        "token",
    )
)
