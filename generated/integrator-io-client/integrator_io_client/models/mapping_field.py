# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingField")


@_attrs_define(repr=False)
class MappingField:
    """
    Attributes:
        generate (str): Dot path of the value in the result.
        data_type (str | Unset): Type the value is converted to (`string`, `number`, `boolean`).
        discard_if_empty (bool | Unset): Leave the field out when the value is empty.
        extract (str | Unset): Dot path of the value in the source record.
        hard_coded_value (Any | Unset): A constant written at `generate` instead of an extracted value.
        immutable (bool | Unset): Only set the field when the record is created.
        lookup_name (str | Unset): Name of a lookup that translates the value.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    generate: str
    data_type: str | Unset = UNSET
    discard_if_empty: bool | Unset = UNSET
    extract: str | Unset = UNSET
    hard_coded_value: Any | Unset = UNSET
    immutable: bool | Unset = UNSET
    lookup_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate = self.generate

        data_type = self.data_type

        discard_if_empty = self.discard_if_empty

        extract = self.extract

        hard_coded_value = self.hard_coded_value

        immutable = self.immutable

        lookup_name = self.lookup_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generate": generate,
            }
        )
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if discard_if_empty is not UNSET:
            field_dict["discardIfEmpty"] = discard_if_empty
        if extract is not UNSET:
            field_dict["extract"] = extract
        if hard_coded_value is not UNSET:
            field_dict["hardCodedValue"] = hard_coded_value
        if immutable is not UNSET:
            field_dict["immutable"] = immutable
        if lookup_name is not UNSET:
            field_dict["lookupName"] = lookup_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        generate = d["generate"]

        data_type = d.get("dataType", UNSET)

        discard_if_empty = d.get("discardIfEmpty", UNSET)

        extract = d.get("extract", UNSET)

        hard_coded_value = d.get("hardCodedValue", UNSET)

        immutable = d.get("immutable", UNSET)

        lookup_name = d.get("lookupName", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.generate = generate
        _instance.data_type = data_type
        _instance.discard_if_empty = discard_if_empty
        _instance.extract = extract
        _instance.hard_coded_value = hard_coded_value
        _instance.immutable = immutable
        _instance.lookup_name = lookup_name

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> MappingField:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingMappingField.__new__(_PendingMappingField)
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


class _PendingMappingField(MappingField):
    """A MappingField from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain MappingField.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingMappingField.__name__ = _PendingMappingField.__qualname__ = "MappingField"


def _decode(__model: MappingField) -> None:
    """Decode a _from_wire model into its slots and make it a plain MappingField. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", MappingField)
        return
    __field = ""
    try:
        __field = "generate"
        generate = __src["generate"]
        __field = "data_type"
        data_type = __src.get("dataType", UNSET)
        __field = "discard_if_empty"
        discard_if_empty = __src.get("discardIfEmpty", UNSET)
        __field = "extract"
        extract = __src.get("extract", UNSET)
        __field = "hard_coded_value"
        hard_coded_value = __src.get("hardCodedValue", UNSET)
        __field = "immutable"
        immutable = __src.get("immutable", UNSET)
        __field = "lookup_name"
        lookup_name = __src.get("lookupName", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("MappingField", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", MappingField)
    __model._wire = None
    __model.generate = generate
    __model.data_type = data_type
    __model.discard_if_empty = discard_if_empty
    __model.extract = extract
    __model.hard_coded_value = hard_coded_value
    __model.immutable = immutable
    __model.lookup_name = lookup_name
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "generate",
        "data_type",
        "discard_if_empty",
        "extract",
        "hard_coded_value",
        "immutable",
        "lookup_name",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "generate",
    "data_type",
    "discard_if_empty",
    "extract",
    "hard_coded_value",
    "immutable",
    "lookup_name",
)
_REQUIRED: frozenset[str] = frozenset(("generate",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "generate",
        "dataType",
        "discardIfEmpty",
        "extract",
        "hardCodedValue",
        "immutable",
        "lookupName",
    )
)
