"""Handlers for the spec's operations, registered by operationId in HANDLERS: the generic
ones of every declared resource (mock_api/resources/) and the other operations here."""

from mock_api import resources
from mock_api.calls import HANDLERS, Call, Handler
from mock_api.handlers import (
    connections,
    connectors,
    exports,
    flows,
    integrations,
    jobs,
    state,
    token_info,
)

__all__ = [
    "HANDLERS",
    "Call",
    "Handler",
    "connections",
    "connectors",
    "exports",
    "flows",
    "integrations",
    "jobs",
    "resources",
    "state",
    "token_info",
]
