# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""What every model shares: a readable `repr` and the error of a field that will not decode.

A model's repr shows the fields that are set (in the order id, name, then as declared) and
the fields the spec does not know (`additional_properties`), and nothing else:
`Connector(id='5f0c...', name='Shop Sync', handle='shop-sync')`.
"""

from __future__ import annotations

import threading
from typing import Any

from .errors import FieldDecodeError
from .types import Unset

__all__ = ["FieldDecodeError", "model_repr"]

# Models being shown by this thread: a model that contains itself shows `...` the second time.
_showing = threading.local()


def model_repr(model: Any, names: tuple[str, ...]) -> str:
    kind = type(model).__name__
    active: set[int] = _showing.__dict__.setdefault("ids", set())
    if id(model) in active:
        return f"{kind}(...)"
    active.add(id(model))
    try:
        parts = []
        for name in names:
            value = getattr(model, name)
            if not isinstance(value, Unset):
                parts.append(f"{name}={value!r}")
        extra = getattr(model, "additional_properties", None)
        if extra:
            if not names:
                return f"{kind}({extra!r})"
            parts.append(f"additional_properties={extra!r}")
        return f"{kind}({', '.join(parts)})"
    finally:
        active.discard(id(model))
