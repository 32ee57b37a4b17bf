# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    opts: LicenseOptions | Unset = UNSET
    user: LicenseUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
    def _from_wire(cls, src_dict: Any) -> License:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingLicense.__new__(_PendingLicense)
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


class _PendingLicense(License):
    """A License from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain License.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingLicense.__name__ = _PendingLicense.__qualname__ = "License"


def _decode(__model: License) -> None:
    """Decode a _from_wire model into its slots and make it a plain License. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", License)
        return
    __field = ""
    try:
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "integration_id"
        integration_id = __src.get("_integrationId", UNSET)
        __field = "created"
        _created = __src.get("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime(_created)

        __field = "expires"
        _expires = __src.get("expires", UNSET)
        expires: datetime.datetime | Unset
        if isinstance(_expires, Unset):
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        __field = "opts"
        _opts = __src.get("opts", UNSET)
        opts: LicenseOptions | Unset
        if isinstance(_opts, Unset):
            opts = UNSET
        else:
            opts = LicenseOptions.from_dict(_opts)

        __field = "user"
        _user = __src.get("user", UNSET)
        user: LicenseUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = LicenseUser.from_dict(_user)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("License", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", License)
    __model._wire = None
    __model.id = id
    __model.integration_id = integration_id
    __model.created = created
    __model.expires = expires
    __model.opts = opts
    __model.user = user
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "integration_id",
        "created",
        "expires",
        "opts",
        "user",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
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
