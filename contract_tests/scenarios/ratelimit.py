"""The rate limit: a leaky bucket per account; over it, 429 with `Retry-After` in whole seconds.

These scenarios empty the account's bucket on purpose, so a live run only has them with
CONTRACT_BURST=1 (every other request of the suite keeps below the documented rate).
"""

from __future__ import annotations

import secrets
import time
from typing import Any

import httpx

from contract_tests import spec, throttle
from contract_tests.scenarios.base import declare, described, error_codes
from contract_tests.scenarios.fixtures import Fixtures, harmless
from contract_tests.session import Session

PROBE = "getTokenInfo"
WIPE = "deleteAllState"
DELETE_KEY = "deleteStateValue"
DOCUMENTED_CODE = "rate_limited"


def _cap() -> int:
    bucket, _ = spec.rate_limit()
    # Even a slow client outpaces the refill long before this many requests.
    return 3 * bucket + 500


def burst(
    s: Session,
    operation_id: str = PROBE,
    path: dict[str, str] | None = None,
    body: object = None,
) -> tuple[httpx.Response, int]:
    """Send unchecked requests until one is answered 429; that answer and how many got in."""
    response = None
    for admitted in range(_cap()):
        response = s.send(
            operation_id, path=path, body=body, validate=False, wait_out_429=False, paced=False
        )
        if response.status_code == 429:
            return response, admitted
    assert response is not None
    return response, _cap()


def inert(
    s: Session, operation: spec.Operation, fixtures: Fixtures
) -> tuple[dict[str, str], Any] | None:
    """A request to `operation` that changes nothing if it gets in (about an id or a global
    state key that does not exist, or with a body the schema refuses) or whose effect is
    undone when the scenario ends; None when the operation has no such request."""
    path = fixtures.path(operation, unknown=frozenset(operation.path_parameters))
    if operation.operation_id == WIPE:
        return (path, None) if s.target.settings.wipe else None
    if "key" in path and not harmless(operation):
        # A global key nobody has: deleting it is a 404; a write that gets in is deleted again.
        path["key"] = f"contract-probe-{secrets.token_hex(6)}"
        if operation.method == "put":
            s.cleanup(DELETE_KEY, {"key": path["key"]})
            return path, "probe"
        return path, None
    if harmless(operation):
        return path, fixtures.body(operation)
    if spec.required_fields(operation.request_schema()):
        return path, {}
    return None


def _validated(s: Session, response: httpx.Response) -> None:
    # The 429 goes through every check (envelope, Retry-After, documented headers).
    s.validate(s.last_case, response, {"Authorization": f"Bearer {s.primary}"})


def rate_limit_answers_429(s: Session) -> None:
    response, _ = burst(s)
    _validated(s, response)
    if not s.expect(
        response.status_code == 429,
        f"{_cap()} requests in a burst never got a 429",
        response,
        PROBE,
    ):
        return
    time.sleep(throttle.retry_after_seconds(response.headers.get("retry-after")))
    after = s.send(PROBE, wait_out_429=False)
    s.expect(
        after.status_code == 200,
        f"after waiting Retry-After={response.headers.get('retry-after')} s the bucket must have "
        f"room again: got {described(after)}",
        after,
        PROBE,
    )
    # The bucket is the account's, not the operation's: with it empty, every operation is 429.
    # Only requests that cannot change anything are sent: a few get in while the bucket leaks.
    fixtures = Fixtures(s)
    for operation in s.operations():
        request = inert(s, operation, fixtures)
        if request is None:
            continue
        path, body = request
        burst(s)
        # The bucket leaks while the next request is prepared: the operation itself keeps it empty.
        limited, _ = burst(s, operation.operation_id, path=path, body=body)
        _validated(s, limited)
        s.expect(
            limited.status_code == 429,
            f"with the account's bucket empty: expected 429, got {described(limited)}",
            limited,
            operation.operation_id,
        )


def rate_limit_is_per_account(s: Session) -> None:
    response, _ = burst(s)
    if not s.expect(response.status_code == 429, "a burst never got a 429", response, PROBE):
        return
    other = s.send(PROBE, token=s.second, wait_out_429=False)
    s.expect(
        other.status_code == 200,
        f"another account's bucket is its own: expected 200 while this one's is empty, got "
        f"{described(other)}",
        other,
        PROBE,
    )


def rate_limit_follows_documented_figures(s: Session) -> None:
    bucket, refill = spec.rate_limit()
    if s.app is None:
        # Silence refills the bucket completely, whatever the run sent before (in process the
        # scenario has a fresh mock, whose bucket is full).
        time.sleep(bucket / refill + 1)
    started = time.monotonic()
    response, admitted = burst(s)
    elapsed = time.monotonic() - started
    ceiling = bucket + refill * elapsed + 0.05 * bucket
    s.expect(
        bucket <= admitted <= ceiling,
        f"a full bucket of {bucket}, refilled at {refill:g}/s, admits {bucket} to "
        f"{ceiling:.0f} requests of a {elapsed:.1f} s burst; {admitted} got in",
        response,
        PROBE,
    )
    s.expect(
        response.status_code == 429 and DOCUMENTED_CODE in error_codes(response),
        f"over the limit: expected 429 `{DOCUMENTED_CODE}`, got {described(response)}",
        response,
        PROBE,
    )


declare(
    "rate_limit_answers_429",
    rate_limit_answers_429,
    ("ratelimit.429",),
    None,
    needs=("burst",),
    rate_limited=True,
)
declare(
    "rate_limit_is_per_account",
    rate_limit_is_per_account,
    ("ratelimit.429",),
    {PROBE},
    needs=("burst", "second_token"),
    rate_limited=True,
)
declare(
    "rate_limit_follows_documented_figures",
    rate_limit_follows_documented_figures,
    ("ratelimit.429",),
    {PROBE},
    needs=("burst",),
    rate_limited=True,
)
