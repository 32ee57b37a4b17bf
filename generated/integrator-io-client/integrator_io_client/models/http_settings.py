# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpSettings")


@_attrs_define
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
        "auth",
        "baseURI",
        "mediaType",
        "ping",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.http_settings_auth import HttpSettingsAuth  # noqa: E402
from ..models.http_settings_ping import HttpSettingsPing  # noqa: E402
