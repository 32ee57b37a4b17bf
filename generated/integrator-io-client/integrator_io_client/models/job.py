# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._datetime import format_datetime, parse_datetime
from .._models import FieldDecodeError, model_repr
from ..models.job_status import JobStatus
from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define(repr=False)
class Job:
    """One execution: a flow job for a run of a flow, with a child job (`type`
    `export` or `import`, `_flowJobId` set) per step. Counts grow while it runs.

        Attributes:
            bulk_job_id (str | Unset):
            export_id (str | Unset):
            flow_id (str | Unset):
            flow_job_id (str | Unset): The flow job a child job belongs to.
            id (str | Unset):
            import_id (str | Unset):
            integration_id (str | Unset):
            created_at (datetime.datetime | Unset):
            done_exporting (bool | Unset):
            ended_at (datetime.datetime | Unset):
            last_modified (datetime.datetime | Unset):
            num_error (int | Unset):
            num_export (int | Unset): Records exported (export jobs and flow jobs).
            num_ignore (int | Unset):
            num_pages_generated (int | Unset):
            num_pages_processed (int | Unset):
            num_resolved (int | Unset):
            num_success (int | Unset):
            o_index (int | Unset): Position of the step in the flow.
            retriable (bool | Unset):
            started_at (datetime.datetime | Unset):
            status (JobStatus | Unset):
            type_ (JobType | Unset):
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    bulk_job_id: str | Unset = UNSET
    export_id: str | Unset = UNSET
    flow_id: str | Unset = UNSET
    flow_job_id: str | Unset = UNSET
    id: str | Unset = UNSET
    import_id: str | Unset = UNSET
    integration_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    done_exporting: bool | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    num_error: int | Unset = UNSET
    num_export: int | Unset = UNSET
    num_ignore: int | Unset = UNSET
    num_pages_generated: int | Unset = UNSET
    num_pages_processed: int | Unset = UNSET
    num_resolved: int | Unset = UNSET
    num_success: int | Unset = UNSET
    o_index: int | Unset = UNSET
    retriable: bool | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: JobStatus | Unset = UNSET
    type_: JobType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk_job_id = self.bulk_job_id

        export_id = self.export_id

        flow_id = self.flow_id

        flow_job_id = self.flow_job_id

        id = self.id

        import_id = self.import_id

        integration_id = self.integration_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        done_exporting = self.done_exporting

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = format_datetime(self.ended_at)

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = format_datetime(self.last_modified)

        num_error = self.num_error

        num_export = self.num_export

        num_ignore = self.num_ignore

        num_pages_generated = self.num_pages_generated

        num_pages_processed = self.num_pages_processed

        num_resolved = self.num_resolved

        num_success = self.num_success

        o_index = self.o_index

        retriable = self.retriable

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = format_datetime(self.started_at)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk_job_id is not UNSET:
            field_dict["_bulkJobId"] = bulk_job_id
        if export_id is not UNSET:
            field_dict["_exportId"] = export_id
        if flow_id is not UNSET:
            field_dict["_flowId"] = flow_id
        if flow_job_id is not UNSET:
            field_dict["_flowJobId"] = flow_job_id
        if id is not UNSET:
            field_dict["_id"] = id
        if import_id is not UNSET:
            field_dict["_importId"] = import_id
        if integration_id is not UNSET:
            field_dict["_integrationId"] = integration_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if done_exporting is not UNSET:
            field_dict["doneExporting"] = done_exporting
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if num_error is not UNSET:
            field_dict["numError"] = num_error
        if num_export is not UNSET:
            field_dict["numExport"] = num_export
        if num_ignore is not UNSET:
            field_dict["numIgnore"] = num_ignore
        if num_pages_generated is not UNSET:
            field_dict["numPagesGenerated"] = num_pages_generated
        if num_pages_processed is not UNSET:
            field_dict["numPagesProcessed"] = num_pages_processed
        if num_resolved is not UNSET:
            field_dict["numResolved"] = num_resolved
        if num_success is not UNSET:
            field_dict["numSuccess"] = num_success
        if o_index is not UNSET:
            field_dict["oIndex"] = o_index
        if retriable is not UNSET:
            field_dict["retriable"] = retriable
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bulk_job_id = d.get("_bulkJobId", UNSET)

        export_id = d.get("_exportId", UNSET)

        flow_id = d.get("_flowId", UNSET)

        flow_job_id = d.get("_flowJobId", UNSET)

        id = d.get("_id", UNSET)

        import_id = d.get("_importId", UNSET)

        integration_id = d.get("_integrationId", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        done_exporting = d.get("doneExporting", UNSET)

        _ended_at = d.get("endedAt", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = parse_datetime(_ended_at)

        _last_modified = d.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        num_error = d.get("numError", UNSET)

        num_export = d.get("numExport", UNSET)

        num_ignore = d.get("numIgnore", UNSET)

        num_pages_generated = d.get("numPagesGenerated", UNSET)

        num_pages_processed = d.get("numPagesProcessed", UNSET)

        num_resolved = d.get("numResolved", UNSET)

        num_success = d.get("numSuccess", UNSET)

        o_index = d.get("oIndex", UNSET)

        retriable = d.get("retriable", UNSET)

        _started_at = d.get("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = parse_datetime(_started_at)

        _status = d.get("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus(_status)

        _type_ = d.get("type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType(_type_)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.bulk_job_id = bulk_job_id
        _instance.export_id = export_id
        _instance.flow_id = flow_id
        _instance.flow_job_id = flow_job_id
        _instance.id = id
        _instance.import_id = import_id
        _instance.integration_id = integration_id
        _instance.created_at = created_at
        _instance.done_exporting = done_exporting
        _instance.ended_at = ended_at
        _instance.last_modified = last_modified
        _instance.num_error = num_error
        _instance.num_export = num_export
        _instance.num_ignore = num_ignore
        _instance.num_pages_generated = num_pages_generated
        _instance.num_pages_processed = num_pages_processed
        _instance.num_resolved = num_resolved
        _instance.num_success = num_success
        _instance.o_index = o_index
        _instance.retriable = retriable
        _instance.started_at = started_at
        _instance.status = status
        _instance.type_ = type_

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> Job:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingJob.__new__(_PendingJob)
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


class _PendingJob(Job):
    """A Job from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain Job.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingJob.__name__ = _PendingJob.__qualname__ = "Job"


