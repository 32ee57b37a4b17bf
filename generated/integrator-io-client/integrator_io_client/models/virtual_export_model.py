# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualExportModel")


@_attrs_define
class VirtualExportModel:
    """An export as for `POST /v1/exports`, without `name` or `_connectionId` (the
    connection is the one in the path). `sampleData` stands for the application's
    records where no application is called (the mock returns it).

        Attributes:
            asynchronous (bool | Unset): Always true for now (the vendor is deprecating it).
            page_size (int | Unset): Records per page of a paged export.
            sample_data (list[SampleRecord] | SampleRecord | Unset): Records standing for what the application returns: an
                array of objects (one record
                each), or one object (one record). The mock's virtual exports and flow runs export
                these.
    """

    asynchronous: bool | Unset = UNSET
    page_size: int | Unset = UNSET
    sample_data: list[SampleRecord] | SampleRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asynchronous = self.asynchronous

        page_size = self.page_size

        sample_data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.sample_data, Unset):
            sample_data = UNSET
        elif isinstance(self.sample_data, SampleRecord):
            sample_data = self.sample_data.to_dict()
        else:
            sample_data = []
            for componentsschemas_sample_data_type_1_item_data in self.sample_data:
                componentsschemas_sample_data_type_1_item = componentsschemas_sample_data_type_1_item_data.to_dict()
                sample_data.append(componentsschemas_sample_data_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asynchronous is not UNSET:
            field_dict["asynchronous"] = asynchronous
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if sample_data is not UNSET:
            field_dict["sampleData"] = sample_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asynchronous = d.get("asynchronous", UNSET)

        page_size = d.get("pageSize", UNSET)

        def _parse_sample_data(data: object) -> list[SampleRecord] | SampleRecord | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_data_type_0 = SampleRecord.from_dict(data)

                return componentsschemas_sample_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sample_data_type_1 = []
            _componentsschemas_sample_data_type_1 = data
            for componentsschemas_sample_data_type_1_item_data in _componentsschemas_sample_data_type_1:
                componentsschemas_sample_data_type_1_item = SampleRecord.from_dict(
                    componentsschemas_sample_data_type_1_item_data
                )

                componentsschemas_sample_data_type_1.append(componentsschemas_sample_data_type_1_item)

            return componentsschemas_sample_data_type_1

        sample_data = _parse_sample_data(d.get("sampleData", UNSET))

        _instance = cls.__new__(cls)
        _instance.asynchronous = asynchronous
        _instance.page_size = page_size
        _instance.sample_data = sample_data

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
        "asynchronous",
        "pageSize",
        "sampleData",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.sample_record import SampleRecord  # noqa: E402
