# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from enum import StrEnum


class StateResourceType(StrEnum):
    CONNECTIONS = "connections"
    EXPORTS = "exports"
    FLOWS = "flows"
    IMPORTS = "imports"
    INTEGRATIONS = "integrations"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
