"""Authentication on every operation: 401 with the documented bare message."""

from __future__ import annotations

from contract_tests.scenarios.base import BAD_TOKEN, declare, described
from contract_tests.scenarios.fixtures import Fixtures
from contract_tests.session import Session


def _every_operation_answers_401(s: Session, token: str | None, why: str) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        response = s.send(
            operation.operation_id,
            token=token,
            path=fixtures.path(operation, unknown=frozenset(operation.path_parameters)),
            body=fixtures.body(operation),
        )
        s.expect(
            response.status_code == 401,
            f"{why}: expected 401, got {described(response)}",
            response,
            operation.operation_id,
        )


def missing_header_is_401(s: Session) -> None:
    _every_operation_answers_401(s, None, "no Authorization header")


def bad_token_is_401(s: Session) -> None:
    _every_operation_answers_401(s, BAD_TOKEN, "an unknown token")


declare("missing_header_is_401", missing_header_is_401, ("auth.missing-header",), None)
declare("bad_token_is_401", bad_token_is_401, ("auth.bad-token",), None)
