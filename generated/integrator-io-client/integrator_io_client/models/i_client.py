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

T = TypeVar("T", bound="IClient")


@_attrs_define(repr=False)
class IClient:
    """An OAuth application's credentials, kept for connections of one provider.

    Attributes:
        provider (str): Supported providers include the following: google, salesforce, azureoauth, windowslive, shopify,
            integrator, zendesk, bigcommerce, netsuite, ebay, amazonmws, ebay-xml, asana, box, dropbox, clover, servicenow,
            jobvite, twilio, certify', dropbox, squareup, docusign, and woocommerce
        connector_id (str | Unset): SmartConnector whose install base may use the iClient.
        id (str | Unset): System generated unique identifier.
        amazonmws (IClientAmazonmws | Unset):
        created_at (datetime.datetime | Unset):
        ebay (IClientEbay | Unset):
        last_modified (datetime.datetime | Unset):
        name (str | Unset):
        netsuite (IClientNetsuite | Unset):
        oauth2 (IClientOauth2 | Unset):
        salesforce (IClientSalesforce | Unset):
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    provider: str
    connector_id: str | Unset = UNSET
    id: str | Unset = UNSET
    amazonmws: IClientAmazonmws | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    ebay: IClientEbay | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    netsuite: IClientNetsuite | Unset = UNSET
    oauth2: IClientOauth2 | Unset = UNSET
    salesforce: IClientSalesforce | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        connector_id = self.connector_id

        id = self.id

        amazonmws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amazonmws, Unset):
            amazonmws = self.amazonmws.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        ebay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ebay, Unset):
            ebay = self.ebay.to_dict()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        name = self.name

        netsuite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netsuite, Unset):
            netsuite = self.netsuite.to_dict()

        oauth2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oauth2, Unset):
            oauth2 = self.oauth2.to_dict()

        salesforce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesforce, Unset):
            salesforce = self.salesforce.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if connector_id is not UNSET:
            field_dict["_connectorId"] = connector_id
        if id is not UNSET:
            field_dict["_id"] = id
        if amazonmws is not UNSET:
            field_dict["amazonmws"] = amazonmws
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if ebay is not UNSET:
            field_dict["ebay"] = ebay
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if name is not UNSET:
            field_dict["name"] = name
        if netsuite is not UNSET:
            field_dict["netsuite"] = netsuite
        if oauth2 is not UNSET:
            field_dict["oauth2"] = oauth2
        if salesforce is not UNSET:
            field_dict["salesforce"] = salesforce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        provider = d["provider"]

        connector_id = d.get("_connectorId", UNSET)

        id = d.get("_id", UNSET)

        _amazonmws = d.get("amazonmws", UNSET)
        amazonmws: IClientAmazonmws | Unset
        if isinstance(_amazonmws, Unset):
            amazonmws = UNSET
        else:
            amazonmws = IClientAmazonmws.from_dict(_amazonmws)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _ebay = d.get("ebay", UNSET)
        ebay: IClientEbay | Unset
        if isinstance(_ebay, Unset):
            ebay = UNSET
        else:
            ebay = IClientEbay.from_dict(_ebay)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        name = d.get("name", UNSET)

        _netsuite = d.get("netsuite", UNSET)
        netsuite: IClientNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = IClientNetsuite.from_dict(_netsuite)

        _oauth2 = d.get("oauth2", UNSET)
        oauth2: IClientOauth2 | Unset
        if isinstance(_oauth2, Unset):
            oauth2 = UNSET
        else:
            oauth2 = IClientOauth2.from_dict(_oauth2)

        _salesforce = d.get("salesforce", UNSET)
        salesforce: IClientSalesforce | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = IClientSalesforce.from_dict(_salesforce)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.provider = provider
        _instance.connector_id = connector_id
        _instance.id = id
        _instance.amazonmws = amazonmws
        _instance.created_at = created_at
        _instance.ebay = ebay
        _instance.last_modified = last_modified
        _instance.name = name
        _instance.netsuite = netsuite
        _instance.oauth2 = oauth2
        _instance.salesforce = salesforce

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> IClient:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingIClient.__new__(_PendingIClient)
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


class _PendingIClient(IClient):
    """A IClient from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain IClient.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingIClient.__name__ = _PendingIClient.__qualname__ = "IClient"


def _decode(__model: IClient) -> None:
    """Decode a _from_wire model into its slots and make it a plain IClient. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", IClient)
        return
    __field = ""
    try:
        __field = "provider"
        provider = __src["provider"]
        __field = "connector_id"
        connector_id = __src.get("_connectorId", UNSET)
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "amazonmws"
        _amazonmws = __src.get("amazonmws", UNSET)
        amazonmws: IClientAmazonmws | Unset
        if isinstance(_amazonmws, Unset):
            amazonmws = UNSET
        else:
            amazonmws = IClientAmazonmws.from_dict(_amazonmws)

        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "ebay"
        _ebay = __src.get("ebay", UNSET)
        ebay: IClientEbay | Unset
        if isinstance(_ebay, Unset):
            ebay = UNSET
        else:
            ebay = IClientEbay.from_dict(_ebay)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "name"
        name = __src.get("name", UNSET)
        __field = "netsuite"
        _netsuite = __src.get("netsuite", UNSET)
        netsuite: IClientNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = IClientNetsuite.from_dict(_netsuite)

        __field = "oauth2"
        _oauth2 = __src.get("oauth2", UNSET)
        oauth2: IClientOauth2 | Unset
        if isinstance(_oauth2, Unset):
            oauth2 = UNSET
        else:
            oauth2 = IClientOauth2.from_dict(_oauth2)

        __field = "salesforce"
        _salesforce = __src.get("salesforce", UNSET)
        salesforce: IClientSalesforce | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = IClientSalesforce.from_dict(_salesforce)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("IClient", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", IClient)
    __model._wire = None
    __model.provider = provider
    __model.connector_id = connector_id
    __model.id = id
    __model.amazonmws = amazonmws
    __model.created_at = created_at
    __model.ebay = ebay
    __model.last_modified = last_modified
    __model.name = name
    __model.netsuite = netsuite
    __model.oauth2 = oauth2
    __model.salesforce = salesforce
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "provider",
        "connector_id",
        "id",
        "amazonmws",
        "created_at",
        "ebay",
        "last_modified",
        "name",
        "netsuite",
        "oauth2",
        "salesforce",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "provider",
    "connector_id",
    "amazonmws",
    "created_at",
    "ebay",
    "last_modified",
    "netsuite",
    "oauth2",
    "salesforce",
)
_REQUIRED: frozenset[str] = frozenset(("provider",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "provider",
        "_connectorId",
        "_id",
        "amazonmws",
        "createdAt",
        "ebay",
        "lastModified",
        "name",
        "netsuite",
        "oauth2",
        "salesforce",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.i_client_amazonmws import IClientAmazonmws  # noqa: E402
from ..models.i_client_ebay import IClientEbay  # noqa: E402
from ..models.i_client_netsuite import IClientNetsuite  # noqa: E402
from ..models.i_client_oauth_2 import IClientOauth2  # noqa: E402
from ..models.i_client_salesforce import IClientSalesforce  # noqa: E402
