"""Connections beyond CRUD (resources/connections.py): ping, unsaved ping, debug logs,
virtual export (whole and paged), virtual import and import mapping."""

from __future__ import annotations

import hashlib
from typing import Any

from mock_api.calls import Call, document_reply, exists, load, operation
from mock_api.dataflow.mapping import MappingError, map_record
from mock_api.dataflow.records import page_size_of, pages, records_of
from mock_api.debuglog import log_request
from mock_api.documents import object_id
from mock_api.errors import not_found, unprocessable
from mock_api.responses import Reply, text_reply
from mock_api.storage import dumps

# What the application answers a connection that is `offline` (a failing login).
OFFLINE_STATUS = 401
OFFLINE_MESSAGE = (
    "The application refused the connection's credentials (the connection is offline)."
)


def offline(connection: dict[str, Any]) -> bool:
    return connection.get("offline") is True


def ping_result(connection: dict[str, Any]) -> dict[str, Any]:
    """`{"code": 200}` for a working connection; the error envelope, with the application's
    status as an integer `code`, for one that is offline."""
    if offline(connection):
        return {
            "errors": [
                {"code": OFFLINE_STATUS, "message": OFFLINE_MESSAGE, "source": "application"}
            ]
        }
    return {"code": 200}


def reachable(call: Call) -> dict[str, Any]:
    """The connection of the path, if the application can be reached through it: 404 for a
    connection the account does not have, 422 `connection_offline` for one that is offline."""
    connection = load(call, "connections", call.params["_id"])
    if offline(connection):
        raise unprocessable("connection_offline", OFFLINE_MESSAGE, "_connectionId")
    return connection


@operation("pingConnection")
def ping(call: Call) -> Reply:
    connection = load(call, "connections", call.params["_id"])
    result = ping_result(connection)
    log_request(call, connection, "GET ping", "200" if "code" in result else str(OFFLINE_STATUS))
    return document_reply(200, result)


@operation("pingUnsavedConnection")
def ping_unsaved(call: Call) -> Reply:
    return document_reply(200, ping_result(call.body))


def _now_ms(call: Call) -> int:
    return round(call.world.clock() * 1000)


def _log_text(lines: list[str]) -> Reply:
    return text_reply(200, "".join(f"{line}\n" for line in lines))


@operation("getConnectionDebugLogs")
def debug_logs(call: Call) -> Reply:
    connection_id = call.params["_id"]
    load(call, "connections", connection_id)
    return _log_text(call.store.log_lines(call.owner, connection_id, None, _now_ms(call)))


@operation("getConnectionResourceDebugLogs")
def resource_debug_logs(call: Call) -> Reply:
    connection_id, resource_id = call.params["_id"], call.params["_resourceId"]
    load(call, "connections", connection_id)
    if not any(
        call.store.exists(table, call.owner, resource_id) for table in ("exports", "imports")
    ):
        raise not_found()
    return _log_text(call.store.log_lines(call.owner, connection_id, resource_id, _now_ms(call)))


@operation("virtualExport", found=exists("connections"))
def virtual_export(call: Call) -> Reply:
    connection = reachable(call)
    records = records_of(call.body["export"])
    log_request(call, connection, f"POST virtual export: {len(records)} record(s)", "200")
    return document_reply(200, {"data": records, "dataURIs": [None] * len(records)})


def _search_id(connection_id: str, export: dict[str, Any]) -> str:
    """Names the export being paged through: a state belongs to one export model."""
    return hashlib.sha256(dumps([connection_id, export]).encode()).hexdigest()[:32]


def _invalid_state(reason: str) -> Exception:
    return unprocessable(
        "invalid_paged_export_state",
        f"pagedExportState must be sent back exactly as it was answered, with the same "
        f"export: {reason}.",
        "pagedExportState",
    )


@operation("virtualExportPage", found=exists("connections"))
def virtual_export_page(call: Call) -> Reply:
    connection = reachable(call)
    export: dict[str, Any] = call.body["export"]
    records = records_of(export)
    size = page_size_of(export)
    search_id = _search_id(connection["_id"], export)
    index = _page_index(call, call.body.get("pagedExportState"), search_id, size, len(records))
    page = records[index * size : (index + 1) * size]
    total_pages = pages(len(records), size)
    state: dict[str, Any] = {
        "searchId": search_id,
        "pageIndex": index + 1,
        "pageSize": size,
        "totalPages": total_pages,
        "totalRecords": len(records),
        "done": index + 1 >= total_pages,
        "issuedAt": int(call.world.clock()),
    }
    state["sig"] = call.world.signer.sign(state)
    log_request(call, connection, f"POST virtual export page {index}: {len(page)} record(s)", "200")
    return document_reply(
        200, {"data": page, "dataURIs": [None] * len(page), "pagedExportState": state}
    )


def _page_index(call: Call, state: Any, search_id: str, size: int, total: int) -> int:
    """The page a state asks for (the first without one); 422 if it was altered."""
    if state is None:
        return 0
    fields = {key: value for key, value in state.items() if key != "sig"}
    if not call.world.signer.verify(fields, state.get("sig")):
        raise _invalid_state("its signature does not match")
    if fields.get("searchId") != search_id:
        raise _invalid_state("it belongs to another export")
    if fields.get("pageSize") != size or fields.get("totalRecords") != total:
        raise _invalid_state("the export's page size or records changed")
    index = fields.get("pageIndex")
    return index if isinstance(index, int) else 0


def _mapped(
    record: dict[str, Any], mapping: Any
) -> tuple[dict[str, Any] | None, MappingError | None]:
    try:
        return map_record(record, mapping), None
    except MappingError as error:
        return None, error


@operation("virtualImport", found=exists("connections"))
def virtual_import(call: Call) -> Reply:
    connection = load(call, "connections", call.params["_id"])
    mapping = call.body["import"].get("mapping")
    results: list[dict[str, Any]] = []
    for record in call.body["data"]:
        if offline(connection):
            results.append(
                {
                    "statusCode": OFFLINE_STATUS,
                    "errors": [
                        {
                            "code": OFFLINE_STATUS,
                            "message": OFFLINE_MESSAGE,
                            "source": "application",
                        }
                    ],
                }
            )
            continue
        mapped, error = _mapped(record, mapping)
        if error is not None:
            results.append({"statusCode": 422, "errors": [error.as_error()]})
            continue
        record_id = object_id()
        results.append(
            {"statusCode": 200, "id": record_id, "_json": {**(mapped or {}), "_id": record_id}}
        )
    outcome = str(OFFLINE_STATUS) if offline(connection) else "200"
    log_request(call, connection, f"POST virtual import: {len(results)} record(s)", outcome)
    return document_reply(200, dumps(results))


@operation("virtualImportMap", found=exists("connections"))
def virtual_import_map(call: Call) -> Reply:
    connection = load(call, "connections", call.params["_id"])
    mapping = call.body["import"].get("mapping")
    answers: list[dict[str, Any]] = []
    for record in call.body["data"]:
        mapped, error = _mapped(record, mapping)
        answers.append({"errors": [error.as_error()]} if error is not None else mapped or {})
    log_request(call, connection, f"POST import mapping: {len(answers)} record(s)", "200")
    return document_reply(200, dumps(answers))
