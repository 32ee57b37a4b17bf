"""Handlers for the spec's operations, registered by operationId in HANDLERS."""

from mock_api.handlers import connectors, integrations, licenses, token_info
from mock_api.handlers.base import HANDLERS, Call, Handler

__all__ = ["HANDLERS", "Call", "Handler", "connectors", "integrations", "licenses", "token_info"]
