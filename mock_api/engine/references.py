"""`refs.must-exist`: a field naming a resource the account does not have is 422
`invalid_ref`, with `field` in the notation of validation errors (`pageProcessors.1._importId`)."""

from __future__ import annotations

from typing import Any

from mock_api.engine.resource import Write
from mock_api.errors import ApiError, ErrorItem

SINGULAR = {
    "connections": "connection",
    "exports": "export",
    "imports": "import",
    "flows": "flow",
    "integrations": "integration",
    "iclients": "iClient",
    "connectors": "connector",
    "templates": "template",
}


def values_at(
    document: Any, path: list[str], concrete: tuple[str, ...] = ()
) -> list[tuple[str, Any]]:
    """(dotted concrete path, value) of everything the path (with `*` for array items) reaches."""
    if not path:
        return [(".".join(concrete), document)]
    head, rest = path[0], path[1:]
    if head == "*":
        if not isinstance(document, list):
            return []
        found = []
        for index, item in enumerate(document):
            found += values_at(item, rest, (*concrete, str(index)))
        return found
    if not isinstance(document, dict) or head not in document:
        return []
    return values_at(document[head], rest, (*concrete, head))


def check_references(write: Write) -> None:
    """Every declared reference must name a document of the account; all misses are reported."""
    problems: list[ErrorItem] = []
    call = write.call
    for reference in write.resource.references:
        for field, value in values_at(write.document, reference.field.split(".")):
            if isinstance(value, str) and not call.store.exists(
                reference.target, call.owner, value
            ):
                what = SINGULAR.get(reference.target, reference.target)
                problems.append(
                    ErrorItem(
                        "invalid_ref", f"{field}: the account has no {what} with this id.", field
                    )
                )
    if problems:
        raise ApiError(422, problems)
