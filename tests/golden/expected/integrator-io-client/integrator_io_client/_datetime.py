# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Dates as integrator.io writes them, and lossless round trips of the ones it sent.

Every `date-time` field is read with `parse_datetime` and written with `format_datetime`
(see generator/client/templates/property_templates/datetime_property.py.jinja). A value read from
a response remembers its text, so writing a resource back unchanged sends the very same
bytes; a new or changed value is written like JavaScript's toISOString when it is UTC
(`2024-05-01T12:00:00.000Z`, the API's own form), else with isoformat().
"""

from __future__ import annotations

import datetime


class ApiDateTime(datetime.datetime):
    """A datetime that knows the text it was parsed from. Arithmetic and replace() return
    new instances without it, so the text can never disagree with the value."""

    # A slot, not an instance __dict__: one allocation less per decoded date.
    __slots__ = ("_source",)
    _source: str | None

    def __repr__(self) -> str:
        # Shown as the datetime it is (in a model's repr, say), not as our subclass.
        plain = datetime.datetime(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.microsecond,
            self.tzinfo,
            fold=self.fold,
        )
        return repr(plain)


def parse_datetime(text: str) -> datetime.datetime:
    value = ApiDateTime.fromisoformat(text)
    value._source = text
    return value


def format_datetime(value: datetime.datetime) -> str:
    source = getattr(value, "_source", None) if isinstance(value, ApiDateTime) else None
    if source is not None:
        return str(source)
    if value.utcoffset() == datetime.timedelta(0):
        spec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
        return value.isoformat(timespec=spec).replace("+00:00", "Z")
    return value.isoformat()
