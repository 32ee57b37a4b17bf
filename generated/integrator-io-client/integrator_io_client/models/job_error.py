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

T = TypeVar("T", bound="JobError")


@_attrs_define(repr=False)
class JobError:
    """One record that failed in a job.

    Attributes:
        id (str | Unset):
        job_id (str | Unset):
        retry_id (str | Unset):
        code (str | Unset): Error code (often the HTTP status of the application's answer).
        created_at (datetime.datetime | Unset):
        export_data_uri (str | Unset):
        extract (str | Unset):
        extracted (str | Unset):
        generate (str | Unset):
        generated (str | Unset):
        import_data_uri (str | Unset):
        message (str | Unset):
        o_index (int | Unset):
        resolve (bool | Unset):
        retry (bool | Unset):
        source (str | Unset): Where the error arose, e.g. `integrator.io`, `application`.
    """

    # The response JSON the fields are still to be decoded from (see _from_wire); None once
    # they are, and for models made in Python.
    _wire: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False)
    id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    retry_id: str | Unset = UNSET
    code: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    export_data_uri: str | Unset = UNSET
    extract: str | Unset = UNSET
    extracted: str | Unset = UNSET
    generate: str | Unset = UNSET
    generated: str | Unset = UNSET
    import_data_uri: str | Unset = UNSET
    message: str | Unset = UNSET
    o_index: int | Unset = UNSET
    resolve: bool | Unset = UNSET
    retry: bool | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        retry_id = self.retry_id

        code = self.code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        export_data_uri = self.export_data_uri

        extract = self.extract

        extracted = self.extracted

        generate = self.generate

        generated = self.generated

        import_data_uri = self.import_data_uri

        message = self.message

        o_index = self.o_index

        resolve = self.resolve

        retry = self.retry

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if job_id is not UNSET:
            field_dict["_jobId"] = job_id
        if retry_id is not UNSET:
            field_dict["_retryId"] = retry_id
        if code is not UNSET:
            field_dict["code"] = code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if export_data_uri is not UNSET:
            field_dict["exportDataURI"] = export_data_uri
        if extract is not UNSET:
            field_dict["extract"] = extract
        if extracted is not UNSET:
            field_dict["extracted"] = extracted
        if generate is not UNSET:
            field_dict["generate"] = generate
        if generated is not UNSET:
            field_dict["generated"] = generated
        if import_data_uri is not UNSET:
            field_dict["importDataURI"] = import_data_uri
        if message is not UNSET:
            field_dict["message"] = message
        if o_index is not UNSET:
            field_dict["oIndex"] = o_index
        if resolve is not UNSET:
            field_dict["resolve"] = resolve
        if retry is not UNSET:
            field_dict["retry"] = retry
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("_id", UNSET)

        job_id = d.get("_jobId", UNSET)

        retry_id = d.get("_retryId", UNSET)

        code = d.get("code", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        export_data_uri = d.get("exportDataURI", UNSET)

        extract = d.get("extract", UNSET)

        extracted = d.get("extracted", UNSET)

        generate = d.get("generate", UNSET)

        generated = d.get("generated", UNSET)

        import_data_uri = d.get("importDataURI", UNSET)

        message = d.get("message", UNSET)

        o_index = d.get("oIndex", UNSET)

        resolve = d.get("resolve", UNSET)

        retry = d.get("retry", UNSET)

        source = d.get("source", UNSET)

        _instance = cls.__new__(cls)
        _instance._wire = None
        _instance.id = id
        _instance.job_id = job_id
        _instance.retry_id = retry_id
        _instance.code = code
        _instance.created_at = created_at
        _instance.export_data_uri = export_data_uri
        _instance.extract = extract
        _instance.extracted = extracted
        _instance.generate = generate
        _instance.generated = generated
        _instance.import_data_uri = import_data_uri
        _instance.message = message
        _instance.o_index = o_index
        _instance.resolve = resolve
        _instance.retry = retry
        _instance.source = source

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @classmethod
    def _from_wire(cls, src_dict: Any) -> JobError:
        """A model over `src_dict`, the parsed JSON of a response (kept, not copied), decoded
        on the first read or assignment of any of its fields. Raises TypeError / KeyError at
        once if `src_dict` is not an object or lacks a required field."""
        if not isinstance(src_dict, dict):
            raise TypeError(f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}")
        _instance = _PendingJobError.__new__(_PendingJobError)
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


class _PendingJobError(JobError):
    """A JobError from a response, not decoded yet (see _from_wire)."""

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
        # copy and pickle see a plain JobError.
        _decode(self)
        return self.__reduce_ex__(protocol)

    __hash__ = None


# Shown as the model it is.
_PendingJobError.__name__ = _PendingJobError.__qualname__ = "JobError"


def _decode(__model: JobError) -> None:
    """Decode a _from_wire model into its slots and make it a plain JobError. On
    failure (FieldDecodeError, naming the field) it stays undecoded."""
    __src = __model._wire
    if __src is None:  # a copy of one already decoded
        _set_slot(__model, "__class__", JobError)
        return
    __field = ""
    try:
        __field = "id"
        id = __src.get("_id", UNSET)
        __field = "job_id"
        job_id = __src.get("_jobId", UNSET)
        __field = "retry_id"
        retry_id = __src.get("_retryId", UNSET)
        __field = "code"
        code = __src.get("code", UNSET)
        __field = "created_at"
        _created_at = __src.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        __field = "export_data_uri"
        export_data_uri = __src.get("exportDataURI", UNSET)
        __field = "extract"
        extract = __src.get("extract", UNSET)
        __field = "extracted"
        extracted = __src.get("extracted", UNSET)
        __field = "generate"
        generate = __src.get("generate", UNSET)
        __field = "generated"
        generated = __src.get("generated", UNSET)
        __field = "import_data_uri"
        import_data_uri = __src.get("importDataURI", UNSET)
        __field = "message"
        message = __src.get("message", UNSET)
        __field = "o_index"
        o_index = __src.get("oIndex", UNSET)
        __field = "resolve"
        resolve = __src.get("resolve", UNSET)
        __field = "retry"
        retry = __src.get("retry", UNSET)
        __field = "source"
        source = __src.get("source", UNSET)
        __field = "additional_properties"
        __extra = (
            {}
            if __src.keys() <= _WIRE_NAMES
            else {key: value for key, value in __src.items() if key not in _WIRE_NAMES}
        )
        additional_properties = __extra
    except (KeyError, TypeError, ValueError, AttributeError) as __exc:
        raise FieldDecodeError("JobError", __field, __exc) from __exc
    # A plain model from here on: its attributes are plain slots again.
    _set_slot(__model, "__class__", JobError)
    __model._wire = None
    __model.id = id
    __model.job_id = job_id
    __model.retry_id = retry_id
    __model.code = code
    __model.created_at = created_at
    __model.export_data_uri = export_data_uri
    __model.extract = extract
    __model.extracted = extracted
    __model.generate = generate
    __model.generated = generated
    __model.import_data_uri = import_data_uri
    __model.message = message
    __model.o_index = o_index
    __model.resolve = resolve
    __model.retry = retry
    __model.source = source
    __model.additional_properties = additional_properties


# The fields a first read decodes.
_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "job_id",
        "retry_id",
        "code",
        "created_at",
        "export_data_uri",
        "extract",
        "extracted",
        "generate",
        "generated",
        "import_data_uri",
        "message",
        "o_index",
        "resolve",
        "retry",
        "source",
        "additional_properties",
    )
)
_set_slot = object.__setattr__
# Field names in the order repr shows them: the id and the name first.
_FIELD_NAMES: tuple[str, ...] = (
    "id",
    "job_id",
    "retry_id",
    "code",
    "created_at",
    "export_data_uri",
    "extract",
    "extracted",
    "generate",
    "generated",
    "import_data_uri",
    "message",
    "o_index",
    "resolve",
    "retry",
    "source",
)
# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "_id",
        "_jobId",
        "_retryId",
        "code",
        "createdAt",
        "exportDataURI",
        "extract",
        "extracted",
        "generate",
        "generated",
        "importDataURI",
        "message",
        "oIndex",
        "resolve",
        "retry",
        "source",
    )
)
