# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualImportResult")


@_attrs_define(repr=False)
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
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
        _instance._wire = None
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


def _decode_json(__src: dict[str, Any]) -> Any:
    _json = __src.get("_json", UNSET)
    json: ApplicationResponse | Unset
    if isinstance(_json, Unset):
        json = UNSET
    else:
        json = ApplicationResponse._from_wire(_json)

    return json


def _decode_errors(__src: dict[str, Any]) -> Any:
    _errors = __src.get("errors", UNSET)
    errors: list[ErrorDetail] | Unset = UNSET
    if _errors is not UNSET:
        errors = []
        for errors_item_data in _errors:
            errors_item = ErrorDetail._from_wire(errors_item_data)

            errors.append(errors_item)

    return errors


def _decode_id(__src: dict[str, Any]) -> Any:
    id = __src.get("id", UNSET)
    return id


def _decode_status_code(__src: dict[str, Any]) -> Any:
    status_code = __src.get("statusCode", UNSET)
    return status_code


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "json": _decode_json,
    "errors": _decode_errors,
    "id": _decode_id,
    "status_code": _decode_status_code,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "json",
    "errors",
    "status_code",
)
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
