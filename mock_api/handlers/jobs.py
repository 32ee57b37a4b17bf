"""Jobs: the filtered list (newest first, 1,001 a page), one job, its errors and the signed
URL of its error file (served by files.py)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from mock_api.calls import Call, document_reply, list_reply, operation
from mock_api.errors import not_found
from mock_api.responses import NO_CONTENT, Reply
from mock_api.runs import query as jobs_query
from mock_api.runs.view import errors_at, job_at
from mock_api.storage import dumps

# How long a signed error-file URL stays valid.
SIGNED_URL_SECONDS = 15 * 60


def now_ms(call: Call) -> int:
    return int(call.world.clock() * 1000)


def load_plan(call: Call) -> dict[str, Any]:
    raw = call.store.job(call.owner, call.params["_id"])
    if raw is None:
        raise not_found()
    plan: dict[str, Any] = json.loads(raw)
    return plan


def job_errors(call: Call, plan: dict[str, Any], now: int) -> list[dict[str, Any]]:
    children = [json.loads(raw) for raw in call.store.child_jobs(call.owner, plan["job"]["_id"])]
    return errors_at(plan, children, now)


@operation("listJobs")
def list_jobs(call: Call) -> Reply:
    types = jobs_query.asked_types(call.query)
    jobs_query.require_a_filter(call.query, types)
    low, high = jobs_query.bounds(call.query)
    tests = jobs_query.tests(call.query, types)
    now = now_ms(call)
    page: list[bytes] = []
    for raw in call.store.jobs_newest_first(call.owner, low, high):
        plan = json.loads(raw)
        job = job_at(plan, now)
        if all(test(job, plan) for test in tests):
            page.append(dumps(job).encode())
            if len(page) == jobs_query.PAGE:
                break
    return list_reply(call, page)


@operation("getJobById")
def get_job(call: Call) -> Reply:
    return document_reply(200, job_at(load_plan(call), now_ms(call)))


@operation("listJobErrors")
def list_job_errors(call: Call) -> Reply:
    plan = load_plan(call)
    errors = job_errors(call, plan, now_ms(call))[:1000]
    return document_reply(200, errors) if errors else NO_CONTENT


@operation("getJobErrorFileUrl")
def error_file_url(call: Call) -> Reply:
    plan = load_plan(call)
    job_id = plan["job"]["_id"]
    expires = int(call.world.clock()) + SIGNED_URL_SECONDS
    signature = call.world.signer.sign(error_file_claim(call.owner, job_id, expires))
    query = urlencode({"expires": expires, "signature": signature})
    url = f"{call.base_url}/files/job-errors/{call.owner}/{job_id}?{query}"
    return document_reply(200, {"signedURL": url})


def error_file_claim(account: str, job_id: str, expires: int) -> str:
    return f"job-errors:{account}:{job_id}:{expires}"
