# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientMapping")


@_attrs_define
class IClientMapping:
    """
    Attributes:
        i_client_ids (list[str] | Unset):
        id (bool | str | Unset):
        connection (IClientMappingConnection | Unset):
    """

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
        _instance.i_client_ids = i_client_ids
        _instance.id = id
        _instance.connection = connection

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
        "_iClientIds",
        "_id",
        "connection",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.i_client_mapping_connection import IClientMappingConnection  # noqa: E402
