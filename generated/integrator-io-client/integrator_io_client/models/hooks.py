# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Hooks")


@_attrs_define
class Hooks:
    """Hooks by name (`preSavePage`, `preMap`, `postMap`, `postSubmit`, ...)."""

    additional_properties: dict[str, Hook] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _instance = cls.__new__(cls)

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = Hook.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Hook:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Hook) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(())

# Last, so that models referring to each other import in either order.
from ..models.hook import Hook  # noqa: E402
