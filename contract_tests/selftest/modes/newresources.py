"""Broken rules of references, secrets, connections, exports, flows and jobs, and state."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import Any

from contract_tests import spec
from contract_tests.checks.secrets import MASK
from contract_tests.selftest.middleware import Forward, Mode, Reply, Request

REFERENCE_FIELDS = (
    "_connectionId",
    "_exportId",
    "_importId",
    "_integrationId",
    "_iClientId",
    "pageGenerators",
    "pageProcessors",
)
REFERRING = {
    "createConnection", "updateConnection", "createExport", "updateExport",
    "createImport", "updateImport", "createFlow", "updateFlow",
}  # fmt: skip


def _dig(document: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        document = document.get(part) if isinstance(document, dict) else None
    return document


def _put(document: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        child = document.get(part)
        if not isinstance(child, dict):
            return
        document = child
    document[path[-1]] = value


class UnknownReferencesAccepted(Mode):
    rule = "refs.must-exist"
    description = "references to resources the account lacks are accepted"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        body = request.json()
        if request.operation not in REFERRING or not isinstance(body, dict):
            return await forward(request)
        refs = {k: v for k, v in body.items() if k in REFERENCE_FIELDS}
        reply = await forward(request.with_json({k: v for k, v in body.items() if k not in refs}))
        answer = reply.json()
        return reply.with_json({**answer, **refs}) if isinstance(answer, dict) and refs else reply


class SecretsInLists(Mode):
    rule = "secrets.masked"
    description = "lists show the secrets sent when the resource was created or updated"

    def __init__(self, primary_token: str, second_token: str) -> None:
        super().__init__(primary_token, second_token)
        self.secrets: dict[str, dict[tuple[str, ...], Any]] = {}

    def response(self, request: Request, reply: Reply) -> Reply:
        operation = request.operation
        if operation is None:
            return reply
        body, answer = request.json(), reply.json()
        schema = spec.by_id(operation).request_schema()
        if isinstance(body, dict) and isinstance(answer, dict) and "_id" in answer and schema:
            for path in spec.secret_paths(schema):
                if _dig(body, path) not in (None, MASK):
                    self.secrets.setdefault(str(answer["_id"]), {})[path] = _dig(body, path)
        if operation.startswith("list") and isinstance(answer, list):
            for item in answer:
                for path, value in self.secrets.get(str(item.get("_id")), {}).items():
                    _put(item, path, value)
            return reply.with_json(answer)
        return reply


class MaskedSecretErased(Mode):
    rule = "secrets.kept-on-mask"
    description = "a PUT that sends the mask back erases the stored secret"

    def request(self, request: Request) -> Request:
        body = request.json()
        operation = request.operation or ""
        if (
            request.method != "PUT"
            or not operation.startswith("update")
            or not isinstance(body, dict)
        ):
            return request
        for path in spec.secret_paths(spec.by_id(operation).request_schema()):
            parent = _dig(body, path[:-1]) if len(path) > 1 else body
            if isinstance(parent, dict) and parent.get(path[-1]) == MASK:
                del parent[path[-1]]
        return request.with_json(body)


class OfflinePingSucceeds(Mode):
    rule = "connections.ping"
    description = "the ping of an offline connection answers {'code': 200}"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.operation in ("pingConnection", "pingUnsavedConnection") and reply.status == 200:
            return reply.with_json({"code": 200})
        return reply


class OfflineExportAnswers(Mode):
    rule = "connections.offline"
    description = "a virtual export through an offline connection answers the model's records"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = request.json()
        if request.operation != "virtualExport" or reply.status != 422:
            return reply
        if "connection_offline" not in reply.body.decode("utf-8", "replace"):
            return reply
        sample = _dig(body, ("export", "sampleData"))
        records = sample if isinstance(sample, list) else [] if sample is None else [sample]
        return reply.with_json({"data": records, "dataURIs": [None] * len(records)}, status=200)


class OfflineStepCompletes(Mode):
    rule = "connections.offline"
    variant = "flow"
    description = "jobs of a flow through an offline connection end `completed`, not `failed`"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.operation not in ("getJobById", "listJobs"):
            return reply
        body = reply.json()
        jobs = body if isinstance(body, list) else [body]
        changed = False
        for job in jobs:
            if isinstance(job, dict) and job.get("status") in ("failed", "canceled"):
                job["status"] = "completed"
                changed = True
        return reply.with_json(body) if changed else reply


class UnsavedPingStores(Mode):
    rule = "connections.ping-unsaved"
    description = "the unsaved ping stores the connection it tests"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation == "pingUnsavedConnection":
            await forward(replace(request, path="/v1/connections"))
        return await forward(request)


def _drop_last(field: str | None) -> Any:
    def change(body: Any) -> Any:
        if field is None and isinstance(body, list) and body:
            return body[:-1]
        if (
            field is not None
            and isinstance(body, dict)
            and isinstance(body.get(field), list)
            and body[field]
        ):
            return {**body, field: body[field][:-1]}
        return body

    return change


class VirtualExportLosesARecord(Mode):
    rule = "connections.virtual-export"
    description = "a virtual export leaves out the last record"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.operation == "virtualExport" and reply.status == 200:
            return reply.with_json(_drop_last("data")(reply.json()))
        return reply


class PagedExportStateUnchecked(Mode):
    rule = "connections.paged-export"
    description = "an altered pagedExportState is not refused: the export starts over"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        body = request.json()
        if (
            request.operation == "virtualExportPage"
            and reply.status == 422
            and isinstance(body, dict)
        ):
            return await forward(
                request.with_json({k: v for k, v in body.items() if k != "pagedExportState"})
            )
        return reply


class VirtualImportLosesAResult(Mode):
    rule = "connections.virtual-import"
    description = "a virtual import answers one result fewer than the records sent"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.operation == "virtualImport" and reply.status == 200:
            return reply.with_json(_drop_last(None)(reply.json()))
        return reply


class MappingIgnored(Mode):
    rule = "connections.import-map"
    description = "import mapping answers the records as sent"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = request.json()
        if (
            request.operation == "virtualImportMap"
            and reply.status == 200
            and isinstance(body, dict)
        ):
            return reply.with_json(body.get("data"))
        return reply


class DebugLogUnfiltered(Mode):
    rule = "connections.debug-log"
    description = "the debug log of one export or import is the whole connection's log"

    def request(self, request: Request) -> Request:
        if request.operation == "getConnectionResourceDebugLogs":
            return replace(request, path=request.path.rsplit("/", 1)[0])
        return request


class DistributedNotStored(Mode):
    rule = "exports.distributed"
    description = "a PUT of the distributed configuration is answered but not stored"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation == "updateExportDistributed":
            current = await forward(replace(request, method="GET", body=b""))
            return current.with_json(request.json()) if current.status == 200 else current
        return await forward(request)


class RunAnswersRunning(Mode):
    rule = "flows.run-queued"
    description = "a run answers its job as already `running`"

    def response(self, request: Request, reply: Reply) -> Reply:
        job = reply.json()
        if request.operation == "runFlow" and reply.status == 201 and isinstance(job, dict):
            return reply.with_json({**job, "status": "running"})
        return reply


class NoChildJobs(Mode):
    rule = "jobs.progress"
    description = "a flow job lists no child jobs"

    def response(self, request: Request, reply: Reply) -> Reply:
        if request.operation == "listJobs" and "_flowJobId" in request.params:
            return Reply(204)
        return reply


class SecondRunRunsAtOnce(Mode):
    rule = "jobs.one-running-per-flow"
    description = "a run asked for while another job of the flow is unfinished answers `running`"

    def __init__(self, primary_token: str, second_token: str) -> None:
        super().__init__(primary_token, second_token)
        self.last_job: dict[str, str] = {}

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        job = reply.json()
        if request.operation != "runFlow" or reply.status != 201 or not isinstance(job, dict):
            return reply
        flow = request.path.split("/")[3]
        previous = self.last_job.get(flow)
        self.last_job[flow] = str(job["_id"])
        if previous is not None:
            earlier = await forward(
                replace(request, method="GET", path=f"/v1/jobs/{previous}", body=b"")
            )
            if (earlier.json() or {}).get("status") in ("queued", "running"):
                return reply.with_json({**job, "status": "running"})
        return reply


class JobErrorsHidden(Mode):
    rule = "jobs.errors"
    description = "job errors are never readable (always 204)"

    def response(self, request: Request, reply: Reply) -> Reply:
        return Reply(204) if request.operation == "listJobErrors" else reply


class ErrorFileUrlUnsigned(Mode):
    rule = "jobs.errors"
    variant = "file"
    description = "the error file URL answers a URL whose signature the server refuses"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if request.operation == "getJobErrorFileUrl" and isinstance(body, dict):
            url = str(body.get("signedURL", ""))
            return reply.with_json({**body, "signedURL": url.replace("signature=", "signature=0")})
        return reply


class JobsWithoutFilter(Mode):
    rule = "jobs.filter-required"
    description = "the jobs list needs no filter"

    def request(self, request: Request) -> Request:
        if request.operation == "listJobs":
            return request.with_params(
                {**request.params, "createdAt_lte": str(int(time.time() * 1000) + 86_400_000)}
            )
        return request


class FlowFilterIgnored(Mode):
    rule = "jobs.filters"
    description = "the `_flowId` filter of the jobs list is ignored"

    def request(self, request: Request) -> Request:
        params = request.params
        if request.operation == "listJobs" and "_flowId" in params:
            params.pop("_flowId")
            params.setdefault("createdAt_lte", str(int(time.time() * 1000) + 86_400_000))
            return request.with_params(params)
        return request


class JobsOldestFirst(Mode):
    rule = "jobs.paging"
    description = "jobs come oldest first"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if request.operation == "listJobs" and isinstance(body, list):
            return reply.with_json(list(reversed(body)))
        return reply


class ScopedKeysGlobal(Mode):
    rule = "state.scopes"
    description = "a key written under a resource is also written as a global key"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation == "putResourceStateValue":
            key = request.path.rsplit("/", 1)[1]
            await forward(replace(request, path=f"/v1/state/{key}"))
        return await forward(request)


class StateValuesAsText(Mode):
    rule = "state.values"
    description = "state values are stored as their JSON text"

    def request(self, request: Request) -> Request:
        if request.operation in ("putStateValue", "putResourceStateValue") and request.body:
            return replace(
                request, body=json.dumps(request.body.decode("utf-8", "replace")).encode()
            )
        return request


class PutAlwaysOk(Mode):
    rule = "state.put-answer"
    description = "a PUT of a new key answers `OK` instead of `Created`"

    def response(self, request: Request, reply: Reply) -> Reply:
        if (
            request.operation in ("putStateValue", "putResourceStateValue")
            and reply.body == b"Created"
        ):
            return reply.with_body(b"OK", "text/plain; charset=utf-8")
        return reply


class ScopedDeleteIs204(Mode):
    rule = "state.delete-statuses"
    description = "deleting a key under a resource answers 204"

    def response(self, request: Request, reply: Reply) -> Reply:
        if (
            request.operation in ("deleteResourceStateValue", "deleteAllResourceState")
            and reply.status == 200
        ):
            return Reply(204)
        return reply


class StateOfNothing(Mode):
    rule = "state.resource-must-exist"
    description = "state under a resource the account lacks answers as if it were empty"

    def response(self, request: Request, reply: Reply) -> Reply:
        if (
            reply.status != 404
            or "/state" not in request.path
            or request.path.startswith("/v1/state")
        ):
            return reply
        if request.method == "GET" and request.path.endswith("/state"):
            return Reply(204)
        if request.method == "PUT":
            return replace(reply, status=200).with_body(b"Created", "text/plain; charset=utf-8")
        return replace(reply, status=200).with_body(b"OK", "text/plain; charset=utf-8")


MODES = (
    UnknownReferencesAccepted,
    SecretsInLists,
    MaskedSecretErased,
    OfflinePingSucceeds,
    OfflineExportAnswers,
    OfflineStepCompletes,
    UnsavedPingStores,
    VirtualExportLosesARecord,
    PagedExportStateUnchecked,
    VirtualImportLosesAResult,
    MappingIgnored,
    DebugLogUnfiltered,
    DistributedNotStored,
    RunAnswersRunning,
    NoChildJobs,
    SecondRunRunsAtOnce,
    JobErrorsHidden,
    ErrorFileUrlUnsigned,
    JobsWithoutFilter,
    FlowFilterIgnored,
    JobsOldestFirst,
    ScopedKeysGlobal,
    StateValuesAsText,
    PutAlwaysOk,
    ScopedDeleteIs204,
    StateOfNothing,
)
