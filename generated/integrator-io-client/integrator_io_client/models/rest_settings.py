# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RestSettings")


@_attrs_define(repr=False)
class RestSettings:
    """REST adaptor settings.

    Attributes:
        auth_type (str | Unset): `basic`, `token`, `oauth`, `custom`, ...
        base_uri (str | Unset):
        basic_auth (RestSettingsBasicAuth | Unset):
        bearer_token (str | Unset):
        encrypted_fields (list[str] | Unset):
        headers (list[HttpHeader] | Unset):
        media_type (str | Unset): `json`, `xml`, `urlencoded`, ...
        ping_relative_uri (str | Unset):
        refresh_token (str | Unset):
        scope (list[str] | Unset):
        token_location (str | Unset): `header` or `url`.
        token_param (str | Unset):
        unencrypted_fields (list[str] | Unset):
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    auth_type: str | Unset = UNSET
    base_uri: str | Unset = UNSET
    basic_auth: RestSettingsBasicAuth | Unset = UNSET
    bearer_token: str | Unset = UNSET
    encrypted_fields: list[str] | Unset = UNSET
    headers: list[HttpHeader] | Unset = UNSET
    media_type: str | Unset = UNSET
    ping_relative_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    scope: list[str] | Unset = UNSET
    token_location: str | Unset = UNSET
    token_param: str | Unset = UNSET
    unencrypted_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        base_uri = self.base_uri

        basic_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_auth, Unset):
            basic_auth = self.basic_auth.to_dict()

        bearer_token = self.bearer_token

        encrypted_fields: list[str] | Unset = UNSET
        if not isinstance(self.encrypted_fields, Unset):
            encrypted_fields = self.encrypted_fields

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        media_type = self.media_type

        ping_relative_uri = self.ping_relative_uri

        refresh_token = self.refresh_token

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        token_location = self.token_location

        token_param = self.token_param

        unencrypted_fields: list[str] | Unset = UNSET
        if not isinstance(self.unencrypted_fields, Unset):
            unencrypted_fields = self.unencrypted_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if base_uri is not UNSET:
            field_dict["baseURI"] = base_uri
        if basic_auth is not UNSET:
            field_dict["basicAuth"] = basic_auth
        if bearer_token is not UNSET:
            field_dict["bearerToken"] = bearer_token
        if encrypted_fields is not UNSET:
            field_dict["encryptedFields"] = encrypted_fields
        if headers is not UNSET:
            field_dict["headers"] = headers
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if ping_relative_uri is not UNSET:
            field_dict["pingRelativeURI"] = ping_relative_uri
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if scope is not UNSET:
            field_dict["scope"] = scope
        if token_location is not UNSET:
            field_dict["tokenLocation"] = token_location
        if token_param is not UNSET:
            field_dict["tokenParam"] = token_param
        if unencrypted_fields is not UNSET:
            field_dict["unencryptedFields"] = unencrypted_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = d.get("authType", UNSET)

        base_uri = d.get("baseURI", UNSET)

        _basic_auth = d.get("basicAuth", UNSET)
        basic_auth: RestSettingsBasicAuth | Unset
        if isinstance(_basic_auth, Unset):
            basic_auth = UNSET
        else:
            basic_auth = RestSettingsBasicAuth.from_dict(_basic_auth)

        bearer_token = d.get("bearerToken", UNSET)

        encrypted_fields = cast("list[str]", d.get("encryptedFields", UNSET))

        _headers = d.get("headers", UNSET)
        headers: list[HttpHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = HttpHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        media_type = d.get("mediaType", UNSET)

        ping_relative_uri = d.get("pingRelativeURI", UNSET)

        refresh_token = d.get("refreshToken", UNSET)

        scope = cast("list[str]", d.get("scope", UNSET))

        token_location = d.get("tokenLocation", UNSET)

        token_param = d.get("tokenParam", UNSET)

        unencrypted_fields = cast("list[str]", d.get("unencryptedFields", UNSET))

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.auth_type = auth_type
        _instance.base_uri = base_uri
        _instance.basic_auth = basic_auth
        _instance.bearer_token = bearer_token
        _instance.encrypted_fields = encrypted_fields
        _instance.headers = headers
        _instance.media_type = media_type
        _instance.ping_relative_uri = ping_relative_uri
        _instance.refresh_token = refresh_token
        _instance.scope = scope
        _instance.token_location = token_location
        _instance.token_param = token_param
        _instance.unencrypted_fields = unencrypted_fields

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> RestSettings:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingRestSettings.__new__(_PendingRestSettings)
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


class _PendingRestSettings(RestSettings):
    """A RestSettings from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain RestSettings.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingRestSettings.__name__ = _PendingRestSettings.__qualname__ = "RestSettings"


