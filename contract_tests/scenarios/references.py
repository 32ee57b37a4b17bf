"""A reference to a resource the account does not have is 422 `invalid_ref` naming the field."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from contract_tests.scenarios.base import UNKNOWN_ID, declare, described, error_codes, error_fields
from contract_tests.scenarios.resources import (
    CONNECTION,
    EXPORT,
    FLOW,
    IMPORT,
    Resource,
    adopt,
    make,
)
from contract_tests.session import Session

# Per resource: (field named in the error, the fields that refer to something unknown).
REFERENCES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "connection": [
        ("_iClientId", {"_iClientId": UNKNOWN_ID}),
        ("_integrationId", {"_integrationId": UNKNOWN_ID}),
    ],
    "export": [
        ("_connectionId", {"_connectionId": UNKNOWN_ID}),
        ("_integrationId", {"_integrationId": UNKNOWN_ID}),
    ],
    "import": [
        ("_connectionId", {"_connectionId": UNKNOWN_ID}),
        ("_integrationId", {"_integrationId": UNKNOWN_ID}),
    ],
    "flow": [
        ("_exportId", {"_exportId": UNKNOWN_ID}),
        ("_importId", {"_importId": UNKNOWN_ID}),
        ("_integrationId", {"_integrationId": UNKNOWN_ID}),
        ("pageGenerators", {"pageGenerators": [{"_exportId": UNKNOWN_ID}]}),
        ("pageProcessors", {"pageProcessors": [{"type": "import", "_importId": UNKNOWN_ID}]}),
    ],
}


def _names(fields: list[Any], reference: str) -> bool:
    """Some field of the error is the reference or lies under it (`pageGenerators.0._exportId`)."""
    return any(
        isinstance(field, str) and re.match(rf"^{re.escape(reference)}($|[.\[/])", field)
        for field in fields
    )


def unknown_reference_is_422(s: Session, resource: Resource) -> None:
    for reference, fields in REFERENCES[resource.name]:
        response = s.send(resource.create, body={**resource.body(s), **fields})
        adopt(s, resource, response)
        s.expect(
            response.status_code == 422
            and "invalid_ref" in error_codes(response)
            and _names(error_fields(response), reference),
            f"create referring to an unknown {reference}: expected 422 invalid_ref naming it, "
            f"got {described(response)} fields {error_fields(response)}",
            response,
            resource.create,
        )
    made = make(s, resource)
    if made is None or resource.update is None:
        return
    reference, fields = REFERENCES[resource.name][0]
    response = s.send(resource.update, path=made.path, body={**made.update_body, **fields})
    s.expect(
        response.status_code == 422 and "invalid_ref" in error_codes(response),
        f"update referring to an unknown {reference}: expected 422 invalid_ref, got {described(response)}",
        response,
        resource.update,
    )


for _resource in (CONNECTION, EXPORT, IMPORT, FLOW):
    declare(
        f"unknown_reference_is_422_{_resource.name}",
        partial(unknown_reference_is_422, resource=_resource),
        ("refs.must-exist",),
        _resource.crud | {_resource.update or ""},
    )
