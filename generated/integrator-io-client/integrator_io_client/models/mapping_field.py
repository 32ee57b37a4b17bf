# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingField")


@_attrs_define
class MappingField:
    """
    Attributes:
        generate (str): Dot path of the value in the result.
        data_type (str | Unset): Type the value is converted to (`string`, `number`, `boolean`).
        discard_if_empty (bool | Unset): Leave the field out when the value is empty.
        extract (str | Unset): Dot path of the value in the source record.
        hard_coded_value (Any | Unset): A constant written at `generate` instead of an extracted value.
        immutable (bool | Unset): Only set the field when the record is created.
        lookup_name (str | Unset): Name of a lookup that translates the value.
    """

    generate: str
    data_type: str | Unset = UNSET
    discard_if_empty: bool | Unset = UNSET
    extract: str | Unset = UNSET
    hard_coded_value: Any | Unset = UNSET
    immutable: bool | Unset = UNSET
    lookup_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate = self.generate

        data_type = self.data_type

        discard_if_empty = self.discard_if_empty

        extract = self.extract

        hard_coded_value = self.hard_coded_value

        immutable = self.immutable

        lookup_name = self.lookup_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generate": generate,
            }
        )
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if discard_if_empty is not UNSET:
            field_dict["discardIfEmpty"] = discard_if_empty
        if extract is not UNSET:
            field_dict["extract"] = extract
        if hard_coded_value is not UNSET:
            field_dict["hardCodedValue"] = hard_coded_value
        if immutable is not UNSET:
            field_dict["immutable"] = immutable
        if lookup_name is not UNSET:
            field_dict["lookupName"] = lookup_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        generate = d["generate"]

        data_type = d.get("dataType", UNSET)

        discard_if_empty = d.get("discardIfEmpty", UNSET)

        extract = d.get("extract", UNSET)

        hard_coded_value = d.get("hardCodedValue", UNSET)

        immutable = d.get("immutable", UNSET)

        lookup_name = d.get("lookupName", UNSET)

        _instance = cls.__new__(cls)
        _instance.generate = generate
        _instance.data_type = data_type
        _instance.discard_if_empty = discard_if_empty
        _instance.extract = extract
        _instance.hard_coded_value = hard_coded_value
        _instance.immutable = immutable
        _instance.lookup_name = lookup_name

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
        "generate",
        "dataType",
        "discardIfEmpty",
        "extract",
        "hardCodedValue",
        "immutable",
        "lookupName",
    )
)
