# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define(repr=False)
class Template:
    """The marketplace listing of an unmanaged integration template.

    Attributes:
        name (str):
        id (str | Unset): System generated unique identifier.
        integration_id (str | Unset): The integration the template installs a copy of.
        applications (list[str] | Unset): Application slugs (e.g. `slack`, `github`).
        contact_email (str | Unset):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        image_url (str | Unset):
        last_modified (datetime.datetime | Unset):
        published (bool | Unset): Whether the template is listed in the marketplace.
        website_url (str | Unset):
    """

    name: str
    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    applications: list[str] | Unset = UNSET
    contact_email: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    image_url: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    published: bool | Unset = UNSET
    website_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The response JSON fields are decoded from, one by one; None once built in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        integration_id = self.integration_id

        applications: list[str] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = self.applications

        contact_email = self.contact_email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        description = self.description

        image_url = self.image_url

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        published = self.published

        website_url = self.website_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["_id"] = id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if applications is not UNSET:
            field_dict["applications"] = applications
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if image_url is not UNSET:
            field_dict["imageURL"] = image_url
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if published is not UNSET:
            field_dict["published"] = published
        if website_url is not UNSET:
            field_dict["websiteURL"] = website_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        id = d.get("_id", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        applications = cast("list[str]", d.get("applications", UNSET))

        contact_email = d.get("contactEmail", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        description = d.get("description", UNSET)

        image_url = d.get("imageURL", UNSET)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        published = d.get("published", UNSET)

        website_url = d.get("websiteURL", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.name = name
        _instance.id = id
        _instance.integration_id = integration_id
        _instance.applications = applications
        _instance.contact_email = contact_email
        _instance.created_at = created_at
        _instance.description = description
        _instance.image_url = image_url
        _instance.last_modified = last_modified
        _instance.published = published
        _instance.website_url = website_url

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
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
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


def _decode_name(__src: dict[str, Any]) -> Any:
    name = __src["name"]
    return name


def _decode_id(__src: dict[str, Any]) -> Any:
    id = __src.get("_id", UNSET)
    return id


def _decode_integration_id(__src: dict[str, Any]) -> Any:
    integration_id = __src.get("_integrationId", UNSET)
    return integration_id


def _decode_applications(__src: dict[str, Any]) -> Any:
    applications = cast("list[str]", __src.get("applications", UNSET))

    return applications


def _decode_contact_email(__src: dict[str, Any]) -> Any:
    contact_email = __src.get("contactEmail", UNSET)
    return contact_email


def _decode_created_at(__src: dict[str, Any]) -> Any:
    _created_at = __src.get("createdAt", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = parse_datetime(_created_at)

    return created_at


def _decode_description(__src: dict[str, Any]) -> Any:
    description = __src.get("description", UNSET)
    return description


def _decode_image_url(__src: dict[str, Any]) -> Any:
    image_url = __src.get("imageURL", UNSET)
    return image_url


def _decode_last_modified(__src: dict[str, Any]) -> Any:
    _last_modified = __src.get("lastModified", UNSET)
    last_modified: datetime.datetime | Unset
    if isinstance(_last_modified, Unset):
        last_modified = UNSET
    else:
        last_modified = parse_datetime(_last_modified)

    return last_modified


def _decode_published(__src: dict[str, Any]) -> Any:
    published = __src.get("published", UNSET)
    return published


def _decode_website_url(__src: dict[str, Any]) -> Any:
    website_url = __src.get("websiteURL", UNSET)
    return website_url


def _decode_additional_properties(__src: dict[str, Any]) -> dict[str, Any]:
    __extra = (
        {} if __src.keys() <= _WIRE_NAMES else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
    )
    return __extra


_DECODERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "name": _decode_name,
    "id": _decode_id,
    "integration_id": _decode_integration_id,
    "applications": _decode_applications,
    "contact_email": _decode_contact_email,
    "created_at": _decode_created_at,
    "description": _decode_description,
    "image_url": _decode_image_url,
    "last_modified": _decode_last_modified,
    "published": _decode_published,
    "website_url": _decode_website_url,
    "additional_properties": _decode_additional_properties,
}
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "integration_id",
    "applications",
    "contact_email",
    "created_at",
    "description",
    "image_url",
    "last_modified",
    "published",
    "website_url",
)
_REQUIRED: frozenset[str] = frozenset(("name",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "_id",
        "_integrationId",
        "applications",
        "contactEmail",
        "createdAt",
        "description",
        "imageURL",
        "lastModified",
        "published",
        "websiteURL",
    )
)
