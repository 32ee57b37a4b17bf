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

T = TypeVar("T", bound="Import")


@_attrs_define(repr=False)
class Import:
    """Inserts data into an application, standalone or as a step of a flow. `mapping`
    turns records into the application's shape; the adaptor's settings live in the
    sub-object of its kind (`rest`, `http`, `netsuite`, `ftp`, `file`, ...).

        Attributes:
            name (str): Name of the import.
            connection_id (str | Unset): Connection the import writes through.
            connector_id (str | Unset): Connector that installed the import.
            id (str | Unset): System generated unique identifier.
            integration_id (str | Unset): Integration the import belongs to.
            adaptor_type (str | Unset): e.g. `RESTImport`, `FTPImport`.
            api_identifier (str | Unset): System generated identifier for invoking the import by API.
            created_at (datetime.datetime | Unset):
            description (str | Unset):
            distributed (bool | Unset):
            file (ImportFile | Unset): File generation settings.
            ftp (ImportFtp | Unset):
            hooks (Hooks | Unset): Hooks by name (`preSavePage`, `preMap`, `postMap`, `postSubmit`, ...).
            http (ImportHttp | Unset): HTTP import settings.
            last_modified (datetime.datetime | Unset):
            lookups (list[ImportLookup] | Unset):
            mapping (RecordMapping | Unset): How records are turned into the target's shape. Each field mapping takes the
                value
                at `extract` (a dot path in the source record) or `hardCodedValue`, and writes it
                at `generate` (a dot path in the result). Each list mapping builds the array at
                `generate` from its own field mappings.
            netsuite (ImportNetsuite | Unset): NetSuite import settings.
            rest (ImportRest | Unset): REST import settings (relativeURI, method, ...).
            s3 (ImportS3 | Unset): S3 import settings.
            salesforce (ImportSalesforce | Unset): Salesforce import settings.
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
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    distributed: bool | Unset = UNSET
    file: ImportFile | Unset = UNSET
    ftp: ImportFtp | Unset = UNSET
    hooks: Hooks | Unset = UNSET
    http: ImportHttp | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    lookups: list[ImportLookup] | Unset = UNSET
    mapping: RecordMapping | Unset = UNSET
    netsuite: ImportNetsuite | Unset = UNSET
    rest: ImportRest | Unset = UNSET
    s3: ImportS3 | Unset = UNSET
    salesforce: ImportSalesforce | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connection_id = self.connection_id

        connector_id = self.connector_id

        id = self.id

        integration_id = self.integration_id

        adaptor_type = self.adaptor_type

        api_identifier = self.api_identifier

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        description = self.description

        distributed = self.distributed

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

        lookups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lookups, Unset):
            lookups = []
            for lookups_item_data in self.lookups:
                lookups_item = lookups_item_data.to_dict()
                lookups.append(lookups_item)

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        netsuite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.netsuite, Unset):
            netsuite = self.netsuite.to_dict()

        rest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rest, Unset):
            rest = self.rest.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        salesforce: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesforce, Unset):
            salesforce = self.salesforce.to_dict()

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if distributed is not UNSET:
            field_dict["distributed"] = distributed
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
        if lookups is not UNSET:
            field_dict["lookups"] = lookups
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if netsuite is not UNSET:
            field_dict["netsuite"] = netsuite
        if rest is not UNSET:
            field_dict["rest"] = rest
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if salesforce is not UNSET:
            field_dict["salesforce"] = salesforce

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

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        description = d.get("description", UNSET)

        distributed = d.get("distributed", UNSET)

        _file = d.get("file", UNSET)
        file: ImportFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ImportFile.from_dict(_file)

        _ftp = d.get("ftp", UNSET)
        ftp: ImportFtp | Unset
        if isinstance(_ftp, Unset):
            ftp = UNSET
        else:
            ftp = ImportFtp.from_dict(_ftp)

        _hooks = d.get("hooks", UNSET)
        hooks: Hooks | Unset
        if isinstance(_hooks, Unset):
            hooks = UNSET
        else:
            hooks = Hooks.from_dict(_hooks)

        _http = d.get("http", UNSET)
        http: ImportHttp | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = ImportHttp.from_dict(_http)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        _lookups = d.get("lookups", UNSET)
        lookups: list[ImportLookup] | Unset = UNSET
        if _lookups is not UNSET:
            lookups = []
            for lookups_item_data in _lookups:
                lookups_item = ImportLookup.from_dict(lookups_item_data)

                lookups.append(lookups_item)

        _mapping = d.get("mapping", UNSET)
        mapping: RecordMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = RecordMapping.from_dict(_mapping)

        _netsuite = d.get("netsuite", UNSET)
        netsuite: ImportNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = ImportNetsuite.from_dict(_netsuite)

        _rest = d.get("rest", UNSET)
        rest: ImportRest | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = ImportRest.from_dict(_rest)

        _s3 = d.get("s3", UNSET)
        s3: ImportS3 | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ImportS3.from_dict(_s3)

        _salesforce = d.get("salesforce", UNSET)
        salesforce: ImportSalesforce | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = ImportSalesforce.from_dict(_salesforce)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.name = name
        _instance.connection_id = connection_id
        _instance.connector_id = connector_id
        _instance.id = id
        _instance.integration_id = integration_id
        _instance.adaptor_type = adaptor_type
        _instance.api_identifier = api_identifier
        _instance.created_at = created_at
        _instance.description = description
        _instance.distributed = distributed
        _instance.file = file
        _instance.ftp = ftp
        _instance.hooks = hooks
        _instance.http = http
        _instance.last_modified = last_modified
        _instance.lookups = lookups
        _instance.mapping = mapping
        _instance.netsuite = netsuite
        _instance.rest = rest
        _instance.s3 = s3
        _instance.salesforce = salesforce

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Import:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingImport.__new__(_PendingImport)
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


class _PendingImport(Import):
    """A Import from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Import.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingImport.__name__ = _PendingImport.__qualname__ = "Import"


