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

T = TypeVar("T", bound="Flow")


@_attrs_define(repr=False)
class Flow:
    """Composes exports and imports. A simple flow names one `_exportId` and one
    `_importId`; an orchestrated flow lists `pageGenerators` (the exports that
    produce pages of records) and `pageProcessors` (the exports and imports each
    page goes through, in order).

        Attributes:
            name (str): Name of the flow.
            connector_id (str | Unset): Connector that installed the flow.
            export_id (str | Unset): The export of a simple flow.
            id (str | Unset): System generated unique identifier.
            import_id (str | Unset): The import of a simple flow.
            integration_id (str | Unset): Integration the flow belongs to.
            created_at (datetime.datetime | Unset):
            description (str | Unset):
            disabled (bool | Unset): A disabled flow does not run on its schedule.
            last_executed_at (datetime.datetime | Unset): When the flow last started a job.
            last_modified (datetime.datetime | Unset):
            page_generators (list[PageGenerator] | Unset):
            page_processors (list[PageProcessor] | Unset):
            schedule (str | Unset): Cron-like schedule, e.g. `? 0 2 ? * *`.
            skip_retries (bool | Unset):
            timezone (str | Unset): IANA time zone of the schedule, e.g. `America/Los_Angeles`.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    name: str
    connector_id: str | Unset = UNSET
    export_id: str | Unset = UNSET
    id: str | Unset = UNSET
    import_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    last_executed_at: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    page_generators: list[PageGenerator] | Unset = UNSET
    page_processors: list[PageProcessor] | Unset = UNSET
    schedule: str | Unset = UNSET
    skip_retries: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connector_id = self.connector_id

        export_id = self.export_id

        id = self.id

        import_id = self.import_id

        integration_id = self.integration_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        description = self.description

        disabled = self.disabled

        last_executed_at: str | Unset = UNSET
        if not isinstance(self.last_executed_at, Unset):
            last_executed_at = format_datetime(self.last_executed_at)

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        page_generators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.page_generators, Unset):
            page_generators = []
            for page_generators_item_data in self.page_generators:
                page_generators_item = page_generators_item_data.to_dict()
                page_generators.append(page_generators_item)

        page_processors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.page_processors, Unset):
            page_processors = []
            for page_processors_item_data in self.page_processors:
                page_processors_item = page_processors_item_data.to_dict()
                page_processors.append(page_processors_item)

        schedule = self.schedule

        skip_retries = self.skip_retries

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if connector_id is not UNSET:
            field_dict["_connectorId"] = connector_id
        if export_id is not UNSET:
            field_dict["_exportId"] = export_id
        if id is not UNSET:
            field_dict["_id"] = id
        if import_id is not UNSET:
            field_dict["_importId"] = import_id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if last_executed_at is not UNSET:
            field_dict["lastExecutedAt"] = last_executed_at
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if page_generators is not UNSET:
            field_dict["pageGenerators"] = page_generators
        if page_processors is not UNSET:
            field_dict["pageProcessors"] = page_processors
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if skip_retries is not UNSET:
            field_dict["skipRetries"] = skip_retries
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        connector_id = d.get("_connectorId", UNSET)

        export_id = d.get("_exportId", UNSET)

        id = d.get("_id", UNSET)

        import_id = d.get("_importId", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        description = d.get("description", UNSET)

        disabled = d.get("disabled", UNSET)

        _last_executed_at = d.get("lastExecutedAt", UNSET)
        last_executed_at: datetime.datetime | Unset
        if isinstance(_last_executed_at, Unset):
            last_executed_at = UNSET
        else:
            last_executed_at = parse_datetime(_last_executed_at)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        _page_generators = d.get("pageGenerators", UNSET)
        page_generators: list[PageGenerator] | Unset = UNSET
        if _page_generators is not UNSET:
            page_generators = []
            for page_generators_item_data in _page_generators:
                page_generators_item = PageGenerator.from_dict(page_generators_item_data)

                page_generators.append(page_generators_item)

        _page_processors = d.get("pageProcessors", UNSET)
        page_processors: list[PageProcessor] | Unset = UNSET
        if _page_processors is not UNSET:
            page_processors = []
            for page_processors_item_data in _page_processors:
                page_processors_item = PageProcessor.from_dict(page_processors_item_data)

                page_processors.append(page_processors_item)

        schedule = d.get("schedule", UNSET)

        skip_retries = d.get("skipRetries", UNSET)

        timezone = d.get("timezone", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.name = name
        _instance.connector_id = connector_id
        _instance.export_id = export_id
        _instance.id = id
        _instance.import_id = import_id
        _instance.integration_id = integration_id
        _instance.created_at = created_at
        _instance.description = description
        _instance.disabled = disabled
        _instance.last_executed_at = last_executed_at
        _instance.last_modified = last_modified
        _instance.page_generators = page_generators
        _instance.page_processors = page_processors
        _instance.schedule = schedule
        _instance.skip_retries = skip_retries
        _instance.timezone = timezone

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Flow:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        if not src_dict.keys() >= _REQUIRED:
            raise KeyError(f"{cls.__name__}: missing required field(s) {sorted(_REQUIRED - src_dict.keys())}")
        _instance = _PendingFlow.__new__(_PendingFlow)
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


class _PendingFlow(Flow):
    """A Flow from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Flow.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingFlow.__name__ = _PendingFlow.__qualname__ = "Flow"


