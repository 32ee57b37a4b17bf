# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
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
    def _from_wire(cls, src_dict: Any) -> PagedExportState:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingPagedExportState.__new__(_PendingPagedExportState)
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


class _PendingPagedExportState(PagedExportState):
    """A PagedExportState from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain PagedExportState.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingPagedExportState.__name__ = _PendingPagedExportState.__qualname__ = "PagedExportState"


def _decode(__model: PagedExportState) -> None:
    """Decode a _from_wire model into its slots and make it a plain PagedExportState. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", PagedExportState)
        return
    __field = ""
    try:
        __field = "done"
        done = __src.get("done", UNSET)
        __field = "issued_at"
        issued_at = __src.get("issuedAt", UNSET)
        __field = "page_index"
        page_index = __src.get("pageIndex", UNSET)
        __field = "page_size"
        page_size = __src.get("pageSize", UNSET)
        __field = "search_id"
        search_id = __src.get("searchId", UNSET)
        __field = "sig"
        sig = __src.get("sig", UNSET)
        __field = "total_pages"
        total_pages = __src.get("totalPages", UNSET)
        __field = "total_records"
        total_records = __src.get("totalRecords", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("PagedExportState", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", PagedExportState)
    __model._wire = None
    __model.done = done
    __model.issued_at = issued_at
    __model.page_index = page_index
    __model.page_size = page_size
    __model.search_id = search_id
    __model.sig = sig
    __model.total_pages = total_pages
    __model.total_records = total_records
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "done",
        "issued_at",
        "page_index",
        "page_size",
        "search_id",
        "sig",
        "total_pages",
        "total_records",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
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
