"""A documented query parameter with a value its schema forbids is 400 `invalid_query_params`."""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs

from contract_tests import spec
from contract_tests.scenarios.base import declare, described, error_codes
from contract_tests.scenarios.fixtures import Fixtures, required_filters
from contract_tests.session import Session

CANDIDATES = ("abc", "-1", "0", "1001", "a b!", "maybe", "not-a-value", "2020-13-45T99:99:99Z")
INTEGER = re.compile(r"^-?[0-9]+$")
# One or two bad values per parameter are enough to show it is checked.
PER_PARAMETER = 2


def as_sent(schema: dict[str, Any], text: str) -> Any:
    """The value a query text stands for under `schema` (text that is no integer stays text)."""
    kind = schema.get("type")
    if kind == "integer" and INTEGER.match(text):
        return int(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def forbidden_values(schema: dict[str, Any]) -> list[str]:
    validator = jsonschema_rs.validator_for(schema, validate_formats=True)
    found = [text for text in CANDIDATES if not validator.is_valid(as_sent(schema, text))]
    return found[:PER_PARAMETER]


def invalid_query_is_400(s: Session) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        for name, schema in spec.query_parameters(operation).items():
            for text in forbidden_values(schema):
                query = {**required_filters(operation), name: text}
                response = s.send(
                    operation.operation_id, path=fixtures.path(operation), query=query
                )
                s.expect(
                    response.status_code == 400 and "invalid_query_params" in error_codes(response),
                    f"{name}={text!r} breaks its schema: expected 400 invalid_query_params, "
                    f"got {described(response)}",
                    response,
                    operation.operation_id,
                )


declare("invalid_query_is_400", invalid_query_is_400, ("query.invalid-400",), None)
