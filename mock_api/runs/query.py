"""The jobs list: which jobs a query asks for (the vendor's 21 filters) and the rule that a
query must name what it is about (400 `invalid_query`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from mock_api.errors import api_error

PAGE = 1001
PARENT_TYPES = frozenset({"flow", "retry", "bulk_retry"})
CHILD_TYPES = frozenset({"export", "import"})
# Any one of these makes a query for parent jobs specific enough, and for child jobs.
PARENT_FILTERS = (
    "_integrationId",
    "_flowId",
    "_exportId",
    "_importId",
    "_flowJobId",
    "createdAt_gte",
    "createdAt_lte",
)
CHILD_FILTERS = ("_flowJobId", "_exportId", "_importId")
PARENT_MESSAGE = (
    'For parent jobs, query parameters must contain either "_integrationId" or "_jobId" '
    'or "createdAt"'
)
CHILD_MESSAGE = 'For child jobs, query parameters must contain either "_flowJobId" or "resourceId"'
COUNT_FILTERS = ("numSuccess", "numExport", "numIgnore", "numError")

Test = Callable[[dict[str, Any], dict[str, Any]], bool]  # (job at now, its plan) -> matches


def asked_types(query: dict[str, Any]) -> frozenset[str]:
    """`type` and `type_in` (both: the jobs of both); neither: parent jobs."""
    types: frozenset[str] | None = None
    if query.get("type") is not None:
        types = frozenset({query["type"]})
    if query.get("type_in") is not None:
        listed = frozenset(query["type_in"].split(","))
        types = listed if types is None else types & listed
    return PARENT_TYPES if types is None else types


def require_a_filter(query: dict[str, Any], types: frozenset[str]) -> None:
    def named(names: tuple[str, ...]) -> bool:
        return any(query.get(name) is not None for name in names)

    if types & PARENT_TYPES and not named(PARENT_FILTERS):
        raise api_error(400, "invalid_query", PARENT_MESSAGE)
    if types & CHILD_TYPES and not named(CHILD_FILTERS):
        raise api_error(400, "invalid_query", CHILD_MESSAGE)


def instant(name: str, text: str, end_of_day: bool = False) -> int:
    """Epoch ms of a date filter: epoch milliseconds, an ISO 8601 date-time (with or without
    milliseconds) or a plain date (its first millisecond; with `end_of_day`, its last)."""
    try:
        if text.isdigit():
            return int(text)
        if "T" not in text and "t" not in text:
            day = datetime.fromisoformat(text).replace(tzinfo=UTC)
            millis = int(day.timestamp() * 1000)
            return millis + 86_399_999 if end_of_day else millis
        return round(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)
    except (ValueError, OverflowError):
        raise api_error(
            400, "invalid_query_params", f"{name}: {text!r} is not a valid date.", name
        ) from None


def bounds(query: dict[str, Any]) -> tuple[int | None, int | None]:
    low = query.get("createdAt_gte")
    high = query.get("createdAt_lte")
    return (
        None if low is None else instant("createdAt_gte", str(low)),
        None if high is None else instant("createdAt_lte", str(high), end_of_day=True),
    )


def _equal(name: str, value: Any) -> Test:
    return lambda job, plan: job.get(name) == value


def _of_resource(name: str, plan_key: str, value: str) -> Test:
    """A child job of the export / import, or a flow job that runs it."""
    return lambda job, plan: job.get(name) == value or value in plan.get(plan_key, ())


def _count(name: str, value: int, at_most: bool) -> Test:
    if at_most:
        return lambda job, plan: job.get(name, 0) <= value
    return lambda job, plan: job.get(name, 0) >= value


def tests(query: dict[str, Any], types: frozenset[str]) -> list[Test]:
    found: list[Test] = [lambda job, plan: job.get("type") in types]
    for name in ("_integrationId", "_flowId", "_flowJobId", "_bulkJobId", "status", "retriable"):
        if query.get(name) is not None:
            found.append(_equal(name, query[name]))
    if query.get("_exportId") is not None:
        found.append(_of_resource("_exportId", "exports", query["_exportId"]))
    if query.get("_importId") is not None:
        found.append(_of_resource("_importId", "imports", query["_importId"]))
    if query.get("_flowId_in") is not None:
        flows = frozenset(query["_flowId_in"].split(","))
        found.append(lambda job, plan: job.get("_flowId") in flows)
    for name in COUNT_FILTERS:
        for suffix, at_most in (("_lte", True), ("_gte", False)):
            value = query.get(name + suffix)
            if value is not None:
                found.append(_count(name, value, at_most))
    return found
