"""Connections: ping, the unsaved ping, virtual exports and imports, mapping, debug logs."""

from __future__ import annotations

from typing import Any

import httpx

from contract_tests.scenarios import walk
from contract_tests.scenarios.base import declare, described, error_codes, json_of, unique
from contract_tests.scenarios.resources import CONNECTION, EXPORT, IMPORT, make
from contract_tests.session import Session

RECORDS: list[dict[str, Any]] = [
    {"id": 1, "customer": {"name": "Ann"}, "total": 12.5},
    {"id": 2, "customer": {"name": "Bob"}, "total": 7},
    {"id": 3, "customer": {"name": "Cy"}, "total": 0},
    {"id": 4, "customer": {"name": "Di"}, "total": 99.9},
    {"id": 5, "customer": {"name": "Ed"}, "total": 1},
]
MAPPING = {
    "fields": [
        {"extract": "id", "generate": "externalId"},
        {"extract": "customer.name", "generate": "billing.name"},
        {"hardCodedValue": "contract", "generate": "source"},
    ]
}


def _ping_answers(s: Session, response: httpx.Response, healthy: bool, operation_id: str) -> None:
    body = json_of(response)
    if healthy:
        s.expect(
            response.status_code == 200 and body == {"code": 200},
            f"ping of a working connection: expected 200 {{'code': 200}}, got {described(response)} {body}",
            response,
            operation_id,
        )
        return
    codes = error_codes(response)
    s.expect(
        response.status_code == 200
        and bool(codes)
        and all(isinstance(code, int) and not isinstance(code, bool) for code in codes)
        and isinstance(body, dict)
        and body.get("code") != 200,
        f"ping of an offline connection: expected 200 with the error envelope (integer codes), "
        f"got {described(response)} {body}",
        response,
        operation_id,
    )


def ping_reports_connection_health(s: Session) -> None:
    for offline in (False, True):
        made = make(s, CONNECTION, offline=offline)
        if made is not None:
            response = s.send("pingConnection", path=made.path)
            _ping_answers(s, response, not offline, "pingConnection")


def unsaved_ping_stores_nothing(s: Session) -> None:
    for offline in (False, True):
        body = {**CONNECTION.body(s), "name": unique("unsaved connection"), "offline": offline}
        response = s.send("pingUnsavedConnection", body=body)
        _ping_answers(s, response, not offline, "pingUnsavedConnection")
        walked = walk.every_id(s, "listConnections")
        names = [record.get("name") for page in walked.pages for record in page.records]
        s.expect(
            body["name"] not in names,
            f"the unsaved ping stored the connection {body['name']!r}",
            walked.last,
            "listConnections",
        )


def _export(s: Session, connection: str, model: dict[str, Any]) -> httpx.Response:
    return s.send("virtualExport", path={"_id": connection}, body={"export": model})


def virtual_export_answers_sample_data(s: Session) -> None:
    made = make(s, CONNECTION)
    if made is None:
        return
    for sample, expected in ((RECORDS, RECORDS), (RECORDS[0], [RECORDS[0]])):
        response = _export(s, made.id, {"sampleData": sample})
        data = (json_of(response) or {}).get("data")
        s.expect(
            response.status_code == 200 and data == expected,
            f"a virtual export answers the records of its model: expected {expected}, got "
            f"{described(response)} {data}",
            response,
            "virtualExport",
        )


def paged_export_walks_pages(s: Session) -> None:
    made = make(s, CONNECTION)
    if made is None:
        return
    model = {"sampleData": RECORDS, "pageSize": 2}
    collected: list[Any] = []
    state: Any = None
    for index in range(len(RECORDS)):
        body: dict[str, Any] = {"export": model}
        if state is not None:
            body["pagedExportState"] = state
        response = s.send("virtualExportPage", path={"_id": made.id}, body=body)
        page = json_of(response) or {}
        data, state = page.get("data") or [], page.get("pagedExportState") or {}
        s.expect(
            response.status_code == 200 and len(data) <= 2 and isinstance(state, dict),
            f"page {index}: expected 200 with at most pageSize=2 records and a state, got "
            f"{described(response)} {page}",
            response,
            "virtualExportPage",
        )
        collected += data
        if state.get("done") is True:
            break
        tampered = {**state, "pageIndex": int(state.get("pageIndex") or 0) + 5}
        altered = s.send(
            "virtualExportPage",
            path={"_id": made.id},
            body={"export": model, "pagedExportState": tampered},
        )
        s.expect(
            altered.status_code == 422 and "invalid_paged_export_state" in error_codes(altered),
            f"an altered pagedExportState: expected 422 invalid_paged_export_state, got {described(altered)}",
            altered,
            "virtualExportPage",
        )
    s.expect(
        collected == RECORDS and state.get("done") is True,
        f"the pages together are the records, the last one `done`: got {collected}, state {state}",
        response,
        "virtualExportPage",
    )


