# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FtpSettings")


@_attrs_define(repr=False)
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
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
        _instance._wire = None
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

    @classmethod
    def _from_wire(cls: type[T], src_dict: Any) -> T:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied): each
        field is decoded the first time it is read. Raises TypeError / KeyError at once if
        `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = cls.__new__(cls)
        _instance._wire = src_dict
        return _instance

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only called while the slot `name` is empty: the first read of a field of a
            # model built by _from_wire. Decode it, fill the slot, and never come here again.
            decode = _DECODERS.get(name)
            wire = self._wire if decode is not None else None
            if wire is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            try:
                value = decode(wire)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise FieldDecodeError(type(self).__name__, name, exc) from exc
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        return model_repr(self, _FIELD_NAMES)

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


def _decode_host_uri(__src: dict[str, Any]) -> Any:
    host_uri = __src.get("hostURI", UNSET)
    return host_uri


def _decode_password(__src: dict[str, Any]) -> Any:
    password = __src.get("password", UNSET)
    return password


def _decode_pgp_passphrase(__src: dict[str, Any]) -> Any:
    pgp_passphrase = __src.get("pgpPassphrase", UNSET)
    return pgp_passphrase


def _decode_port(__src: dict[str, Any]) -> Any:
    port = __src.get("port", UNSET)
    return port


def _decode_type_(__src: dict[str, Any]) -> Any:
    type_ = __src.get("type", UNSET)
    return type_


def _decode_username(__src: dict[str, Any]) -> Any:
    username = __src.get("username", UNSET)
    return username


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "host_uri": _decode_host_uri,
    "password": _decode_password,
    "pgp_passphrase": _decode_pgp_passphrase,
    "port": _decode_port,
    "type_": _decode_type_,
    "username": _decode_username,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "host_uri",
    "password",
    "pgp_passphrase",
    "port",
    "type_",
    "username",
)
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