def _decode(__model: Job) -> None:
    """Decode a _from_wire model into its slots and make it a plain Job. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", Job)
        return
    __field = ""
    try:
        __field = "bulk_job_id"
        bulk_job_id = __src.get("_bulkJobId", UNSET)
        __field = "export_id"
        export_id = __src.get("_exportId", UNSET)
        __field = "flow_id"
        flow_id = __src.get("_flowId", UNSET)
        __field = "flow_job_id"
        flow_job_id = __src.get("_flowJobId", UNSET)
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

        __field = "done_exporting"
        done_exporting = __src.get("doneExporting", UNSET)
        __field = "ended_at"
        _ended_at = __src.get("endedAt", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at, Unset):
            ended_at = UNSET
        else:
            ended_at = parse_datetime(_ended_at)

        __field = "last_modified"
        _last_modified = __src.get("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        __field = "num_error"
        num_error = __src.get("numError", UNSET)
        __field = "num_export"
        num_export = __src.get("numExport", UNSET)
        __field = "num_ignore"
        num_ignore = __src.get("numIgnore", UNSET)
        __field = "num_pages_generated"
        num_pages_generated = __src.get("numPagesGenerated", UNSET)
        __field = "num_pages_processed"
        num_pages_processed = __src.get("numPagesProcessed", UNSET)
        __field = "num_resolved"
        num_resolved = __src.get("numResolved", UNSET)
        __field = "num_success"
        num_success = __src.get("numSuccess", UNSET)
        __field = "o_index"
        o_index = __src.get("oIndex", UNSET)
        __field = "retriable"
        retriable = __src.get("retriable", UNSET)
        __field = "started_at"
        _started_at = __src.get("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = parse_datetime(_started_at)

        __field = "status"
        _status = __src.get("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus(_status)

        __field = "type_"
        _type_ = __src.get("type", UNSET)
        type_: JobType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobType(_type_)

        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("Job", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", Job)
    __model._wire = None
    __model.bulk_job_id = bulk_job_id
    __model.export_id = export_id
    __model.flow_id = flow_id
    __model.flow_job_id = flow_job_id
    __model.id = id
    __model.import_id = import_id
    __model.integration_id = integration_id
    __model.created_at = created_at
    __model.done_exporting = done_exporting
    __model.ended_at = ended_at
    __model.last_modified = last_modified
    __model.num_error = num_error
    __model.num_export = num_export
    __model.num_ignore = num_ignore
    __model.num_pages_generated = num_pages_generated
    __model.num_pages_processed = num_pages_processed
    __model.num_resolved = num_resolved
    __model.num_success = num_success
    __model.o_index = o_index
    __model.retriable = retriable
    __model.started_at = started_at
    __model.status = status
    __model.type_ = type_
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "bulk_job_id",
        "export_id",
        "flow_id",
        "flow_job_id",
        "id",
        "import_id",
        "integration_id",
        "created_at",
        "done_exporting",
        "ended_at",
        "last_modified",
        "num_error",
        "num_export",
        "num_ignore",
        "num_pages_generated",
        "num_pages_processed",
        "num_resolved",
        "num_success",
        "o_index",
        "retriable",
        "started_at",
        "status",
        "type_",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "bulk_job_id",
    "export_id",
    "flow_id",
    "flow_job_id",
    "import_id",
    "integration_id",
    "created_at",
    "done_exporting",
    "ended_at",
    "last_modified",
    "num_error",
    "num_export",
    "num_ignore",
    "num_pages_generated",
    "num_pages_processed",
    "num_resolved",
    "num_success",
    "o_index",
    "retriable",
    "started_at",
    "status",
    "type_",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "_bulkJobId",
        "_exportId",
        "_flowId",
        "_flowJobId",
        "_id",
        "_importId",
        "_integrationId",
        "createdAt",
        "doneExporting",
        "endedAt",
        "lastModified",
        "numError",
        "numExport",
        "numIgnore",
        "numPagesGenerated",
        "numPagesProcessed",
        "numResolved",
        "numSuccess",
        "oIndex",
        "retriable",
        "startedAt",
        "status",
        "type",
    )
)
