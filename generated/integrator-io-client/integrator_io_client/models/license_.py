# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="License")


@_attrs_define(repr=False)
class License:
    """
    Attributes:
        id (str | Unset):
        integration_id (str | Unset):
        created (datetime.datetime | Unset):
        expires (datetime.datetime | Unset):
        opts (LicenseOptions | Unset):
        user (LicenseUser | Unset):
    """

    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    opts: LicenseOptions | Unset = UNSET
    user: LicenseUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        integration_id = self.integration_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = format_datetime(self.created)

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = format_datetime(self.expires)

        opts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opts, Unset):
            opts = self.opts.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if created is not UNSET:
            field_dict["created"] = created
        if expires is not UNSET:
            field_dict["expires"] = expires
        if opts is not UNSET:
            field_dict["opts"] = opts
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("_id", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        _created = d.get("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime(_created)

        _expires = d.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        _opts = d.get("opts", UNSET)
        opts: LicenseOptions | Unset
        if isinstance(_opts, Unset):
            opts = UNSET
        else:
            opts = LicenseOptions.from_dict(_opts)

        _user = d.get("user", UNSET)
        user: LicenseUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = LicenseUser.from_dict(_user)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.id = id
        _instance.integration_id = integration_id
        _instance.created = created
        _instance.expires = expires
        _instance.opts = opts
        _instance.user = user

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


def _decode_id(__src: dict[str, Any]) -> Any:
    id = __src.get("_id", UNSET)
    return id


def _decode_integration_id(__src: dict[str, Any]) -> Any:
    integration_id = __src.get("_integrationId", UNSET)
    return integration_id


def _decode_created(__src: dict[str, Any]) -> Any:
    _created = __src.get("created", UNSET)
    created: datetime.datetime | Unset
    if isinstance(_created, Unset):
        created = UNSET
    else:
        created = parse_datetime(_created)

    return created


def _decode_expires(__src: dict[str, Any]) -> Any:
    _expires = __src.get("expires", UNSET)
    expires: datetime.datetime | Unset
    if isinstance(_expires, Unset):
        expires = UNSET
    else:
        expires = parse_datetime(_expires)

    return expires


def _decode_opts(__src: dict[str, Any]) -> Any:
    _opts = __src.get("opts", UNSET)
    opts: LicenseOptions | Unset
    if isinstance(_opts, Unset):
        opts = UNSET
    else:
        opts = LicenseOptions._from_wire(_opts)

    return opts


def _decode_user(__src: dict[str, Any]) -> Any:
    _user = __src.get("user", UNSET)
    user: LicenseUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = LicenseUser._from_wire(_user)

    return user


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "id": _decode_id,
    "integration_id": _decode_integration_id,
    "created": _decode_created,
    "expires": _decode_expires,
    "opts": _decode_opts,
    "user": _decode_user,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "integration_id",
    "created",
    "expires",
    "opts",
    "user",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "_id",
        "_integrationId",
        "created",
        "expires",
        "opts",
        "user",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.license_options import LicenseOptions  # noqa: E402
from ..models.license_user import LicenseUser  # noqa: E402
