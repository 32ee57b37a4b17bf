# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpSettingsAuthToken")


@_attrs_define(repr=False)
class HttpSettingsAuthToken:
    """
    Attributes:
        header_name (str | Unset):
        location (str | Unset):
        param_name (str | Unset):
        refresh_token (str | Unset):
        scheme (str | Unset):
        token (str | Unset):
    """

    header_name: str | Unset = UNSET
    location: str | Unset = UNSET
    param_name: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    scheme: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        header_name = self.header_name

        location = self.location

        param_name = self.param_name

        refresh_token = self.refresh_token

        scheme = self.scheme

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header_name is not UNSET:
            field_dict["headerName"] = header_name
        if location is not UNSET:
            field_dict["location"] = location
        if param_name is not UNSET:
            field_dict["paramName"] = param_name
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        header_name = d.get("headerName", UNSET)

        location = d.get("location", UNSET)

        param_name = d.get("paramName", UNSET)

        refresh_token = d.get("refreshToken", UNSET)

        scheme = d.get("scheme", UNSET)

        token = d.get("token", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.header_name = header_name
        _instance.location = location
        _instance.param_name = param_name
        _instance.refresh_token = refresh_token
        _instance.scheme = scheme
        _instance.token = token

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


def _decode_header_name(__src: dict[str, Any]) -> Any:
    header_name = __src.get("headerName", UNSET)
    return header_name


def _decode_location(__src: dict[str, Any]) -> Any:
    location = __src.get("location", UNSET)
    return location


def _decode_param_name(__src: dict[str, Any]) -> Any:
    param_name = __src.get("paramName", UNSET)
    return param_name


def _decode_refresh_token(__src: dict[str, Any]) -> Any:
    refresh_token = __src.get("refreshToken", UNSET)
    return refresh_token


def _decode_scheme(__src: dict[str, Any]) -> Any:
    scheme = __src.get("scheme", UNSET)
    return scheme


def _decode_token(__src: dict[str, Any]) -> Any:
    token = __src.get("token", UNSET)
    return token


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "header_name": _decode_header_name,
    "location": _decode_location,
    "param_name": _decode_param_name,
    "refresh_token": _decode_refresh_token,
    "scheme": _decode_scheme,
    "token": _decode_token,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "header_name",
    "location",
    "param_name",
    "refresh_token",
    "scheme",
    "token",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "headerName",
        "location",
        "paramName",
        "refreshToken",
        "scheme",
        "token",
    )
)
