"""Replace the vendor's scrubbed ids in samples by valid, deterministic object ids.

The vendor blanked the ids of its samples with `123ab456c789de1011fg12h13i` and wrote
others that are not object ids either (26 characters, a `g`). An example must validate
against its schema (`format: objectId`, 24 lowercase hex digits), so each is replaced by
an id derived from the page, the original text and the position among list items: the
same id in a request and in its answer stays the same, two items of a list differ.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

SCRUBBED_ID = "123ab456c789de1011fg12h13i"
_OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
# `_id`, `_connectionId`, `_flowJobId`, ...; `_sharedImportIds` holds a list of them.
_ID_KEY = re.compile(r"^_(?:id|[A-Za-z0-9]*Id)$")
_IDS_KEY = re.compile(r"^_[A-Za-z0-9]*Ids$")


def scrub_ids(page: str, value: Any) -> Any:
    """A copy of `value` with every invalid id replaced."""
    return _scrub(page, value, (), id_slot=False)


def object_id_for(page: str, original: str, items: tuple[int, ...]) -> str:
    seed = f"{page}\0{original}\0{'.'.join(map(str, items))}".encode()
    return hashlib.sha256(seed).hexdigest()[:24]


def _scrub(page: str, value: Any, items: tuple[int, ...], id_slot: bool) -> Any:
    if isinstance(value, dict):
        return {
            key: _scrub(page, item, items, id_slot=bool(_ID_KEY.match(key)))
            if not _IDS_KEY.match(key)
            else _scrub_list_of_ids(page, item, items)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrub(page, item, (*items, i), id_slot=False) for i, item in enumerate(value)]
    if isinstance(value, str) and (
        value == SCRUBBED_ID or (id_slot and not _OBJECT_ID.match(value))
    ):
        return object_id_for(page, value, items)
    return value


def _scrub_list_of_ids(page: str, value: Any, items: tuple[int, ...]) -> Any:
    if not isinstance(value, list):
        return _scrub(page, value, items, id_slot=True)
    return [_scrub(page, item, (*items, i), id_slot=True) for i, item in enumerate(value)]
