# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Python values -> wire values: JSON values for bodies, path segments, query and header values."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

from ._datetime import format_datetime
from .types import Unset


def to_wire(value: Any) -> Any:
    """Models use their own `to_dict` (which knows the wire names); the rest is mapped by type."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    return value


def path_segment(value: Any) -> str:
    """One path parameter, percent-encoded so that it cannot change the path."""
    text = str(value.value if isinstance(value, enum.Enum) else value)
    if not text:
        raise ValueError("a path parameter must not be empty")
    if text in {".", ".."}:
        # Dot segments would be resolved away by URL normalisation.
        return text.replace(".", "%2E")
    return quote(text, safe="")


def query_params(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: to_wire(v) for k, v in params.items() if v is not None and not isinstance(v, Unset)}


def comma_list(value: str | Sequence[str] | None) -> str | None:
    """`include=["name", "rest.baseURI"]` -> `name,rest.baseURI`; a string is sent as it is."""
    if value is None or isinstance(value, str):
        return value
    return ",".join(str(item) for item in value)


def merge_headers(params: Mapping[str, Any], extra: Mapping[str, str] | None) -> dict[str, str]:
    """Header parameters that were given, then the caller's extra headers (which win)."""
    headers = {
        name: str(to_wire(value)).lower() if isinstance(value, bool) else str(to_wire(value))
        for name, value in params.items()
        if value is not None and not isinstance(value, Unset)
    }
    return {**headers, **(extra or {})}
