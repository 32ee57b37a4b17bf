"""The paged lists of the API, declared once: how a scenario fills one with records of its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from contract_tests import spec
from contract_tests.scenarios.base import json_of
from contract_tests.scenarios.resources import CONNECTOR, INTEGRATION, RESOURCES, Resource, make
from contract_tests.session import Session

INSTALLER = "installStore"


@dataclass
class Filled:
    """A list the scenario filled: its path values and the records it made there."""

    path: dict[str, str]
    ids: list[str]


@dataclass(frozen=True)
class Listing:
    name: str
    operation: str
    # What identifies a record of the list.
    key: str
    fill: Callable[[Session, int], Filled | None]
    # What filling it takes (the list operation included).
    operations: frozenset[str]
    needs: tuple[str, ...] = ()
    # True when the list lives under a parent, so a fresh parent has an empty one.
    nested: bool = False

    @property
    def spec(self) -> spec.Operation:
        return spec.by_id(self.operation)


def _fill_with(resource: Resource) -> Callable[[Session, int], Filled | None]:
    def fill(s: Session, count: int) -> Filled | None:
        parent = make(s, resource.parent) if resource.parent is not None else None
        if resource.parent is not None and parent is None:
            return None
        made = [make(s, resource, parent=parent) for _ in range(count)]
        if any(item is None for item in made):
            return None
        path = {"_id": parent.id} if parent is not None else {}
        return Filled(path, [item.id for item in made if item is not None])

    return fill


def installable_connector(s: Session) -> str | None:
    """A connector tied to an integration of the account, with an installer function."""
    source = make(s, INTEGRATION)
    if source is None:
        return None
    connector = make(
        s,
        CONNECTOR,
        _integrationId=source.id,
        installerFunction=INSTALLER,
        uninstallerFunction="uninstallStore",
    )
    return connector.id if connector is not None else None


def install(s: Session, connector_id: str) -> str | None:
    """Install the connector into the account; the new integration's id."""
    response = s.send("installConnectorIntegration", path={"_id": connector_id}, body={})
    installed = json_of(response)
    if not s.expect(
        response.status_code == 200 and isinstance(installed, dict) and "_id" in installed,
        f"install the connector: expected 200 with the integration, got {response.status_code}",
        response,
        "installConnectorIntegration",
    ):
        return None
    s.cleanup(INTEGRATION.delete, {"_id": installed["_id"]})
    return str(installed["_id"])


def _fill_install_base(s: Session, count: int) -> Filled | None:
    connector = installable_connector(s)
    if connector is None:
        return None
    installs = [install(s, connector) for _ in range(count)]
    if any(item is None for item in installs):
        return None
    return Filled({"_id": connector}, [item for item in installs if item is not None])


INSTALL_OPERATIONS = INTEGRATION.crud | CONNECTOR.crud | {"installConnectorIntegration"}

LISTINGS: tuple[Listing, ...] = (
    *(
        Listing(
            name=f"{resource.name}s",
            operation=resource.list,
            key="_id",
            fill=_fill_with(resource),
            operations=resource.crud | {resource.list},
            needs=resource.all_needs,
            nested=resource.parent is not None,
        )
        for resource in RESOURCES
        if resource.list is not None and spec.paging(spec.by_id(resource.list)) == "link"
    ),
    Listing(
        name="install_base",
        operation="getConnectorInstallBase",
        key="_integrationId",
        fill=_fill_install_base,
        operations=INSTALL_OPERATIONS | {"getConnectorInstallBase"},
        nested=True,
    ),
)
