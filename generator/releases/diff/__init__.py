"""Classified changes between two versions of the merged spec.

Every change is breaking, possibly breaking or non-breaking for code written against the old
spec and its generated client, is filed under an area (paths, parameters, request bodies,
responses, schemas, security, servers, info), and says which semver bump of the published
package it needs. See `model.py` for the shape and `schemas.py` / `operations.py` for rules.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import yaml

# Aliased: the submodule import `generator.releases.diff.operations` below binds the name
# `operations` in this package's namespace and would shadow document.operations.
from generator.document import HTTP_METHODS, path_item
from generator.document import operations as document_operations
from generator.errors import SpecError
from generator.pointers import escape
from generator.releases.diff.model import (
    Area,
    Bump,
    Change,
    Level,
    additive,
    breaking,
    cosmetic,
    possibly_breaking,
    required_bump,
)
from generator.releases.diff.operations import OperationDiff
from generator.releases.diff.schemas import Direction, SchemaDiff
from generator.releases.diff.servers import server_changes
from generator.releases.diff.usage import component_usage, operation_name

__all__ = ["Area", "Bump", "Change", "Level", "compare", "load_spec", "required_bump"]

_TOP_LEVEL = frozenset(
    {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs"}
)


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    try:
        _operations(old, new, changes)
        _components(old, new, changes)
        _security_schemes(old, new, changes)
        _servers(old, new, changes)
        _info(old, new, changes)
        _top_level(old, new, changes)
    except KeyError as exc:  # pointers.deref names the reference it could not follow
        raise SpecError(f"cannot compare: {exc.args[0] if exc.args else exc}") from exc
    return sorted(set(changes), key=Change.sort_key)


def _operations(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    old_ops = {(t, m) for t, m, _ in document_operations(old)}
    new_ops = {(t, m) for t, m, _ in document_operations(new)}
    for template, method in sorted(old_ops - new_ops):
        name = operation_name(template, method)
        where = f"#/paths/{escape(template)}/{method}"
        out.append(breaking(Area.PATHS, "operation-removed", where, "operation removed", (name,)))
    for template, method in sorted(new_ops - old_ops):
        name = operation_name(template, method)
        where = f"#/paths/{escape(template)}/{method}"
        out.append(additive(Area.PATHS, "operation-added", where, "operation added", (name,)))
    for template, method in sorted(old_ops & new_ops):
        name = operation_name(template, method)
        OperationDiff(old, new, template, method, name, out).run()


def _components(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    before: dict[str, Any] = old.get("components", {}).get("schemas", {})
    after: dict[str, Any] = new.get("components", {}).get("schemas", {})
    # Each component schema is a model class of the client: removing one removes an import.
    for name in sorted(before.keys() - after.keys()):
        out.append(
            breaking(
                Area.SCHEMAS, "schema-removed", f"#/components/schemas/{escape(name)}",
                f"schema {name!r} removed (and its model class)", (),
            )
        )  # fmt: skip
    for name in sorted(after.keys() - before.keys()):
        out.append(
            additive(
                Area.SCHEMAS, "schema-added", f"#/components/schemas/{escape(name)}",
                f"schema {name!r} added", (),
            )
        )  # fmt: skip
    old_usage, new_usage = component_usage(old), component_usage(new)
    for name in sorted(before.keys() & after.keys()):
        directions: set[Direction] = set()
        users: set[str] = set()
        for usage in (old_usage.get(name), new_usage.get(name)):
            if usage is not None:
                directions |= usage.directions
                users |= usage.operations
        # A model no operation uses is still public API of the client: judge it both ways.
        found: list[Change] = []
        for direction in sorted(directions or set(Direction), key=lambda d: d.value):
            SchemaDiff(old, new, Area.SCHEMAS, direction, tuple(sorted(users)), found).compare(
                before[name], after[name], f"#/components/schemas/{escape(name)}"
            )
        out.extend(_worst_per_place(found))


def _worst_per_place(changes: list[Change]) -> list[Change]:
    """A schema used in requests and responses yields each edit twice; keep the graver."""
    worst: dict[tuple[str, str], Change] = {}
    for change in changes:
        key = (change.location, change.message)
        kept = worst.get(key)
        if kept is None or (change.level.rank, -change.bump) < (kept.level.rank, -kept.bump):
            worst[key] = change
    return list(worst.values())


def _security_schemes(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    before: dict[str, Any] = old.get("components", {}).get("securitySchemes", {})
    after: dict[str, Any] = new.get("components", {}).get("securitySchemes", {})
    for name in sorted(before.keys() | after.keys()):
        where = f"#/components/securitySchemes/{escape(name)}"
        if name not in after:
            out.append(
                breaking(Area.SECURITY, "security-scheme-removed", where, f"{name!r} removed", ())
            )
        elif name not in before:
            out.append(
                additive(Area.SECURITY, "security-scheme-added", where, f"{name!r} added", ())
            )
        elif _without_docs(before[name]) != _without_docs(after[name]):
            out.extend(_scheme_change(name, before[name], after[name], where))
        elif before[name] != after[name]:
            out.append(
                cosmetic(Area.SECURITY, "description-changed", where, "description edited", ())
            )


def _servers(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    out.extend(server_changes(old.get("servers"), new.get("servers"), "#/servers"))
    for template in sorted(old.get("paths", {}).keys() & new.get("paths", {}).keys()):
        before, after = path_item(old, template), path_item(new, template)
        users = tuple(operation_name(template, m) for m in HTTP_METHODS if m in after)
        where = f"#/paths/{escape(template)}/servers"
        out.extend(server_changes(before.get("servers"), after.get("servers"), where, users))


def _info(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    before = {k: v for k, v in old.get("info", {}).items() if k != "version"}
    after = {k: v for k, v in new.get("info", {}).items() if k != "version"}
    edited = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if edited:
        out.append(cosmetic(Area.INFO, "info-changed", "#/info", f"{', '.join(edited)} edited", ()))
    tags_before = {t.get("name"): t for t in old.get("tags", []) if isinstance(t, dict)}
    tags_after = {t.get("name"): t for t in new.get("tags", []) if isinstance(t, dict)}
    if tags_before != tags_after:
        out.append(
            cosmetic(Area.INFO, "tags-edited", "#/tags", "tag list or descriptions edited", ())
        )


def _top_level(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    for key in sorted((old.keys() | new.keys()) - _TOP_LEVEL):
        if old.get(key) != new.get(key) and not key.startswith("x-"):
            out.append(
                possibly_breaking(
                    Area.INFO, "document-keyword-changed", f"#/{escape(key)}",
                    f"{key} changed (not classified: review by hand)", (),
                )
            )  # fmt: skip
    if old.get("openapi") != new.get("openapi"):
        out.append(
            cosmetic(
                Area.INFO, "openapi-version-changed", "#/openapi",
                f"openapi {old.get('openapi')} -> {new.get('openapi')}", (),
            )
        )  # fmt: skip


def _scheme_change(name: str, before: Any, after: Any, where: str) -> list[Change]:
    """Offering more OAuth scopes is additive; anything else about a scheme breaks clients."""
    was, now = _scopes(before), _scopes(after)
    if _without_docs(_without_scopes(before)) != _without_docs(_without_scopes(after)):
        return [breaking(Area.SECURITY, "security-scheme-changed", where, f"{name!r} changed", ())]
    changes = []
    if was - now:
        message = f"{name!r}: scopes removed: {sorted(was - now)}"
        changes.append(breaking(Area.SECURITY, "security-scopes-removed", where, message, ()))
    if now - was:
        message = f"{name!r}: scopes added: {sorted(now - was)}"
        changes.append(additive(Area.SECURITY, "security-scopes-added", where, message, ()))
    return changes


def _scopes(scheme: Any) -> set[tuple[str, str]]:
    flows = scheme.get("flows") if isinstance(scheme, dict) else None
    if not isinstance(flows, dict):
        return set()
    return {
        (flow, scope)
        for flow, settings in flows.items()
        if isinstance(settings, dict)
        for scope in settings.get("scopes") or {}
    }


def _without_scopes(scheme: Any) -> Any:
    if not isinstance(scheme, dict) or not isinstance(scheme.get("flows"), dict):
        return scheme
    flows = {
        flow: {k: v for k, v in settings.items() if k != "scopes"}
        if isinstance(settings, dict)
        else settings
        for flow, settings in scheme["flows"].items()
    }
    return {**scheme, "flows": flows}


def _without_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: v for k, v in node.items() if k not in ("description", "x-docs-page")}
    return node


def load_spec(source: str, cwd: Path | None = None) -> dict[str, Any]:
    """A spec from a file, or from git when `source` is `REF:PATH` and no such file exists."""
    path = Path(source)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    elif ":" in source:
        result = subprocess.run(
            ["git", "show", source], cwd=cwd, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise SpecError(f"cannot read {source!r} from git: {result.stderr.strip()}")
        text = result.stdout
    else:
        raise SpecError(f"{source}: no such file (use REF:PATH for a spec from git)")
    try:
        loaded = yaml.safe_load(text)  # JSON is YAML; merged specs are JSON, sources YAML
    except yaml.YAMLError as exc:
        raise SpecError(f"{source}: neither JSON nor YAML: {exc}") from exc
    if not isinstance(loaded, dict) or "openapi" not in loaded:
        raise SpecError(f"{source}: not an OpenAPI document (no `openapi` key)")
    return loaded
