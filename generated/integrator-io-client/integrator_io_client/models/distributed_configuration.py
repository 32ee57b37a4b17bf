# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DistributedConfiguration")


@_attrs_define(repr=False)
class DistributedConfiguration:
    """Settings stored in the source application itself (NetSuite and Salesforce
    real-time exports), e.g. the NetSuite record type and execution contexts.

        Attributes:
            disabled (bool | Unset):
            execution_context (list[str] | Unset):
            execution_type (list[str] | Unset):
            force_reload (bool | Unset):
            qualifier (Any | Unset): A filter expression on the records.
            record_type (str | Unset):
            skip_export_field_id (str | Unset):
            sublists (list[str] | Unset):
    """

    disabled: bool | Unset = UNSET
    execution_context: list[str] | Unset = UNSET
    execution_type: list[str] | Unset = UNSET
    force_reload: bool | Unset = UNSET
    qualifier: Any | Unset = UNSET
    record_type: str | Unset = UNSET
    skip_export_field_id: str | Unset = UNSET
    sublists: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        execution_context: list[str] | Unset = UNSET
        if not isinstance(self.execution_context, Unset):
            execution_context = self.execution_context

        execution_type: list[str] | Unset = UNSET
        if not isinstance(self.execution_type, Unset):
            execution_type = self.execution_type

        force_reload = self.force_reload

        qualifier = self.qualifier

        record_type = self.record_type

        skip_export_field_id = self.skip_export_field_id

        sublists: list[str] | Unset = UNSET
        if not isinstance(self.sublists, Unset):
            sublists = self.sublists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if execution_context is not UNSET:
            field_dict["executionContext"] = execution_context
        if execution_type is not UNSET:
            field_dict["executionType"] = execution_type
        if force_reload is not UNSET:
            field_dict["forceReload"] = force_reload
        if qualifier is not UNSET:
            field_dict["qualifier"] = qualifier
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if skip_export_field_id is not UNSET:
            field_dict["skipExportFieldId"] = skip_export_field_id
        if sublists is not UNSET:
            field_dict["sublists"] = sublists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        disabled = d.get("disabled", UNSET)

        execution_context = cast("list[str]", d.get("executionContext", UNSET))

        execution_type = cast("list[str]", d.get("executionType", UNSET))

        force_reload = d.get("forceReload", UNSET)

        qualifier = d.get("qualifier", UNSET)

        record_type = d.get("recordType", UNSET)

        skip_export_field_id = d.get("skipExportFieldId", UNSET)

        sublists = cast("list[str]", d.get("sublists", UNSET))

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.disabled = disabled
        _instance.execution_context = execution_context
        _instance.execution_type = execution_type
        _instance.force_reload = force_reload
        _instance.qualifier = qualifier
        _instance.record_type = record_type
        _instance.skip_export_field_id = skip_export_field_id
        _instance.sublists = sublists

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


def _decode_disabled(__src: dict[str, Any]) -> Any:
    disabled = __src.get("disabled", UNSET)
    return disabled


def _decode_execution_context(__src: dict[str, Any]) -> Any:
    execution_context = cast("list[str]", __src.get("executionContext", UNSET))

    return execution_context


def _decode_execution_type(__src: dict[str, Any]) -> Any:
    execution_type = cast("list[str]", __src.get("executionType", UNSET))

    return execution_type


def _decode_force_reload(__src: dict[str, Any]) -> Any:
    force_reload = __src.get("forceReload", UNSET)
    return force_reload


def _decode_qualifier(__src: dict[str, Any]) -> Any:
    qualifier = __src.get("qualifier", UNSET)
    return qualifier


def _decode_record_type(__src: dict[str, Any]) -> Any:
    record_type = __src.get("recordType", UNSET)
    return record_type


def _decode_skip_export_field_id(__src: dict[str, Any]) -> Any:
    skip_export_field_id = __src.get("skipExportFieldId", UNSET)
    return skip_export_field_id


def _decode_sublists(__src: dict[str, Any]) -> Any:
    sublists = cast("list[str]", __src.get("sublists", UNSET))

    return sublists


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "disabled": _decode_disabled,
    "execution_context": _decode_execution_context,
    "execution_type": _decode_execution_type,
    "force_reload": _decode_force_reload,
    "qualifier": _decode_qualifier,
    "record_type": _decode_record_type,
    "skip_export_field_id": _decode_skip_export_field_id,
    "sublists": _decode_sublists,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "disabled",
    "execution_context",
    "execution_type",
    "force_reload",
    "qualifier",
    "record_type",
    "skip_export_field_id",
    "sublists",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "disabled",
        "executionContext",
        "executionType",
        "forceReload",
        "qualifier",
        "recordType",
        "skipExportFieldId",
        "sublists",
    )
)
