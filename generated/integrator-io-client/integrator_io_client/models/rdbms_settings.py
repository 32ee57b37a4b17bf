# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RdbmsSettings")


@_attrs_define
class RdbmsSettings:
    """Database (MySQL, PostgreSQL, SQL Server, Snowflake, ...) settings.

    Attributes:
        database (str | Unset):
        host (str | Unset):
        password (str | Unset):
        port (int | Unset):
        type_ (str | Unset):
        user (str | Unset):
    """

    database: str | Unset = UNSET
    host: str | Unset = UNSET
    password: str | Unset = UNSET
    port: int | Unset = UNSET
    type_: str | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        host = self.host

        password = self.password

        port = self.port

        type_ = self.type_

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database is not UNSET:
            field_dict["database"] = database
        if host is not UNSET:
            field_dict["host"] = host
        if password is not UNSET:
            field_dict["password"] = password
        if port is not UNSET:
            field_dict["port"] = port
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        database = d.get("database", UNSET)

        host = d.get("host", UNSET)

        password = d.get("password", UNSET)

        port = d.get("port", UNSET)

        type_ = d.get("type", UNSET)

        user = d.get("user", UNSET)

        _instance = cls.__new__(cls)
        _instance.database = database
        _instance.host = host
        _instance.password = password
        _instance.port = port
        _instance.type_ = type_
        _instance.user = user

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
        "database",
        "host",
        "password",
        "port",
        "type",
        "user",
    )
)
