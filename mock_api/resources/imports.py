"""Imports: system-generated `apiIdentifier`; `mapping` decides what a run imports."""

from __future__ import annotations

from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Reference, Resource
from mock_api.resources.common import api_identifier, drops_its_state

IMPORTS = serve(
    Resource(
        name="imports",
        schema="Import",
        operations=Operations(
            list="listImports",
            create="createImport",
            get="getImportById",
            update="updateImport",
            delete="deleteImport",
            clone="cloneImport",
        ),
        references=(
            Reference("_connectionId", "connections"),
            Reference("_integrationId", "integrations"),
        ),
        on_create=(api_identifier("i"),),
        after_delete=(drops_its_state("imports"),),
    )
)
