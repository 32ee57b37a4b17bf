"""What every handler receives and the helpers they share."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mock_api import listing
from mock_api.errors import not_found
from mock_api.listing import ListRules
from mock_api.responses import Reply, json_reply
from mock_api.seed import Account
from mock_api.storage import Store, Table, dumps
from mock_api.world import World


@dataclass(slots=True)
class Call:
    account: Account
    params: dict[str, str]
    # The parsed, validated request body with read-only fields removed; None if absent
    # (for the state operations, which take any JSON value, None is a JSON null).
    body: Any
    world: World
    # The documented query parameters that were sent, typed and validated.
    query: dict[str, Any] = field(default_factory=dict)
    # The request's absolute URL without the query (`http://host:port/v1/flows`), for links.
    url: str = ""
    # Paging and projection, for list operations.
    rules: ListRules | None = None
    # The mock's own base URL as the client reached it (`http://host:port`).
    base_url: str = ""

    @property
    def owner(self) -> str:
        return self.account.key

    @property
    def store(self) -> Store:
        return self.world.store

    def now(self) -> str:
        return self.world.now()


Handler = Callable[[Call], Reply]
# Raises the 404 of a path naming a resource the account does not have.
Check = Callable[[Call], object]

HANDLERS: dict[str, Handler] = {}
# Per operation that takes a body: what its path must name, checked before the body is.
FOUND: dict[str, Check] = {}


def operation(operation_id: str, found: Check | None = None) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = handler
        if found is not None:
            FOUND[operation_id] = found
        return handler

    return register


def exists(table: Table, param: str = "_id") -> Check:
    """The path parameter names a document of the account in `table`."""

    def check(call: Call) -> object:
        return require(call, table, call.params[param])

    return check


def load_raw(call: Call, table: Table, doc_id: str) -> bytes:
    """The stored text of one of the account's documents; 404 if there is none."""
    raw = call.store.get(table, call.owner, doc_id)
    if raw is None:
        raise not_found()
    return raw


def load(call: Call, table: Table, doc_id: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(load_raw(call, table, doc_id))
    return document


def require(call: Call, table: Table, doc_id: str) -> str:
    """`doc_id`, if the account has such a document; 404 otherwise."""
    if not call.store.exists(table, call.owner, doc_id):
        raise not_found()
    return doc_id


def save(call: Call, table: Table, document: dict[str, Any]) -> str:
    """Stamp `lastModified` and replace the stored document; returns the stored text."""
    document["lastModified"] = call.now()
    text = dumps(document)
    call.store.replace(table, call.owner, document["_id"], text)
    return text


def document_reply(status: int, document: dict[str, Any] | list[Any] | str | bytes) -> Reply:
    if isinstance(document, bytes):
        return json_reply(status, document)
    text = document if isinstance(document, str) else dumps(document)
    return json_reply(status, text.encode())


def list_reply(
    call: Call, documents: Sequence[bytes], total: int | None = None, more: bool | None = None
) -> Reply:
    """A list answer: paged and projected as the operation's rules say; 204 when empty."""
    return listing.list_reply(call.rules, call.query, call.url, documents, total, more)


def body_object(call: Call) -> dict[str, Any]:
    """The body of an operation whose body is optional: absent means an empty object."""
    return call.body if isinstance(call.body, dict) else {}
