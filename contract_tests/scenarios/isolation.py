"""Accounts are isolated: every operation on another account's resource is 404 `invalid_ref`,
its lists leave the resource out, and nothing the other account sent changed it."""

from __future__ import annotations

from functools import partial

from contract_tests import spec
from contract_tests.scenarios import walk
from contract_tests.scenarios.base import declare, described, error_codes, json_of
from contract_tests.scenarios.fixtures import FUNCTION, STATE_KEY, Fixtures, owner
from contract_tests.scenarios.resources import RESOURCES, Made, Resource, make
from contract_tests.session import Session


def addressing(resource: Resource) -> tuple[spec.Operation, ...]:
    """The operations that act on one existing `resource` (state kept under it aside)."""
    found = []
    for operation in spec.operations():
        parameters = operation.path_parameters
        if "resource_type" in parameters:
            continue
        if resource.parent is not None:
            if "_licenseId" in parameters and operation.path.startswith(
                spec.by_id(resource.create).path
            ):
                found.append(operation)
        elif (
            "_id" in parameters and "_licenseId" not in parameters and owner(operation) is resource
        ):
            found.append(operation)
    return tuple(found)


def path_to(made: Made, operation: spec.Operation) -> dict[str, str]:
    values = dict(made.path)
    for name in operation.path_parameters:
        if name == "function":
            values[name] = FUNCTION
        elif name == "key":
            values[name] = STATE_KEY
        elif name not in values:
            values[name] = made.id
    return values


def other_account_sees_404(s: Session, resource: Resource) -> None:
    second = s.second
    assert second is not None
    made = make(s, resource)
    if made is None:
        return
    fixtures = Fixtures(s)
    for operation in addressing(resource):
        response = s.send(
            operation.operation_id,
            token=second,
            path=path_to(made, operation),
            body=fixtures.body(operation),
        )
        s.expect(
            response.status_code == 404 and "invalid_ref" in error_codes(response),
            f"another account's {resource.name}: expected 404 invalid_ref, got {described(response)}",
            response,
            operation.operation_id,
        )
    response = s.send(resource.get, path=made.path)
    current = json_of(response) or {}
    changed = [
        name
        for name, value in made.document.items()
        if name not in resource.read_only and current.get(name) != value
    ]
    s.expect(
        response.status_code == 200 and not changed,
        f"the owner's {resource.name} changed after the other account's requests: "
        f"{response.status_code}, fields {changed}",
        response,
        resource.get,
    )
    # Under another account's connector a list is itself a 404 (see the connector's scenario).
    if resource.list is not None and resource.parent is None:
        listed = walk.every_id(s, resource.list, made.parent_path, token=second)
        s.expect(
            made.id not in listed.ids,
            f"another account's list shows the owner's {resource.name} {made.id}",
            listed.last,
            resource.list,
        )


for _resource in RESOURCES:
    declare(
        f"other_account_sees_404_{_resource.name}",
        partial(other_account_sees_404, resource=_resource),
        ("accounts.isolated",),
        _resource.crud
        | {op.operation_id for op in addressing(_resource)}
        | ({_resource.list} if _resource.list else set()),
        needs=("second_token", *_resource.all_needs),
    )
