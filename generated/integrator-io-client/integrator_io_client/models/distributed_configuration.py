# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, cast

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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    disabled: bool | Unset = UNSET
    execution_context: list[str] | Unset = UNSET
    execution_type: list[str] | Unset = UNSET
    force_reload: bool | Unset = UNSET
    qualifier: Any | Unset = UNSET
    record_type: str | Unset = UNSET
    skip_export_field_id: str | Unset = UNSET
    sublists: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def _from_wire(cls, src_dict: Any) -> DistributedConfiguration:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingDistributedConfiguration.__new__(_PendingDistributedConfiguration)
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


class _PendingDistributedConfiguration(DistributedConfiguration):
    """A DistributedConfiguration from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain DistributedConfiguration.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingDistributedConfiguration.__name__ = _PendingDistributedConfiguration.__qualname__ = "DistributedConfiguration"


def _decode(__model: DistributedConfiguration) -> None:
    """Decode a _from_wire model into its slots and make it a plain DistributedConfiguration. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", DistributedConfiguration)
        return
    __field = ""
    try:
        __field = "disabled"
        disabled = __src.get("disabled", UNSET)
        __field = "execution_context"
        execution_context = cast("list[str]", __src.get("executionContext", UNSET))

        __field = "execution_type"
        execution_type = cast("list[str]", __src.get("executionType", UNSET))

        __field = "force_reload"
        force_reload = __src.get("forceReload", UNSET)
        __field = "qualifier"
        qualifier = __src.get("qualifier", UNSET)
        __field = "record_type"
        record_type = __src.get("recordType", UNSET)
        __field = "skip_export_field_id"
        skip_export_field_id = __src.get("skipExportFieldId", UNSET)
        __field = "sublists"
        sublists = cast("list[str]", __src.get("sublists", UNSET))

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("DistributedConfiguration", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", DistributedConfiguration)
    __model._wire = None
    __model.disabled = disabled
    __model.execution_context = execution_context
    __model.execution_type = execution_type
    __model.force_reload = force_reload
    __model.qualifier = qualifier
    __model.record_type = record_type
    __model.skip_export_field_id = skip_export_field_id
    __model.sublists = sublists
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "disabled",
        "execution_context",
        "execution_type",
        "force_reload",
        "qualifier",
        "record_type",
        "skip_export_field_id",
        "sublists",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
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
