# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpSettingsAuth")


@_attrs_define(repr=False)
class HttpSettingsAuth:
    """
    Attributes:
        basic (HttpSettingsAuthBasic | Unset):
        token (HttpSettingsAuthToken | Unset):
        type_ (str | Unset): `basic`, `token`, `oauth`, `cookie`, `custom`, ...
    """

    basic: HttpSettingsAuthBasic | Unset = UNSET
    token: HttpSettingsAuthToken | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        basic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic, Unset):
            basic = self.basic.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basic is not UNSET:
            field_dict["basic"] = basic
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _basic = d.get("basic", UNSET)
        basic: HttpSettingsAuthBasic | Unset
        if isinstance(_basic, Unset):
            basic = UNSET
        else:
            basic = HttpSettingsAuthBasic.from_dict(_basic)

        _token = d.get("token", UNSET)
        token: HttpSettingsAuthToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = HttpSettingsAuthToken.from_dict(_token)

        type_ = d.get("type", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.basic = basic
        _instance.token = token
        _instance.type_ = type_

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


def _decode_basic(__src: dict[str, Any]) -> Any:
    _basic = __src.get("basic", UNSET)
    basic: HttpSettingsAuthBasic | Unset
    if isinstance(_basic, Unset):
        basic = UNSET
    else:
        basic = HttpSettingsAuthBasic._from_wire(_basic)

    return basic


def _decode_token(__src: dict[str, Any]) -> Any:
    _token = __src.get("token", UNSET)
    token: HttpSettingsAuthToken | Unset
    if isinstance(_token, Unset):
        token = UNSET
    else:
        token = HttpSettingsAuthToken._from_wire(_token)

    return token


def _decode_type_(__src: dict[str, Any]) -> Any:
    type_ = __src.get("type", UNSET)
    return type_


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "basic": _decode_basic,
    "token": _decode_token,
    "type_": _decode_type_,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "basic",
    "token",
    "type_",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "basic",
        "token",
        "type",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.http_settings_auth_basic import HttpSettingsAuthBasic  # noqa: E402
from ..models.http_settings_auth_token import HttpSettingsAuthToken  # noqa: E402
