# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define
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
