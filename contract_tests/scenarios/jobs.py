"""Flows run as jobs: queued, then running, then completed or failed; one at a time per flow;
child jobs per step; errors once the job has them; the jobs list, its filters and paging."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from contract_tests.checks.jobs import instant
from contract_tests.formats import is_object_id
from contract_tests.scenarios.base import declare, described, error_codes, ids_of, json_of
from contract_tests.scenarios.connections import RECORDS
from contract_tests.scenarios.resources import CONNECTION, EXPORT, FLOW, IMPORT, Made, make
from contract_tests.session import Session

# Every record lacks the field this extracts, so the import rejects each one.
REJECT_EVERY_RECORD = {"fields": [{"extract": "contract.absent", "generate": "absent"}]}
# Statuses in the order a job moves through them.
ORDER = {"queued": 0, "running": 1, "completed": 2, "failed": 2, "canceled": 2}
TERMINAL = frozenset({"completed", "failed", "canceled"})
POLL_SECONDS = 0.05
JOB_OPERATIONS = frozenset({"runFlow", "getJobById", "listJobs"})
PIPELINE = CONNECTION.crud | EXPORT.crud | IMPORT.crud | FLOW.crud | JOB_OPERATIONS


@dataclass
class Pipeline:
    flow: Made
    export: Made
    target: Made


def pipeline(
    s: Session, *, offline: bool = False, mapping: dict[str, Any] | None = None
) -> Pipeline | None:
    """A flow that exports RECORDS and imports them (with `mapping`, if any) through a
    connection of its own."""
    connection = make(s, CONNECTION, offline=offline)
    if connection is None:
        return None
    export = make(s, EXPORT, _connectionId=connection.id, sampleData=RECORDS)
    target = make(s, IMPORT, _connectionId=connection.id, mapping=mapping)
    if export is None or target is None:
        return None
    flow = make(
        s,
        FLOW,
        pageGenerators=[{"_exportId": export.id}],
        pageProcessors=[{"type": "import", "_importId": target.id}],
    )
    return Pipeline(flow, export, target) if flow is not None else None


def run(s: Session, flow: Made) -> dict[str, Any] | None:
    response = s.send("runFlow", path=flow.path)
    job = json_of(response)
    ok = s.expect(
        response.status_code == 201 and isinstance(job, dict) and "_id" in job,
        f"run: expected 201 with the flow job, got {described(response)}",
        response,
        "runFlow",
    )
    return job if ok else None


def follow(s: Session, job_id: str, flow: Made) -> tuple[list[str], dict[str, Any], httpx.Response]:
    """Poll the job (of `flow`) until it ends: the statuses seen, in order, and its last state."""
    seen: list[str] = []
    deadline = time.monotonic() + s.target.settings.job_timeout
    while True:
        response = s.send("getJobById", path={"_id": job_id})
        job = json_of(response) if response.status_code == 200 else {}
        status = str((job or {}).get("status"))
        if not seen or seen[-1] != status:
            seen.append(status)
        # An answer about another job is a failure of its own (the checks report it), not progress.
        other = (job or {}).get("_id") != job_id or (job or {}).get("_flowId") != flow.id
        if (
            status in TERMINAL
            or other
            or response.status_code != 200
            or time.monotonic() > deadline
        ):
            return seen, job or {}, response
        time.sleep(POLL_SECONDS)


def run_answers_queued_flow_job(s: Session) -> None:
    made = pipeline(s)
    if made is None:
        return
    job = run(s, made.flow)
    if job is None:
        return
    response = s.send("getJobById", path={"_id": str(job["_id"])})
    s.expect(
        job.get("status") == "queued"
        and job.get("type") == "flow"
        and job.get("_flowId") == made.flow.id
        and is_object_id(job.get("_id"))
        and response.status_code == 200,
        f"a run answers a new flow job of the flow, `queued`: got {job}; reading it: {described(response)}",
        response,
        "runFlow",
    )
    follow(s, str(job["_id"]), made.flow)


def flow_job_runs_to_completion(s: Session) -> None:
    made = pipeline(s)
    if made is None:
        return
    job = run(s, made.flow)
    if job is None:
        return
    seen, final, response = follow(s, str(job["_id"]), made.flow)
    ranks = [ORDER.get(status, -1) for status in seen]
    s.expect(
        seen[0] in ("queued", "running")
        and seen[-1] in ("completed", "failed")
        and ranks == sorted(ranks)
        and -1 not in ranks,
        f"a job moves queued -> running -> completed or failed, never back; seen {seen}",
        response,
        "getJobById",
    )
    # Child jobs are the `export` and `import` ones: without a type the list is of parent jobs.
    found: list[dict[str, Any]] = []
    for kind in ("export", "import"):
        children = s.send("listJobs", query={"type": kind, "_flowJobId": str(job["_id"])})
        listed = json_of(children) if children.status_code == 200 else []
        found += [child for child in listed or [] if isinstance(child, dict)]
    kinds = sorted(
        (str(child.get("type")), str(child.get("_exportId") or child.get("_importId")))
        for child in found
    )
    expected = sorted([("export", made.export.id), ("import", made.target.id)])
    s.expect(
        kinds == expected and all(child.get("_flowJobId") == job["_id"] for child in found),
        f"a flow job has a child job per export and import: expected {expected}, got {kinds}",
        children,
        "listJobs",
    )
    processed = sum(int(final.get(name) or 0) for name in ("numSuccess", "numError", "numIgnore"))
    s.expect(
        processed == len(RECORDS),
        f"the flow's {len(RECORDS)} records each end as a success, an error or ignored: "
        f"numSuccess + numError + numIgnore = {processed} ({final})",
        response,
        "getJobById",
    )


def _interval(job: dict[str, Any]) -> tuple[Any, Any]:
    return instant(str(job.get("startedAt", ""))), instant(str(job.get("endedAt", "")))


def one_job_of_a_flow_runs_at_a_time(s: Session) -> None:
    made = pipeline(s)
    if made is None:
        return
    first, second = run(s, made.flow), run(s, made.flow)
    if first is None or second is None:
        return
    s.expect(
        second.get("status") == "queued",
        f"a run asked for while another is queued or running waits `queued`, got {second.get('status')!r}",
        s.send("getJobById", path={"_id": str(second["_id"])}),
        "runFlow",
    )
    _, one, _ = follow(s, str(first["_id"]), made.flow)
    _, two, response = follow(s, str(second["_id"]), made.flow)
    (start1, end1), (start2, end2) = _interval(one), _interval(two)
    s.expect(
        None not in (start1, end1, start2, end2) and (end1 <= start2 or end2 <= start1),
        f"two jobs of one flow never run at the same time: {one.get('startedAt')}..{one.get('endedAt')} "
        f"and {two.get('startedAt')}..{two.get('endedAt')}",
        response,
        "getJobById",
    )


def _errors_of(s: Session, job_id: str) -> tuple[httpx.Response, list[Any]]:
    response = s.send("listJobErrors", path={"_id": job_id})
    listed = json_of(response) if response.status_code == 200 else []
    return response, listed if isinstance(listed, list) else []


def _ended_job_errors(s: Session, job_id: str, final: dict[str, Any]) -> list[Any]:
    """An ended job's errors: none (204) for a completed job without `numError`; one per
    error (up to 1,000) when it counts some; for a failed job, at least the one saying why."""
    response, listed = _errors_of(s, job_id)
    status, count = final.get("status"), int(final.get("numError") or 0)
    if status == "failed":
        holds, wanted = response.status_code == 200 and len(listed) >= 1, "at least 1 error"
    elif count:
        holds, wanted = len(listed) == min(count, 1000), f"{min(count, 1000)} error(s)"
    else:
        holds, wanted = response.status_code == 204, "204 (no errors)"
    s.expect(
        holds,
        f"a {status} job with numError={count} lists {wanted}: got {described(response)} with "
        f"{len(listed)} error(s)",
        response,
        "listJobErrors",
    )
    return listed


def _error_file(s: Session, job_id: str, listed: list[Any]) -> None:
    signed = s.send("getJobErrorFileUrl", path={"_id": job_id})
    url = (json_of(signed) or {}).get("signedURL")
    if not s.expect(
        signed.status_code == 200 and isinstance(url, str),
        f"the error file URL: expected 200 with `signedURL`, got {described(signed)}",
        signed,
        "getJobErrorFileUrl",
    ):
        return
    assert isinstance(url, str)
    # The signed URL is not an operation of the spec: fetched as is, without the token.
    s.throttle.wait()
    fetched = s.client.get(url)
    s.expect(
        fetched.status_code == 200,
        f"the signed URL must answer the error file, got {fetched.status_code}",
        fetched,
        "getJobErrorFileUrl",
    )
    # The file's format is not documented; one the server says is NDJSON must hold the errors.
    if fetched.headers.get("content-type", "").startswith("application/x-ndjson"):
        lines = [line for line in fetched.text.splitlines() if line.strip()]
        s.expect(
            len(lines) == len(listed),
            f"the error file holds one line per job error: {len(lines)} line(s), "
            f"{len(listed)} error(s) listed",
            fetched,
            "getJobErrorFileUrl",
        )


def job_errors_readable(s: Session) -> None:
    # One job fails (its connection is offline), one completes with every record rejected
    # by its import's mapping: both have errors once they end, and none before.
    failing = pipeline(s, offline=True)
    rejecting = pipeline(s, mapping=REJECT_EVERY_RECORD)
    if failing is None or rejecting is None:
        return
    jobs = [(made, run(s, made.flow)) for made in (failing, rejecting)]
    for _, job in jobs:
        if job is None:
            continue
        early, _ = _errors_of(s, str(job["_id"]))
        s.expect(
            early.status_code in (200, 204),
            f"job errors of a job just queued: expected 204 (none yet) or 200, got {described(early)}",
            early,
            "listJobErrors",
        )
    for made, job in jobs:
        if job is None:
            continue
        _, final, _ = follow(s, str(job["_id"]), made.flow)
        listed = _ended_job_errors(s, str(job["_id"]), final)
        _error_file(s, str(job["_id"]), listed)


def jobs_need_a_filter(s: Session) -> None:
    for query, what in (
        ({}, "parent jobs without a filter"),
        ({"type": "flow", "status": "completed"}, "parent jobs filtered by status only"),
        (
            {"type": "export", "_flowId": "0123456789abcdef01234567"},
            "child jobs without a flow job or resource",
        ),
    ):
        response = s.send("listJobs", query=query)
        s.expect(
            response.status_code == 400 and "invalid_query" in error_codes(response),
            f"{what}: expected 400 invalid_query, got {described(response)}",
            response,
            "listJobs",
        )
    for query in (
        {"_flowId": "0123456789abcdef01234567"},
        {"type": "import", "_importId": "0123456789abcdef01234567"},
    ):
        response = s.send("listJobs", query=query)
        s.expect(
            response.status_code in (200, 204),
            f"jobs with the filter {query}: expected 200 or 204, got {described(response)}",
            response,
            "listJobs",
        )


def child_jobs(s: Session, flow_job: str, kind: str) -> list[dict[str, Any]]:
    """The child jobs of one type (`export` or `import`) of a flow job."""
    response = s.send("listJobs", query={"type": kind, "_flowJobId": flow_job})
    listed = json_of(response) if response.status_code == 200 else []
    return [child for child in listed or [] if isinstance(child, dict)]


def jobs_filters_narrow(s: Session) -> None:
    one, two = pipeline(s), pipeline(s)
    if one is None or two is None:
        return
    first, second = run(s, one.flow), run(s, two.flow)
    if first is None or second is None:
        return
    _, done_one, _ = follow(s, str(first["_id"]), one.flow)
    follow(s, str(second["_id"]), two.flow)
    a, b = str(first["_id"]), str(second["_id"])
    other_status = "failed" if done_one.get("status") == "completed" else "completed"
    # `_flowId_in` alone does not say which parent jobs (jobs.filter-required): a createdAt
    # bound from before both runs keeps the query about them.
    since = min(str(first.get("createdAt", "")), str(second.get("createdAt", "")))
    export_of = {job: [c.get("_id") for c in child_jobs(s, job, "export")] for job in (a, b)}
    import_of = {job: [c.get("_id") for c in child_jobs(s, job, "import")] for job in (a, b)}
    cases: list[tuple[dict[str, str], set[Any], set[Any]]] = [
        ({"_flowId": one.flow.id}, {a}, {b}),
        ({"_flowId_in": f"{one.flow.id},{two.flow.id}", "createdAt_gte": since}, {a, b}, set()),
        ({"_flowId_in": one.flow.id, "createdAt_gte": since}, {a}, {b}),
        ({"_flowId": one.flow.id, "status": str(done_one.get("status"))}, {a}, set()),
        ({"_flowId": one.flow.id, "status": other_status}, set(), {a}),
        ({"_flowId": one.flow.id, "type": "flow"}, {a}, set()),
        ({"_exportId": one.export.id, "type": "export"}, set(export_of[a]), set(export_of[b])),
        ({"_flowJobId": a, "type": "import"}, set(import_of[a]), set(import_of[b])),
    ]
    for query, wanted, unwanted in cases:
        response = s.send("listJobs", query=query)
        found = set(ids_of(response))
        s.expect(
            wanted <= found and not (unwanted & found),
            f"jobs filtered by {query} must include {sorted(wanted)} and leave out "
            f"{sorted(unwanted)}, got {sorted(found)}",
            response,
            "listJobs",
        )
    s.expect(
        all(len(export_of[job]) == 1 and len(import_of[job]) == 1 for job in (a, b)),
        f"each run has one export and one import child job: {export_of} {import_of}",
        response,
        "listJobs",
    )


def jobs_page_by_created_at(s: Session) -> None:
    made = pipeline(s)
    if made is None:
        return
    runs = []
    for _ in range(3):
        job = run(s, made.flow)
        if job is None:
            return
        _, final, _ = follow(s, str(job["_id"]), made.flow)
        runs.append(final)
    response = s.send("listJobs", query={"_flowId": made.flow.id, "type": "flow"})
    listed = json_of(response) if response.status_code == 200 else []
    ids = [job.get("_id") for job in listed or []]
    newest_first = [job.get("_id") for job in reversed(runs)]
    s.expect(
        ids == newest_first,
        f"jobs answer newest first: expected {newest_first}, got {ids}",
        response,
        "listJobs",
    )
    for index, job in enumerate(listed or []):
        moment = instant(str(job.get("createdAt", "")))
        if moment is None:
            continue
        bound = (
            (moment - timedelta(milliseconds=1))
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )
        page = s.send(
            "listJobs", query={"_flowId": made.flow.id, "type": "flow", "createdAt_lte": bound}
        )
        s.expect(
            ids_of(page) == ids[index + 1 :],
            f"createdAt_lte = createdAt of job {index} minus 1 ms must give the jobs after it "
            f"({ids[index + 1 :]}), got {ids_of(page)}",
            page,
            "listJobs",
        )


def jobs_projection_is_honoured(s: Session) -> None:
    made = pipeline(s)
    if made is None:
        return
    job = run(s, made.flow)
    if job is None:
        return
    follow(s, str(job["_id"]), made.flow)
    response = s.send("listJobs", query={"_flowId": made.flow.id, "include": "status"})
    listed = json_of(response) if response.status_code == 200 else []
    s.expect(
        bool(listed) and all(set(item) <= {"_id", "name", "status"} for item in listed or []),
        f"include=status keeps `_id` and `status` only, got {listed}",
        response,
        "listJobs",
    )
    response = s.send("listJobs", query={"_flowId": made.flow.id, "exclude": "status"})
    listed = json_of(response) if response.status_code == 200 else []
    s.expect(
        bool(listed) and all("status" not in item and "_id" in item for item in listed or []),
        f"exclude=status drops `status`, got {listed}",
        response,
        "listJobs",
    )


_JOBS = PIPELINE
declare("run_answers_queued_flow_job", run_answers_queued_flow_job, ("flows.run-queued",), _JOBS)
declare("flow_job_runs_to_completion", flow_job_runs_to_completion, ("jobs.progress",), _JOBS)
declare(
    "one_job_of_a_flow_runs_at_a_time",
    one_job_of_a_flow_runs_at_a_time,
    ("jobs.one-running-per-flow",),
    _JOBS,
)
declare(
    "job_errors_readable",
    job_errors_readable,
    ("jobs.errors",),
    _JOBS | {"listJobErrors", "getJobErrorFileUrl"},
)
declare("jobs_need_a_filter", jobs_need_a_filter, ("jobs.filter-required",), {"listJobs"})
declare("jobs_filters_narrow", jobs_filters_narrow, ("jobs.filters",), _JOBS)
declare("jobs_page_by_created_at", jobs_page_by_created_at, ("jobs.paging",), _JOBS)
declare("jobs_projection_is_honoured", jobs_projection_is_honoured, ("projection.fields",), _JOBS)
