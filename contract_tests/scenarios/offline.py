"""An offline connection fails what goes through it (`connections.offline`): its ping, virtual
exports and imports, and the flow steps that use it; mapping alone calls no application."""

from __future__ import annotations

from typing import Any

from contract_tests.scenarios.base import declare, described, error_codes, json_of
from contract_tests.scenarios.connections import MAPPING, RECORDS
from contract_tests.scenarios.jobs import PIPELINE, child_jobs, follow, pipeline, run
from contract_tests.scenarios.resources import CONNECTION, make
from contract_tests.session import Session

OFFLINE_CODE = "connection_offline"
# The upstream status an offline connection's calls report: the application refuses them.
REFUSED = 401


def _through_offline_connection(s: Session, connection: str) -> None:
    ping = s.send("pingConnection", path={"_id": connection})
    codes = error_codes(ping)
    s.expect(
        ping.status_code == 200 and codes == [REFUSED],
        f"ping of an offline connection: expected 200 with the envelope, code {REFUSED}, got "
        f"{described(ping)} {json_of(ping)}",
        ping,
        "pingConnection",
    )
    for operation in ("virtualExport", "virtualExportPage"):
        response = s.send(
            operation, path={"_id": connection}, body={"export": {"sampleData": RECORDS}}
        )
        s.expect(
            response.status_code == 422 and OFFLINE_CODE in error_codes(response),
            f"an export through an offline connection: expected 422 {OFFLINE_CODE}, got "
            f"{described(response)}",
            response,
            operation,
        )
    body = {"import": {"mapping": MAPPING}, "data": RECORDS}
    imported = s.send("virtualImport", path={"_id": connection}, body=body)
    results = json_of(imported)
    statuses = [r.get("statusCode") for r in results] if isinstance(results, list) else results
    s.expect(
        imported.status_code == 200 and statuses == [REFUSED] * len(RECORDS),
        f"an import through an offline connection: expected one result per record, each "
        f"statusCode {REFUSED}; got {described(imported)} {statuses}",
        imported,
        "virtualImport",
    )
    mapped = s.send("virtualImportMap", path={"_id": connection}, body=body)
    records = json_of(mapped)
    s.expect(
        mapped.status_code == 200 and isinstance(records, list) and len(records) == len(RECORDS),
        f"mapping alone calls no application: expected 200 with {len(RECORDS)} records through "
        f"an offline connection, got {described(mapped)}",
        mapped,
        "virtualImportMap",
    )


def _flow_through_offline_connection(s: Session) -> None:
    made = pipeline(s, offline=True)
    if made is None:
        return
    job = run(s, made.flow)
    if job is None:
        return
    _, final, response = follow(s, str(job["_id"]), made.flow)
    steps: list[dict[str, Any]] = child_jobs(s, str(job["_id"]), "export")
    s.expect(
        final.get("status") == "failed" and [c.get("status") for c in steps] == ["failed"],
        f"a flow whose export uses an offline connection: expected the step and the flow job "
        f"`failed`, got flow job {final.get('status')!r}, export step "
        f"{[c.get('status') for c in steps]}",
        response,
        "getJobById",
    )


def offline_connection_fails_what_goes_through_it(s: Session) -> None:
    connection = make(s, CONNECTION, offline=True)
    if connection is not None:
        _through_offline_connection(s, connection.id)
    _flow_through_offline_connection(s)


declare(
    "offline_connection_fails_what_goes_through_it",
    offline_connection_fails_what_goes_through_it,
    ("connections.offline",),
    PIPELINE
    | {"pingConnection", "virtualExport", "virtualExportPage", "virtualImport", "virtualImportMap"},
)
