# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RdbmsSettings")


@_attrs_define(repr=False)
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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
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
        _instance._wire = None
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

    @classmethod
    def _from_wire(cls, src_dict: Any) -> RdbmsSettings:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingRdbmsSettings.__new__(_PendingRdbmsSettings)
        _set_slot(_instance, "_wire", src_dict)
        return _instance

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


class _PendingRdbmsSettings(RdbmsSettings):
    """A RdbmsSettings from a response, not decoded yet (see _from_wire)."""

    __slots__ = ()

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only called when a slot is empty: a field not decoded yet.
            if name not in _FIELDS:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            _decode(self)
            return getattr(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            # Decoded first, so that the decoding cannot overwrite the assignment.
            _decode(self)
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        _decode(self)
        return self == other

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # copy and pickle see a plain RdbmsSettings.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingRdbmsSettings.__name__ = _PendingRdbmsSettings.__qualname__ = "RdbmsSettings"


def _decode(__model: RdbmsSettings) -> None:
    """Decode a _from_wire model into its slots and make it a plain RdbmsSettings. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", RdbmsSettings)
        return
    __field = ""
    try:
        __field = "database"
        database = __src.get("database", UNSET)
        __field = "host"
        host = __src.get("host", UNSET)
        __field = "password"
        password = __src.get("password", UNSET)
        __field = "port"
        port = __src.get("port", UNSET)
        __field = "type_"
        type_ = __src.get("type", UNSET)
        __field = "user"
        user = __src.get("user", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("RdbmsSettings", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", RdbmsSettings)
    __model._wire = None
    __model.database = database
    __model.host = host
    __model.password = password
    __model.port = port
    __model.type_ = type_
    __model.user = user
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "database",
        "host",
        "password",
        "port",
        "type_",
        "user",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "database",
    "host",
    "password",
    "port",
    "type_",
    "user",
)
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
