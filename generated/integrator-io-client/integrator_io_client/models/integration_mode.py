# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from enum import StrEnum


class IntegrationMode(StrEnum):
    INSTALL = "install"
    SETTINGS = "settings"
    UNINSTALL = "uninstall"

    def __str__(self) -> str:
        return str(self.value)
