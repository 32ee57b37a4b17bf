"""What the spec's links promise for every resource: what was created reads back as created,
an update is visible to the next read and list, and what was deleted is gone."""

from __future__ import annotations

from functools import partial

from contract_tests.scenarios import walk
from contract_tests.scenarios.base import declare, described, json_of
from contract_tests.scenarios.resources import RESOURCES, Resource, make
from contract_tests.session import Session


def crud_round_trip(s: Session, resource: Resource) -> None:
    made = make(s, resource)
    if made is None:
        return
    response = s.send(resource.get, path=made.path)
    s.expect(
        response.status_code == 200 and json_of(response) == made.document,
        f"a created {resource.name} reads back as the create answered it, got {described(response)}",
        response,
        resource.get,
    )
    if resource.update is not None and resource.erasable is not None:
        field, value = resource.erasable
        response = s.send(resource.update, path=made.path, body={**made.update_body, field: value})
        answer = json_of(response)
        again = s.send(resource.get, path=made.path)
        s.expect(
            response.status_code == 200
            and json_of(again) == answer
            and (answer or {}).get(field) == value,
            f"an update is what the next read answers: {described(response)}, then {described(again)}",
            again,
            resource.get,
        )
    if resource.list is not None:
        listed = walk.every_id(s, resource.list, made.parent_path)
        s.expect(
            made.id in listed.ids,
            f"a created {resource.name} is listed",
            listed.last,
            resource.list,
        )
    response = s.send(resource.delete, path=made.path)
    s.expect(
        response.status_code == 204,
        f"delete: expected 204, got {described(response)}",
        response,
        resource.delete,
    )
    response = s.send(resource.get, path=made.path)
    s.expect(
        response.status_code == 404,
        f"a deleted {resource.name}: expected 404, got {described(response)}",
        response,
        resource.get,
    )
    if resource.list is not None:
        listed = walk.every_id(s, resource.list, made.parent_path)
        s.expect(
            made.id not in listed.ids,
            f"a deleted {resource.name} is still listed",
            listed.last,
            resource.list,
        )


for _resource in RESOURCES:
    declare(
        f"crud_round_trip_{_resource.name}",
        partial(crud_round_trip, resource=_resource),
        ("openapi.links",),
        _resource.crud | {op for op in (_resource.update, _resource.list) if op},
        needs=_resource.all_needs,
    )
