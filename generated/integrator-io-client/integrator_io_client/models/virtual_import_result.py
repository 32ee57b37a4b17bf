# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
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
    def _from_wire(cls, src_dict: Any) -> VirtualImportResult:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingVirtualImportResult.__new__(_PendingVirtualImportResult)
        _set_slot(_instance, "_wire", src_dict)
        return _instance

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


class _PendingVirtualImportResult(VirtualImportResult):
    """A VirtualImportResult from a response, not decoded yet (see _from_wire)."""

    __slots__ = ()

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # Only called when a slot is empty: a field not decoded yet.
            if name not in _FIELDS:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            _decode(self)
            return getattr(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            # Decoded first, so that the decoding cannot overwrite the assignment.
            _decode(self)
            setattr(self, name, value)

    def __eq__(self, other: object) -> bool:
        _decode(self)
        return self == other

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # copy and pickle see a plain VirtualImportResult.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingVirtualImportResult.__name__ = _PendingVirtualImportResult.__qualname__ = "VirtualImportResult"


def _decode(__model: VirtualImportResult) -> None:
    """Decode a _from_wire model into its slots and make it a plain VirtualImportResult. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", VirtualImportResult)
        return
    __field = ""
    try:
        __field = "json"
        _json = __src.get("_json", UNSET)
        json: ApplicationResponse | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = ApplicationResponse.from_dict(_json)

        __field = "errors"
        _errors = __src.get("errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        __field = "id"
        id = __src.get("id", UNSET)
        __field = "status_code"
        status_code = __src.get("statusCode", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("VirtualImportResult", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", VirtualImportResult)
    __model._wire = None
    __model.json = json
    __model.errors = errors
    __model.id = id
    __model.status_code = status_code
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "json",
        "errors",
        "id",
        "status_code",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
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
