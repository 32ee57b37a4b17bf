"""`include` / `exclude` on every list that takes them; both at once is 400."""

from __future__ import annotations

from functools import partial
from typing import Any

from contract_tests import spec
from contract_tests.scenarios import walk
from contract_tests.scenarios.base import declare, described, error_codes, json_of
from contract_tests.scenarios.fixtures import Fixtures, required_filters
from contract_tests.scenarios.resources import RESOURCES, Made, Resource, make
from contract_tests.session import Session

# Per resource: a top-level field our records carry, and a dot path inside one (or None).
PROJECTED: dict[str, tuple[str, str | None]] = {
    "connector": ("description", None),
    "integration": ("description", None),
    "license": ("expires", "opts.connectorEdition"),
    "connection": ("http", "http.baseURI"),
    "export": ("description", "webhook.provider"),
    "import": ("description", None),
    "flow": ("description", None),
    "iclient": ("oauth2", "oauth2.clientId"),
    "template": ("description", None),
}


def _listed(s: Session, made: Made, query: dict[str, str]) -> tuple[Any, dict[str, Any] | None]:
    assert made.resource.list is not None
    walked = walk.every_id(s, made.resource.list, made.parent_path, query=query)
    return walked.last, walked.record(made.id)


def _dig(value: Any, path: str) -> Any:
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def projection_is_honoured(s: Session, resource: Resource) -> None:
    field, dotted = PROJECTED[resource.name]
    made = make(s, resource)
    if made is None:
        return
    assert resource.list is not None
    kept = {"_id", "name", *spec.required_fields(spec.list_item_schema(spec.by_id(resource.list)))}
    response, ours = _listed(s, made, {"include": field})
    allowed = kept | {field}
    s.expect(
        ours is not None and ours.get(field) == made.document.get(field),
        f"include={field}: our record must be listed with `{field}`, got {ours}",
        response,
        resource.list,
    )
    s.expect(
        ours is None or set(ours) <= allowed,
        f"include={field}: our record must carry only {sorted(allowed)}, got {sorted(ours or {})}",
        response,
        resource.list,
    )
    for name in kept & set(made.document):
        s.expect(
            ours is None or name in ours,
            f"include={field}: `{name}` is always kept, but our record lost it",
            response,
            resource.list,
        )
    response, ours = _listed(s, made, {"exclude": field})
    s.expect(
        ours is not None and field not in ours and "_id" in ours,
        f"exclude={field}: our record must be listed, with `_id` and without `{field}`, got {ours}",
        response,
        resource.list,
    )
    if dotted is not None:
        head, tail = dotted.split(".", 1)
        response, ours = _listed(s, made, {"include": dotted})
        expected = {tail: _dig(made.document, dotted)}
        s.expect(
            ours is not None and ours.get(head) == expected,
            f"include={dotted}: our record's `{head}` must be {expected}, got "
            f"{None if ours is None else ours.get(head)}",
            response,
            resource.list,
        )
    response = s.send(resource.get, path=made.path, query={"include": "_id"})
    whole = json_of(response) or {}
    s.expect(
        response.status_code == 200 and field in whole,
        f"get-by-id ignores include: `{field}` must still be in the document, got {sorted(whole)}",
        response,
        resource.get,
    )


def include_and_exclude_is_400(s: Session) -> None:
    fixtures = Fixtures(s)
    for operation in s.operations():
        if not spec.projects(operation):
            continue
        query = {**required_filters(operation), "include": "_id", "exclude": "name"}
        response = s.send(operation.operation_id, path=fixtures.path(operation), query=query)
        s.expect(
            response.status_code == 400 and "invalid_query_params" in error_codes(response),
            f"include and exclude together: expected 400 invalid_query_params, got {described(response)}",
            response,
            operation.operation_id,
        )


for _resource in RESOURCES:
    if _resource.list is not None and spec.projects(spec.by_id(_resource.list)):
        declare(
            f"projection_is_honoured_{_resource.name}",
            partial(projection_is_honoured, resource=_resource),
            ("projection.fields",),
            _resource.crud | {_resource.list},
            needs=_resource.all_needs,
        )
declare("include_and_exclude_is_400", include_and_exclude_is_400, ("projection.not-both",), None)
