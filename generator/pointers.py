"""JSON pointers (RFC 6901) for naming places in a document in messages and $refs."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str) -> str:
    return "#/" + "/".join(escape(t) for t in tokens)


def resolve(document: Any, ref: str) -> Any:
    """Follow a local `#/...` reference; raises KeyError naming the ref when it dangles.

    A `$ref` is a URI: its fragment is percent-decoded before it is read as a pointer
    (RFC 6901, section 6), so `#/paths/~1v1~1flows~1%7B_id%7D` names `/v1/flows/{_id}`."""
    if not ref.startswith("#/"):
        raise KeyError(f"only local references are supported: {ref}")
    node = document
    for raw in unquote(ref[2:]).split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise KeyError(f"dangling reference {ref}")
    return node


def deref(document: Any, node: Any) -> Any:
    """Follow a chain of `$ref`s to the node it ends in; KeyError on a dangling or circular one."""
    seen: list[str] = []
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise KeyError(f"circular reference {' -> '.join([*seen, ref])}")
        seen.append(ref)
        node = resolve(document, ref)
    return node


def first_difference(left: Any, right: Any, at: str) -> str:
    """Pointer and values of the first place where two JSON values differ (keys sorted)."""
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            here = f"{at}/{escape(key)}"
            if key not in left:
                return f"{here} only in the second"
            if key not in right:
                return f"{here} only in the first"
            if left[key] != right[key]:
                return first_difference(left[key], right[key], here)
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            if a != b:
                return first_difference(a, b, f"{at}/{index}")
    return f"{at}: {_short(left)} vs {_short(right)}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
