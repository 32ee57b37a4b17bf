# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualExportResult")


@_attrs_define
class VirtualExportResult:
    """
    Attributes:
        data (list[ExportedRecord] | Unset):
        data_ur_is (list[None | str] | Unset):
    """

    data: list[ExportedRecord] | Unset = UNSET
    data_ur_is: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        data_ur_is: list[None | str] | Unset = UNSET
        if not isinstance(self.data_ur_is, Unset):
            data_ur_is = []
            for data_ur_is_item_data in self.data_ur_is:
                data_ur_is_item: None | str
                data_ur_is_item = data_ur_is_item_data
                data_ur_is.append(data_ur_is_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if data_ur_is is not UNSET:
            field_dict["dataURIs"] = data_ur_is

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _data = d.get("data", UNSET)
        data: list[ExportedRecord] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ExportedRecord.from_dict(data_item_data)

                data.append(data_item)

        _data_ur_is = d.get("dataURIs", UNSET)
        data_ur_is: list[None | str] | Unset = UNSET
        if _data_ur_is is not UNSET:
            data_ur_is = []
            for data_ur_is_item_data in _data_ur_is:
                data_ur_is_item = cast("None | str", data_ur_is_item_data)

                data_ur_is.append(data_ur_is_item)

        _instance = cls.__new__(cls)
        _instance.data = data
        _instance.data_ur_is = data_ur_is

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
        "data",
        "dataURIs",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.exported_record import ExportedRecord  # noqa: E402
