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

T = TypeVar("T", bound="Connection")


@_attrs_define(repr=False)
class Connection:
    """Credentials and settings to reach one application. The adaptor's settings live
    in the sub-object named after `type` (`rest`, `http`, `netsuite`, ...); each is
    open, since adaptors differ. Secret fields (`x-secret`) read back as `******`.

        Attributes:
            type_ (str): The adaptor: `rest`, `http`, `netsuite`, `salesforce`, `ftp`, `s3`, `as2`,
                `wrapper`, `rdbms`, `mongodb`, `dynamodb`, ...
            connector_id (str | Unset): Connector that installed the connection.
            i_client_id (str | Unset): iClient holding the OAuth application's credentials.
            id (str | Unset): System generated unique identifier.
            integration_id (str | Unset): Integration the connection belongs to.
            as2 (As2Settings | Unset): AS2 settings.
            created_at (datetime.datetime | Unset):
            debug_date (datetime.datetime | Unset): Requests are logged for the debug log until this time.
            ftp (FtpSettings | Unset): FTP / SFTP / FTPS adaptor settings.
            http (HttpSettings | Unset): HTTP adaptor settings.
            last_modified (datetime.datetime | Unset):
            mongodb (MongoDbSettings | Unset): MongoDB settings.
            name (str | Unset): Name of the connection.
            netsuite (NetSuiteSettings | Unset): NetSuite adaptor settings.
            offline (bool | Unset): True when integrator.io could not reach the application with these
                credentials; a ping then fails. Sent on create or update, it marks the
                connection as failing (how the mock is told to simulate an outage).
            queues (list[ConnectionQueue] | Unset): Request queues of the connection.
            rdbms (RdbmsSettings | Unset): Database (MySQL, PostgreSQL, SQL Server, Snowflake, ...) settings.
            rest (RestSettings | Unset): REST adaptor settings.
            s3 (S3Settings | Unset): Amazon S3 adaptor settings.
            salesforce (SalesforceSettings | Unset): Salesforce adaptor settings.
            sandbox (bool | Unset): Whether the connection points at a sandbox account.
            wrapper (ConnectionWrapper | Unset): Settings of a wrapper (custom) adaptor.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    type_: str
    connector_id: str | Unset = UNSET
    i_client_id: str | Unset = UNSET
    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    as2: As2Settings | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    debug_date: datetime.datetime | Unset = UNSET
    ftp: FtpSettings | Unset = UNSET
    http: HttpSettings | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    mongodb: MongoDbSettings | Unset = UNSET
    name: str | Unset = UNSET
    netsuite: NetSuiteSettings | Unset = UNSET
    offline: bool | Unset = UNSET
    queues: list[ConnectionQueue] | Unset = UNSET
    rdbms: RdbmsSettings | Unset = UNSET
    rest: RestSettings | Unset = UNSET
    s3: S3Settings | Unset = UNSET
    salesforce: SalesforceSettings | Unset = UNSET
    sandbox: bool | Unset = UNSET
    wrapper: ConnectionWrapper | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        connector_id = self.connector_id

        i_client_id = self.i_client_id

        id = self.id

        integration_id = self.integration_id

        as2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.as2, Unset):
            as2 = self.as2.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        debug_date: str | Unset = UNSET
        if not isinstance(self.debug_date, Unset):
            debug_date = format_datetime(self.debug_date)

        ftp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ftp, Unset):
            ftp = self.ftp.to_dict()

        http: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http, Unset):
            http = self.http.to_dict()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        mongodb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mongodb, Unset):
            mongodb = self.mongodb.to_dict()

        name = self.name

        netsuite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netsuite, Unset):
            netsuite = self.netsuite.to_dict()

        offline = self.offline

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        rdbms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rdbms, Unset):
            rdbms = self.rdbms.to_dict()

        rest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rest, Unset):
            rest = self.rest.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        salesforce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesforce, Unset):
            salesforce = self.salesforce.to_dict()

        sandbox = self.sandbox

        wrapper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wrapper, Unset):
            wrapper = self.wrapper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if connector_id is not UNSET:
            field_dict["_connectorId"] = connector_id
        if i_client_id is not UNSET:
            field_dict["_iClientId"] = i_client_id
        if id is not UNSET:
            field_dict["_id"] = id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if as2 is not UNSET:
            field_dict["as2"] = as2
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if debug_date is not UNSET:
            field_dict["debugDate"] = debug_date
        if ftp is not UNSET:
            field_dict["ftp"] = ftp
        if http is not UNSET:
            field_dict["http"] = http
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if mongodb is not UNSET:
            field_dict["mongodb"] = mongodb
        if name is not UNSET:
            field_dict["name"] = name
        if netsuite is not UNSET:
            field_dict["netsuite"] = netsuite
        if offline is not UNSET:
            field_dict["offline"] = offline
        if queues is not UNSET:
            field_dict["queues"] = queues
        if rdbms is not UNSET:
            field_dict["rdbms"] = rdbms
        if rest is not UNSET:
            field_dict["rest"] = rest
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if salesforce is not UNSET:
            field_dict["salesforce"] = salesforce
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if wrapper is not UNSET:
            field_dict["wrapper"] = wrapper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]

        connector_id = d.get("_connectorId", UNSET)

        i_client_id = d.get("_iClientId", UNSET)

        id = d.get("_id", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        _as2 = d.get("as2", UNSET)
        as2: As2Settings | Unset
        if isinstance(_as2, Unset):
            as2 = UNSET
        else:
            as2 = As2Settings.from_dict(_as2)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _debug_date = d.get("debugDate", UNSET)
        debug_date: datetime.datetime | Unset
        if isinstance(_debug_date, Unset):
            debug_date = UNSET
        else:
            debug_date = parse_datetime(_debug_date)

        _ftp = d.get("ftp", UNSET)
        ftp: FtpSettings | Unset
        if isinstance(_ftp, Unset):
            ftp = UNSET
        else:
            ftp = FtpSettings.from_dict(_ftp)

        _http = d.get("http", UNSET)
        http: HttpSettings | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = HttpSettings.from_dict(_http)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        _mongodb = d.get("mongodb", UNSET)
        mongodb: MongoDbSettings | Unset
        if isinstance(_mongodb, Unset):
            mongodb = UNSET
        else:
            mongodb = MongoDbSettings.from_dict(_mongodb)

        name = d.get("name", UNSET)

        _netsuite = d.get("netsuite", UNSET)
        netsuite: NetSuiteSettings | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = NetSuiteSettings.from_dict(_netsuite)

        offline = d.get("offline", UNSET)

        _queues = d.get("queues", UNSET)
        queues: list[ConnectionQueue] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = ConnectionQueue.from_dict(queues_item_data)

                queues.append(queues_item)

        _rdbms = d.get("rdbms", UNSET)
        rdbms: RdbmsSettings | Unset
        if isinstance(_rdbms, Unset):
            rdbms = UNSET
        else:
            rdbms = RdbmsSettings.from_dict(_rdbms)

        _rest = d.get("rest", UNSET)
        rest: RestSettings | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = RestSettings.from_dict(_rest)

        _s3 = d.get("s3", UNSET)
        s3: S3Settings | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = S3Settings.from_dict(_s3)

        _salesforce = d.get("salesforce", UNSET)
        salesforce: SalesforceSettings | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = SalesforceSettings.from_dict(_salesforce)

        sandbox = d.get("sandbox", UNSET)

        _wrapper = d.get("wrapper", UNSET)
        wrapper: ConnectionWrapper | Unset
        if isinstance(_wrapper, Unset):
            wrapper = UNSET
        else:
            wrapper = ConnectionWrapper.from_dict(_wrapper)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.type_ = type_
        _instance.connector_id = connector_id
        _instance.i_client_id = i_client_id
        _instance.id = id
        _instance.integration_id = integration_id
        _instance.as2 = as2
        _instance.created_at = created_at
        _instance.debug_date = debug_date
        _instance.ftp = ftp
        _instance.http = http
        _instance.last_modified = last_modified
        _instance.mongodb = mongodb
        _instance.name = name
        _instance.netsuite = netsuite
        _instance.offline = offline
        _instance.queues = queues
        _instance.rdbms = rdbms
        _instance.rest = rest
        _instance.s3 = s3
        _instance.salesforce = salesforce
        _instance.sandbox = sandbox
        _instance.wrapper = wrapper

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Connection:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingConnection.__new__(_PendingConnection)
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


class _PendingConnection(Connection):
    """A Connection from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Connection.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingConnection.__name__ = _PendingConnection.__qualname__ = "Connection"


