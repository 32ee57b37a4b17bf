# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualExportPageRequest")


@_attrs_define
class VirtualExportPageRequest:
    """
    Attributes:
        export (VirtualExportModel): An export as for `POST /v1/exports`, without `name` or `_connectionId` (the
            connection is the one in the path). `sampleData` stands for the application's
            records where no application is called (the mock returns it).
        paged_export_state (PagedExportState | Unset): Where a paged virtual export stands. Send it back unchanged;
            `sig` signs the rest.
    """

    export: VirtualExportModel
    paged_export_state: PagedExportState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export = self.export.to_dict()

        paged_export_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paged_export_state, Unset):
            paged_export_state = self.paged_export_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export": export,
            }
        )
        if paged_export_state is not UNSET:
            field_dict["pagedExportState"] = paged_export_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        export = VirtualExportModel.from_dict(d["export"])

        _paged_export_state = d.get("pagedExportState", UNSET)
        paged_export_state: PagedExportState | Unset
        if isinstance(_paged_export_state, Unset):
            paged_export_state = UNSET
        else:
            paged_export_state = PagedExportState.from_dict(_paged_export_state)

        _instance = cls.__new__(cls)
        _instance.export = export
        _instance.paged_export_state = paged_export_state

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
        "export",
        "pagedExportState",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.paged_export_state import PagedExportState  # noqa: E402
from ..models.virtual_export_model import VirtualExportModel  # noqa: E402
