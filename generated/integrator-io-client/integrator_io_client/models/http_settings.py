# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpSettings")


@_attrs_define(repr=False)
class HttpSettings:
    """HTTP adaptor settings.

    Attributes:
        auth (HttpSettingsAuth | Unset):
        base_uri (str | Unset):
        media_type (str | Unset):
        ping (HttpSettingsPing | Unset):
    """

    auth: HttpSettingsAuth | Unset = UNSET
    base_uri: str | Unset = UNSET
    media_type: str | Unset = UNSET
    ping: HttpSettingsPing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        base_uri = self.base_uri

        media_type = self.media_type

        ping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ping, Unset):
            ping = self.ping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth is not UNSET:
            field_dict["auth"] = auth
        if base_uri is not UNSET:
            field_dict["baseURI"] = base_uri
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if ping is not UNSET:
            field_dict["ping"] = ping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _auth = d.get("auth", UNSET)
        auth: HttpSettingsAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = HttpSettingsAuth.from_dict(_auth)

        base_uri = d.get("baseURI", UNSET)

        media_type = d.get("mediaType", UNSET)

        _ping = d.get("ping", UNSET)
        ping: HttpSettingsPing | Unset
        if isinstance(_ping, Unset):
            ping = UNSET
        else:
            ping = HttpSettingsPing.from_dict(_ping)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.auth = auth
        _instance.base_uri = base_uri
        _instance.media_type = media_type
        _instance.ping = ping

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


def _decode_auth(__src: dict[str, Any]) -> Any:
    _auth = __src.get("auth", UNSET)
    auth: HttpSettingsAuth | Unset
    if isinstance(_auth, Unset):
        auth = UNSET
    else:
        auth = HttpSettingsAuth._from_wire(_auth)

    return auth


def _decode_base_uri(__src: dict[str, Any]) -> Any:
    base_uri = __src.get("baseURI", UNSET)
    return base_uri


def _decode_media_type(__src: dict[str, Any]) -> Any:
    media_type = __src.get("mediaType", UNSET)
    return media_type


def _decode_ping(__src: dict[str, Any]) -> Any:
    _ping = __src.get("ping", UNSET)
    ping: HttpSettingsPing | Unset
    if isinstance(_ping, Unset):
        ping = UNSET
    else:
        ping = HttpSettingsPing._from_wire(_ping)

    return ping


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "auth": _decode_auth,
    "base_uri": _decode_base_uri,
    "media_type": _decode_media_type,
    "ping": _decode_ping,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "auth",
    "base_uri",
    "media_type",
    "ping",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "auth",
        "baseURI",
        "mediaType",
        "ping",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.http_settings_auth import HttpSettingsAuth  # noqa: E402
from ..models.http_settings_ping import HttpSettingsPing  # noqa: E402
