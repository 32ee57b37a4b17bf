# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
from enum import StrEnum


class JobType(StrEnum):
    BULK_RETRY = "bulk_retry"
    EXPORT = "export"
    FLOW = "flow"
    IMPORT = "import"
    RETRY = "retry"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"
