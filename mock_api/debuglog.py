"""Connection debug logs: a line per request the mock makes through a connection (pings,
virtual exports and imports, the steps of flow runs), while its `debugDate` is in the future."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mock_api.calls import Call
from mock_api.documents import stamp


def logging_until(connection: dict[str, Any]) -> float | None:
    """`debugDate` as epoch seconds, if the connection has a valid one."""
    value = connection.get("debugDate")
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def log_request(
    call: Call,
    connection: dict[str, Any],
    what: str,
    outcome: str,
    resource_id: str | None = None,
    at: float | None = None,
) -> None:
    """Log one request through the connection if its debug log is on at time `at`."""
    when = call.world.clock() if at is None else at
    until = logging_until(connection)
    if until is None or when >= until:
        return
    subject = resource_id or "-"
    line = f"{stamp(when)} {subject} {what} -> {outcome}"
    call.store.log(call.owner, connection["_id"], resource_id, round(when * 1000), line)
