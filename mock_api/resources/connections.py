"""Connections: credentials to reach an application. Secrets (`x-secret`) read back as `******`."""

from __future__ import annotations

from mock_api.calls import Call
from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Reference, Resource
from mock_api.resources.common import drops_its_state


def drop_debug_log(call: Call, connection_id: str) -> None:
    call.store.delete_log(call.owner, connection_id)


CONNECTIONS = serve(
    Resource(
        name="connections",
        schema="Connection",
        operations=Operations(
            list="listConnections",
            create="createConnection",
            get="getConnectionById",
            update="updateConnection",
            delete="deleteConnection",
        ),
        references=(
            Reference("_iClientId", "iclients"),
            Reference("_integrationId", "integrations"),
        ),
        after_delete=(drops_its_state("connections"), drop_debug_log),
    )
)
