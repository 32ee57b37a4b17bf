# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from ..models.color import Color
from ..types import UNSET, Unset

T = TypeVar("T", bound="Widget")


@_attrs_define
class Widget:
    """
    Attributes:
        name (str):
        id (str | Unset):
        owner_id (str | Unset): Who owns the widget.
        color (Color | Unset):
        created (datetime.datetime | Unset):
    """

    name: str
    id: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    color: Color | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        owner_id = self.owner_id

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = format_datetime(self.created)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if owner_id is not UNSET:
            field_dict["_ownerId"] = owner_id
        if color is not UNSET:
            field_dict["color"] = color
        if created is not UNSET:
            field_dict["created"] = created

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        id = d.get("_id", UNSET)

        owner_id = d.get("_ownerId", UNSET)

        _color = d.get("color", UNSET)
        color: Color | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = Color(_color)

        _created = d.get("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime(_created)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.id = id
        _instance.owner_id = owner_id
        _instance.color = color
        _instance.created = created

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
        "name",
        "_id",
        "_ownerId",
        "color",
        "created",
    )
)
