# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFile")


@_attrs_define
class ImportFile:
    """File generation settings.

    Attributes:
        csv (ImportFileCsv | Unset):
        lookups (list[FileLookup] | Unset):
        skip_aggregation (bool | Unset):
        type_ (str | Unset): `csv`, `json`, `xml`, `xlsx`, ...
    """

    csv: ImportFileCsv | Unset = UNSET
    lookups: list[FileLookup] | Unset = UNSET
    skip_aggregation: bool | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        csv: dict[str, Any] | Unset = UNSET
        if not isinstance(self.csv, Unset):
            csv = self.csv.to_dict()

        lookups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lookups, Unset):
            lookups = []
            for lookups_item_data in self.lookups:
                lookups_item = lookups_item_data.to_dict()
                lookups.append(lookups_item)

        skip_aggregation = self.skip_aggregation

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if csv is not UNSET:
            field_dict["csv"] = csv
        if lookups is not UNSET:
            field_dict["lookups"] = lookups
        if skip_aggregation is not UNSET:
            field_dict["skipAggregation"] = skip_aggregation
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _csv = d.get("csv", UNSET)
        csv: ImportFileCsv | Unset
        if isinstance(_csv, Unset):
            csv = UNSET
        else:
            csv = ImportFileCsv.from_dict(_csv)

        _lookups = d.get("lookups", UNSET)
        lookups: list[FileLookup] | Unset = UNSET
        if _lookups is not UNSET:
            lookups = []
            for lookups_item_data in _lookups:
                lookups_item = FileLookup.from_dict(lookups_item_data)

                lookups.append(lookups_item)

        skip_aggregation = d.get("skipAggregation", UNSET)

        type_ = d.get("type", UNSET)

        _instance = cls.__new__(cls)
        _instance.csv = csv
        _instance.lookups = lookups
        _instance.skip_aggregation = skip_aggregation
        _instance.type_ = type_

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
        "csv",
        "lookups",
        "skipAggregation",
        "type",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.file_lookup import FileLookup  # noqa: E402
from ..models.import_file_csv import ImportFileCsv  # noqa: E402
