# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesforceSettings")


@_attrs_define(repr=False)
class SalesforceSettings:
    """Salesforce adaptor settings.

    Attributes:
        base_uri (str | Unset):
        bearer_token (str | Unset):
        oauth_2_flow_type (str | Unset):
        refresh_token (str | Unset):
        sandbox (bool | Unset):
        username (str | Unset):
    """

    base_uri: str | Unset = UNSET
    bearer_token: str | Unset = UNSET
    oauth_2_flow_type: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    sandbox: bool | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        base_uri = self.base_uri

        bearer_token = self.bearer_token

        oauth_2_flow_type = self.oauth_2_flow_type

        refresh_token = self.refresh_token

        sandbox = self.sandbox

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_uri is not UNSET:
            field_dict["baseURI"] = base_uri
        if bearer_token is not UNSET:
            field_dict["bearerToken"] = bearer_token
        if oauth_2_flow_type is not UNSET:
            field_dict["oauth2FlowType"] = oauth_2_flow_type
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        base_uri = d.get("baseURI", UNSET)

        bearer_token = d.get("bearerToken", UNSET)

        oauth_2_flow_type = d.get("oauth2FlowType", UNSET)

        refresh_token = d.get("refreshToken", UNSET)

        sandbox = d.get("sandbox", UNSET)

        username = d.get("username", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.base_uri = base_uri
        _instance.bearer_token = bearer_token
        _instance.oauth_2_flow_type = oauth_2_flow_type
        _instance.refresh_token = refresh_token
        _instance.sandbox = sandbox
        _instance.username = username

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


def _decode_base_uri(__src: dict[str, Any]) -> Any:
    base_uri = __src.get("baseURI", UNSET)
    return base_uri


def _decode_bearer_token(__src: dict[str, Any]) -> Any:
    bearer_token = __src.get("bearerToken", UNSET)
    return bearer_token


def _decode_oauth_2_flow_type(__src: dict[str, Any]) -> Any:
    oauth_2_flow_type = __src.get("oauth2FlowType", UNSET)
    return oauth_2_flow_type


def _decode_refresh_token(__src: dict[str, Any]) -> Any:
    refresh_token = __src.get("refreshToken", UNSET)
    return refresh_token


def _decode_sandbox(__src: dict[str, Any]) -> Any:
    sandbox = __src.get("sandbox", UNSET)
    return sandbox


def _decode_username(__src: dict[str, Any]) -> Any:
    username = __src.get("username", UNSET)
    return username


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "base_uri": _decode_base_uri,
    "bearer_token": _decode_bearer_token,
    "oauth_2_flow_type": _decode_oauth_2_flow_type,
    "refresh_token": _decode_refresh_token,
    "sandbox": _decode_sandbox,
    "username": _decode_username,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "base_uri",
    "bearer_token",
    "oauth_2_flow_type",
    "refresh_token",
    "sandbox",
    "username",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "baseURI",
        "bearerToken",
        "oauth2FlowType",
        "refreshToken",
        "sandbox",
        "username",
    )
)
