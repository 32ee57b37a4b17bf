# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedExportState")


@_attrs_define
class PagedExportState:
    """Where a paged virtual export stands. Send it back unchanged; `sig` signs the rest.

    Attributes:
        done (bool | Unset):
        issued_at (int | Unset): Seconds since the epoch when the state was issued.
        page_index (int | Unset):
        page_size (int | Unset):
        search_id (str | Unset):
        sig (str | Unset): Signature over the other fields.
        total_pages (int | Unset):
        total_records (int | Unset):
    """

    done: bool | Unset = UNSET
    issued_at: int | Unset = UNSET
    page_index: int | Unset = UNSET
    page_size: int | Unset = UNSET
    search_id: str | Unset = UNSET
    sig: str | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        done = self.done

        issued_at = self.issued_at

        page_index = self.page_index

        page_size = self.page_size

        search_id = self.search_id

        sig = self.sig

        total_pages = self.total_pages

        total_records = self.total_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if done is not UNSET:
            field_dict["done"] = done
        if issued_at is not UNSET:
            field_dict["issuedAt"] = issued_at
        if page_index is not UNSET:
            field_dict["pageIndex"] = page_index
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if search_id is not UNSET:
            field_dict["searchId"] = search_id
        if sig is not UNSET:
            field_dict["sig"] = sig
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        done = d.get("done", UNSET)

        issued_at = d.get("issuedAt", UNSET)

        page_index = d.get("pageIndex", UNSET)

        page_size = d.get("pageSize", UNSET)

        search_id = d.get("searchId", UNSET)

        sig = d.get("sig", UNSET)

        total_pages = d.get("totalPages", UNSET)

        total_records = d.get("totalRecords", UNSET)

        _instance = cls.__new__(cls)
        _instance.done = done
        _instance.issued_at = issued_at
        _instance.page_index = page_index
        _instance.page_size = page_size
        _instance.search_id = search_id
        _instance.sig = sig
        _instance.total_pages = total_pages
        _instance.total_records = total_records

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
        "done",
        "issuedAt",
        "pageIndex",
        "pageSize",
        "searchId",
        "sig",
        "totalPages",
        "totalRecords",
    )
)
