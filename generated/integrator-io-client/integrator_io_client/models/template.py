# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, cast

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

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
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
    def _from_wire(cls, src_dict: Any) -> Template:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingTemplate.__new__(_PendingTemplate)
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


class _PendingTemplate(Template):
    """A Template from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Template.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingTemplate.__name__ = _PendingTemplate.__qualname__ = "Template"


def _decode(__model: Template) -> None:
    """Decode a _from_wire model into its slots and make it a plain Template. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Template)
        return
    __field = ""
    try:
        __field = "name"
        name = __src["name"]
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "integration_id"
        integration_id = __src.get("_integrationId", UNSET)
        __field = "applications"
        applications = cast("list[str]", __src.get("applications", UNSET))

        __field = "contact_email"
        contact_email = __src.get("contactEmail", UNSET)
        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "description"
        description = __src.get("description", UNSET)
        __field = "image_url"
        image_url = __src.get("imageURL", UNSET)
        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "published"
        published = __src.get("published", UNSET)
        __field = "website_url"
        website_url = __src.get("websiteURL", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Template", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Template)
    __model._wire = None
    __model.name = name
    __model.id = id
    __model.integration_id = integration_id
    __model.applications = applications
    __model.contact_email = contact_email
    __model.created_at = created_at
    __model.description = description
    __model.image_url = image_url
    __model.last_modified = last_modified
    __model.published = published
    __model.website_url = website_url
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "integration_id",
        "applications",
        "contact_email",
        "created_at",
        "description",
        "image_url",
        "last_modified",
        "published",
        "website_url",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
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
