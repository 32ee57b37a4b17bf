"""Connections: ping, unsaved ping, debug logs, virtual export (whole and paged), virtual
import and import mapping."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from mock_support import (
    PRIMARY,
    Clock,
    create_connection,
    create_export,
    create_import,
    make_client,
    only_error,
)
from starlette.testclient import TestClient

from mock_api.app import create_app

RECORDS = [{"id": n, "customer": {"email": f"c{n}@example.com"}} for n in range(7)]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(clock: Clock) -> Iterator[TestClient]:
    with make_client(create_app(rate_limit=False, clock=clock), PRIMARY) as client:
        yield client


def test_ping_a_working_and_an_offline_connection(api: TestClient) -> None:
    working = create_connection(api)
    assert api.get(f"/v1/connections/{working['_id']}/ping").json() == {"code": 200}
    offline = create_connection(api, offline=True)
    response = api.get(f"/v1/connections/{offline['_id']}/ping")
    assert response.status_code == 200
    item = only_error(response)
    assert item["code"] == 401 and isinstance(item["code"], int)
    assert api.get("/v1/connections/0123456789abcdef01234567/ping").status_code == 404


def test_unsaved_ping_tests_the_body_and_stores_nothing(api: TestClient) -> None:
    assert api.post("/v1/connections/ping", json={"type": "rest"}).json() == {"code": 200}
    failing = api.post("/v1/connections/ping", json={"type": "rest", "offline": True})
    assert only_error(failing)["code"] == 401
    assert api.get("/v1/connections").status_code == 204
    assert api.post("/v1/connections/ping", json={"name": "no type"}).status_code == 422


def test_debug_log_lines_while_debug_date_is_ahead(timed: TestClient, clock: Clock) -> None:
    logged = create_connection(timed, debugDate="2027-01-15T09:00:00Z")
    quiet = create_connection(timed)
    for connection in (logged, quiet):
        timed.get(f"/v1/connections/{connection['_id']}/ping")
    log = timed.get(f"/v1/connections/{logged['_id']}/debug")
    assert log.headers["content-type"] == "text/plain; charset=utf-8"
    assert log.text == "2027-01-15T08:00:00.000Z - GET ping -> 200\n"
    assert timed.get(f"/v1/connections/{quiet['_id']}/debug").text == ""
    clock.advance(3600)  # debugDate passed: no more logging
    timed.get(f"/v1/connections/{logged['_id']}/ping")
    assert timed.get(f"/v1/connections/{logged['_id']}/debug").text.count("\n") == 1


def test_debug_log_of_one_resource(timed: TestClient) -> None:
    connection = create_connection(timed, debugDate="2099-01-01T00:00:00Z")
    export = create_export(timed, _connectionId=connection["_id"], sampleData=RECORDS[:2])
    other = create_export(timed, _connectionId=connection["_id"])
    imported = create_import(timed, _connectionId=connection["_id"])
    flow = timed.post(
        "/v1/flows", json={"name": "f", "_exportId": export["_id"], "_importId": imported["_id"]}
    ).json()
    timed.post(f"/v1/flows/{flow['_id']}/run")
    base = f"/v1/connections/{connection['_id']}/debug"
    assert timed.get(base).text == ""  # the steps have not run yet
    timed.app.state.world.clock.advance(10)  # type: ignore[attr-defined]
    lines = timed.get(f"{base}/{export['_id']}").text.splitlines()
    assert len(lines) == 1 and export["_id"] in lines[0] and "-> 200" in lines[0]
    assert timed.get(f"{base}/{other['_id']}").text == ""
    assert len(timed.get(base).text.splitlines()) == 2
    assert timed.get(f"{base}/0123456789abcdef01234567").status_code == 404
    assert timed.get("/v1/connections/0123456789abcdef01234567/debug").status_code == 404


def test_virtual_export_answers_the_sample_data(api: TestClient) -> None:
    path = f"/v1/connections/{create_connection(api)['_id']}/export"
    assert api.post(path, json={"export": {"sampleData": RECORDS}}).json() == {
        "data": RECORDS,
        "dataURIs": [None] * 7,
    }
    assert api.post(path, json={"export": {"sampleData": RECORDS[0]}}).json()["data"] == RECORDS[:1]
    assert api.post(path, json={"export": {}}).json() == {"data": [], "dataURIs": []}
    bad = api.post(path, json={"export": {"sampleData": "records"}})
    assert bad.status_code == 422 and only_error(bad)["field"] == "export.sampleData"
    offline = create_connection(api, offline=True)
    refused = api.post(f"/v1/connections/{offline['_id']}/export", json={"export": {}})
    assert refused.status_code == 422 and only_error(refused)["code"] == "connection_offline"


def page_through(api: TestClient, path: str, export: dict[str, Any]) -> list[dict[str, Any]]:
    pages = []
    state = None
    while True:
        body: dict[str, Any] = {"export": export}
        if state is not None:
            body["pagedExportState"] = state
        response = api.post(path, json=body)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        state = response.json()["pagedExportState"]
        if state["done"]:
            return pages


def test_paged_export_pages_with_a_signed_state(api: TestClient) -> None:
    path = f"/v1/connections/{create_connection(api)['_id']}/export/pages"
    export = {"pageSize": 3, "sampleData": RECORDS}
    pages = page_through(api, path, export)
    assert [page["data"] for page in pages] == [RECORDS[0:3], RECORDS[3:6], RECORDS[6:7]]
    states = [page["pagedExportState"] for page in pages]
    assert [s["pageIndex"] for s in states] == [1, 2, 3]
    assert [s["done"] for s in states] == [False, False, True]
    assert {(s["totalPages"], s["totalRecords"], s["pageSize"]) for s in states} == {(3, 7, 3)}
    assert all(len(s["sig"]) == 64 for s in states)


def test_an_altered_state_is_refused(api: TestClient) -> None:
    path = f"/v1/connections/{create_connection(api)['_id']}/export/pages"
    export = {"pageSize": 3, "sampleData": RECORDS}
    state = api.post(path, json={"export": export}).json()["pagedExportState"]
    for altered in (
        {**state, "pageIndex": 0},
        {**state, "sig": "0" * 64},
        {k: v for k, v in state.items() if k != "sig"},
        {**state, "done": True},
    ):
        response = api.post(path, json={"export": export, "pagedExportState": altered})
        assert response.status_code == 422
        assert only_error(response)["code"] == "invalid_paged_export_state"
        assert only_error(response)["field"] == "pagedExportState"
    other_export = {"pageSize": 3, "sampleData": RECORDS[:5]}
    response = api.post(path, json={"export": other_export, "pagedExportState": state})
    assert response.status_code == 422
    other_connection = f"/v1/connections/{create_connection(api)['_id']}/export/pages"
    response = api.post(other_connection, json={"export": export, "pagedExportState": state})
    assert response.status_code == 422


def test_a_state_survives_a_restart_of_a_file_database(tmp_path: Any) -> None:
    db = str(tmp_path / "mock.db")
    first = create_app(db_path=db, rate_limit=False)
    with make_client(first, PRIMARY) as api:
        path = f"/v1/connections/{create_connection(api)['_id']}/export/pages"
        export = {"pageSize": 2, "sampleData": RECORDS}
        state = api.post(path, json={"export": export}).json()["pagedExportState"]
    first.state.store.close()
    second = create_app(db_path=db, rate_limit=False)
    with make_client(second, PRIMARY) as api:
        page = api.post(path, json={"export": export, "pagedExportState": state})
        assert page.status_code == 200 and page.json()["data"] == RECORDS[2:4]
    second.state.store.close()


MAPPING = {
    "fields": [
        {"extract": "customer.email", "generate": "contact.email"},
        {"generate": "source", "hardCodedValue": "mock"},
        {"extract": "id", "generate": "externalId", "dataType": "string"},
    ]
}


def test_virtual_import_answers_one_result_per_record(api: TestClient) -> None:
    path = f"/v1/connections/{create_connection(api)['_id']}/import"
    data = [RECORDS[0], {"id": 9}, RECORDS[1]]
    results = api.post(path, json={"import": {"mapping": MAPPING}, "data": data}).json()
    assert [r["statusCode"] for r in results] == [200, 422, 200]
    first = results[0]
    assert first["_json"] == {
        "contact": {"email": "c0@example.com"},
        "source": "mock",
        "externalId": "0",
        "_id": first["id"],
    }
    assert results[1]["errors"] == [
        {
            "code": "missing_field",
            "message": "The record has no value at 'customer.email' (mapped to 'contact.email').",
            "field": "customer.email",
        }
    ]
    unmapped = api.post(path, json={"import": {}, "data": [{"a": 1}]}).json()
    assert unmapped[0]["_json"] == {"a": 1, "_id": unmapped[0]["id"]}
    offline = create_connection(api, offline=True)
    refused = api.post(
        f"/v1/connections/{offline['_id']}/import", json={"import": {}, "data": [{}, {}]}
    )
    assert [r["statusCode"] for r in refused.json()] == [401, 401]


def test_import_mapping_answers_the_mapped_records(api: TestClient) -> None:
    path = f"/v1/connections/{create_connection(api)['_id']}/import/map"
    answer = api.post(path, json={"import": {"mapping": MAPPING}, "data": [RECORDS[2], {}]}).json()
    assert answer == [
        {"contact": {"email": "c2@example.com"}, "source": "mock", "externalId": "2"},
        {
            "errors": [
                {
                    "code": "missing_field",
                    "message": "The record has no value at 'customer.email' (mapped to 'contact.email').",
                    "field": "customer.email",
                }
            ]
        },
    ]
    assert (
        api.post(
            "/v1/connections/0123456789abcdef01234567/import/map", json={"import": {}, "data": []}
        ).status_code
        == 404
    )
