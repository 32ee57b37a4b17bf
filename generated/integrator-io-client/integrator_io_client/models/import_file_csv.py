# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFileCsv")


@_attrs_define(repr=False)
class ImportFileCsv:
    """
    Attributes:
        column_delimiter (str | Unset):
        include_header (bool | Unset):
        replace_newline_with_space (bool | Unset):
        replace_tab_with_space (bool | Unset):
        row_delimiter (str | Unset):
        wrap_with_quotes (bool | Unset):
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    column_delimiter: str | Unset = UNSET
    include_header: bool | Unset = UNSET
    replace_newline_with_space: bool | Unset = UNSET
    replace_tab_with_space: bool | Unset = UNSET
    row_delimiter: str | Unset = UNSET
    wrap_with_quotes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_delimiter = self.column_delimiter

        include_header = self.include_header

        replace_newline_with_space = self.replace_newline_with_space

        replace_tab_with_space = self.replace_tab_with_space

        row_delimiter = self.row_delimiter

        wrap_with_quotes = self.wrap_with_quotes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_delimiter is not UNSET:
            field_dict["columnDelimiter"] = column_delimiter
        if include_header is not UNSET:
            field_dict["includeHeader"] = include_header
        if replace_newline_with_space is not UNSET:
            field_dict["replaceNewlineWithSpace"] = replace_newline_with_space
        if replace_tab_with_space is not UNSET:
            field_dict["replaceTabWithSpace"] = replace_tab_with_space
        if row_delimiter is not UNSET:
            field_dict["rowDelimiter"] = row_delimiter
        if wrap_with_quotes is not UNSET:
            field_dict["wrapWithQuotes"] = wrap_with_quotes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        column_delimiter = d.get("columnDelimiter", UNSET)

        include_header = d.get("includeHeader", UNSET)

        replace_newline_with_space = d.get("replaceNewlineWithSpace", UNSET)

        replace_tab_with_space = d.get("replaceTabWithSpace", UNSET)

        row_delimiter = d.get("rowDelimiter", UNSET)

        wrap_with_quotes = d.get("wrapWithQuotes", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.column_delimiter = column_delimiter
        _instance.include_header = include_header
        _instance.replace_newline_with_space = replace_newline_with_space
        _instance.replace_tab_with_space = replace_tab_with_space
        _instance.row_delimiter = row_delimiter
        _instance.wrap_with_quotes = wrap_with_quotes

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> ImportFileCsv:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingImportFileCsv.__new__(_PendingImportFileCsv)
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


class _PendingImportFileCsv(ImportFileCsv):
    """A ImportFileCsv from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain ImportFileCsv.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingImportFileCsv.__name__ = _PendingImportFileCsv.__qualname__ = "ImportFileCsv"


def _decode(__model: ImportFileCsv) -> None:
    """Decode a _from_wire model into its slots and make it a plain ImportFileCsv. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", ImportFileCsv)
        return
    __field = ""
    try:
        __field = "column_delimiter"
        column_delimiter = __src.get("columnDelimiter", UNSET)
        __field = "include_header"
        include_header = __src.get("includeHeader", UNSET)
        __field = "replace_newline_with_space"
        replace_newline_with_space = __src.get("replaceNewlineWithSpace", UNSET)
        __field = "replace_tab_with_space"
        replace_tab_with_space = __src.get("replaceTabWithSpace", UNSET)
        __field = "row_delimiter"
        row_delimiter = __src.get("rowDelimiter", UNSET)
        __field = "wrap_with_quotes"
        wrap_with_quotes = __src.get("wrapWithQuotes", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("ImportFileCsv", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", ImportFileCsv)
    __model._wire = None
    __model.column_delimiter = column_delimiter
    __model.include_header = include_header
    __model.replace_newline_with_space = replace_newline_with_space
    __model.replace_tab_with_space = replace_tab_with_space
    __model.row_delimiter = row_delimiter
    __model.wrap_with_quotes = wrap_with_quotes
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "column_delimiter",
        "include_header",
        "replace_newline_with_space",
        "replace_tab_with_space",
        "row_delimiter",
        "wrap_with_quotes",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "column_delimiter",
    "include_header",
    "replace_newline_with_space",
    "replace_tab_with_space",
    "row_delimiter",
    "wrap_with_quotes",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "columnDelimiter",
        "includeHeader",
        "replaceNewlineWithSpace",
        "replaceTabWithSpace",
        "rowDelimiter",
        "wrapWithQuotes",
    )
)
