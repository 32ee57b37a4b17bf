"""System-set values: object ids, timestamps, handles."""

from __future__ import annotations

import os
import re
import threading
import time

_PROCESS = int.from_bytes(os.urandom(5), "big")
_lock = threading.Lock()
_counter = int.from_bytes(os.urandom(3), "big")
_last = 0


def object_id() -> str:
    """A MongoDB-style ObjectId: 4 bytes of time, 5 per process, a 3-byte counter.

    Ids only ever grow: one that would not sort after the last id issued (the counter
    wrapped, the clock stepped back, or a database written by another process holds larger
    ones, see `observe_id`) is the last one plus one. So `_id` order is creation order,
    which is the order lists are served in.
    """
    global _counter, _last
    with _lock:
        _counter = (_counter + 1) & 0xFFFFFF
        candidate = (int(time.time()) & 0xFFFFFFFF) << 64 | _PROCESS << 24 | _counter
        if candidate <= _last:
            candidate = _last + 1
        _last = candidate
    return f"{candidate:024x}"


def observe_id(existing: str | None) -> None:
    """Issue new ids above `existing` (the largest id of a database being opened)."""
    global _last
    if existing is None:
        return
    try:
        value = int(existing, 16)
    except ValueError:
        return
    with _lock:
        if value < 1 << 96:
            _last = max(_last, value)


def stamp(seconds: float) -> str:
    """RFC 3339 UTC timestamp with milliseconds, as the vendor's samples show it."""
    millis = round(seconds * 1000)
    whole, fraction = divmod(millis, 1000)
    return f"{time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(whole))}.{fraction:03d}Z"


def now() -> str:
    return stamp(time.time())


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    text = _NOT_SLUG.sub("-", name.lower()).strip("-")[:40].strip("-")
    return text or "connector"
