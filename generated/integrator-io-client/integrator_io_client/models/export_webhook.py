# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportWebhook")


@_attrs_define
class ExportWebhook:
    """Listener settings of a `webhook` export.

    Attributes:
        key (str | Unset): Key that verifies the sender's signature.
        password (str | Unset):
        provider (str | Unset): e.g. `github`, `shopify`, `custom`.
        token (str | Unset):
        username (str | Unset):
    """

    key: str | Unset = UNSET
    password: str | Unset = UNSET
    provider: str | Unset = UNSET
    token: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        password = self.password

        provider = self.provider

        token = self.token

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if password is not UNSET:
            field_dict["password"] = password
        if provider is not UNSET:
            field_dict["provider"] = provider
        if token is not UNSET:
            field_dict["token"] = token
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d.get("key", UNSET)

        password = d.get("password", UNSET)

        provider = d.get("provider", UNSET)

        token = d.get("token", UNSET)

        username = d.get("username", UNSET)

        _instance = cls.__new__(cls)
        _instance.key = key
        _instance.password = password
        _instance.provider = provider
        _instance.token = token
        _instance.username = username

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
        "key",
        "password",
        "provider",
        "token",
        "username",
    )
)
