# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..models.color import Color
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWidgetPartsResponse200Item")


@_attrs_define(repr=False)
class ListWidgetPartsResponse200Item:
    """
    Attributes:
        part_id (str | Unset):
        color (Color | Unset):
    """

    part_id: str | Unset = UNSET
    color: Color | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        part_id = self.part_id

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if part_id is not UNSET:
            field_dict["_partId"] = part_id
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        part_id = d.get("_partId", UNSET)

        _color = d.get("color", UNSET)
        color: Color | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = Color(_color)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.part_id = part_id
        _instance.color = color

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


def _decode_part_id(__src: dict[str, Any]) -> Any:
    part_id = __src.get("_partId", UNSET)
    return part_id


def _decode_color(__src: dict[str, Any]) -> Any:
    _color = __src.get("color", UNSET)
    color: Color | Unset
    if isinstance(_color, Unset):
        color = UNSET
    else:
        color = Color(_color)

    return color


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "part_id": _decode_part_id,
    "color": _decode_color,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "part_id",
    "color",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "_partId",
        "color",
    )
)
