# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportFileCsv")


@_attrs_define
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
        "columnDelimiter",
        "includeHeader",
        "replaceNewlineWithSpace",
        "replaceTabWithSpace",
        "rowDelimiter",
        "wrapWithQuotes",
    )
)
