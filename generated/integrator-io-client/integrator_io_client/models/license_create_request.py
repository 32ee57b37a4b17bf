# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime

T = TypeVar("T", bound="LicenseCreateRequest")


@_attrs_define
class LicenseCreateRequest:
    """
    Attributes:
        email (str): Email address of the integrator.io user to license. The backend
            resolves this to a user account.
        expires (datetime.datetime):
        opts (NewLicenseOptions):
    """

    email: str
    expires: datetime.datetime
    opts: NewLicenseOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        expires = format_datetime(self.expires)

        opts = self.opts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "expires": expires,
                "opts": opts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        expires = parse_datetime(d["expires"])

        opts = NewLicenseOptions.from_dict(d["opts"])

        _instance = cls.__new__(cls)
        _instance.email = email
        _instance.expires = expires
        _instance.opts = opts

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
        "email",
        "expires",
        "opts",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.new_license_options import NewLicenseOptions  # noqa: E402
