# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageGenerator")


@_attrs_define
class PageGenerator:
    """
    Attributes:
        export_id (str): The export that produces the pages.
        id (str | Unset):
        skip_retries (bool | Unset):
    """

    export_id: str
    id: str | Unset = UNSET
    skip_retries: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        id = self.id

        skip_retries = self.skip_retries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_exportId": export_id,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if skip_retries is not UNSET:
            field_dict["skipRetries"] = skip_retries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        export_id = d["_exportId"]

        id = d.get("_id", UNSET)

        skip_retries = d.get("skipRetries", UNSET)

        _instance = cls.__new__(cls)
        _instance.export_id = export_id
        _instance.id = id
        _instance.skip_retries = skip_retries

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
        "_exportId",
        "_id",
        "skipRetries",
    )
)
