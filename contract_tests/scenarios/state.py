"""State: global keys and keys under a resource are separate stores of any JSON value."""

from __future__ import annotations

import secrets
from typing import Any

import httpx

from contract_tests.scenarios.base import UNKNOWN_ID, declare, described, error_codes, json_of
from contract_tests.scenarios.resources import FLOW, Made, make
from contract_tests.session import Session

VALUES: tuple[Any, ...] = (
    {"cursor": "2024-05-01T00:00:00Z", "seen": [1, 2, {"nested": None}]},
    ["one", 2, 3.5, False],
    "plain text, ünïcödé",
    42,
    -0.25,
    True,
    None,
)
GLOBAL = {
    "list": "listStateKeys",
    "get": "getStateValue",
    "put": "putStateValue",
    "delete": "deleteStateValue",
    "delete_all": "deleteAllState",
}
SCOPED = {
    "list": "listResourceStateKeys",
    "get": "getResourceStateValue",
    "put": "putResourceStateValue",
    "delete": "deleteResourceStateValue",
    "delete_all": "deleteAllResourceState",
}


def key() -> str:
    return f"contract-{secrets.token_hex(4)}"


class Store:
    """Global state (`flow` None) or the state kept under one flow; deletes its keys at the end."""

    def __init__(self, s: Session, flow: Made | None) -> None:
        self.s = s
        self.ops = GLOBAL if flow is None else SCOPED
        self.base = {} if flow is None else {"resource_type": "flows", "_id": flow.id}
        self.where = "global state" if flow is None else "state under a flow"

    def path(self, name: str | None = None) -> dict[str, str]:
        return {**self.base, "key": name} if name is not None else dict(self.base)

    def put(self, name: str, value: Any) -> httpx.Response:
        response = self.s.send(
            self.ops["put"],
            path=self.path(name),
            body=value if value is not None else None,
            raw_body=b"null" if value is None else None,
        )
        self.s.cleanup(self.ops["delete"], self.path(name))
        return response

    def get(self, name: str) -> httpx.Response:
        return self.s.send(self.ops["get"], path=self.path(name))

    def listed(self) -> list[Any]:
        response = self.s.send(self.ops["list"], path=self.path())
        body = json_of(response) if response.status_code == 200 else {"keys": []}
        return list((body or {}).get("keys") or [])


def state_scopes_are_separate(s: Session) -> None:
    flow = make(s, FLOW)
    if flow is None:
        return
    world, local = Store(s, None), Store(s, flow)
    outer, inner = key(), key()
    world.put(outer, "global")
    local.put(inner, "scoped")
    response = s.send("listStateKeys")
    global_keys, flow_keys = world.listed(), local.listed()
    s.expect(
        outer in global_keys and inner not in global_keys,
        f"GET /v1/state lists global keys only: {outer} in it, {inner} (under a flow) not; "
        f"got {global_keys}",
        response,
        "listStateKeys",
    )
    s.expect(
        inner in flow_keys and outer not in flow_keys,
        f"a flow's state lists its own keys only: {inner} in it, {outer} not; got {flow_keys}",
        response,
        "listResourceStateKeys",
    )
    for store, name in ((world, inner), (local, outer)):
        response = store.get(name)
        s.expect(
            response.status_code == 404,
            f"{store.where} must not answer a key of the other scope ({name}): got {described(response)}",
            response,
            store.ops["get"],
        )


def state_values_round_trip(s: Session) -> None:
    flow = make(s, FLOW)
    if flow is None:
        return
    for store in (Store(s, None), Store(s, flow)):
        for value in VALUES:
            name = key()
            store.put(name, value)
            response = store.get(name)
            s.expect(
                response.status_code == 200
                and json_of(response) == value
                and type(json_of(response)) is type(value),
                f"{store.where}: {value!r} must read back exactly, got {described(response)} {response.text[:100]!r}",
                response,
                store.ops["get"],
            )


def _answer(response: httpx.Response) -> str:
    return f"{response.status_code} {response.headers.get('content-type')} {response.text[:40]!r}"


