# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualExportModel")


@_attrs_define(repr=False)
class VirtualExportModel:
    """An export as for `POST /v1/exports`, without `name` or `_connectionId` (the
    connection is the one in the path). `sampleData` stands for the application's
    records where no application is called (the mock returns it).

        Attributes:
            asynchronous (bool | Unset): Always true for now (the vendor is deprecating it).
            page_size (int | Unset): Records per page of a paged export.
            sample_data (list[SampleRecord] | SampleRecord | Unset): Records standing for what the application returns: an
                array of objects (one record
                each), or one object (one record). The mock's virtual exports and flow runs export
                these.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    asynchronous: bool | Unset = UNSET
    page_size: int | Unset = UNSET
    sample_data: list[SampleRecord] | SampleRecord | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asynchronous = self.asynchronous

        page_size = self.page_size

        sample_data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.sample_data, Unset):
            sample_data = UNSET
        elif isinstance(self.sample_data, SampleRecord):
            sample_data = self.sample_data.to_dict()
        else:
            sample_data = []
            for componentsschemas_sample_data_type_1_item_data in self.sample_data:
                componentsschemas_sample_data_type_1_item = componentsschemas_sample_data_type_1_item_data.to_dict()
                sample_data.append(componentsschemas_sample_data_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asynchronous is not UNSET:
            field_dict["asynchronous"] = asynchronous
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if sample_data is not UNSET:
            field_dict["sampleData"] = sample_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asynchronous = d.get("asynchronous", UNSET)

        page_size = d.get("pageSize", UNSET)

        def _parse_sample_data(data: object) -> list[SampleRecord] | SampleRecord | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_data_type_0 = SampleRecord.from_dict(data)

                return componentsschemas_sample_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sample_data_type_1 = []
            _componentsschemas_sample_data_type_1 = data
            for componentsschemas_sample_data_type_1_item_data in _componentsschemas_sample_data_type_1:
                componentsschemas_sample_data_type_1_item = SampleRecord.from_dict(
                    componentsschemas_sample_data_type_1_item_data
                )

                componentsschemas_sample_data_type_1.append(componentsschemas_sample_data_type_1_item)

            return componentsschemas_sample_data_type_1

        sample_data = _parse_sample_data(d.get("sampleData", UNSET))

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.asynchronous = asynchronous
        _instance.page_size = page_size
        _instance.sample_data = sample_data

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> VirtualExportModel:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingVirtualExportModel.__new__(_PendingVirtualExportModel)
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


class _PendingVirtualExportModel(VirtualExportModel):
    """A VirtualExportModel from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain VirtualExportModel.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingVirtualExportModel.__name__ = _PendingVirtualExportModel.__qualname__ = "VirtualExportModel"


def _decode(__model: VirtualExportModel) -> None:
    """Decode a _from_wire model into its slots and make it a plain VirtualExportModel. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", VirtualExportModel)
        return
    __field = ""
    try:
        __field = "asynchronous"
        asynchronous = __src.get("asynchronous", UNSET)
        __field = "page_size"
        page_size = __src.get("pageSize", UNSET)
        __field = "sample_data"

        def _parse_sample_data(data: object) -> list[SampleRecord] | SampleRecord | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_data_type_0 = SampleRecord.from_dict(data)

                return componentsschemas_sample_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sample_data_type_1 = []
            _componentsschemas_sample_data_type_1 = data
            for componentsschemas_sample_data_type_1_item_data in _componentsschemas_sample_data_type_1:
                componentsschemas_sample_data_type_1_item = SampleRecord.from_dict(
                    componentsschemas_sample_data_type_1_item_data
                )

                componentsschemas_sample_data_type_1.append(componentsschemas_sample_data_type_1_item)

            return componentsschemas_sample_data_type_1

        sample_data = _parse_sample_data(__src.get("sampleData", UNSET))

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("VirtualExportModel", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", VirtualExportModel)
    __model._wire = None
    __model.asynchronous = asynchronous
    __model.page_size = page_size
    __model.sample_data = sample_data
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "asynchronous",
        "page_size",
        "sample_data",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "asynchronous",
    "page_size",
    "sample_data",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "asynchronous",
        "pageSize",
        "sampleData",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.sample_record import SampleRecord  # noqa: E402
