"""A resource, declared once: where it is stored, its operations, what it references, and
its rules as small named functions. engine/crud.py serves every declared resource."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mock_api.calls import Call


@dataclass(frozen=True, slots=True)
class Operations:
    """The operationIds the generic handlers serve; None where the API has no such route."""

    list: str | None = None
    create: str | None = None
    get: str | None = None
    update: str | None = None
    delete: str | None = None
    clone: str | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    """A field naming another resource of the account (dotted; `*` for every array item)."""

    field: str
    target: str  # the referenced resource's name


@dataclass(frozen=True, slots=True)
class Parent:
    """Documents that live under another one, which names them in the path
    (`/v1/connectors/{_id}/licenses/{_licenseId}`)."""

    resource: str  # table of the parent
    param: str  # path parameter with the parent's id
    column: str  # column of the child's table that holds it


@dataclass(slots=True)
class Write:
    """One document being created, replaced or cloned, as the rules see it."""

    call: Call
    resource: Resource
    document: dict[str, Any]
    # The stored document (a PUT) or the source (a clone); None on create.
    current: dict[str, Any] | None = None
    kind: str = "create"  # "create", "update" or "clone"


Rule = Callable[[Write], None]
# Deletes the document; returns False if the account has no such document.
Remover = Callable[["Call", str], bool]
# Runs after a document is deleted, in the same transaction (cascades).
AfterDelete = Callable[["Call", str], None]
# Stores a new document (and the secrets kept apart from it); returns the text stored.
Inserter = Callable[[Write, dict[str, Any]], str]


@dataclass(frozen=True, slots=True)
class Resource:
    name: str  # its table, and the `resource_type` of its state keys
    schema: str  # its component schema in the spec: read-only and secret fields
    operations: Operations
    id_param: str = "_id"
    parent: Parent | None = None
    references: tuple[Reference, ...] = ()
    # Set the server's fields of a new document: on create and on clone.
    on_create: tuple[Rule, ...] = ()
    # Documented rules checked on create and on update (a violation raises ApiError).
    checks: tuple[Rule, ...] = ()
    # Adjust a copy after the fields of a new document are set.
    on_clone: tuple[Rule, ...] = ()
    remove: Remover | None = None
    after_delete: tuple[AfterDelete, ...] = ()
    insert: Inserter | None = None