def state_put_answers_created_then_ok(s: Session) -> None:
    flow = make(s, FLOW)
    if flow is None:
        return
    for store in (Store(s, None), Store(s, flow)):
        name = key()
        for expected, value in (("Created", 1), ("OK", 2)):
            response = store.put(name, value)
            s.expect(
                response.status_code == 200
                and response.headers.get("content-type", "").startswith("text/plain")
                and response.text == expected,
                f"{store.where}: PUT of {'a new' if expected == 'Created' else 'an existing'} key answers "
                f"text/plain {expected!r}, got {_answer(response)}",
                response,
                store.ops["put"],
            )


def state_delete_statuses(s: Session) -> None:
    flow = make(s, FLOW)
    if flow is None:
        return
    for store, status in ((Store(s, None), 204), (Store(s, flow), 200)):
        name = key()
        store.put(name, "to delete")
        response = s.send(store.ops["delete"], path=store.path(name))
        s.expect(
            response.status_code == status and store.get(name).status_code == 404,
            f"{store.where}: deleting a key answers {status} and removes it, got {described(response)}",
            response,
            store.ops["delete"],
        )
    local = Store(s, flow)
    local.put(key(), "to delete")
    response = s.send("deleteAllResourceState", path=local.path())
    s.expect(
        response.status_code == 200 and not local.listed(),
        f"deleting every key under a flow answers 200 and leaves none, got {described(response)} {local.listed()}",
        response,
        "deleteAllResourceState",
    )


def wiping_global_state_is_204(s: Session) -> None:
    world = Store(s, None)
    world.put(key(), "to delete")
    response = s.send("deleteAllState")
    s.expect(
        response.status_code == 204 and not world.listed(),
        f"deleting every global key answers 204 and leaves none, got {described(response)} {world.listed()}",
        response,
        "deleteAllState",
    )


def state_under_unknown_resource_is_404(s: Session) -> None:
    unknown = {"resource_type": "flows", "_id": UNKNOWN_ID}
    for operation_id, name, body in (
        ("listResourceStateKeys", None, None),
        ("getResourceStateValue", "k", None),
        ("putResourceStateValue", "k", {"v": 1}),
        ("deleteResourceStateValue", "k", None),
        ("deleteAllResourceState", None, None),
    ):
        path = {**unknown, "key": name} if name else unknown
        response = s.send(operation_id, path=path, body=body)
        s.expect(
            response.status_code == 404 and "invalid_ref" in error_codes(response),
            f"state under a flow the account does not have: expected 404 invalid_ref, got {described(response)}",
            response,
            operation_id,
        )
    if s.second is None:
        return
    flow = make(s, FLOW)
    if flow is None:
        return
    response = s.send(
        "putResourceStateValue",
        token=s.second,
        path={"resource_type": "flows", "_id": flow.id, "key": key()},
        body={"v": 1},
    )
    s.expect(
        response.status_code == 404,
        f"state under another account's flow: expected 404, got {described(response)}",
        response,
        "putResourceStateValue",
    )


_STATE = frozenset(GLOBAL.values()) - {"deleteAllState"}
_SCOPED = frozenset(SCOPED.values()) | FLOW.crud
declare("state_scopes_are_separate", state_scopes_are_separate, ("state.scopes",), _STATE | _SCOPED)
declare("state_values_round_trip", state_values_round_trip, ("state.values",), _STATE | _SCOPED)
declare(
    "state_put_answers_created_then_ok",
    state_put_answers_created_then_ok,
    ("state.put-answer",),
    _STATE | _SCOPED,
)
declare(
    "state_delete_statuses", state_delete_statuses, ("state.delete-statuses",), _STATE | _SCOPED
)
declare(
    "wiping_global_state_is_204",
    wiping_global_state_is_204,
    ("state.delete-statuses",),
    _STATE | {"deleteAllState"},
    needs=("wipe",),
)
declare(
    "state_under_unknown_resource_is_404",
    state_under_unknown_resource_is_404,
    ("state.resource-must-exist",),
    _SCOPED,
)
