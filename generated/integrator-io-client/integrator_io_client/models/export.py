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

T = TypeVar("T", bound="Export")


@_attrs_define(repr=False)
class Export:
    """Extracts data from an application, standalone or as a step of a flow. The
    adaptor's settings live in the sub-object of its kind (`rest`, `http`,
    `netsuite`, `salesforce`, `ftp`, `s3`, `webhook`, `file`, ...); each is open.

        Attributes:
            name (str): Name of the export.
            connection_id (str | Unset): Connection the export reads through (none for webhooks).
            connector_id (str | Unset): Connector that installed the export.
            id (str | Unset): System generated unique identifier.
            integration_id (str | Unset): Integration the export belongs to.
            adaptor_type (str | Unset): e.g. `RESTExport`, `NetSuiteExport`.
            api_identifier (str | Unset): System generated identifier for invoking the export by API.
            asynchronous (bool | Unset):
            created_at (datetime.datetime | Unset):
            delta (ExportDelta | Unset):
            description (str | Unset):
            file (ExportFile | Unset): File parsing settings.
            ftp (ExportFtp | Unset): FTP export settings.
            hooks (Hooks | Unset): Hooks by name (`preSavePage`, `preMap`, `postMap`, `postSubmit`, ...).
            http (ExportHttp | Unset): HTTP export settings.
            last_modified (datetime.datetime | Unset):
            netsuite (ExportNetsuite | Unset): NetSuite export settings (searches, restlet, distributed).
            once (ExportOnce | Unset):
            page_size (int | Unset):
            rest (ExportRest | Unset): REST export settings (relativeURI, method, paging, ...).
            s3 (ExportS3 | Unset): S3 export settings.
            salesforce (ExportSalesforce | Unset): Salesforce export settings.
            sample_data (list[SampleRecord] | SampleRecord | Unset): Records standing for what the application returns: an
                array of objects (one record
                each), or one object (one record). The mock's virtual exports and flow runs export
                these.
            type_ (str | Unset): How records are selected: `webhook` (listens), `delta`, `once`, `test`,
                `distributed` (real-time), `blob`, or absent for every record each run.
            webhook (ExportWebhook | Unset): Listener settings of a `webhook` export.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    name: str
    connection_id: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    adaptor_type: str | Unset = UNSET
    api_identifier: str | Unset = UNSET
    asynchronous: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    delta: ExportDelta | Unset = UNSET
    description: str | Unset = UNSET
    file: ExportFile | Unset = UNSET
    ftp: ExportFtp | Unset = UNSET
    hooks: Hooks | Unset = UNSET
    http: ExportHttp | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    netsuite: ExportNetsuite | Unset = UNSET
    once: ExportOnce | Unset = UNSET
    page_size: int | Unset = UNSET
    rest: ExportRest | Unset = UNSET
    s3: ExportS3 | Unset = UNSET
    salesforce: ExportSalesforce | Unset = UNSET
    sample_data: list[SampleRecord] | SampleRecord | Unset = UNSET
    type_: str | Unset = UNSET
    webhook: ExportWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connection_id = self.connection_id

        connector_id = self.connector_id

        id = self.id

        integration_id = self.integration_id

        adaptor_type = self.adaptor_type

        api_identifier = self.api_identifier

        asynchronous = self.asynchronous

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        description = self.description

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        ftp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ftp, Unset):
            ftp = self.ftp.to_dict()

        hooks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hooks, Unset):
            hooks = self.hooks.to_dict()

        http: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http, Unset):
            http = self.http.to_dict()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        netsuite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netsuite, Unset):
            netsuite = self.netsuite.to_dict()

        once: dict[str, Any] | Unset = UNSET
        if not isinstance(self.once, Unset):
            once = self.once.to_dict()

        page_size = self.page_size

        rest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rest, Unset):
            rest = self.rest.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        salesforce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesforce, Unset):
            salesforce = self.salesforce.to_dict()

        sample_data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.sample_data, Unset):
            sample_data = UNSET
        elif isinstance(self.sample_data, SampleRecord):
            sample_data = self.sample_data.to_dict()
        else:
            sample_data = []
            for componentsschemas_sample_data_type_1_item_data in self.sample_data:
                componentsschemas_sample_data_type_1_item = componentsschemas_sample_data_type_1_item_data.to_dict()
                sample_data.append(componentsschemas_sample_data_type_1_item)

        type_ = self.type_

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if connection_id is not UNSET:
            field_dict["_connectionId"] = connection_id
        if connector_id is not UNSET:
            field_dict["_connectorId"] = connector_id
        if id is not UNSET:
            field_dict["_id"] = id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if adaptor_type is not UNSET:
            field_dict["adaptorType"] = adaptor_type
        if api_identifier is not UNSET:
            field_dict["apiIdentifier"] = api_identifier
        if asynchronous is not UNSET:
            field_dict["asynchronous"] = asynchronous
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if delta is not UNSET:
            field_dict["delta"] = delta
        if description is not UNSET:
            field_dict["description"] = description
        if file is not UNSET:
            field_dict["file"] = file
        if ftp is not UNSET:
            field_dict["ftp"] = ftp
        if hooks is not UNSET:
            field_dict["hooks"] = hooks
        if http is not UNSET:
            field_dict["http"] = http
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if netsuite is not UNSET:
            field_dict["netsuite"] = netsuite
        if once is not UNSET:
            field_dict["once"] = once
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if rest is not UNSET:
            field_dict["rest"] = rest
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if salesforce is not UNSET:
            field_dict["salesforce"] = salesforce
        if sample_data is not UNSET:
            field_dict["sampleData"] = sample_data
        if type_ is not UNSET:
            field_dict["type"] = type_
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        connection_id = d.get("_connectionId", UNSET)

        connector_id = d.get("_connectorId", UNSET)

        id = d.get("_id", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        adaptor_type = d.get("adaptorType", UNSET)

        api_identifier = d.get("apiIdentifier", UNSET)

        asynchronous = d.get("asynchronous", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _delta = d.get("delta", UNSET)
        delta: ExportDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = ExportDelta.from_dict(_delta)

        description = d.get("description", UNSET)

        _file = d.get("file", UNSET)
        file: ExportFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ExportFile.from_dict(_file)

        _ftp = d.get("ftp", UNSET)
        ftp: ExportFtp | Unset
        if isinstance(_ftp, Unset):
            ftp = UNSET
        else:
            ftp = ExportFtp.from_dict(_ftp)

        _hooks = d.get("hooks", UNSET)
        hooks: Hooks | Unset
        if isinstance(_hooks, Unset):
            hooks = UNSET
        else:
            hooks = Hooks.from_dict(_hooks)

        _http = d.get("http", UNSET)
        http: ExportHttp | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = ExportHttp.from_dict(_http)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        _netsuite = d.get("netsuite", UNSET)
        netsuite: ExportNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = ExportNetsuite.from_dict(_netsuite)

        _once = d.get("once", UNSET)
        once: ExportOnce | Unset
        if isinstance(_once, Unset):
            once = UNSET
        else:
            once = ExportOnce.from_dict(_once)

        page_size = d.get("pageSize", UNSET)

        _rest = d.get("rest", UNSET)
        rest: ExportRest | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = ExportRest.from_dict(_rest)

        _s3 = d.get("s3", UNSET)
        s3: ExportS3 | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ExportS3.from_dict(_s3)

        _salesforce = d.get("salesforce", UNSET)
        salesforce: ExportSalesforce | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = ExportSalesforce.from_dict(_salesforce)

        def _parse_sample_data(data: object) -> list[SampleRecord] | SampleRecord | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_data_type_0 = SampleRecord.from_dict(data)

                return componentsschemas_sample_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sample_data_type_1 = []
            _componentsschemas_sample_data_type_1 = data
            for componentsschemas_sample_data_type_1_item_data in _componentsschemas_sample_data_type_1:
                componentsschemas_sample_data_type_1_item = SampleRecord.from_dict(
                    componentsschemas_sample_data_type_1_item_data
                )

                componentsschemas_sample_data_type_1.append(componentsschemas_sample_data_type_1_item)

            return componentsschemas_sample_data_type_1

        sample_data = _parse_sample_data(d.get("sampleData", UNSET))

        type_ = d.get("type", UNSET)

        _webhook = d.get("webhook", UNSET)
        webhook: ExportWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = ExportWebhook.from_dict(_webhook)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.name = name
        _instance.connection_id = connection_id
        _instance.connector_id = connector_id
        _instance.id = id
        _instance.integration_id = integration_id
        _instance.adaptor_type = adaptor_type
        _instance.api_identifier = api_identifier
        _instance.asynchronous = asynchronous
        _instance.created_at = created_at
        _instance.delta = delta
        _instance.description = description
        _instance.file = file
        _instance.ftp = ftp
        _instance.hooks = hooks
        _instance.http = http
        _instance.last_modified = last_modified
        _instance.netsuite = netsuite
        _instance.once = once
        _instance.page_size = page_size
        _instance.rest = rest
        _instance.s3 = s3
        _instance.salesforce = salesforce
        _instance.sample_data = sample_data
        _instance.type_ = type_
        _instance.webhook = webhook

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Export:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingExport.__new__(_PendingExport)
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


class _PendingExport(Export):
    """A Export from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Export.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingExport.__name__ = _PendingExport.__qualname__ = "Export"