def virtual_import_answers_each_record(s: Session) -> None:
    made = make(s, CONNECTION)
    if made is None:
        return
    response = s.send(
        "virtualImport",
        path={"_id": made.id},
        body={"import": {"mapping": MAPPING}, "data": RECORDS},
    )
    results = json_of(response)
    s.expect(
        response.status_code == 200
        and isinstance(results, list)
        and len(results) == len(RECORDS)
        and all(isinstance(item, dict) for item in results),
        f"a virtual import answers one result per record ({len(RECORDS)}), got "
        f"{described(response)} {results}",
        response,
        "virtualImport",
    )


def import_map_applies_mapping(s: Session) -> None:
    made = make(s, CONNECTION)
    if made is None:
        return
    response = s.send(
        "virtualImportMap",
        path={"_id": made.id},
        body={"import": {"mapping": MAPPING}, "data": RECORDS},
    )
    mapped = json_of(response)
    expected = [
        {
            "externalId": record["id"],
            "billing": {"name": record["customer"]["name"]},
            "source": "contract",
        }
        for record in RECORDS
    ]
    # Each record must carry what the mapping generates; what else it keeps is not specified.
    applied = (
        isinstance(mapped, list)
        and len(mapped) == len(expected)
        and all(
            isinstance(got, dict) and all(got.get(k) == v for k, v in want.items())
            for got, want in zip(mapped, expected, strict=True)
        )
    )
    s.expect(
        response.status_code == 200 and applied,
        f"import mapping: expected records with {expected[:2]}..., got {described(response)} "
        f"{mapped[:2] if isinstance(mapped, list) else mapped}",
        response,
        "virtualImportMap",
    )


def debug_log_filters_by_resource(s: Session) -> None:
    made = make(s, CONNECTION, debugDate="2099-01-01T00:00:00.000Z")
    if made is None:
        return
    export = make(s, EXPORT, _connectionId=made.id, sampleData=RECORDS)
    target = make(s, IMPORT, _connectionId=made.id)
    if export is None or target is None:
        return
    # Activity through the connection, as a client would cause it.
    _export(s, made.id, {"sampleData": RECORDS})
    whole = s.send("getConnectionDebugLogs", path=made.path)
    s.expect(
        whole.status_code == 200 and whole.headers.get("content-type", "").startswith("text/plain"),
        f"the debug log is text: expected 200 text/plain, got {described(whole)} "
        f"{whole.headers.get('content-type')}",
        whole,
        "getConnectionDebugLogs",
    )
    lines = set(whole.text.splitlines())
    per_resource = {}
    for resource in (export, target):
        response = s.send(
            "getConnectionResourceDebugLogs", path={"_id": made.id, "_resourceId": resource.id}
        )
        own = set(response.text.splitlines()) if response.status_code == 200 else set()
        per_resource[resource.id] = own
        s.expect(
            response.status_code == 200 and own <= lines,
            f"a resource's debug log holds lines of the connection's log only: {described(response)}, "
            f"{len(own - lines)} line(s) not in it",
            response,
            "getConnectionResourceDebugLogs",
        )
    shared = per_resource[export.id] & per_resource[target.id]
    s.expect(
        not shared,
        f"the export's and the import's debug logs share {len(shared)} line(s): the resource id must filter",
        whole,
        "getConnectionResourceDebugLogs",
    )


_CONNECTION = CONNECTION.crud
declare(
    "ping_reports_connection_health",
    ping_reports_connection_health,
    ("connections.ping",),
    _CONNECTION | {"pingConnection"},
)
declare(
    "unsaved_ping_stores_nothing",
    unsaved_ping_stores_nothing,
    ("connections.ping-unsaved",),
    {"pingUnsavedConnection", "listConnections"},
)
declare(
    "virtual_export_answers_sample_data",
    virtual_export_answers_sample_data,
    ("connections.virtual-export",),
    _CONNECTION | {"virtualExport"},
)
declare(
    "paged_export_walks_pages",
    paged_export_walks_pages,
    ("connections.paged-export",),
    _CONNECTION | {"virtualExportPage"},
)
declare(
    "virtual_import_answers_each_record",
    virtual_import_answers_each_record,
    ("connections.virtual-import",),
    _CONNECTION | {"virtualImport"},
)
declare(
    "import_map_applies_mapping",
    import_map_applies_mapping,
    ("connections.import-map",),
    _CONNECTION | {"virtualImportMap"},
)
declare(
    "debug_log_filters_by_resource",
    debug_log_filters_by_resource,
    ("connections.debug-log",),
    _CONNECTION
    | EXPORT.crud
    | IMPORT.crud
    | {"virtualExport", "getConnectionDebugLogs", "getConnectionResourceDebugLogs"},
)
