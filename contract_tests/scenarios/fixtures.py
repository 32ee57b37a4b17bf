"""Path values and bodies for any operation, backed by resources made on demand: the
scenarios that go over every operation send requests whose only fault is the one they test."""

from __future__ import annotations

from typing import Any

from contract_tests import spec
from contract_tests.scenarios import bodies
from contract_tests.scenarios.base import UNKNOWN_ID
from contract_tests.scenarios.resources import (
    CONNECTOR,
    LICENSE,
    RESOURCES,
    Made,
    Resource,
    adopt,
    make,
)
from contract_tests.session import Session

# The one path where `_id` is not the collection's own: installing takes the connector's id.
ID_OWNER_EXCEPTIONS = {"installConnectorIntegration": CONNECTOR}
STATE_KEY = "contract-key"
FUNCTION = "contractFunction"


def harmless(operation: spec.Operation) -> bool:
    """Sent with unknown ids, the operation cannot change anything: a read, or a write to an
    id that does not exist."""
    ids = [name for name in operation.path_parameters if name.startswith("_")]
    return operation.method == "get" or bool(ids)


def required_filters(operation: spec.Operation) -> dict[str, str]:
    """Query values an operation needs by a documented rule: the jobs list needs a filter."""
    return {"_flowId": UNKNOWN_ID} if operation.operation_id == "listJobs" else {}


def owner(operation: spec.Operation) -> Resource | None:
    """The resource whose id the operation's `_id` names."""
    if operation.operation_id in ID_OWNER_EXCEPTIONS:
        return ID_OWNER_EXCEPTIONS[operation.operation_id]
    best: Resource | None = None
    for resource in RESOURCES:
        if resource.parent is not None:
            continue
        collection = spec.by_id(resource.create).path
        if operation.path.startswith(collection + "/") and (
            best is None or len(collection) > len(spec.by_id(best.create).path)
        ):
            best = resource
    return best


class Fixtures:
    def __init__(self, s: Session) -> None:
        self.s = s
        self._made: dict[str, Made | None] = {}

    def made(self, resource: Resource) -> Made | None:
        if resource.name not in self._made:
            needs_email = "registered_email" in resource.all_needs
            if needs_email and self.s.target.settings.registered_email is None:
                self._made[resource.name] = None
            else:
                # A child lives under the parent the other path values name.
                parent = self.made(resource.parent) if resource.parent is not None else None
                missing = resource.parent is not None and parent is None
                self._made[resource.name] = (
                    None if missing else make(self.s, resource, parent=parent)
                )
        return self._made[resource.name]

    def path(
        self, operation: spec.Operation, *, unknown: frozenset[str] = frozenset()
    ) -> dict[str, str]:
        """Values for the path: ids of made resources, except the parameters in `unknown`."""
        values: dict[str, str] = {}
        for name in operation.path_parameters:
            if name in unknown:
                values[name] = UNKNOWN_ID
            elif name == "_id":
                resource = owner(operation)
                made = self.made(resource) if resource is not None else None
                values[name] = made.id if made is not None else UNKNOWN_ID
            elif name == "_licenseId":
                made = self.made(LICENSE)
                values[name] = made.id if made is not None else UNKNOWN_ID
            elif name == "resource_type":
                values[name] = "integrations"
            elif name == "key":
                values[name] = STATE_KEY
            elif name == "function":
                values[name] = FUNCTION
            else:
                values[name] = UNKNOWN_ID
        return values

    def body(self, operation: spec.Operation) -> Any:
        """A body the operation accepts, so that the answer turns on what the scenario tests."""
        if operation.operation_id == LICENSE.create and self.s.target.settings.registered_email:
            return LICENSE.body(self.s)
        for resource in RESOURCES:
            if operation.operation_id in (resource.create, resource.update):
                return resource.body(self.s)
        return bodies.valid_body(operation)

    def adopt(self, operation: spec.Operation, response: Any) -> None:
        """Delete again what a create or clone that should have been refused made anyway."""
        for resource in RESOURCES:
            if operation.operation_id in (resource.create, resource.clone):
                parent = self.made(resource.parent) if resource.parent is not None else None
                adopt(self.s, resource, response, parent)
