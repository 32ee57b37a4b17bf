"""iClients: an OAuth application's credentials; its secrets read back as `******`."""

from __future__ import annotations

from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Resource

ICLIENTS = serve(
    Resource(
        name="iclients",
        schema="IClient",
        operations=Operations(
            list="listIClients",
            create="createIClient",
            get="getIClientById",
            update="updateIClient",
            delete="deleteIClient",
        ),
    )
)
