"""Fold many OpenAPI fragments into one document, refusing anything ambiguous.

Two full fragments never define the same operation, and define the same component only
identically. A *partial* fragment (`x-docs-partial: true`, what `generator ingest` writes
from a vendor page: summaries, success statuses, examples, field descriptions) adds to
the operations and schemas that full fragments describe: its objects are merged key by
key, and any value both sides set differently is a conflict.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from generator.document import HTTP_METHODS, anonymous_path
from generator.errors import MergeConflict, SpecError
from generator.pointers import escape, first_difference, pointer


@dataclass(frozen=True)
class Fragment:
    """One source document and the name it is reported under (its path in `specs/sources/`)."""

    source: str
    document: dict[str, Any]


@dataclass
class _Origins:
    """Which source first defined each pointer, for conflict messages."""

    by_pointer: dict[str, str] = field(default_factory=dict)
    operation_ids: dict[str, tuple[str, str]] = field(default_factory=dict)
    path_shapes: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Operations and components that, so far, only partial fragments contributed to.
    partial_only: set[str] = field(default_factory=set)


def is_partial(fragment: Fragment) -> bool:
    return fragment.document.get("x-docs-partial") is True


def merge_fragments(root: Fragment, fragments: list[Fragment]) -> dict[str, Any]:
    """Merge `fragments` (in the given order) onto `root`, which supplies info, servers,
    security and tags. Identical components fold into one; everything else that is
    defined twice is a conflict."""
    misplaced = sorted({"paths", "components"} & set(root.document))
    if misplaced:
        # Everything with a source must come from a fragment, so conflicts can name it.
        raise SpecError(
            f"{root.source}: {' and '.join(misplaced)} belong in a fragment, not the root"
        )
    merged = copy.deepcopy(root.document)
    merged.setdefault("paths", {})
    merged.setdefault("components", {})
    origins = _Origins()
    for tag in merged.get("tags", []):
        origins.by_pointer[_tag_pointer(tag)] = root.source
    for fragment in fragments:
        _check_openapi_version(fragment)
        _check_top_level(merged, root, fragment)
        _merge_tags(merged, fragment, origins)
        _merge_components(merged, fragment, origins)
        _merge_paths(merged, fragment, origins)
    return merged


def _check_openapi_version(fragment: Fragment) -> None:
    version = str(fragment.document.get("openapi", "3.1.0"))
    if not version.startswith("3.1."):
        raise SpecError(f"{fragment.source}: openapi {version} is not supported, only 3.1.x")


def _check_top_level(merged: dict[str, Any], root: Fragment, fragment: Fragment) -> None:
    # Vendor fragments repeat servers and security; they must agree with the root document,
    # because a per-fragment difference would silently change other operations.
    for key in ("servers", "security"):
        if key in fragment.document and fragment.document[key] != merged.get(key):
            detail = first_difference(merged.get(key), fragment.document[key], f"#/{key}")
            raise MergeConflict(f"#/{key}", root.source, fragment.source, f"differs ({detail})")


def _tag_pointer(tag: dict[str, Any]) -> str:
    return f"#/tags[name={tag.get('name')}]"


def _merge_tags(merged: dict[str, Any], fragment: Fragment, origins: _Origins) -> None:
    tags = merged.setdefault("tags", [])
    known = {tag["name"]: tag for tag in tags}
    for tag in fragment.document.get("tags", []):
        where = _tag_pointer(tag)
        existing = known.get(tag["name"])
        if existing is None:
            tags.append(copy.deepcopy(tag))
            known[tag["name"]] = tag
            origins.by_pointer[where] = fragment.source
        elif existing != tag:
            raise MergeConflict(
                where,
                origins.by_pointer[where],
                fragment.source,
                "the same tag is described differently",
            )


def _merge_components(merged: dict[str, Any], fragment: Fragment, origins: _Origins) -> None:
    for kind, items in sorted(fragment.document.get("components", {}).items()):
        target = merged["components"].setdefault(kind, {})
        for name, value in sorted(items.items()):
            where = pointer("components", kind, name)
            if name not in target:
                target[name] = copy.deepcopy(value)
                origins.by_pointer[where] = fragment.source
                if is_partial(fragment):
                    origins.partial_only.add(where)
            elif target[name] == value:
                continue
            elif is_partial(fragment) or where in origins.partial_only:
                merge_partial(target[name], value, where, origins.by_pointer[where], fragment)
                if not is_partial(fragment):
                    origins.partial_only.discard(where)
                    origins.by_pointer[where] = fragment.source
            else:
                raise MergeConflict(
                    where,
                    origins.by_pointer.get(where, "(root)"),
                    fragment.source,
                    "same component name with different content; first difference at "
                    + first_difference(target[name], value, where),
                )


def _merge_paths(merged: dict[str, Any], fragment: Fragment, origins: _Origins) -> None:
    for template, item in sorted(fragment.document.get("paths", {}).items()):
        where_path = pointer("paths", template)
        shape = anonymous_path(template)
        seen = origins.path_shapes.get(shape)
        if seen and seen[0] != template:
            raise MergeConflict(
                where_path,
                f"{seen[1]} ({seen[0]})",
                f"{fragment.source} ({template})",
                "path templates differ only in parameter names; use one template for both",
            )
        origins.path_shapes.setdefault(shape, (template, fragment.source))
        target = merged["paths"].setdefault(template, {})
        for key, value in sorted(item.items()):
            where = pointer("paths", template, key)
            if key in HTTP_METHODS:
                _add_operation(target, key, value, where, fragment, origins)
            elif key not in target:
                target[key] = copy.deepcopy(value)
                origins.by_pointer[where] = fragment.source
            elif target[key] != value:
                raise MergeConflict(
                    where,
                    origins.by_pointer[where],
                    fragment.source,
                    "path item field defined differently; first difference at "
                    + first_difference(target[key], value, where),
                )


def _add_operation(
    path_item: dict[str, Any],
    method: str,
    operation: dict[str, Any],
    where: str,
    fragment: Fragment,
    origins: _Origins,
) -> None:
    partial = is_partial(fragment)
    if method in path_item:
        if not partial and where not in origins.partial_only:
            raise MergeConflict(
                where,
                origins.by_pointer[where],
                fragment.source,
                "the same operation is defined twice",
            )
        merge_partial(path_item[method], operation, where, origins.by_pointer[where], fragment)
        if not partial:
            _record_operation_id(operation, where, fragment, origins)
            path_item[method]["x-source"] = fragment.source
            origins.partial_only.discard(where)
            origins.by_pointer[where] = fragment.source
        return
    stamped = copy.deepcopy(operation)
    if partial:
        origins.partial_only.add(where)
    else:
        _record_operation_id(operation, where, fragment, origins)
        stamped["x-source"] = fragment.source
    path_item[method] = stamped
    origins.by_pointer[where] = fragment.source


def _record_operation_id(
    operation: dict[str, Any], where: str, fragment: Fragment, origins: _Origins
) -> None:
    operation_id = operation.get("operationId")
    if operation_id is not None:
        if operation_id in origins.operation_ids:
            first_source, first_where = origins.operation_ids[operation_id]
            raise MergeConflict(
                where,
                f"{first_source} ({first_where})",
                f"{fragment.source} ({where})",
                f"duplicate operationId {operation_id!r}",
            )
        origins.operation_ids[operation_id] = (fragment.source, where)


def merge_partial(
    target: dict[str, Any], value: dict[str, Any], where: str, first: str, second: Fragment
) -> None:
    """Add `value`'s keys to `target`, recursively; a leaf set differently is a conflict."""
    for key, item in sorted(value.items()):
        at = f"{where}/{escape(key)}"
        if key not in target:
            target[key] = copy.deepcopy(item)
            continue
        current = target[key]
        if current == item:
            continue
        if isinstance(current, dict) and isinstance(item, dict):
            if "$ref" in current or "$ref" in item:
                raise MergeConflict(
                    at,
                    first,
                    second.source,
                    "one side is a $ref and the other adds to it; put the addition on the "
                    "referenced component instead",
                )
            merge_partial(current, item, at, first, second)
            continue
        raise MergeConflict(
            at,
            first,
            second.source,
            "defined differently; first difference at " + first_difference(current, item, at),
        )
