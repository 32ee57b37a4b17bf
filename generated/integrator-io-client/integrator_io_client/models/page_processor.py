# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.page_processor_type import PageProcessorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PageProcessor")


@_attrs_define
class PageProcessor:
    """
    Attributes:
        type_ (PageProcessorType): Whether the step is a lookup export or an import.
        export_id (str | Unset): The export of an `export` step.
        import_id (str | Unset): The import of an `import` step.
        proceed_on_failure (bool | Unset): Records that failed this step go on to the next one.
        response_mapping (RecordMapping | Unset): How records are turned into the target's shape. Each field mapping
            takes the value
            at `extract` (a dot path in the source record) or `hardCodedValue`, and writes it
            at `generate` (a dot path in the result). Each list mapping builds the array at
            `generate` from its own field mappings.
    """

    type_: PageProcessorType
    export_id: str | Unset = UNSET
    import_id: str | Unset = UNSET
    proceed_on_failure: bool | Unset = UNSET
    response_mapping: RecordMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        export_id = self.export_id

        import_id = self.import_id

        proceed_on_failure = self.proceed_on_failure

        response_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_mapping, Unset):
            response_mapping = self.response_mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if export_id is not UNSET:
            field_dict["_exportId"] = export_id
        if import_id is not UNSET:
            field_dict["_importId"] = import_id
        if proceed_on_failure is not UNSET:
            field_dict["proceedOnFailure"] = proceed_on_failure
        if response_mapping is not UNSET:
            field_dict["responseMapping"] = response_mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = PageProcessorType(d["type"])

        export_id = d.get("_exportId", UNSET)

        import_id = d.get("_importId", UNSET)

        proceed_on_failure = d.get("proceedOnFailure", UNSET)

        _response_mapping = d.get("responseMapping", UNSET)
        response_mapping: RecordMapping | Unset
        if isinstance(_response_mapping, Unset):
            response_mapping = UNSET
        else:
            response_mapping = RecordMapping.from_dict(_response_mapping)

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.export_id = export_id
        _instance.import_id = import_id
        _instance.proceed_on_failure = proceed_on_failure
        _instance.response_mapping = response_mapping

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
        "type",
        "_exportId",
        "_importId",
        "proceedOnFailure",
        "responseMapping",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.record_mapping import RecordMapping  # noqa: E402