def _decode(__model: Connection) -> None:
    """Decode a _from_wire model into its slots and make it a plain Connection. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Connection)
        return
    __field = ""
    try:
        __field = "type_"
        type_ = __src["type"]
        __field = "connector_id"
        connector_id = __src.get("_connectorId", UNSET)
        __field = "i_client_id"
        i_client_id = __src.get("_iClientId", UNSET)
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "integration_id"
        integration_id = __src.get("_integrationId", UNSET)
        __field = "as2"
        _as2 = __src.get("as2", UNSET)
        as2: As2Settings | Unset
        if isinstance(_as2, Unset):
            as2 = UNSET
        else:
            as2 = As2Settings.from_dict(_as2)

        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "debug_date"
        _debug_date = __src.get("debugDate", UNSET)
        debug_date: datetime.datetime | Unset
        if isinstance(_debug_date, Unset):
            debug_date = UNSET
        else:
            debug_date = parse_datetime(_debug_date)

        __field = "ftp"
        _ftp = __src.get("ftp", UNSET)
        ftp: FtpSettings | Unset
        if isinstance(_ftp, Unset):
            ftp = UNSET
        else:
            ftp = FtpSettings.from_dict(_ftp)

        __field = "http"
        _http = __src.get("http", UNSET)
        http: HttpSettings | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = HttpSettings.from_dict(_http)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "mongodb"
        _mongodb = __src.get("mongodb", UNSET)
        mongodb: MongoDbSettings | Unset
        if isinstance(_mongodb, Unset):
            mongodb = UNSET
        else:
            mongodb = MongoDbSettings.from_dict(_mongodb)

        __field = "name"
        name = __src.get("name", UNSET)
        __field = "netsuite"
        _netsuite = __src.get("netsuite", UNSET)
        netsuite: NetSuiteSettings | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = NetSuiteSettings.from_dict(_netsuite)

        __field = "offline"
        offline = __src.get("offline", UNSET)
        __field = "queues"
        _queues = __src.get("queues", UNSET)
        queues: list[ConnectionQueue] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = ConnectionQueue.from_dict(queues_item_data)

                queues.append(queues_item)

        __field = "rdbms"
        _rdbms = __src.get("rdbms", UNSET)
        rdbms: RdbmsSettings | Unset
        if isinstance(_rdbms, Unset):
            rdbms = UNSET
        else:
            rdbms = RdbmsSettings.from_dict(_rdbms)

        __field = "rest"
        _rest = __src.get("rest", UNSET)
        rest: RestSettings | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = RestSettings.from_dict(_rest)

        __field = "s3"
        _s3 = __src.get("s3", UNSET)
        s3: S3Settings | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = S3Settings.from_dict(_s3)

        __field = "salesforce"
        _salesforce = __src.get("salesforce", UNSET)
        salesforce: SalesforceSettings | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = SalesforceSettings.from_dict(_salesforce)

        __field = "sandbox"
        sandbox = __src.get("sandbox", UNSET)
        __field = "wrapper"
        _wrapper = __src.get("wrapper", UNSET)
        wrapper: ConnectionWrapper | Unset
        if isinstance(_wrapper, Unset):
            wrapper = UNSET
        else:
            wrapper = ConnectionWrapper.from_dict(_wrapper)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Connection", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Connection)
    __model._wire = None
    __model.type_ = type_
    __model.connector_id = connector_id
    __model.i_client_id = i_client_id
    __model.id = id
    __model.integration_id = integration_id
    __model.as2 = as2
    __model.created_at = created_at
    __model.debug_date = debug_date
    __model.ftp = ftp
    __model.http = http
    __model.last_modified = last_modified
    __model.mongodb = mongodb
    __model.name = name
    __model.netsuite = netsuite
    __model.offline = offline
    __model.queues = queues
    __model.rdbms = rdbms
    __model.rest = rest
    __model.s3 = s3
    __model.salesforce = salesforce
    __model.sandbox = sandbox
    __model.wrapper = wrapper
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "type_",
        "connector_id",
        "i_client_id",
        "id",
        "integration_id",
        "as2",
        "created_at",
        "debug_date",
        "ftp",
        "http",
        "last_modified",
        "mongodb",
        "name",
        "netsuite",
        "offline",
        "queues",
        "rdbms",
        "rest",
        "s3",
        "salesforce",
        "sandbox",
        "wrapper",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "type_",
    "connector_id",
    "i_client_id",
    "integration_id",
    "as2",
    "created_at",
    "debug_date",
    "ftp",
    "http",
    "last_modified",
    "mongodb",
    "netsuite",
    "offline",
    "queues",
    "rdbms",
    "rest",
    "s3",
    "salesforce",
    "sandbox",
    "wrapper",
)
_REQUIRED: frozenset[str] = frozenset(("type",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "type",
        "_connectorId",
        "_iClientId",
        "_id",
        "_integrationId",
        "as2",
        "createdAt",
        "debugDate",
        "ftp",
        "http",
        "lastModified",
        "mongodb",
        "name",
        "netsuite",
        "offline",
        "queues",
        "rdbms",
        "rest",
        "s3",
        "salesforce",
        "sandbox",
        "wrapper",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.as_2_settings import As2Settings  # noqa: E402
from ..models.connection_queue import ConnectionQueue  # noqa: E402
from ..models.connection_wrapper import ConnectionWrapper  # noqa: E402
from ..models.ftp_settings import FtpSettings  # noqa: E402
from ..models.http_settings import HttpSettings  # noqa: E402
from ..models.mongo_db_settings import MongoDbSettings  # noqa: E402
from ..models.net_suite_settings import NetSuiteSettings  # noqa: E402
from ..models.rdbms_settings import RdbmsSettings  # noqa: E402
from ..models.rest_settings import RestSettings  # noqa: E402
from ..models.s3_settings import S3Settings  # noqa: E402
from ..models.salesforce_settings import SalesforceSettings  # noqa: E402
