"""Query parameters: parsed from the query string and checked against the spec, once per
operation compiled from its parameter schemas.

A value that breaks its schema (a `limit` of 0, a `skip` of `abc`, a `type_in` with an
unknown type, a key given twice) is 400 `invalid_query_params`; keys the operation does
not document are ignored, as the API ignores them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs

from mock_api.errors import ApiError, ErrorItem
from mock_api.spec import JSONObject

_INTEGER = re.compile(r"^-?[0-9]+$")


@dataclass(frozen=True, slots=True)
class QueryParameter:
    name: str
    schema: JSONObject
    required: bool = False


@dataclass(frozen=True, slots=True)
class _Compiled:
    name: str
    kind: str  # "integer", "boolean" or "string": how the text becomes a value
    validator: Any
    required: bool


class QueryParser:
    def __init__(self, parameters: list[QueryParameter]) -> None:
        self._parameters = {
            p.name: _Compiled(
                p.name,
                _kind(p.schema),
                jsonschema_rs.validator_for(
                    p.schema, validate_formats=True, ignore_unknown_formats=True
                ),
                p.required,
            )
            for p in parameters
        }

    def parse(self, query_string: bytes) -> dict[str, Any]:
        """The documented parameters that were sent, as typed values."""
        if not self._parameters:
            return {}
        found: dict[str, Any] = {}
        problems: list[ErrorItem] = []
        pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
        for name, text in pairs:
            parameter = self._parameters.get(name)
            if parameter is None:
                continue
            if name in found:
                problems.append(_problem(name, f"{name} is given more than once."))
                continue
            value = _convert(parameter.kind, text)
            if value is None or not parameter.validator.is_valid(value):
                problems.append(_problem(name, f"{name}: {text!r} is not a valid value."))
                found[name] = None
                continue
            found[name] = value
        for parameter in self._parameters.values():
            if parameter.required and parameter.name not in found:
                problems.append(_problem(parameter.name, f"{parameter.name} is required."))
        if problems:
            raise ApiError(400, problems)
        return found


def _problem(name: str, message: str) -> ErrorItem:
    return ErrorItem("invalid_query_params", message, name)


def _kind(schema: JSONObject) -> str:
    kind = schema.get("type")
    return kind if kind in ("integer", "boolean") else "string"


def _convert(kind: str, text: str) -> Any:
    if kind == "integer":
        return int(text) if _INTEGER.match(text) else None
    if kind == "boolean":
        return {"true": True, "false": False}.get(text)
    return text