def _decode(__model: Export) -> None:
    """Decode a _from_wire model into its slots and make it a plain Export. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Export)
        return
    __field = ""
    try:
        __field = "name"
        name = __src["name"]
        __field = "connection_id"
        connection_id = __src.get("_connectionId", UNSET)
        __field = "connector_id"
        connector_id = __src.get("_connectorId", UNSET)
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "integration_id"
        integration_id = __src.get("_integrationId", UNSET)
        __field = "adaptor_type"
        adaptor_type = __src.get("adaptorType", UNSET)
        __field = "api_identifier"
        api_identifier = __src.get("apiIdentifier", UNSET)
        __field = "asynchronous"
        asynchronous = __src.get("asynchronous", UNSET)
        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "delta"
        _delta = __src.get("delta", UNSET)
        delta: ExportDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = ExportDelta.from_dict(_delta)

        __field = "description"
        description = __src.get("description", UNSET)
        __field = "file"
        _file = __src.get("file", UNSET)
        file: ExportFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ExportFile.from_dict(_file)

        __field = "ftp"
        _ftp = __src.get("ftp", UNSET)
        ftp: ExportFtp | Unset
        if isinstance(_ftp, Unset):
            ftp = UNSET
        else:
            ftp = ExportFtp.from_dict(_ftp)

        __field = "hooks"
        _hooks = __src.get("hooks", UNSET)
        hooks: Hooks | Unset
        if isinstance(_hooks, Unset):
            hooks = UNSET
        else:
            hooks = Hooks.from_dict(_hooks)

        __field = "http"
        _http = __src.get("http", UNSET)
        http: ExportHttp | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = ExportHttp.from_dict(_http)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "netsuite"
        _netsuite = __src.get("netsuite", UNSET)
        netsuite: ExportNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = ExportNetsuite.from_dict(_netsuite)

        __field = "once"
        _once = __src.get("once", UNSET)
        once: ExportOnce | Unset
        if isinstance(_once, Unset):
            once = UNSET
        else:
            once = ExportOnce.from_dict(_once)

        __field = "page_size"
        page_size = __src.get("pageSize", UNSET)
        __field = "rest"
        _rest = __src.get("rest", UNSET)
        rest: ExportRest | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = ExportRest.from_dict(_rest)

        __field = "s3"
        _s3 = __src.get("s3", UNSET)
        s3: ExportS3 | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ExportS3.from_dict(_s3)

        __field = "salesforce"
        _salesforce = __src.get("salesforce", UNSET)
        salesforce: ExportSalesforce | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = ExportSalesforce.from_dict(_salesforce)

        __field = "sample_data"

        def _parse_sample_data(data: object) -> list[SampleRecord] | SampleRecord | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sample_data_type_0 = SampleRecord.from_dict(data)

                return componentsschemas_sample_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_sample_data_type_1 = []
            _componentsschemas_sample_data_type_1 = data
            for componentsschemas_sample_data_type_1_item_data in _componentsschemas_sample_data_type_1:
                componentsschemas_sample_data_type_1_item = SampleRecord.from_dict(
                    componentsschemas_sample_data_type_1_item_data
                )

                componentsschemas_sample_data_type_1.append(componentsschemas_sample_data_type_1_item)

            return componentsschemas_sample_data_type_1

        sample_data = _parse_sample_data(__src.get("sampleData", UNSET))

        __field = "type_"
        type_ = __src.get("type", UNSET)
        __field = "webhook"
        _webhook = __src.get("webhook", UNSET)
        webhook: ExportWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = ExportWebhook.from_dict(_webhook)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Export", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Export)
    __model._wire = None
    __model.name = name
    __model.connection_id = connection_id
    __model.connector_id = connector_id
    __model.id = id
    __model.integration_id = integration_id
    __model.adaptor_type = adaptor_type
    __model.api_identifier = api_identifier
    __model.asynchronous = asynchronous
    __model.created_at = created_at
    __model.delta = delta
    __model.description = description
    __model.file = file
    __model.ftp = ftp
    __model.hooks = hooks
    __model.http = http
    __model.last_modified = last_modified
    __model.netsuite = netsuite
    __model.once = once
    __model.page_size = page_size
    __model.rest = rest
    __model.s3 = s3
    __model.salesforce = salesforce
    __model.sample_data = sample_data
    __model.type_ = type_
    __model.webhook = webhook
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "connection_id",
        "connector_id",
        "id",
        "integration_id",
        "adaptor_type",
        "api_identifier",
        "asynchronous",
        "created_at",
        "delta",
        "description",
        "file",
        "ftp",
        "hooks",
        "http",
        "last_modified",
        "netsuite",
        "once",
        "page_size",
        "rest",
        "s3",
        "salesforce",
        "sample_data",
        "type_",
        "webhook",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "connection_id",
    "connector_id",
    "integration_id",
    "adaptor_type",
    "api_identifier",
    "asynchronous",
    "created_at",
    "delta",
    "description",
    "file",
    "ftp",
    "hooks",
    "http",
    "last_modified",
    "netsuite",
    "once",
    "page_size",
    "rest",
    "s3",
    "salesforce",
    "sample_data",
    "type_",
    "webhook",
)
_REQUIRED: frozenset[str] = frozenset(("name",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "_connectionId",
        "_connectorId",
        "_id",
        "_integrationId",
        "adaptorType",
        "apiIdentifier",
        "asynchronous",
        "createdAt",
        "delta",
        "description",
        "file",
        "ftp",
        "hooks",
        "http",
        "lastModified",
        "netsuite",
        "once",
        "pageSize",
        "rest",
        "s3",
        "salesforce",
        "sampleData",
        "type",
        "webhook",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.export_delta import ExportDelta  # noqa: E402
from ..models.export_file import ExportFile  # noqa: E402
from ..models.export_ftp import ExportFtp  # noqa: E402
from ..models.export_http import ExportHttp  # noqa: E402
from ..models.export_netsuite import ExportNetsuite  # noqa: E402
from ..models.export_once import ExportOnce  # noqa: E402
from ..models.export_rest import ExportRest  # noqa: E402
from ..models.export_s3 import ExportS3  # noqa: E402
from ..models.export_salesforce import ExportSalesforce  # noqa: E402
from ..models.export_webhook import ExportWebhook  # noqa: E402
from ..models.hooks import Hooks  # noqa: E402
from ..models.sample_record import SampleRecord  # noqa: E402
