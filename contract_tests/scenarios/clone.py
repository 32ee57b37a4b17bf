"""Clone: 201 with a new `_id`, the same settings and a new `createdAt`; the source unchanged."""

from __future__ import annotations

import time
from functools import partial
from typing import Any

from contract_tests.formats import is_object_id
from contract_tests.scenarios.base import declare, described, json_of, unique
from contract_tests.scenarios.resources import RESOURCES, Resource, make
from contract_tests.session import Session

# Settings to copy, beyond the declared body, per resource.
SETTINGS: dict[str, dict[str, Any]] = {
    "integration": {"settings": {"region": "eu", "batch": 50}, "version": "1.2.3"},
    "export": {"sampleData": [{"id": 1}, {"id": 2}], "pageSize": 10},
    "import": {"mapping": {"fields": [{"extract": "id", "generate": "externalId"}]}},
    "flow": {"disabled": True, "timezone": "Europe/Paris"},
}
# Fields a copy is documented to have of its own.
OWN = frozenset({"_id", "name", "createdAt", "lastModified", "apiIdentifier", "updateInProgress"})


def clone_copies(s: Session, resource: Resource) -> None:
    assert resource.clone is not None
    made = make(s, resource, **SETTINGS.get(resource.name, {}))
    if made is None:
        return
    source = json_of(s.send(resource.get, path=made.path)) or {}
    time.sleep(0.01)
    name = unique(f"{resource.name} copy")
    response = s.send(resource.clone, path=made.path, body={"name": name})
    copy = json_of(response)
    if not s.expect(
        response.status_code == 201 and isinstance(copy, dict) and "_id" in copy,
        f"clone: expected 201 with the copy, got {described(response)}",
        response,
        resource.clone,
    ):
        return
    assert isinstance(copy, dict)
    s.cleanup(resource.delete, {"_id": str(copy["_id"])})
    s.expect(
        is_object_id(copy["_id"]) and copy["_id"] != made.id,
        f"the copy needs a new `_id`, got {copy['_id']!r} (source {made.id})",
        response,
        resource.clone,
    )
    s.expect(
        copy.get("name") == name,
        f"the copy must be named {name!r}, got {copy.get('name')!r}",
        response,
        resource.clone,
    )
    differing = sorted(k for k, v in source.items() if k not in OWN and copy.get(k) != v)
    s.expect(
        not differing,
        f"the copy must have the source's settings; these differ: {differing}",
        response,
        resource.clone,
    )
    if "createdAt" in source:
        s.expect(
            copy.get("createdAt") not in (None, source["createdAt"]),
            f"the copy needs a `createdAt` of its own, got {copy.get('createdAt')!r}",
            response,
            resource.clone,
        )
    response = s.send(resource.get, path={"_id": str(copy["_id"])})
    s.expect(
        json_of(response) == copy,
        "the copy must read back as the clone answered it",
        response,
        resource.get,
    )
    response = s.send(resource.get, path=made.path)
    s.expect(json_of(response) == source, "cloning changed the source", response, resource.get)


for _resource in RESOURCES:
    if _resource.clone is not None:
        declare(
            f"clone_copies_{_resource.name}",
            partial(clone_copies, resource=_resource),
            ("clone.copy",),
            _resource.crud | {_resource.clone},
            needs=_resource.all_needs,
        )
