"""Exports: system-generated `apiIdentifier`; the distributed configuration goes with them."""

from __future__ import annotations

from mock_api.calls import Call
from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Reference, Resource
from mock_api.resources.common import api_identifier, drops_its_state


def drop_distributed_configuration(call: Call, export_id: str) -> None:
    call.store.delete_distributed(call.owner, export_id)


EXPORTS = serve(
    Resource(
        name="exports",
        schema="Export",
        operations=Operations(
            list="listExports",
            create="createExport",
            get="getExportById",
            update="updateExport",
            delete="deleteExport",
            clone="cloneExport",
        ),
        references=(
            Reference("_connectionId", "connections"),
            Reference("_integrationId", "integrations"),
        ),
        on_create=(api_identifier("e"),),
        after_delete=(drops_its_state("exports"), drop_distributed_configuration),
    )
)
