"""tokenInfo answers the user the token belongs to."""

from __future__ import annotations

import httpx

from contract_tests.formats import is_object_id
from contract_tests.scenarios.base import declare, described, json_of
from contract_tests.session import Session

OPERATION = "getTokenInfo"


def _user(s: Session, token: str | None = "") -> tuple[httpx.Response, object]:
    response = s.send(OPERATION, token=token)
    body = json_of(response)
    return response, body.get("_userId") if isinstance(body, dict) else None


def token_info_names_the_user(s: Session) -> None:
    response, user = _user(s)
    if not s.expect(
        response.status_code == 200 and is_object_id(user),
        f"expected 200 with the token's `_userId`, got {described(response)} {user!r}",
        response,
        OPERATION,
    ):
        return
    again, same = _user(s)
    s.expect(same == user, f"the same token answered {user!r}, then {same!r}", again, OPERATION)
    expected = s.target.settings.user_id
    if expected is not None:
        s.expect(
            user == expected,
            f"the token belongs to {expected}, tokenInfo says {user!r}",
            response,
            OPERATION,
        )
    if s.second is not None:
        other_response, other = _user(s, s.second)
        s.expect(
            other is not None and other != user,
            f"a token of another account names another user, got {other!r} for both",
            other_response,
            OPERATION,
        )


declare("token_info_names_the_user", token_info_names_the_user, ("tokeninfo.user",), {OPERATION})
