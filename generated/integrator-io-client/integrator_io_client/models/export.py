# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="Export")


@_attrs_define
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
