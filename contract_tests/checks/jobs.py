"""Job lists: every job matches the filters asked for; newest first, at most 1,001 a page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from schemathesis import Case, CheckContext, Response

from contract_tests.checks.base import operation_of, query_text, response_check, successful_json

JOBS_PAGE = 1001
SAME_VALUE = ("_integrationId", "_exportId", "_importId", "_flowId", "_flowJobId", "_bulkJobId")
COUNTS = ("numSuccess", "numExport", "numIgnore", "numError")
PARENT = frozenset({"flow", "retry", "bulk_retry"})
PARENT_RESOURCE_FILTERS = ("_exportId", "_importId")


def instant(text: str) -> datetime | None:
    """A date filter or a job's `createdAt` as a moment; None for a plain date (a day has no
    single moment, so it is not compared) or anything unreadable."""
    if text.isdigit():
        return datetime.fromtimestamp(int(text) / 1000, tz=UTC)
    if "T" not in text and "t" not in text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _compare(
    job: dict[str, Any], field: str, bound: Any, holds: Callable[[Any, Any], bool]
) -> bool:
    value = job.get(field)
    return value is None or bound is None or holds(value, bound)


def projected_away(field: str, query: dict[str, str]) -> bool:
    """`include` / `exclude` took the field out of the answer, so it cannot be compared."""
    include, exclude = query.get("include"), query.get("exclude")
    if include and field not in {*include.split(","), "_id", "name"}:
        return True
    return exclude is not None and field in exclude.split(",")


def _is_parent(job: dict[str, Any], query: dict[str, str]) -> bool:
    """A flow (retry, bulk retry) job; without `type` in the answer, what the query asked for
    (no type at all: parent jobs)."""
    kind = job.get("type", query.get("type"))
    if kind is None:
        return "type_in" not in query or bool(PARENT & set(query["type_in"].split(",")))
    return kind in PARENT


def mismatches(job: dict[str, Any], query: dict[str, str]) -> list[str]:
    problems = []
    for field in (*SAME_VALUE, "status", "type"):
        if field not in query or job.get(field) == query[field]:
            continue
        if field not in job and projected_away(field, query):
            continue
        # A parent job runs exports and imports without naming one: `_exportId` / `_importId`
        # select it by what it runs, which the job itself does not show.
        if field in PARENT_RESOURCE_FILTERS and field not in job and _is_parent(job, query):
            continue
        problems.append(f"{field}={job.get(field)!r} (asked {query[field]!r})")
    for listed, field in (("type_in", "type"), ("_flowId_in", "_flowId")):
        if listed not in query or job.get(field) in query[listed].split(","):
            continue
        if field not in job and projected_away(field, query):
            continue
        problems.append(f"{field}={job.get(field)!r} (asked one of {query[listed]})")
    created = instant(str(job.get("createdAt", "")))
    for name, holds in (("createdAt_lte", _le), ("createdAt_gte", _ge)):
        bound = instant(query[name]) if name in query else None
        if created is not None and bound is not None and not holds(created, bound):
            problems.append(f"createdAt={job.get('createdAt')} (asked {name}={query[name]})")
    for field in COUNTS:
        for suffix, holds in (("_lte", _le), ("_gte", _ge)):
            name = field + suffix
            limit = int(query[name]) if query.get(name, "").isdigit() else None
            if not _compare(job, field, limit, holds):
                problems.append(f"{field}={job.get(field)} (asked {name}={query[name]})")
    wanted = query.get("retriable")
    if wanted is not None and "retriable" in job and job["retriable"] is not (wanted == "true"):
        problems.append(f"retriable={job['retriable']} (asked {wanted})")
    return problems


def _le(a: Any, b: Any) -> bool:
    return bool(a <= b)


def _ge(a: Any, b: Any) -> bool:
    return bool(a >= b)


def _jobs(response: Response, case: Case[Any]) -> list[Any] | None:
    operation = operation_of(case)
    if operation is None or operation.operation_id != "listJobs":
        return None
    body = successful_json(response, case)
    return body if isinstance(body, list) else None


@response_check("jobs.filters")
def jobs_match_their_filters(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    jobs = _jobs(response, case)
    if jobs is None:
        return None
    query = {name: text for name in (case.query or {}) if (text := query_text(case, name))}
    for job in jobs:
        if isinstance(job, dict):
            problems = mismatches(job, query)
            if problems:
                raise AssertionError(
                    f"job {job.get('_id')} does not match the filters: {'; '.join(problems)}"
                )
    return None


@response_check("jobs.paging")
def jobs_are_newest_first(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    jobs = _jobs(response, case)
    if jobs is None:
        return None
    if len(jobs) > JOBS_PAGE:
        raise AssertionError(f"a page of jobs holds {len(jobs)} jobs, at most {JOBS_PAGE} allowed")
    moments = [instant(str(job.get("createdAt", ""))) for job in jobs if isinstance(job, dict)]
    known = [moment for moment in moments if moment is not None]
    for newer, older in pairwise(known):
        if older > newer:
            raise AssertionError(f"jobs must come newest first: {older} follows {newer}")
    return None
