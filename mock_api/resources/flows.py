"""Flows: every export and import they name must exist in the account; runs make jobs
(handlers/flows.py, runs/)."""

from __future__ import annotations

from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Reference, Resource, Write
from mock_api.errors import ApiError, ErrorItem
from mock_api.resources.common import drops_its_state

STEP_FIELD = {"export": "_exportId", "import": "_importId"}


def every_processor_names_its_step(write: Write) -> None:
    """A page processor of type `export` names an `_exportId`, one of type `import` an
    `_importId` (422 `missing_required_field` otherwise)."""
    processors = write.document.get("pageProcessors")
    if not isinstance(processors, list):
        return
    problems = []
    for index, processor in enumerate(processors):
        if not isinstance(processor, dict):
            continue
        needed = STEP_FIELD.get(str(processor.get("type")))
        if needed is not None and needed not in processor:
            field = f"pageProcessors.{index}.{needed}"
            problems.append(
                ErrorItem(
                    "missing_required_field",
                    f"{field} is required for a step of type {processor['type']}.",
                    field,
                )
            )
    if problems:
        raise ApiError(422, problems)


FLOWS = serve(
    Resource(
        name="flows",
        schema="Flow",
        operations=Operations(
            list="listFlows",
            create="createFlow",
            get="getFlowById",
            update="updateFlow",
            delete="deleteFlow",
            clone="cloneFlow",
        ),
        references=(
            Reference("_integrationId", "integrations"),
            Reference("_exportId", "exports"),
            Reference("_importId", "imports"),
            Reference("pageGenerators.*._exportId", "exports"),
            Reference("pageProcessors.*._exportId", "exports"),
            Reference("pageProcessors.*._importId", "imports"),
        ),
        checks=(every_processor_names_its_step,),
        after_delete=(drops_its_state("flows"),),
    )
)
