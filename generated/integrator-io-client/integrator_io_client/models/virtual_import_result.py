# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualImportResult")


@_attrs_define
class VirtualImportResult:
    """
    Attributes:
        json (ApplicationResponse | Unset): What the application answered.
        errors (list[ErrorDetail] | Unset):
        id (str | Unset): ID of the record in the application.
        status_code (int | Unset): The application's HTTP status for this record.
    """

    json: ApplicationResponse | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    id: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json, Unset):
            json = self.json.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        id = self.id

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json is not UNSET:
            field_dict["_json"] = json
        if errors is not UNSET:
            field_dict["errors"] = errors
        if id is not UNSET:
            field_dict["id"] = id
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _json = d.get("_json", UNSET)
        json: ApplicationResponse | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = ApplicationResponse.from_dict(_json)

        _errors = d.get("errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        id = d.get("id", UNSET)

        status_code = d.get("statusCode", UNSET)

        _instance = cls.__new__(cls)
        _instance.json = json
        _instance.errors = errors
        _instance.id = id
        _instance.status_code = status_code

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
        "_json",
        "errors",
        "id",
        "statusCode",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.application_response import ApplicationResponse  # noqa: E402
from ..models.error_detail import ErrorDetail  # noqa: E402
