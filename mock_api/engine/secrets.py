"""Secret fields: the schema properties marked `x-secret: true`, found by walking the spec.

The stored document (the text that is served) shows every secret as `******`; the values
are kept apart, by their concrete dotted path (`rest.basicAuth.password`, `items.0.key`).
"""

from __future__ import annotations

from typing import Any

MASK = "******"
ANY_ITEM = "*"

SecretPath = tuple[str, ...]


def secret_paths(schema: Any, prefix: SecretPath = ()) -> tuple[SecretPath, ...]:
    """Where `x-secret` properties sit in a schema with its `$ref`s inlined; `*` stands for
    every item of an array."""
    if not isinstance(schema, dict):
        return ()
    found: list[SecretPath] = []
    if schema.get("x-secret") is True and prefix:
        found.append(prefix)
    for name, prop in (schema.get("properties") or {}).items():
        found += secret_paths(prop, (*prefix, str(name)))
    items = schema.get("items")
    if isinstance(items, dict):
        found += secret_paths(items, (*prefix, ANY_ITEM))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or ():
            found += secret_paths(branch, prefix)
    return tuple(dict.fromkeys(found))


def _locations(
    node: Any, path: SecretPath, concrete: tuple[str, ...] = ()
) -> list[tuple[dict[str, Any], str, str]]:
    """(containing object, key, concrete dotted path) of every value the path reaches."""
    if not path:
        return []
    head, rest = path[0], path[1:]
    if head == ANY_ITEM:
        if not isinstance(node, list):
            return []
        found = []
        for index, item in enumerate(node):
            found += _locations(item, rest, (*concrete, str(index)))
        return found
    if not isinstance(node, dict) or head not in node:
        return []
    if not rest:
        return [(node, head, ".".join((*concrete, head)))]
    return _locations(node[head], rest, (*concrete, head))


def seal(
    document: dict[str, Any], paths: tuple[SecretPath, ...], stored: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Mask the secrets of `document` in place; return their values by concrete path.

    A secret sent as `******` keeps the value in `stored` (the one saved before); with
    nothing saved there it is left out, since there is no value to keep."""
    kept: dict[str, Any] = {}
    for path in paths:
        for container, key, dotted in _locations(document, path):
            value = container[key]
            if value == MASK:
                if stored is not None and dotted in stored:
                    kept[dotted] = stored[dotted]
                else:
                    del container[key]
                    continue
            else:
                kept[dotted] = value
            container[key] = MASK
    return kept


def is_secret(field: str, paths: tuple[SecretPath, ...]) -> bool:
    """Whether a dotted field (as in an error's `field`) is a secret or lies inside one."""
    parts = field.split(".")
    for path in paths:
        if len(parts) < len(path):
            continue
        if all(p in (ANY_ITEM, part) for p, part in zip(path, parts, strict=False)):
            return True
    return False


def secret_values(document: Any, paths: tuple[SecretPath, ...]) -> list[str]:
    """The text of every secret value in the document, longest first."""
    found = {
        str(container[key])
        for path in paths
        for container, key, _ in _locations(document, path)
        if container[key] not in (None, "", MASK)
    }
    return sorted(found, key=len, reverse=True)


def redact(text: str, values: list[str]) -> str:
    for value in values:
        text = text.replace(value, MASK)
    return text
