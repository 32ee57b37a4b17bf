# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._models import FieldDecodeError, model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="IClientOauth2")


@_attrs_define(repr=False)
class IClientOauth2:
    """
    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        redirect_uri (str | Unset):
        scope (list[str] | Unset):
        scope_delimiter (str | Unset):
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
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
        _instance._wire = None
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

    @classmethod
    def _from_wire(cls, src_dict: Any) -> IClientOauth2:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingIClientOauth2.__new__(_PendingIClientOauth2)
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


class _PendingIClientOauth2(IClientOauth2):
    """A IClientOauth2 from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain IClientOauth2.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingIClientOauth2.__name__ = _PendingIClientOauth2.__qualname__ = "IClientOauth2"


def _decode(__model: IClientOauth2) -> None:
    """Decode a _from_wire model into its slots and make it a plain IClientOauth2. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", IClientOauth2)
        return
    __field = ""
    try:
        __field = "client_id"
        client_id = __src.get("clientId", UNSET)
        __field = "client_secret"
        client_secret = __src.get("clientSecret", UNSET)
        __field = "redirect_uri"
        redirect_uri = __src.get("redirectUri", UNSET)
        __field = "scope"
        scope = cast("list[str]", __src.get("scope", UNSET))

        __field = "scope_delimiter"
        scope_delimiter = __src.get("scopeDelimiter", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("IClientOauth2", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", IClientOauth2)
    __model._wire = None
    __model.client_id = client_id
    __model.client_secret = client_secret
    __model.redirect_uri = redirect_uri
    __model.scope = scope
    __model.scope_delimiter = scope_delimiter
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "client_id",
        "client_secret",
        "redirect_uri",
        "scope",
        "scope_delimiter",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "client_id",
    "client_secret",
    "redirect_uri",
    "scope",
    "scope_delimiter",
)
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