def _decode(__model: Flow) -> None:
    """Decode a _from_wire model into its slots and make it a plain Flow. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Flow)
        return
    __field = ""
    try:
        __field = "name"
        name = __src["name"]
        __field = "connector_id"
        connector_id = __src.get("_connectorId", UNSET)
        __field = "export_id"
        export_id = __src.get("_exportId", UNSET)
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "import_id"
        import_id = __src.get("_importId", UNSET)
        __field = "integration_id"
        integration_id = __src.get("_integrationId", UNSET)
        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "description"
        description = __src.get("description", UNSET)
        __field = "disabled"
        disabled = __src.get("disabled", UNSET)
        __field = "last_executed_at"
        _last_executed_at = __src.get("lastExecutedAt", UNSET)
        last_executed_at: datetime.datetime | Unset
        if isinstance(_last_executed_at, Unset):
            last_executed_at = UNSET
        else:
            last_executed_at = parse_datetime(_last_executed_at)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "page_generators"
        _page_generators = __src.get("pageGenerators", UNSET)
        page_generators: list[PageGenerator] | Unset = UNSET
        if _page_generators is not UNSET:
            page_generators = []
            for page_generators_item_data in _page_generators:
                page_generators_item = PageGenerator.from_dict(page_generators_item_data)

                page_generators.append(page_generators_item)

        __field = "page_processors"
        _page_processors = __src.get("pageProcessors", UNSET)
        page_processors: list[PageProcessor] | Unset = UNSET
        if _page_processors is not UNSET:
            page_processors = []
            for page_processors_item_data in _page_processors:
                page_processors_item = PageProcessor.from_dict(page_processors_item_data)

                page_processors.append(page_processors_item)

        __field = "schedule"
        schedule = __src.get("schedule", UNSET)
        __field = "skip_retries"
        skip_retries = __src.get("skipRetries", UNSET)
        __field = "timezone"
        timezone = __src.get("timezone", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Flow", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Flow)
    __model._wire = None
    __model.name = name
    __model.connector_id = connector_id
    __model.export_id = export_id
    __model.id = id
    __model.import_id = import_id
    __model.integration_id = integration_id
    __model.created_at = created_at
    __model.description = description
    __model.disabled = disabled
    __model.last_executed_at = last_executed_at
    __model.last_modified = last_modified
    __model.page_generators = page_generators
    __model.page_processors = page_processors
    __model.schedule = schedule
    __model.skip_retries = skip_retries
    __model.timezone = timezone
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "connector_id",
        "export_id",
        "id",
        "import_id",
        "integration_id",
        "created_at",
        "description",
        "disabled",
        "last_executed_at",
        "last_modified",
        "page_generators",
        "page_processors",
        "schedule",
        "skip_retries",
        "timezone",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "name",
    "connector_id",
    "export_id",
    "import_id",
    "integration_id",
    "created_at",
    "description",
    "disabled",
    "last_executed_at",
    "last_modified",
    "page_generators",
    "page_processors",
    "schedule",
    "skip_retries",
    "timezone",
)
_REQUIRED: frozenset[str] = frozenset(("name",))
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "_connectorId",
        "_exportId",
        "_id",
        "_importId",
        "_integrationId",
        "createdAt",
        "description",
        "disabled",
        "lastExecutedAt",
        "lastModified",
        "pageGenerators",
        "pageProcessors",
        "schedule",
        "skipRetries",
        "timezone",
    )
)

# Last, so that models referring to each other import in either order.
from ..models.page_generator import PageGenerator  # noqa: E402
from ..models.page_processor import PageProcessor  # noqa: E402
