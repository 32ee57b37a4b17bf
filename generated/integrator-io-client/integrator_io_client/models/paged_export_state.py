# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedExportState")


@_attrs_define(repr=False)
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
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

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
        _instance._wire = None
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


def _decode_done(__src: dict[str, Any]) -> Any:
    done = __src.get("done", UNSET)
    return done


def _decode_issued_at(__src: dict[str, Any]) -> Any:
    issued_at = __src.get("issuedAt", UNSET)
    return issued_at


def _decode_page_index(__src: dict[str, Any]) -> Any:
    page_index = __src.get("pageIndex", UNSET)
    return page_index


def _decode_page_size(__src: dict[str, Any]) -> Any:
    page_size = __src.get("pageSize", UNSET)
    return page_size


def _decode_search_id(__src: dict[str, Any]) -> Any:
    search_id = __src.get("searchId", UNSET)
    return search_id


def _decode_sig(__src: dict[str, Any]) -> Any:
    sig = __src.get("sig", UNSET)
    return sig


def _decode_total_pages(__src: dict[str, Any]) -> Any:
    total_pages = __src.get("totalPages", UNSET)
    return total_pages


def _decode_total_records(__src: dict[str, Any]) -> Any:
    total_records = __src.get("totalRecords", UNSET)
    return total_records


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "done": _decode_done,
    "issued_at": _decode_issued_at,
    "page_index": _decode_page_index,
    "page_size": _decode_page_size,
    "search_id": _decode_search_id,
    "sig": _decode_sig,
    "total_pages": _decode_total_pages,
    "total_records": _decode_total_records,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "done",
    "issued_at",
    "page_index",
    "page_size",
    "search_id",
    "sig",
    "total_pages",
    "total_records",
)
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
