# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientSalesforce")


@_attrs_define
class IClientSalesforce:
    """
    Attributes:
        api_token (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        private_key (str | Unset):
        public_key (str | Unset):
    """

    api_token: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    private_key: str | Unset = UNSET
    public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        client_id = self.client_id

        client_secret = self.client_secret

        private_key = self.private_key

        public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_token is not UNSET:
            field_dict["apiToken"] = api_token
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_token = d.get("apiToken", UNSET)

        client_id = d.get("clientId", UNSET)

        client_secret = d.get("clientSecret", UNSET)

        private_key = d.get("privateKey", UNSET)

        public_key = d.get("publicKey", UNSET)

        _instance = cls.__new__(cls)
        _instance.api_token = api_token
        _instance.client_id = client_id
        _instance.client_secret = client_secret
        _instance.private_key = private_key
        _instance.public_key = public_key

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
        "apiToken",
        "clientId",
        "clientSecret",
        "privateKey",
        "publicKey",
    )
)
