# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFile")


@_attrs_define(repr=False)
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
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
        _instance._wire = None
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


def _decode_csv(__src: dict[str, Any]) -> Any:
    _csv = __src.get("csv", UNSET)
    csv: ImportFileCsv | Unset
    if isinstance(_csv, Unset):
        csv = UNSET
    else:
        csv = ImportFileCsv._from_wire(_csv)

    return csv


def _decode_lookups(__src: dict[str, Any]) -> Any:
    _lookups = __src.get("lookups", UNSET)
    lookups: list[FileLookup] | Unset = UNSET
    if _lookups is not UNSET:
        lookups = []
        for lookups_item_data in _lookups:
            lookups_item = FileLookup._from_wire(lookups_item_data)

            lookups.append(lookups_item)

    return lookups


def _decode_skip_aggregation(__src: dict[str, Any]) -> Any:
    skip_aggregation = __src.get("skipAggregation", UNSET)
    return skip_aggregation


def _decode_type_(__src: dict[str, Any]) -> Any:
    type_ = __src.get("type", UNSET)
    return type_


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "csv": _decode_csv,
    "lookups": _decode_lookups,
    "skip_aggregation": _decode_skip_aggregation,
    "type_": _decode_type_,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "csv",
    "lookups",
    "skip_aggregation",
    "type_",
)
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
