"""Breaking-change report between two versions of the merged spec.

A change is breaking when a client generated from the old spec can fail against a server
that implements the new one (an operation or success status gone, a new required input, a
response field dropped, a type changed).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.document import operations, parameters
from generator.errors import SpecError
from generator.pointers import deref, escape, pointer


@dataclass(frozen=True, order=True)
class Change:
    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'compatible'}  {self.where}: {self.what}"


def spec_at(ref: str, path: str = "specs/openapi.json", cwd: Path | None = None) -> dict[str, Any]:
    """The spec as committed at a git ref."""
    result = subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SpecError(f"cannot read {path} at {ref!r}: {result.stderr.strip()}")
    loaded: dict[str, Any] = json.loads(result.stdout)
    return loaded


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_ops = {(t, m): op for t, m, op in operations(old)}
    new_ops = {(t, m): op for t, m, op in operations(new)}
    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change(True, pointer("paths", *key), "operation removed"))
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(False, pointer("paths", *key), "operation added"))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        changes += _compare_operation(old, new, key, pointer("paths", *key))
    return sorted(changes, key=lambda c: (not c.breaking, c.where, c.what))


def _compare_operation(
    old_doc: dict[str, Any],
    new_doc: dict[str, Any],
    key: tuple[str, str],
    where: str,
) -> list[Change]:
    old, new = old_doc["paths"][key[0]][key[1]], new_doc["paths"][key[0]][key[1]]
    changes: list[Change] = []
    if old.get("operationId") != new.get("operationId"):
        changes.append(
            Change(
                True, where, f"operationId {old.get('operationId')!r} -> {new.get('operationId')!r}"
            )
        )
    old_params = {(p["in"], p["name"]): p for p in parameters(old_doc, *key)}
    new_params = {(p["in"], p["name"]): p for p in parameters(new_doc, *key)}
    for place, name in sorted(new_params.keys() - old_params.keys()):
        if new_params[(place, name)].get("required"):
            changes.append(Change(True, where, f"new required {place} parameter {name!r}"))
    for place, name in sorted(old_params.keys() - new_params.keys()):
        changes.append(Change(True, where, f"{place} parameter {name!r} removed"))
    old_body = _json_schema(old_doc, old.get("requestBody"))
    new_body = _json_schema(new_doc, new.get("requestBody"))
    if old_body is not None and new_body is not None:
        changes += _compare_schema(
            old_doc, new_doc, old_body, new_body, f"{where}/requestBody", request=True
        )
    old_codes = set(old.get("responses", {}))
    new_codes = set(new.get("responses", {}))
    for code in sorted(old_codes - new_codes):
        changes.append(
            Change(code.startswith("2"), f"{where}/responses/{code}", "response removed")
        )
    for code in sorted(new_codes - old_codes):
        changes.append(Change(False, f"{where}/responses/{code}", "response added"))
    for code in sorted(old_codes & new_codes):
        old_schema = _json_schema(old_doc, old["responses"][code])
        new_schema = _json_schema(new_doc, new["responses"][code])
        if old_schema is not None and new_schema is not None:
            changes += _compare_schema(
                old_doc, new_doc, old_schema, new_schema, f"{where}/responses/{code}", request=False
            )
    return changes


def _json_schema(document: dict[str, Any], holder: Any) -> Any:
    holder = deref(document, holder)
    if not isinstance(holder, dict):
        return None
    return holder.get("content", {}).get("application/json", {}).get("schema")


def _compare_schema(
    old_doc: dict[str, Any],
    new_doc: dict[str, Any],
    old: Any,
    new: Any,
    where: str,
    *,
    request: bool,
    depth: int = 0,
) -> list[Change]:
    old, new = deref(old_doc, old), deref(new_doc, new)
    if depth > 20 or not isinstance(old, dict) or not isinstance(new, dict):
        return []
    changes: list[Change] = []
    if old.get("type") != new.get("type"):
        changes.append(Change(True, where, f"type {old.get('type')!r} -> {new.get('type')!r}"))
        return changes
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if isinstance(old_enum, list) and isinstance(new_enum, list):
        # Requests break when a value is no longer accepted, responses when a new one appears.
        lost = [v for v in old_enum if v not in new_enum]
        gained = [v for v in new_enum if v not in old_enum]
        if lost:
            changes.append(Change(request, where, f"enum values removed: {lost}"))
        if gained:
            changes.append(Change(not request, where, f"enum values added: {gained}"))
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for name in sorted(new_required - old_required):
        if request:
            changes.append(
                Change(True, f"{where}/{escape(name)}", "became required in the request")
            )
    for name in sorted(old_required - new_required):
        if not request:
            changes.append(
                Change(True, f"{where}/{escape(name)}", "no longer always present in the response")
            )
    for name in sorted(old_props.keys() - new_props.keys()):
        changes.append(Change(not request, f"{where}/{escape(name)}", "property removed"))
    for name in sorted(new_props.keys() - old_props.keys()):
        changes.append(Change(False, f"{where}/{escape(name)}", "property added"))
    for name in sorted(old_props.keys() & new_props.keys()):
        changes += _compare_schema(
            old_doc,
            new_doc,
            old_props[name],
            new_props[name],
            f"{where}/{escape(name)}",
            request=request,
            depth=depth + 1,
        )
    if "items" in old and "items" in new:
        changes += _compare_schema(
            old_doc,
            new_doc,
            old["items"],
            new["items"],
            f"{where}/items",
            request=request,
            depth=depth + 1,
        )
    return changes
