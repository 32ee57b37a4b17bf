"""How a list operation pages (`x-paging`), for the page objects of the high-level client."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.client.answers import Success
from generator.client.common import CodegenError, text

if TYPE_CHECKING:
    from generator.client.sdk import Arg

# `x-paging` marks the client knows how to follow (see _pagination.py in the package):
# `link` follows the `Link: <...>; rel="next"` header; `createdAt` asks again with
# `createdAt_lte` just before the last record's `createdAt` while pages come back full.
PAGING_KINDS = frozenset({"link", "createdAt"})
CREATED_AT_FIELD = "createdAt"
CREATED_AT_CURSOR = "createdAt_lte"


@dataclass(frozen=True)
class Paging:
    """How a list operation pages (`x-paging`), for the page object."""

    kind: str  # one of PAGING_KINDS
    item_type: str  # the model class of the records
    # For `createdAt`: the records' attribute holding their creation date.
    created_at_attribute: str = ""


def paging_of(
    raw: Mapping[str, Any], operation_id: str, successes: list[Success], query_args: list[Arg]
) -> Paging | None:
    kind = raw.get("x-paging")
    if kind is None:
        return None
    if kind not in PAGING_KINDS:
        raise CodegenError(
            f"operation {operation_id!r}: x-paging {kind!r} is not one of "
            f"{', '.join(sorted(PAGING_KINDS))}"
        )
    lists = [s for s in successes if s.has_content]
    items = {s.model_item for s in lists}
    if not lists or not all(s.is_list for s in lists) or len(items) != 1 or None in items:
        raise CodegenError(
            f"operation {operation_id!r}: x-paging needs a success answer that is a list of "
            "one model"
        )
    item_type = str(next(iter(items)))
    if kind != "createdAt":
        return Paging(kind, item_type)
    if CREATED_AT_CURSOR not in {a.wire for a in query_args}:
        raise CodegenError(
            f"operation {operation_id!r}: x-paging createdAt needs the query parameter "
            f"{CREATED_AT_CURSOR!r}"
        )
    item = lists[0].prop.inner_property
    members = [*(item.required_properties or []), *(item.optional_properties or [])]
    attribute = next(
        (str(m.python_name) for m in members if text(m.name) == CREATED_AT_FIELD), None
    )
    if attribute is None:
        raise CodegenError(
            f"operation {operation_id!r}: x-paging createdAt needs a {CREATED_AT_FIELD!r} "
            f"field on {item_type}"
        )
    return Paging(kind, item_type, attribute)
