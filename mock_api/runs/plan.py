"""What a run of a flow produces, decided when the run is asked for.

The flow's steps: its page generators (or its `_exportId`), then its page processors (or
its `_importId`, as an import step). The records are every generator's export's
`sampleData`, one after the other. Each processor takes the records still going:

- an export step (a lookup) passes each of them on, counted as a success;
- an import step applies the import's `mapping` to each (dataflow/mapping.py): a record the
  mapping turns into nothing (`{}`) is ignored, one it cannot map is an error (a job error
  with the mapping's code) and goes no further unless the step has `proceedOnFailure`, the
  others succeed; all of them go on to the next step as they were.

A step whose export or import no longer exists, or whose connection does not exist or is
`offline`, fails: its job error says why, the steps after it are `canceled`, and the flow
job `failed`. Otherwise the flow job `completed` (with `numError` > 0 if records failed:
then it is `retriable`).

Time: the flow job waits `queued` a quarter of `job_seconds` after it was asked for, or
until one millisecond after the flow's previous job ended if that is later (so two jobs
of a flow never overlap); it then runs `job_seconds`, its steps one after the other in
equal slots, each child job `running` during its slot. A failed step ends the flow job at
the end of its slot.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mock_api.calls import Call
from mock_api.dataflow.mapping import MappingError, map_record
from mock_api.dataflow.records import page_size_of, pages, records_of
from mock_api.debuglog import log_request
from mock_api.documents import object_id, stamp

COUNTS = (
    "numExport",
    "numSuccess",
    "numError",
    "numIgnore",
    "numPagesGenerated",
    "numPagesProcessed",
)


@dataclass(slots=True)
class Step:
    kind: str  # "export" or "import"
    resource_id: str | None
    generator: bool
    index: int  # oIndex: position among the flow's steps
    proceed_on_failure: bool = False


@dataclass(slots=True)
class Outcome:
    """What one step did: counts, job errors, or the reason it failed."""

    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    failure: dict[str, Any] | None = None


def steps_of(flow: dict[str, Any]) -> list[Step]:
    steps: list[Step] = []
    generators = flow.get("pageGenerators")
    if isinstance(generators, list) and generators:
        ids = [g.get("_exportId") for g in generators if isinstance(g, dict)]
    else:
        ids = [flow["_exportId"]] if isinstance(flow.get("_exportId"), str) else []
    for export_id in ids:
        steps.append(Step("export", export_id, True, len(steps)))
    processors = flow.get("pageProcessors")
    if isinstance(processors, list) and processors:
        for processor in processors:
            if not isinstance(processor, dict):
                continue
            kind = "import" if processor.get("type") == "import" else "export"
            resource_id = processor.get("_importId" if kind == "import" else "_exportId")
            steps.append(
                Step(
                    kind, resource_id, False, len(steps), processor.get("proceedOnFailure") is True
                )
            )
    elif isinstance(flow.get("_importId"), str):
        steps.append(Step("import", flow["_importId"], False, len(steps)))
    return steps


class Run:
    """Plans one run of a flow and stores its flow job and child jobs."""

    def __init__(self, call: Call, flow: dict[str, Any]) -> None:
        self.call = call
        self.flow = flow
        self.world = call.world
        self.created = self.world.job_time()
        self.flow_job_id = object_id()

    def start(self) -> dict[str, Any]:
        """Store the jobs; return the flow job's plan."""
        steps = steps_of(self.flow)
        seconds = self.world.job_seconds
        queued_until = self.created + round(seconds * 250)
        previous = self.call.store.last_flow_job(self.call.owner, self.flow["_id"])
        if previous is not None:
            queued_until = max(queued_until, json.loads(previous)["endsAt"] + 1)
        slot = round(seconds * 1000 / len(steps)) if steps else 0
        children: list[dict[str, Any]] = []
        records: list[dict[str, Any]] = []
        generated_pages = 0
        failed_at: int | None = None
        for number, step in enumerate(steps):
            starts = queued_until + number * slot
            ends = (
                queued_until + (number + 1) * slot
                if number < len(steps) - 1
                else queued_until + round(seconds * 1000)
            )
            if failed_at is not None:
                children.append(self._child(step, failed_at, failed_at, "canceled", Outcome()))
                continue
            outcome = self._run_step(step, records, generated_pages, starts)
            if step.generator:
                generated_pages += outcome.counts.get("numPagesGenerated", 0)
            status = "failed" if outcome.failure is not None else "completed"
            children.append(self._child(step, starts, ends, status, outcome))
            if outcome.failure is not None:
                failed_at = ends
        ends_at = failed_at if failed_at is not None else queued_until + round(seconds * 1000)
        totals = {name: 0 for name in COUNTS}
        for child in children:
            counts = child["counts"]
            if child["job"]["type"] == "import":
                for name in ("numSuccess", "numError", "numIgnore", "numPagesProcessed"):
                    totals[name] += counts.get(name, 0)
            elif child["generator"]:
                totals["numExport"] += counts.get("numExport", 0)
                totals["numPagesGenerated"] += counts.get("numPagesGenerated", 0)
        plan: dict[str, Any] = {
            "job": self._job_fields("flow", self.flow_job_id, self.created),
            "createdAt": self.created,
            "startsAt": queued_until,
            "endsAt": ends_at,
            "status": "failed" if failed_at is not None else "completed",
            "counts": totals,
            "errors": [],
            "children": [
                {
                    "id": c["job"]["_id"],
                    "endsAt": c["endsAt"],
                    "type": c["job"]["type"],
                    "generator": c["generator"],
                    "counts": c["counts"],
                }
                for c in children
            ],
            "exports": sorted(
                {s.resource_id for s in steps if s.kind == "export" and s.resource_id}
            ),
            "imports": sorted(
                {s.resource_id for s in steps if s.kind == "import" and s.resource_id}
            ),
        }
        store = self.call.store
        store.insert_job(
            self.call.owner,
            self.flow_job_id,
            self.created,
            self.flow["_id"],
            None,
            json.dumps(plan),
        )
        for child in children:
            store.insert_job(
                self.call.owner, child["job"]["_id"], child["createdAt"], self.flow["_id"],
                self.flow_job_id, json.dumps(child),
            )  # fmt: skip
        return plan

    def _job_fields(self, kind: str, job_id: str, created: int) -> dict[str, Any]:
        fields: dict[str, Any] = {"_id": job_id, "type": kind, "_flowId": self.flow["_id"]}
        if isinstance(self.flow.get("_integrationId"), str):
            fields["_integrationId"] = self.flow["_integrationId"]
        if kind != "flow":
            fields["_flowJobId"] = self.flow_job_id
        fields["createdAt"] = stamp(created / 1000)
        return fields

    def _child(
        self, step: Step, starts: int, ends: int, status: str, outcome: Outcome
    ) -> dict[str, Any]:
        created = self.world.job_time()
        job_id = object_id()
        job = self._job_fields(step.kind, job_id, created)
        if step.resource_id is not None:
            job["_exportId" if step.kind == "export" else "_importId"] = step.resource_id
        job["oIndex"] = step.index
        errors = [{**error, "_jobId": job_id} for error in outcome.errors]
        if outcome.failure is not None:
            errors.append({**outcome.failure, "_jobId": job_id})
        for error in errors:
            error["_id"] = object_id()
            error["createdAt"] = stamp(ends / 1000)
        return {
            "job": job,
            "createdAt": created,
            "startsAt": starts,
            "endsAt": ends,
            "status": status,
            "counts": outcome.counts,
            "errors": errors,
            "generator": step.generator,
        }

    def _run_step(
        self, step: Step, records: list[dict[str, Any]], generated_pages: int, at: int
    ) -> Outcome:
        table = "exports" if step.kind == "export" else "imports"
        resource = self._load(table, step.resource_id)
        if resource is None:
            return Outcome(
                failure=_failure(step, "invalid_ref", f"The {step.kind} no longer exists.")
            )
        connection_id = resource.get("_connectionId")
        if isinstance(connection_id, str):
            connection = self._load("connections", connection_id)
            if connection is None:
                return Outcome(
                    failure=_failure(step, "invalid_ref", "The step's connection no longer exists.")
                )
            if connection.get("offline") is True:
                log_request(
                    self.call,
                    connection,
                    f"flow job {self.flow_job_id} step {step.index}",
                    "401",
                    resource["_id"],
                    at / 1000,
                )
                return Outcome(
                    failure=_failure(
                        step,
                        "401",
                        "The application refused the connection's credentials (the connection is offline).",
                    )
                )
            log_request(
                self.call,
                connection,
                f"flow job {self.flow_job_id} step {step.index}",
                "200",
                resource["_id"],
                at / 1000,
            )
        if step.kind == "export" and step.generator:
            exported = records_of(resource)
            records.extend(exported)
            return Outcome(
                counts={
                    "numExport": len(exported),
                    "numSuccess": len(exported),
                    "numError": 0,
                    "numIgnore": 0,
                    "numPagesGenerated": pages(len(exported), page_size_of(resource)),
                }
            )
        if step.kind == "export":
            return Outcome(
                counts={
                    "numExport": len(records),
                    "numSuccess": len(records),
                    "numError": 0,
                    "numIgnore": 0,
                }
            )
        return self._import(step, resource, records, generated_pages)

    def _import(
        self,
        step: Step,
        resource: dict[str, Any],
        records: list[dict[str, Any]],
        generated_pages: int,
    ) -> Outcome:
        outcome = Outcome(
            counts={
                "numSuccess": 0,
                "numError": 0,
                "numIgnore": 0,
                "numPagesProcessed": generated_pages,
            }
        )
        going: list[dict[str, Any]] = []
        for record in records:
            try:
                mapped = map_record(record, resource.get("mapping"))
            except MappingError as error:
                outcome.counts["numError"] += 1
                outcome.errors.append(_record_error(step, error, record))
                if step.proceed_on_failure:
                    going.append(record)
                continue
            outcome.counts["numIgnore" if mapped == {} else "numSuccess"] += 1
            going.append(record)
        records[:] = going
        return outcome

    def _load(self, table: str, doc_id: str | None) -> dict[str, Any] | None:
        if doc_id is None:
            return None
        raw = self.call.store.get(table, self.call.owner, doc_id)
        return None if raw is None else dict(json.loads(raw))


def _failure(step: Step, code: str, message: str) -> dict[str, Any]:
    return {
        "code": code,
        "message": message,
        "source": "integrator.io" if code == "invalid_ref" else "application",
        "oIndex": step.index,
        "resolve": False,
        "retry": False,
    }


def _record_error(step: Step, error: MappingError, record: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "code": error.code,
        "message": error.message,
        "source": "integrator.io",
        "oIndex": step.index,
        "resolve": False,
        "retry": True,
        "extracted": json.dumps(record, separators=(",", ":"))[:1000],
    }
    if error.extract is not None:
        entry["extract"] = error.extract
    if error.generate is not None:
        entry["generate"] = error.generate
    return entry
