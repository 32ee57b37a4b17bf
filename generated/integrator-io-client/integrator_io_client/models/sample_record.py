# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SampleRecord")


@_attrs_define
class SampleRecord:
    """One record, as the application would return it."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
_WIRE_NAMES: frozenset[str] = frozenset(())
