# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpSettingsAuth")


@_attrs_define
class HttpSettingsAuth:
    """
    Attributes:
        basic (HttpSettingsAuthBasic | Unset):
        token (HttpSettingsAuthToken | Unset):
        type_ (str | Unset): `basic`, `token`, `oauth`, `cookie`, `custom`, ...
    """

    basic: HttpSettingsAuthBasic | Unset = UNSET
    token: HttpSettingsAuthToken | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic, Unset):
            basic = self.basic.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic is not UNSET:
            field_dict["basic"] = basic
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _basic = d.get("basic", UNSET)
        basic: HttpSettingsAuthBasic | Unset
        if isinstance(_basic, Unset):
            basic = UNSET
        else:
            basic = HttpSettingsAuthBasic.from_dict(_basic)

        _token = d.get("token", UNSET)
        token: HttpSettingsAuthToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = HttpSettingsAuthToken.from_dict(_token)

        type_ = d.get("type", UNSET)

        _instance = cls.__new__(cls)
        _instance.basic = basic
        _instance.token = token
        _instance.type_ = type_

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
        "basic",
        "token",
        "type",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.http_settings_auth_basic import HttpSettingsAuthBasic  # noqa: E402
from ..models.http_settings_auth_token import HttpSettingsAuthToken  # noqa: E402
