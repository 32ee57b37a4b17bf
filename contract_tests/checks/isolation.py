"""Object-level authorization: what one account created is a 404 for every other account.

schemathesis' own `object_level_authorization` only works with a WFC identities document, so
this check replays each successful request on an object with the second account's token.
"""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response

# The replay must go through the run's transport (ASGI app or base URL, rate limiter) and be
# recorded next to the original request; this is how the built-in auth checks send theirs.
from schemathesis.specs.openapi._auth_retry import get_security_parameters, remove_auth, send_probe

from contract_tests import accounts, http
from contract_tests.checks.base import response_check


def replay_as(ctx: CheckContext, case: Case[Any], token: str) -> Response | None:
    """The answer to `case` sent with `token`; None if the target kept answering 429 (the
    transport waits a 429 out, see throttle.py; one still there is inconclusive)."""
    probe = remove_auth(case, get_security_parameters(case.operation))
    probe.headers["Authorization"] = f"Bearer {token}"
    reply = send_probe(ctx, case, probe)
    return None if reply.status_code == 429 else reply


@response_check("accounts.isolated")
def other_account_gets_not_found(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    if not 200 <= response.status_code < 300 or not http.is_ours(case):
        return None
    current = accounts.current()
    if current is None or current.second_token is None:
        return None
    object_id = (case.path_parameters or {}).get("_id")
    # A successful DELETE already removed the object, so a 404 would prove nothing.
    if object_id is None or case.method.upper() == "DELETE":
        return None
    if http.sent_authorization(response) != f"Bearer {current.primary_token}":
        return None
    replay = replay_as(ctx, case, current.second_token)
    if replay is None:
        return None
    if replay.status_code != 404:
        raise AssertionError(
            f"{case.method.upper()} {case.formatted_path} answered {response.status_code} for the "
            f"owner and {replay.status_code} for another account; expected 404 for the other account"
        )
    try:
        body = http.json_body(replay)
    except http.NotJson:
        body = None
    if "invalid_ref" not in http.error_codes(body):
        raise AssertionError(
            f"another account's 404 for {case.formatted_path} must carry `invalid_ref`, got {http.excerpt(body)}"
        )
    return None
