# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesforceSettings")


@_attrs_define
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
        "baseURI",
        "bearerToken",
        "oauth2FlowType",
        "refreshToken",
        "sandbox",
        "username",
    )
)
