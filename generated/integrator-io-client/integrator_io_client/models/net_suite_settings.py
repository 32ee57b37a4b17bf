# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetSuiteSettings")


@_attrs_define(repr=False)
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
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
        _instance._wire = None
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


def _decode_account(__src: dict[str, Any]) -> Any:
    account = __src.get("account", UNSET)
    return account


def _decode_auth_type(__src: dict[str, Any]) -> Any:
    auth_type = __src.get("authType", UNSET)
    return auth_type


def _decode_email(__src: dict[str, Any]) -> Any:
    email = __src.get("email", UNSET)
    return email


def _decode_environment(__src: dict[str, Any]) -> Any:
    environment = __src.get("environment", UNSET)
    return environment


def _decode_password(__src: dict[str, Any]) -> Any:
    password = __src.get("password", UNSET)
    return password


def _decode_role_id(__src: dict[str, Any]) -> Any:
    role_id = __src.get("roleId", UNSET)
    return role_id


def _decode_token_id(__src: dict[str, Any]) -> Any:
    token_id = __src.get("tokenId", UNSET)
    return token_id


def _decode_token_secret(__src: dict[str, Any]) -> Any:
    token_secret = __src.get("tokenSecret", UNSET)
    return token_secret


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "account": _decode_account,
    "auth_type": _decode_auth_type,
    "email": _decode_email,
    "environment": _decode_environment,
    "password": _decode_password,
    "role_id": _decode_role_id,
    "token_id": _decode_token_id,
    "token_secret": _decode_token_secret,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "account",
    "auth_type",
    "email",
    "environment",
    "password",
    "role_id",
    "token_id",
    "token_secret",
)
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
