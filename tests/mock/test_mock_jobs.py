"""Flow runs and jobs, driven by a clock the test moves (no test sleeps for a job)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from mock_support import (
    PRIMARY,
    Clock,
    create_connection,
    create_export,
    create_flow,
    create_import,
    make_client,
    only_error,
)
from starlette.testclient import TestClient

from mock_api.app import create_app

CONTACTS = [
    {"email": "a@x.io"},
    {"email": "b@x.io"},
    {"email": "c@x.io", "age": "old"},
    {"email": ""},
]
MAPPING = {
    "fields": [
        {"extract": "email", "generate": "email", "discardIfEmpty": True},
        {"extract": "age", "generate": "age", "dataType": "number", "discardIfEmpty": True},
    ]
}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(clock: Clock) -> Iterator[TestClient]:
    # Flow jobs wait 0.5 s queued, then run 2 s.
    with make_client(create_app(rate_limit=False, clock=clock, job_seconds=2), PRIMARY) as client:
        yield client


def simple_flow(api: TestClient, **import_fields: Any) -> dict[str, Any]:
    connection = create_connection(api)
    export = create_export(api, _connectionId=connection["_id"], sampleData=CONTACTS, pageSize=3)
    imported = create_import(api, _connectionId=connection["_id"], mapping=MAPPING, **import_fields)
    return create_flow(api, _exportId=export["_id"], _importId=imported["_id"])


def run(api: TestClient, flow: dict[str, Any]) -> dict[str, Any]:
    response = api.post(f"/v1/flows/{flow['_id']}/run")
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()
    return job


def job(api: TestClient, job_id: str) -> dict[str, Any]:
    found: dict[str, Any] = api.get(f"/v1/jobs/{job_id}").json()
    return found


def children(api: TestClient, flow_job_id: str) -> list[dict[str, Any]]:
    response = api.get("/v1/jobs", params={"_flowJobId": flow_job_id, "type_in": "export,import"})
    found: list[dict[str, Any]] = response.json()
    return sorted(found, key=lambda j: j["oIndex"])


def test_run_answers_a_queued_flow_job(timed: TestClient) -> None:
    flow = simple_flow(timed)
    created = run(timed, flow)
    assert created["status"] == "queued" and created["type"] == "flow"
    assert created["_flowId"] == flow["_id"] and created["createdAt"] == "2027-01-15T08:00:00.000Z"
    assert job(timed, created["_id"]) == created
    assert timed.post("/v1/flows/0123456789abcdef01234567/run").status_code == 404


def test_a_job_moves_queued_running_completed_with_counts_from_the_configuration(
    timed: TestClient, clock: Clock
) -> None:
    flow = simple_flow(timed)
    flow_job = run(timed, flow)
    export_job, import_job = children(timed, flow_job["_id"])
    assert (export_job["type"], import_job["type"]) == ("export", "import")
    assert export_job["_flowJobId"] == import_job["_flowJobId"] == flow_job["_id"]
    assert (export_job["_exportId"], import_job["_importId"]) == (
        flow["_exportId"],
        flow["_importId"],
    )
    assert {export_job["status"], import_job["status"]} == {"queued"}

    clock.advance(0.6)  # running, the export step
    assert job(timed, flow_job["_id"])["status"] == "running"
    assert job(timed, export_job["_id"])["status"] == "running"
    assert job(timed, flow_job["_id"])["startedAt"] == "2027-01-15T08:00:00.500Z"

    clock.advance(1.0)  # the export step ended, the import step runs: counts grow
    running = job(timed, flow_job["_id"])
    assert (running["status"], running["numExport"], running["numSuccess"]) == ("running", 4, 0)
    exported = job(timed, export_job["_id"])
    assert exported["status"] == "completed" and exported["numExport"] == 4
    assert exported["numPagesGenerated"] == 2 and exported["doneExporting"] is True

    clock.advance(1.0)
    done = job(timed, flow_job["_id"])
    assert done["status"] == "completed"
    assert done["endedAt"] == "2027-01-15T08:00:02.500Z"
    # 2 mapped, 1 whose age is no number (error), 1 mapped to nothing (ignored)
    counts = ("numExport", "numSuccess", "numError", "numIgnore")
    assert tuple(done[name] for name in counts) == (4, 2, 1, 1)
    assert done["retriable"] is True
    imported = job(timed, import_job["_id"])
    assert (imported["numSuccess"], imported["numError"], imported["numIgnore"]) == (2, 1, 1)


def test_at_most_one_job_of_a_flow_runs(timed: TestClient, clock: Clock) -> None:
    flow = simple_flow(timed)
    other = simple_flow(timed)
    first, second = run(timed, flow), run(timed, flow)
    elsewhere = run(timed, other)
    clock.advance(1)
    assert job(timed, first["_id"])["status"] == "running"
    assert job(timed, second["_id"])["status"] == "queued"
    assert job(timed, elsewhere["_id"])["status"] == "running"
    third = run(timed, flow)
    statuses = []
    for _ in range(12):
        clock.advance(0.5)
        statuses.append(tuple(job(timed, j["_id"])["status"] for j in (first, second, third)))
        running = [s for s in statuses[-1] if s == "running"]
        assert len(running) <= 1
    assert statuses[-1] == ("completed", "completed", "completed")
    jobs = [job(timed, j["_id"]) for j in (first, second, third)]
    for before, after in itertools.pairwise(jobs):
        assert after["startedAt"] > before["endedAt"]  # never overlapping


def test_an_offline_connection_fails_the_run(timed: TestClient, clock: Clock) -> None:
    connection = create_connection(timed, offline=True)
    export = create_export(timed, sampleData=CONTACTS)
    imported = create_import(timed, _connectionId=connection["_id"])
    after = create_import(timed)
    processors = [
        {"type": "import", "_importId": imported["_id"]},
        {"type": "import", "_importId": after["_id"]},
    ]
    flow = create_flow(
        timed, pageGenerators=[{"_exportId": export["_id"]}], pageProcessors=processors
    )
    flow_job = run(timed, flow)
    clock.advance(10)
    done = job(timed, flow_job["_id"])
    assert done["status"] == "failed"
    assert [c["status"] for c in children(timed, flow_job["_id"])] == [
        "completed",
        "failed",
        "canceled",
    ]
    errors = timed.get(f"/v1/jobs/{flow_job['_id']}/joberrors").json()
    assert [(e["code"], e["oIndex"]) for e in errors] == [("401", 1)]


def test_a_deleted_step_fails_the_run(timed: TestClient, clock: Clock) -> None:
    flow = simple_flow(timed)
    timed.delete(f"/v1/imports/{flow['_importId']}")
    flow_job = run(timed, flow)
    clock.advance(10)
    assert job(timed, flow_job["_id"])["status"] == "failed"
    errors = timed.get(f"/v1/jobs/{flow_job['_id']}/joberrors").json()
    assert [e["code"] for e in errors] == ["invalid_ref"]


def test_job_errors_appear_when_the_step_ends(timed: TestClient, clock: Clock) -> None:
    flow_job = run(timed, simple_flow(timed))
    import_job = children(timed, flow_job["_id"])[1]
    clock.advance(1)
    for job_id in (flow_job["_id"], import_job["_id"]):
        response = timed.get(f"/v1/jobs/{job_id}/joberrors")
        assert response.status_code == 204 and response.content == b""
    clock.advance(2)
    errors = timed.get(f"/v1/jobs/{flow_job['_id']}/joberrors").json()
    assert errors == timed.get(f"/v1/jobs/{import_job['_id']}/joberrors").json()
    (error,) = errors
    assert error["_jobId"] == import_job["_id"]
    assert (error["code"], error["generate"], error["oIndex"]) == ("invalid_data_type", "age", 1)
    assert error["extracted"] == '{"email":"c@x.io","age":"old"}'
    assert timed.get("/v1/jobs/0123456789abcdef01234567/joberrors").status_code == 404


def test_the_error_file_is_served_at_a_signed_url(timed: TestClient, clock: Clock) -> None:
    flow_job = run(timed, simple_flow(timed))
    clock.advance(10)
    signed = timed.get(f"/v1/jobs/{flow_job['_id']}/errorFile/signedURL").json()["signedURL"]
    url = urlsplit(signed)
    assert (url.scheme, url.netloc) == ("http", "testserver")
    path = f"{url.path}?{url.query}"
    anonymous = TestClient(timed.app)
    response = anonymous.get(path)  # no Authorization: the signature is the credential
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    lines = response.text.splitlines()
    assert len(lines) == 1 and '"code":"invalid_data_type"' in lines[0]
    tampered = path.replace(flow_job["_id"], children(timed, flow_job["_id"])[1]["_id"])
    assert anonymous.get(tampered).status_code == 403
    assert anonymous.get(path.replace("signature=", "signature=0")).status_code == 403
    clock.advance(16 * 60)
    expired = anonymous.get(path)
    assert expired.status_code == 403 and only_error(expired)["code"] == "invalid_signature"


def test_a_job_without_errors_has_an_empty_error_file(timed: TestClient, clock: Clock) -> None:
    flow_job = run(timed, create_flow(timed))
    clock.advance(5)
    assert job(timed, flow_job["_id"])["status"] == "completed"
    signed = timed.get(f"/v1/jobs/{flow_job['_id']}/errorFile/signedURL").json()["signedURL"]
    url = urlsplit(signed)
    assert TestClient(timed.app).get(f"{url.path}?{url.query}").text == ""


def test_a_query_must_say_which_jobs(timed: TestClient) -> None:
    flow = simple_flow(timed)
    flow_job = run(timed, flow)
    for params, kind in (
        ({}, "parent"),
        ({"status": "queued"}, "parent"),
        ({"type": "import"}, "child"),
    ):
        response = timed.get("/v1/jobs", params=params)
        assert response.status_code == 400, params
        item = only_error(response)
        assert item["code"] == "invalid_query" and item["message"].startswith(f"For {kind} jobs")
    assert (
        timed.get("/v1/jobs", params={"type": "import", "_flowId": flow["_id"]}).status_code == 400
    )
    assert (
        timed.get("/v1/jobs", params={"type": "import", "_flowJobId": flow_job["_id"]}).status_code
        == 200
    )
    assert timed.get("/v1/jobs", params={"createdAt_gte": "2027-01-01"}).status_code == 200


def test_every_filter_narrows_the_list(timed: TestClient, clock: Clock) -> None:
    integration = timed.post("/v1/integrations", json={"name": "i"}).json()
    flow = simple_flow(timed)
    timed.put(
        f"/v1/flows/{flow['_id']}",
        json={
            **{k: flow[k] for k in ("name", "_exportId", "_importId")},
            "_integrationId": integration["_id"],
        },
    )
    other = create_flow(timed)
    first = run(timed, flow)
    clock.advance(10)
    second = run(timed, other)  # no steps: completes with no errors

    def ids(**params: Any) -> list[str]:
        if "_flowId_in" in params:  # not one of the filters a parent-jobs query needs
            params.setdefault("createdAt_gte", "2027-01-15")
        response = timed.get("/v1/jobs", params=params)
        assert response.status_code in (200, 204), response.text
        return [j["_id"] for j in response.json()] if response.status_code == 200 else []

    export_job, import_job = children(timed, first["_id"])
    assert ids(_flowId=flow["_id"]) == [first["_id"]]
    assert ids(_integrationId=integration["_id"]) == [first["_id"]]
    assert ids(_flowId_in=f"{flow['_id']},{other['_id']}") == [second["_id"], first["_id"]]
    assert ids(_exportId=flow["_exportId"]) == [first["_id"]]  # the flow job that runs it
    assert ids(_exportId=flow["_exportId"], type="export") == [export_job["_id"]]
    assert ids(_importId=flow["_importId"], type_in="import,flow") == [
        import_job["_id"],
        first["_id"],
    ]
    assert ids(_flowJobId=first["_id"], type_in="export,import") == [
        import_job["_id"],
        export_job["_id"],
    ]
    assert ids(_bulkJobId="0123456789abcdef01234567", _flowId=flow["_id"]) == []
    clock.advance(10)
    assert ids(_flowId_in=f"{flow['_id']},{other['_id']}", status="completed") == [
        second["_id"],
        first["_id"],
    ]
    assert ids(_flowId=flow["_id"], status="running") == []
    assert ids(_flowId_in=f"{flow['_id']},{other['_id']}", retriable="true") == [first["_id"]]
    assert ids(_flowId_in=f"{flow['_id']},{other['_id']}", numError_gte=1) == [first["_id"]]
    assert ids(_flowId_in=f"{flow['_id']},{other['_id']}", numError_lte=0) == [second["_id"]]
    assert ids(_flowId=flow["_id"], numSuccess_gte=2, numSuccess_lte=2) == [first["_id"]]
    assert ids(_flowId=flow["_id"], numExport_gte=5) == []
    assert ids(_flowId=flow["_id"], numIgnore_gte=1, numExport_lte=4) == [first["_id"]]
    created = datetime.fromisoformat(second["createdAt"].replace("Z", "+00:00"))
    assert ids(createdAt_gte=second["createdAt"]) == [second["_id"]]
    millis = int(created.timestamp() * 1000)
    assert ids(createdAt_gte=str(millis)) == [second["_id"]]
    assert ids(createdAt_lte=str(millis - 1)) == [first["_id"]]
    assert ids(createdAt_lte=(created - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")) == [
        first["_id"]
    ]
    assert ids(createdAt_gte="2027-01-16") == []
    assert ids(createdAt_lte="2027-01-15", _flowId=flow["_id"]) == [first["_id"]]  # the whole day
    assert (
        timed.get("/v1/jobs", params={"type_in": "flow,nope", "_flowId": flow["_id"]}).status_code
        == 400
    )


def test_jobs_page_newest_first_1001_at_a_time(timed: TestClient) -> None:
    flow = create_flow(timed)
    made = [run(timed, flow)["_id"] for _ in range(1100)]
    first = timed.get("/v1/jobs", params={"_flowId": flow["_id"]}).json()
    assert len(first) == 1001
    assert [j["_id"] for j in first] == made[::-1][:1001]
    last = datetime.fromisoformat(first[-1]["createdAt"].replace("Z", "+00:00"))
    before = (last - timedelta(milliseconds=1)).astimezone(UTC).isoformat(timespec="milliseconds")
    rest = timed.get("/v1/jobs", params={"_flowId": flow["_id"], "createdAt_lte": before}).json()
    assert [j["_id"] for j in first + rest] == made[::-1]  # each job exactly once
    assert len({j["createdAt"] for j in first + rest}) == 1100
