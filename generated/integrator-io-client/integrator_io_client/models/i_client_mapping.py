# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientMapping")


@_attrs_define(repr=False)
class IClientMapping:
    """
    Attributes:
        i_client_ids (list[str] | Unset):
        id (bool | str | Unset):
        connection (IClientMappingConnection | Unset):
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are. First, so that __init__ sets it before any field.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    i_client_ids: list[str] | Unset = UNSET
    id: bool | str | Unset = UNSET
    connection: IClientMappingConnection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        i_client_ids: list[str] | Unset = UNSET
        if not isinstance(self.i_client_ids, Unset):
            i_client_ids = self.i_client_ids

        id: bool | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if i_client_ids is not UNSET:
            field_dict["_iClientIds"] = i_client_ids
        if id is not UNSET:
            field_dict["_id"] = id
        if connection is not UNSET:
            field_dict["connection"] = connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        i_client_ids = cast("list[str]", d.get("_iClientIds", UNSET))

        id = cast("bool | str | Unset", d.get("_id", UNSET))

        _connection = d.get("connection", UNSET)
        connection: IClientMappingConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = IClientMappingConnection.from_dict(_connection)

        _instance = cls.__new__(cls)
        _set_slot(_instance, "_wire", None)
        _set_slot(_instance, "i_client_ids", i_client_ids)
        _set_slot(_instance, "id", id)
        _set_slot(_instance, "connection", connection)

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _set_slot(_instance, "additional_properties", d)
        return _instance

    @classmethod
    def _from_wire(cls: type[T], src_dict: Any) -> T:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = cls.__new__(cls)
        _set_slot(_instance, "_wire", src_dict)
        return _instance

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only called when a slot is empty: a field of a model made by _from_wire that is
            # not decoded yet. Decode them all (nested models wait for their own first use).
            if name == "_wire":
                return None  # __init__'s first assignment, before the slot is set
            wire = self._wire if name in _FIELDS else None
            if wire is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            _decode_into(self, wire)
            return object.__getattribute__(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            # A field assigned before any is read: decode the others first, so that the
            # decoding does not overwrite the assignment.
            if self._wire is not None:
                _decode_into(self, self._wire)
            _set_slot(self, name, value)

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


def _decode_into(__model: IClientMapping, __src: dict[str, Any]) -> None:
    __field = ""
    try:
        __field = "i_client_ids"
        i_client_ids = cast("list[str]", __src.get("_iClientIds", UNSET))

        __field = "id"
        id = cast("bool | str | Unset", __src.get("_id", UNSET))

        __field = "connection"
        _connection = __src.get("connection", UNSET)
        connection: IClientMappingConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = IClientMappingConnection._from_wire(_connection)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("IClientMapping", __field, __exc) from __exc
    _set_slot(__model, "i_client_ids", i_client_ids)
    _set_slot(__model, "id", id)
    _set_slot(__model, "connection", connection)
    _set_slot(__model, "additional_properties", additional_properties)
    _set_slot(__model, "_wire", None)


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "i_client_ids",
        "id",
        "connection",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "i_client_ids",
    "connection",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "_iClientIds",
        "_id",
        "connection",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.i_client_mapping_connection import IClientMappingConnection  # noqa: E402
