"""Apply OpenAPI Overlay 1.0 documents (actions with RFC 9535 JSONPath targets)."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonpath

from generator.errors import SpecError


@dataclass(frozen=True)
class Overlay:
    source: str
    document: dict[str, Any]


def apply_overlays(document: dict[str, Any], overlays: list[Overlay]) -> None:
    """Apply each overlay's actions in order, in place.

    An action whose target matches nothing is an error: after a vendor page changes, an
    overlay that silently stops applying would hide a missing link or method name.
    """
    for overlay in overlays:
        _check_shape(overlay)
        for index, action in enumerate(overlay.document["actions"]):
            where = f"{overlay.source}: action {index} ({action.get('description') or action['target']})"
            try:
                matches = list(jsonpath.finditer(action["target"], document))
            except jsonpath.JSONPathError as exc:
                raise SpecError(f"{where}: bad JSONPath target: {exc}") from exc
            if not matches:
                raise SpecError(f"{where}: target {action['target']!r} matches nothing")
            if action.get("remove"):
                _remove(document, [match.parts for match in matches])
                continue
            for match in matches:
                if not isinstance(match.obj, dict):
                    raise SpecError(f"{where}: update target {match.path} is not an object")
                deep_update(match.obj, action["update"])


def _check_shape(overlay: Overlay) -> None:
    doc = overlay.document
    if not isinstance(doc, dict) or not str(doc.get("overlay", "")).startswith("1."):
        raise SpecError(f"{overlay.source}: not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(f"{overlay.source}: 'actions' must be a non-empty list")
    for index, action in enumerate(actions):
        if not isinstance(action, dict) or "target" not in action:
            raise SpecError(f"{overlay.source}: action {index} has no 'target'")
        if ("update" in action) == bool(action.get("remove")):
            raise SpecError(
                f"{overlay.source}: action {index} needs exactly one of update / remove"
            )


def deep_update(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay merge: objects merge recursively, arrays gain new items, scalars replace."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            deep_update(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(item) for item in value if item not in current)
        else:
            target[key] = copy.deepcopy(value)


def _remove(document: dict[str, Any], locations: list[tuple[str | int, ...]]) -> None:
    # Deepest and last items first, so earlier removals do not shift later list indexes.
    for parts in sorted(locations, key=lambda p: (len(p), p), reverse=True):
        parent: Any = document
        for part in parts[:-1]:
            parent = parent[part]
        del parent[parts[-1]]
