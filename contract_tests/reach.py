"""Why a run left a documented (operation, status) pair unanswered, when the suite knows why."""

from __future__ import annotations

from contract_tests import spec
from contract_tests.settings import Settings

THROTTLED = (
    "a live run keeps below the account's rate limit (CONTRACT_RATE_LIMIT); bursting past it "
    "is opt-in (CONTRACT_BURST=1)"
)
NEEDS_EMPTY_ACCOUNT = (
    "only an account without any has this list empty; the suite does not assume one (and "
    "does not delete what it did not make)"
)
NOT_ANSWERED = "no request of this run caused it"
# Lists that cannot be emptied by paging past the end or by using a fresh parent.
UNPAGED_LISTS = frozenset({"listStateKeys", "listTemplates"})


def reason(
    operation: spec.Operation, status: str, settings: Settings, withheld: dict[str, str]
) -> str:
    if operation.operation_id in withheld:
        return withheld[operation.operation_id]
    if status == "429" and settings.live and not settings.burst:
        return THROTTLED
    if status == "204" and settings.live and operation.operation_id in UNPAGED_LISTS:
        return NEEDS_EMPTY_ACCOUNT
    return NOT_ANSWERED
