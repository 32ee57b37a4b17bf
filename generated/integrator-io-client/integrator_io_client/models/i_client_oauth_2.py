# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientOauth2")


@_attrs_define
class IClientOauth2:
    """
    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        redirect_uri (str | Unset):
        scope (list[str] | Unset):
        scope_delimiter (str | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    scope: list[str] | Unset = UNSET
    scope_delimiter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uri = self.redirect_uri

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        scope_delimiter = self.scope_delimiter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if scope is not UNSET:
            field_dict["scope"] = scope
        if scope_delimiter is not UNSET:
            field_dict["scopeDelimiter"] = scope_delimiter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        client_id = d.get("clientId", UNSET)

        client_secret = d.get("clientSecret", UNSET)

        redirect_uri = d.get("redirectUri", UNSET)

        scope = cast("list[str]", d.get("scope", UNSET))

        scope_delimiter = d.get("scopeDelimiter", UNSET)

        _instance = cls.__new__(cls)
        _instance.client_id = client_id
        _instance.client_secret = client_secret
        _instance.redirect_uri = redirect_uri
        _instance.scope = scope
        _instance.scope_delimiter = scope_delimiter

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
        "clientId",
        "clientSecret",
        "redirectUri",
        "scope",
        "scopeDelimiter",
    )
)
