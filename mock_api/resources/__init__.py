"""Every resource the engine serves, declared once (one module each, rules beside them)."""

from mock_api.engine.resource import Resource
from mock_api.resources.connections import CONNECTIONS
from mock_api.resources.connectors import CONNECTORS
from mock_api.resources.exports import EXPORTS
from mock_api.resources.flows import FLOWS
from mock_api.resources.iclients import ICLIENTS
from mock_api.resources.imports import IMPORTS
from mock_api.resources.integrations import INTEGRATIONS
from mock_api.resources.licenses import LICENSES
from mock_api.resources.templates import TEMPLATES

RESOURCES: tuple[Resource, ...] = (
    CONNECTORS,
    LICENSES,
    INTEGRATIONS,
    CONNECTIONS,
    EXPORTS,
    IMPORTS,
    FLOWS,
    ICLIENTS,
    TEMPLATES,
)
BY_NAME: dict[str, Resource] = {resource.name: resource for resource in RESOURCES}

__all__ = ["BY_NAME", "RESOURCES"]
