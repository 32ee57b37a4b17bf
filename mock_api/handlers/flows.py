"""Running a flow (CRUD and clone: resources/flows.py)."""

from __future__ import annotations

from mock_api.calls import Call, document_reply, load, operation
from mock_api.documents import stamp
from mock_api.responses import Reply
from mock_api.runs.plan import Run
from mock_api.runs.view import job_at


@operation("runFlow")
def run_flow(call: Call) -> Reply:
    """201 with the new flow job, `queued`; runs/plan.py says what it will do."""
    with call.store.transaction():
        flow = load(call, "flows", call.params["_id"])
        run = Run(call, flow)
        plan = run.start()
        # Starting a job is not a change of the flow's settings: lastModified stays.
        call.store.set_field(
            "flows", call.owner, flow["_id"], "lastExecutedAt", stamp(run.created / 1000)
        )
    return document_reply(201, job_at(plan, None))