def _decode(__model: RestSettings) -> None:
    """Decode a _from_wire model into its slots and make it a plain RestSettings. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", RestSettings)
        return
    __field = ""
    try:
        __field = "auth_type"
        auth_type = __src.get("authType", UNSET)
        __field = "base_uri"
        base_uri = __src.get("baseURI", UNSET)
        __field = "basic_auth"
        _basic_auth = __src.get("basicAuth", UNSET)
        basic_auth: RestSettingsBasicAuth | Unset
        if isinstance(_basic_auth, Unset):
            basic_auth = UNSET
        else:
            basic_auth = RestSettingsBasicAuth.from_dict(_basic_auth)

        __field = "bearer_token"
        bearer_token = __src.get("bearerToken", UNSET)
        __field = "encrypted_fields"
        encrypted_fields = cast("list[str]", __src.get("encryptedFields", UNSET))

        __field = "headers"
        _headers = __src.get("headers", UNSET)
        headers: list[HttpHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = HttpHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        __field = "media_type"
        media_type = __src.get("mediaType", UNSET)
        __field = "ping_relative_uri"
        ping_relative_uri = __src.get("pingRelativeURI", UNSET)
        __field = "refresh_token"
        refresh_token = __src.get("refreshToken", UNSET)
        __field = "scope"
        scope = cast("list[str]", __src.get("scope", UNSET))

        __field = "token_location"
        token_location = __src.get("tokenLocation", UNSET)
        __field = "token_param"
        token_param = __src.get("tokenParam", UNSET)
        __field = "unencrypted_fields"
        unencrypted_fields = cast("list[str]", __src.get("unencryptedFields", UNSET))

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("RestSettings", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", RestSettings)
    __model._wire = None
    __model.auth_type = auth_type
    __model.base_uri = base_uri
    __model.basic_auth = basic_auth
    __model.bearer_token = bearer_token
    __model.encrypted_fields = encrypted_fields
    __model.headers = headers
    __model.media_type = media_type
    __model.ping_relative_uri = ping_relative_uri
    __model.refresh_token = refresh_token
    __model.scope = scope
    __model.token_location = token_location
    __model.token_param = token_param
    __model.unencrypted_fields = unencrypted_fields
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "auth_type",
        "base_uri",
        "basic_auth",
        "bearer_token",
        "encrypted_fields",
        "headers",
        "media_type",
        "ping_relative_uri",
        "refresh_token",
        "scope",
        "token_location",
        "token_param",
        "unencrypted_fields",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "auth_type",
    "base_uri",
    "basic_auth",
    "bearer_token",
    "encrypted_fields",
    "headers",
    "media_type",
    "ping_relative_uri",
    "refresh_token",
    "scope",
    "token_location",
    "token_param",
    "unencrypted_fields",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "authType",
        "baseURI",
        "basicAuth",
        "bearerToken",
        "encryptedFields",
        "headers",
        "mediaType",
        "pingRelativeURI",
        "refreshToken",
        "scope",
        "tokenLocation",
        "tokenParam",
        "unencryptedFields",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.http_header import HttpHeader  # noqa: E402
from ..models.rest_settings_basic_auth import RestSettingsBasicAuth  # noqa: E402
