"""Secrets never come back (get, list, create, update and clone answers), and a PUT that
sends the mask back keeps the stored secret."""

from __future__ import annotations

from functools import partial
from typing import Any

import httpx

from contract_tests.checks.secrets import MASK
from contract_tests.scenarios import walk
from contract_tests.scenarios.base import declare, described, json_of
from contract_tests.scenarios.resources import RESOURCES, Made, Resource, make
from contract_tests.session import Session


def dig(document: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        document = document.get(part) if isinstance(document, dict) else None
    return document


def sent_secrets(made: Made) -> list[tuple[str, ...]]:
    return [path for path in made.resource.secrets if dig(made.sent, path) is not None]


def replaced(document: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A copy of `document` with `path` set to `value` (or removed when value is None)."""
    copy = dict(document)
    if len(path) == 1:
        if value is None:
            copy.pop(path[0], None)
        else:
            copy[path[0]] = value
        return copy
    inner = copy.get(path[0])
    copy[path[0]] = replaced(inner if isinstance(inner, dict) else {}, path[1:], value)
    return copy


def _expect_masked(
    s: Session,
    document: Any,
    paths: list[tuple[str, ...]],
    where: str,
    response: httpx.Response,
    operation_id: str,
) -> None:
    for path in paths:
        s.expect(
            dig(document, path) == MASK,
            f"{where}: secret `{'.'.join(path)}` must read {MASK!r}, got {dig(document, path)!r}",
            response,
            operation_id,
        )


def secrets_never_come_back(s: Session, resource: Resource) -> None:
    made = make(s, resource)
    if made is None:
        return
    paths = sent_secrets(made)
    _expect_masked(s, made.document, paths, "create answer", made.response, resource.create)
    response = s.send(resource.get, path=made.path)
    _expect_masked(s, json_of(response), paths, "read", response, resource.get)
    if resource.list is not None:
        walked = walk.every_id(s, resource.list, made.parent_path)
        _expect_masked(s, walked.record(made.id), paths, "list", walked.last, resource.list)
    if resource.update is not None:
        body = made.update_body
        for path in paths:
            body = replaced(body, path, f"{dig(made.sent, path)}-rotated")
        response = s.send(resource.update, path=made.path, body=body)
        _expect_masked(s, json_of(response), paths, "update answer", response, resource.update)
    if resource.clone is not None:
        response = s.send(resource.clone, path=made.path, body={})
        copy = json_of(response)
        if isinstance(copy, dict) and "_id" in copy:
            s.cleanup(resource.delete, {"_id": str(copy["_id"])})
        _expect_masked(s, copy, paths, "clone answer", response, resource.clone)


def masked_secret_is_kept(s: Session, resource: Resource) -> None:
    assert resource.update is not None
    made = make(s, resource)
    if made is None:
        return
    paths = sent_secrets(made)
    body = made.update_body
    for path in paths:
        body = replaced(body, path, MASK)
    response = s.send(resource.update, path=made.path, body=body)
    s.expect(
        response.status_code == 200,
        f"a PUT sending the mask back: expected 200, got {described(response)}",
        response,
        resource.update,
    )
    response = s.send(resource.get, path=made.path)
    _expect_masked(
        s, json_of(response), paths, "read after a PUT that sent the mask", response, resource.get
    )
    # The contrast: a secret left out of a PUT is erased, so the read shows no mask at all.
    for path in paths:
        body = replaced(body, path, None)
    s.send(resource.update, path=made.path, body=body)
    response = s.send(resource.get, path=made.path)
    for path in paths:
        s.expect(
            dig(json_of(response), path) is None,
            f"a secret left out of a PUT is erased, but `{'.'.join(path)}` still reads "
            f"{dig(json_of(response), path)!r}",
            response,
            resource.get,
        )


for _resource in RESOURCES:
    if not _resource.secrets:
        continue
    _ops = _resource.crud | {op for op in (_resource.update, _resource.list, _resource.clone) if op}
    declare(
        f"secrets_never_come_back_{_resource.name}",
        partial(secrets_never_come_back, resource=_resource),
        ("secrets.masked",),
        _ops,
        needs=_resource.all_needs,
    )
    if _resource.update is not None:
        declare(
            f"masked_secret_is_kept_{_resource.name}",
            partial(masked_secret_is_kept, resource=_resource),
            ("secrets.kept-on-mask",),
            _resource.crud | {_resource.update},
            needs=_resource.all_needs,
        )
