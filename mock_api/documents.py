"""System-set values: object ids, timestamps, handles."""

from __future__ import annotations

import itertools
import os
import re
import threading
import time

_PROCESS = os.urandom(5).hex()
_counter = itertools.count(int.from_bytes(os.urandom(3), "big"))
_counter_lock = threading.Lock()


def object_id() -> str:
    """A MongoDB-style ObjectId: 4 bytes of time, 5 per process, a 3-byte counter.

    The per-process part keeps two servers sharing one database file from colliding.
    """
    with _counter_lock:
        count = next(_counter) & 0xFFFFFF
    return f"{int(time.time()) & 0xFFFFFFFF:08x}{_PROCESS}{count:06x}"


def now() -> str:
    """RFC 3339 UTC timestamp with milliseconds, as the vendor's samples show it."""
    stamp = time.time()
    seconds = int(stamp)
    return f"{time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(seconds))}.{int((stamp - seconds) * 1000):03d}Z"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    text = _NOT_SLUG.sub("-", name.lower()).strip("-")[:40].strip("-")
    return text or "connector"
