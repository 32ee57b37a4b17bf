"""The records an export stands for: its `sampleData` (an array of objects, or one object
for one record; absent means no records)."""

from __future__ import annotations

import copy
import math
from typing import Any

# Records per page when an export sets no `pageSize`.
DEFAULT_PAGE_SIZE = 20


def records_of(export: dict[str, Any]) -> list[dict[str, Any]]:
    sample = export.get("sampleData")
    if isinstance(sample, dict):
        return [copy.deepcopy(sample)]
    if isinstance(sample, list):
        return [copy.deepcopy(item) for item in sample if isinstance(item, dict)]
    return []


def page_size_of(export: dict[str, Any]) -> int:
    size = export.get("pageSize")
    return (
        size
        if isinstance(size, int) and not isinstance(size, bool) and size > 0
        else DEFAULT_PAGE_SIZE
    )


def pages(records: int, page_size: int) -> int:
    return math.ceil(records / page_size) if records else 0
