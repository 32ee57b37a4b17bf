# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FtpSettings")


@_attrs_define
class FtpSettings:
    """FTP / SFTP / FTPS adaptor settings.

    Attributes:
        host_uri (str | Unset):
        password (str | Unset):
        pgp_passphrase (str | Unset):
        port (int | Unset):
        type_ (str | Unset): `ftp`, `sftp` or `ftps`.
        username (str | Unset):
    """

    host_uri: str | Unset = UNSET
    password: str | Unset = UNSET
    pgp_passphrase: str | Unset = UNSET
    port: int | Unset = UNSET
    type_: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_uri = self.host_uri

        password = self.password

        pgp_passphrase = self.pgp_passphrase

        port = self.port

        type_ = self.type_

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_uri is not UNSET:
            field_dict["hostURI"] = host_uri
        if password is not UNSET:
            field_dict["password"] = password
        if pgp_passphrase is not UNSET:
            field_dict["pgpPassphrase"] = pgp_passphrase
        if port is not UNSET:
            field_dict["port"] = port
        if type_ is not UNSET:
            field_dict["type"] = type_
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        host_uri = d.get("hostURI", UNSET)

        password = d.get("password", UNSET)

        pgp_passphrase = d.get("pgpPassphrase", UNSET)

        port = d.get("port", UNSET)

        type_ = d.get("type", UNSET)

        username = d.get("username", UNSET)

        _instance = cls.__new__(cls)
        _instance.host_uri = host_uri
        _instance.password = password
        _instance.pgp_passphrase = pgp_passphrase
        _instance.port = port
        _instance.type_ = type_
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
        "hostURI",
        "password",
        "pgpPassphrase",
        "port",
        "type",
        "username",
    )
)
