"""404 for ids the account does not have, 400 for bodies that are not JSON."""

from __future__ import annotations

from contract_tests.scenarios.base import declare, described, error_codes
from contract_tests.scenarios.fixtures import Fixtures
from contract_tests.session import Session

MALFORMED = b'{"name": "unterminated'


def unknown_id_is_404(s: Session) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        ids = [name for name in operation.path_parameters if name.startswith("_")]
        if not ids:
            continue
        # The innermost id is unknown; its parents exist, so the 404 is about the right object.
        path = fixtures.path(operation, unknown=frozenset({ids[-1]}))
        response = s.send(operation.operation_id, path=path, body=fixtures.body(operation))
        s.expect(
            response.status_code == 404 and "invalid_ref" in error_codes(response),
            f"unknown {ids[-1]}: expected 404 invalid_ref, got {described(response)}",
            response,
            operation.operation_id,
        )


def malformed_json_is_400(s: Session) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        # Every operation that documents a 400, with a body or without: a JSON body parser
        # runs before the routes. Elsewhere a 400 would be an undocumented status.
        if "400" not in operation.status_codes:
            continue
        response = s.send(operation.operation_id, path=fixtures.path(operation), raw_body=MALFORMED)
        s.expect(
            response.status_code == 400 and "malformed_json" in error_codes(response),
            f"a body that is not JSON: expected 400 malformed_json, got {described(response)}",
            response,
            operation.operation_id,
        )


declare("unknown_id_is_404", unknown_id_is_404, ("errors.not-found",), None)
declare("malformed_json_is_400", malformed_json_is_400, ("errors.malformed-json",), None)
