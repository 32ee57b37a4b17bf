# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

    column_delimiter: str | Unset = UNSET
    include_header: bool | Unset = UNSET
    replace_newline_with_space: bool | Unset = UNSET
    replace_tab_with_space: bool | Unset = UNSET
    row_delimiter: str | Unset = UNSET
    wrap_with_quotes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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


def _decode_column_delimiter(__src: dict[str, Any]) -> Any:
    column_delimiter = __src.get("columnDelimiter", UNSET)
    return column_delimiter


def _decode_include_header(__src: dict[str, Any]) -> Any:
    include_header = __src.get("includeHeader", UNSET)
    return include_header


def _decode_replace_newline_with_space(__src: dict[str, Any]) -> Any:
    replace_newline_with_space = __src.get("replaceNewlineWithSpace", UNSET)
    return replace_newline_with_space


def _decode_replace_tab_with_space(__src: dict[str, Any]) -> Any:
    replace_tab_with_space = __src.get("replaceTabWithSpace", UNSET)
    return replace_tab_with_space


def _decode_row_delimiter(__src: dict[str, Any]) -> Any:
    row_delimiter = __src.get("rowDelimiter", UNSET)
    return row_delimiter


def _decode_wrap_with_quotes(__src: dict[str, Any]) -> Any:
    wrap_with_quotes = __src.get("wrapWithQuotes", UNSET)
    return wrap_with_quotes


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "column_delimiter": _decode_column_delimiter,
    "include_header": _decode_include_header,
    "replace_newline_with_space": _decode_replace_newline_with_space,
    "replace_tab_with_space": _decode_replace_tab_with_space,
    "row_delimiter": _decode_row_delimiter,
    "wrap_with_quotes": _decode_wrap_with_quotes,
    "additional_properties": _decode_additional_properties,
}
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
