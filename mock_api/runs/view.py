"""A job as it looks at a given time (epoch ms), from its plan (plan.py).

Before `startsAt` it is `queued`; until `endsAt` it is `running`; then it has its final
status. Counts are zero until a child job ends: a flow job's counts grow as its steps end,
a child job's counts appear when it ends. Errors are readable from the end of the job
that has them (a flow job shows those of its ended steps)."""

from __future__ import annotations

from typing import Any

from mock_api.documents import stamp

ZERO = {"numSuccess": 0, "numError": 0, "numIgnore": 0}


def job_at(plan: dict[str, Any], now: int | None) -> dict[str, Any]:
    """The job document at `now`; None means as it was created (the answer to a run)."""
    job = dict(plan["job"])
    starts, ends = plan["startsAt"], plan["endsAt"]
    is_flow = job["type"] == "flow"
    if now is None or now < starts:
        job["status"] = "queued"
        counts = dict(ZERO)
        changed = plan["createdAt"]
        if is_flow:
            counts["numExport"] = 0
    elif now < ends:
        job["status"] = "running"
        job["startedAt"] = stamp(starts / 1000)
        counts, changed = _running_counts(plan, now) if is_flow else (dict(ZERO), starts)
    else:
        # A canceled step never started (its startsAt is its endsAt).
        job["status"] = plan["status"]
        if plan["status"] != "canceled":
            job["startedAt"] = stamp(starts / 1000)
        job["endedAt"] = stamp(ends / 1000)
        counts = {**ZERO, **plan["counts"]}
        changed = ends
    job.update(counts)
    ended = now is not None and now >= ends
    job["retriable"] = ended and counts.get("numError", 0) > 0
    if job["type"] == "export" and plan.get("generator"):
        job["doneExporting"] = ended
    job["lastModified"] = stamp(changed / 1000)
    return job


def _running_counts(plan: dict[str, Any], now: int) -> tuple[dict[str, int], int]:
    counts = {**ZERO, "numExport": 0, "numPagesGenerated": 0, "numPagesProcessed": 0}
    changed = plan["startsAt"]
    for child in plan["children"]:
        if child["endsAt"] > now:
            continue
        changed = max(changed, child["endsAt"])
        if child["type"] == "import":
            for name in (*ZERO, "numPagesProcessed"):
                counts[name] += child["counts"].get(name, 0)
        elif child["generator"]:
            counts["numExport"] += child["counts"].get("numExport", 0)
            counts["numPagesGenerated"] += child["counts"].get("numPagesGenerated", 0)
    return counts, changed


def errors_at(
    plan: dict[str, Any], children: list[dict[str, Any]], now: int
) -> list[dict[str, Any]]:
    """The job's errors readable at `now`: its own once it ended; for a flow job, those of
    each of its steps that ended."""
    found: list[dict[str, Any]] = []
    for source in [plan, *children]:
        if source["endsAt"] <= now:
            found += source.get("errors", [])
    return found