def _decode(__model: Import) -> None:
    """Decode a _from_wire model into its slots and make it a plain Import. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Import)
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
        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "description"
        description = __src.get("description", UNSET)
        __field = "distributed"
        distributed = __src.get("distributed", UNSET)
        __field = "file"
        _file = __src.get("file", UNSET)
        file: ImportFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ImportFile.from_dict(_file)

        __field = "ftp"
        _ftp = __src.get("ftp", UNSET)
        ftp: ImportFtp | Unset
        if isinstance(_ftp, Unset):
            ftp = UNSET
        else:
            ftp = ImportFtp.from_dict(_ftp)

        __field = "hooks"
        _hooks = __src.get("hooks", UNSET)
        hooks: Hooks | Unset
        if isinstance(_hooks, Unset):
            hooks = UNSET
        else:
            hooks = Hooks.from_dict(_hooks)

        __field = "http"
        _http = __src.get("http", UNSET)
        http: ImportHttp | Unset
        if isinstance(_http, Unset):
            http = UNSET
        else:
            http = ImportHttp.from_dict(_http)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "lookups"
        _lookups = __src.get("lookups", UNSET)
        lookups: list[ImportLookup] | Unset = UNSET
        if _lookups is not UNSET:
            lookups = []
            for lookups_item_data in _lookups:
                lookups_item = ImportLookup.from_dict(lookups_item_data)

                lookups.append(lookups_item)

        __field = "mapping"
        _mapping = __src.get("mapping", UNSET)
        mapping: RecordMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = RecordMapping.from_dict(_mapping)

        __field = "netsuite"
        _netsuite = __src.get("netsuite", UNSET)
        netsuite: ImportNetsuite | Unset
        if isinstance(_netsuite, Unset):
            netsuite = UNSET
        else:
            netsuite = ImportNetsuite.from_dict(_netsuite)

        __field = "rest"
        _rest = __src.get("rest", UNSET)
        rest: ImportRest | Unset
        if isinstance(_rest, Unset):
            rest = UNSET
        else:
            rest = ImportRest.from_dict(_rest)

        __field = "s3"
        _s3 = __src.get("s3", UNSET)
        s3: ImportS3 | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ImportS3.from_dict(_s3)

        __field = "salesforce"
        _salesforce = __src.get("salesforce", UNSET)
        salesforce: ImportSalesforce | Unset
        if isinstance(_salesforce, Unset):
            salesforce = UNSET
        else:
            salesforce = ImportSalesforce.from_dict(_salesforce)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Import", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Import)
    __model._wire = None
    __model.name = name
    __model.connection_id = connection_id
    __model.connector_id = connector_id
    __model.id = id
    __model.integration_id = integration_id
    __model.adaptor_type = adaptor_type
    __model.api_identifier = api_identifier
    __model.created_at = created_at
    __model.description = description
    __model.distributed = distributed
    __model.file = file
    __model.ftp = ftp
    __model.hooks = hooks
    __model.http = http
    __model.last_modified = last_modified
    __model.lookups = lookups
    __model.mapping = mapping
    __model.netsuite = netsuite
    __model.rest = rest
    __model.s3 = s3
    __model.salesforce = salesforce
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
        "created_at",
        "description",
        "distributed",
        "file",
        "ftp",
        "hooks",
        "http",
        "last_modified",
        "lookups",
        "mapping",
        "netsuite",
        "rest",
        "s3",
        "salesforce",
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
    "created_at",
    "description",
    "distributed",
    "file",
    "ftp",
    "hooks",
    "http",
    "last_modified",
    "lookups",
    "mapping",
    "netsuite",
    "rest",
    "s3",
    "salesforce",
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
        "createdAt",
        "description",
        "distributed",
        "file",
        "ftp",
        "hooks",
        "http",
        "lastModified",
        "lookups",
        "mapping",
        "netsuite",
        "rest",
        "s3",
        "salesforce",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.hooks import Hooks  # noqa: E402
from ..models.import_file import ImportFile  # noqa: E402
from ..models.import_ftp import ImportFtp  # noqa: E402
from ..models.import_http import ImportHttp  # noqa: E402
from ..models.import_lookup import ImportLookup  # noqa: E402
from ..models.import_netsuite import ImportNetsuite  # noqa: E402
from ..models.import_rest import ImportRest  # noqa: E402
from ..models.import_s3 import ImportS3  # noqa: E402
from ..models.import_salesforce import ImportSalesforce  # noqa: E402
from ..models.record_mapping import RecordMapping  # noqa: E402
