# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DistributedConfiguration")


@_attrs_define
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
