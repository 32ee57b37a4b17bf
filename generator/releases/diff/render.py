"""A diff for people (Markdown) and for machines (JSON)."""

from __future__ import annotations

import json
from typing import Any

from generator.releases.diff.model import Bump, Change, Level, required_bump

_HEADINGS = {
    Level.BREAKING: "Breaking",
    Level.POSSIBLY_BREAKING: "Possibly breaking",
    Level.NON_BREAKING: "Non-breaking",
}
_SCHEMAS = "#/components/schemas/"
_LISTED_USERS = 3


def summary(changes: list[Change]) -> dict[str, int]:
    return {level.value: sum(c.level is level for c in changes) for level in Level}


def to_json(changes: list[Change], old_version: str, new_version: str) -> str:
    document: dict[str, Any] = {
        "old_version": old_version,
        "new_version": new_version,
        "summary": summary(changes),
        "required_bump": required_bump(changes).label,
        "changes": [change.to_json() for change in changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_markdown(changes: list[Change], old_version: str, new_version: str) -> str:
    counts = summary(changes)
    bump = required_bump(changes)
    lines = [
        f"## API changes {old_version} -> {new_version}",
        "",
        f"{len(changes)} change(s): {counts['breaking']} breaking, "
        f"{counts['possibly-breaking']} possibly breaking, {counts['non-breaking']} non-breaking. "
        + (f"Needs a **{bump.label}** release." if bump is not Bump.NONE else "No release needed."),
        "",
    ]
    for level in Level:
        chosen = [c for c in changes if c.level is level]
        if chosen:
            lines += [f"### {_HEADINGS[level]} ({len(chosen)})", "", *bullets(chosen), ""]
    return "\n".join(lines)


def bullets(changes: list[Change]) -> list[str]:
    """One line per change, grouped by area; description edits folded into one line."""
    lines: list[str] = []
    edits = [c for c in changes if c.kind.endswith("description-changed")]
    for change in changes:
        if change not in edits:
            lines.append(f"- {bullet(change)}")
    if edits:
        places = ", ".join(f"`{subject(c)}`" for c in edits[:5])
        more = f" and {len(edits) - 5} more" if len(edits) > 5 else ""
        lines.append(f"- description edits in {len(edits)} place(s): {places}{more}")
    return lines


def bullet(change: Change) -> str:
    text = f"{change.area.value}: `{subject(change)}`: {change.message}"
    if change.location.startswith(_SCHEMAS) and change.operations:
        users = ", ".join(change.operations[:_LISTED_USERS])
        more = len(change.operations) - _LISTED_USERS
        text += f" (used by {users}{f' and {more} more' if more > 0 else ''})"
    return text + f" [{change.kind}]"


def subject(change: Change) -> str:
    """What a person calls the changed thing: `Connector.websiteURL`, `GET /v1/x` ..."""
    if change.location.startswith(_SCHEMAS):
        path = change.location[len(_SCHEMAS) :].replace("/properties/", ".")
        path = path.replace("/items", "[]").replace("/additionalProperties", "{}")
        # The keyword that changed (type, enum, ...) is in the message already.
        return _unescape(path.split("/", 1)[0])
    if change.operations and change.location.startswith("#/paths/"):
        return change.operations[0]
    return change.location


def _unescape(text: str) -> str:
    return text.replace("~1", "/").replace("~0", "~")
