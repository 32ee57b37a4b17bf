# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetSuiteSettings")


@_attrs_define
class NetSuiteSettings:
    """NetSuite adaptor settings.

    Attributes:
        account (str | Unset):
        auth_type (str | Unset): `basic` or `token`.
        email (str | Unset):
        environment (str | Unset):
        password (str | Unset):
        role_id (str | Unset):
        token_id (str | Unset):
        token_secret (str | Unset):
    """

    account: str | Unset = UNSET
    auth_type: str | Unset = UNSET
    email: str | Unset = UNSET
    environment: str | Unset = UNSET
    password: str | Unset = UNSET
    role_id: str | Unset = UNSET
    token_id: str | Unset = UNSET
    token_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        auth_type = self.auth_type

        email = self.email

        environment = self.environment

        password = self.password

        role_id = self.role_id

        token_id = self.token_id

        token_secret = self.token_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if email is not UNSET:
            field_dict["email"] = email
        if environment is not UNSET:
            field_dict["environment"] = environment
        if password is not UNSET:
            field_dict["password"] = password
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if token_id is not UNSET:
            field_dict["tokenId"] = token_id
        if token_secret is not UNSET:
            field_dict["tokenSecret"] = token_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        account = d.get("account", UNSET)

        auth_type = d.get("authType", UNSET)

        email = d.get("email", UNSET)

        environment = d.get("environment", UNSET)

        password = d.get("password", UNSET)

        role_id = d.get("roleId", UNSET)

        token_id = d.get("tokenId", UNSET)

        token_secret = d.get("tokenSecret", UNSET)

        _instance = cls.__new__(cls)
        _instance.account = account
        _instance.auth_type = auth_type
        _instance.email = email
        _instance.environment = environment
        _instance.password = password
        _instance.role_id = role_id
        _instance.token_id = token_id
        _instance.token_secret = token_secret

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
        "account",
        "authType",
        "email",
        "environment",
        "password",
        "roleId",
        "tokenId",
        "tokenSecret",
    )
)
