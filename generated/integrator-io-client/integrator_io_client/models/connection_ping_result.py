# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionPingResult")


@_attrs_define
class ConnectionPingResult:
    """`{"code": 200}` when the connection works; otherwise `errors`, whose `code` is
    the upstream status (an integer) or an error code.

        Attributes:
            code (int | Unset): 200 when the connection works.
            errors (list[ErrorDetail] | Unset):
    """

    code: int | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d.get("code", UNSET)

        _errors = d.get("errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        _instance = cls.__new__(cls)
        _instance.code = code
        _instance.errors = errors

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
        "code",
        "errors",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.error_detail import ErrorDetail  # noqa: E402
