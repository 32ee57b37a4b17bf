"""Hypothesis strategies and validators for the string formats the spec uses.

Registered with schemathesis so generated requests carry realistic emails and timestamps
(the mock rejects what the real API rejects, so random text would only exercise 422 paths);
object ids are generated from the spec's pattern. The validators check responses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import schemathesis
from hypothesis import strategies as st

OBJECT_ID_RE = re.compile(r"[0-9a-f]{24}")
# RFC 3339 `date-time`: the profile of ISO 8601 JSON Schema means by the format.
DATE_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def generic_emails() -> st.SearchStrategy[str]:
    local = st.from_regex(r"[a-z][a-z0-9]{0,11}(\.[a-z0-9]{1,8})?", fullmatch=True)
    domain = st.from_regex(r"[a-z]{2,10}\.(com|io|org|net)", fullmatch=True)
    return st.tuples(local, domain).map("@".join)


def emails(registered: Sequence[str] = ()) -> st.SearchStrategy[str]:
    """Mostly registered users, so license creation reaches its success path, sometimes strangers."""
    if not registered:
        return generic_emails()
    return st.one_of(st.sampled_from(list(registered)), generic_emails())


def date_times() -> st.SearchStrategy[str]:
    moments = st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
    )
    return moments.map(
        lambda moment: moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    )


def is_object_id(value: object) -> bool:
    return isinstance(value, str) and OBJECT_ID_RE.fullmatch(value) is not None


def is_date_time(value: object) -> bool:
    if not isinstance(value, str) or DATE_TIME_RE.fullmatch(value) is None:
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


def is_email(value: object) -> bool:
    return isinstance(value, str) and EMAIL_RE.fullmatch(value) is not None


# Validators by format name, for response checking; jsonschema_rs only knows the standard ones.
FORMAT_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "objectId": is_object_id,
    "date-time": is_date_time,
    "email": is_email,
}


def register(registered_emails: Sequence[str] = ()) -> None:
    """Make schemathesis generate these formats; idempotent, the last registration wins.

    Not `objectId`: the spec gives object ids a pattern, which generates them, and
    schemathesis takes any value of a plug-in format for invalid when it decides whether a
    generated body is negative (then a server accepting a valid body is reported)."""
    schemathesis.openapi.format("email", emails(registered_emails))
    schemathesis.openapi.format("date-time", date_times())
