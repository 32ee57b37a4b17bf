"""The generated package's CHANGELOG.md, written from the API diff against the last release.

`specs/released/` holds what was last published: `openapi.json` (the merged spec of that
release) and `CHANGELOG.md` (the entries of every release so far, newest first). The
generated changelog is those entries with, on top, an entry for `info.version` computed
from the diff, marked unreleased until `generator release` records it. The entry opens
with `info.x-release-notes` from `specs/sources/root.yaml`, when set: the reason for the
release, which no diff can tell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.document import operations
from generator.releases.diff import Change, Level, compare
from generator.releases.diff.model import Bump
from generator.releases.diff.render import bullets
from generator.releases.history import Released

_SECTIONS: tuple[tuple[str, Callable[[Change], bool]], ...] = (
    ("Breaking changes", lambda c: c.level is Level.BREAKING),
    ("Possibly breaking", lambda c: c.level is Level.POSSIBLY_BREAKING),
    ("Added", lambda c: c.level is Level.NON_BREAKING and c.bump is Bump.MINOR),
    ("Changed", lambda c: c.level is Level.NON_BREAKING and c.bump is Bump.PATCH),
)


def changes_since(released: Released, current: dict[str, Any]) -> list[Change]:
    return [] if released.spec is None else compare(released.spec, current)


def entry(current: dict[str, Any], released: Released, label: str) -> str:
    """One changelog entry for the current spec: `## <version> (<label>)` and its changes."""
    info = current.get("info", {})
    version = info.get("version", "0.0.0")
    lines = [f"## {version} ({label})", ""]
    notes = str(info.get("x-release-notes") or "").strip()
    if notes:
        # Why the release is what it is, in the author's words, before the list of changes.
        lines += [notes, ""]
    if released.spec is None:
        count = sum(1 for _ in operations(current))
        return "\n".join([*lines, f"First release: {count} operations.", ""])
    changes = changes_since(released, current)
    lines.append(f"API changes since {released.version}.")
    lines.append("")
    if not changes:
        lines += ["No API changes (client-only release).", ""]
    for heading, wanted in _SECTIONS:
        chosen = [c for c in changes if wanted(c)]
        if chosen:
            lines += [f"### {heading}", "", *bullets(chosen), ""]
    return "\n".join(lines)


def has_unreleased(current: dict[str, Any], released: Released) -> bool:
    if released.spec is None:
        return True
    return current.get("info", {}).get("version") != released.version or bool(
        changes_since(released, current)
    )


def render(current: dict[str, Any], released: Released, package: str) -> str:
    lines = [
        "# Changelog",
        "",
        f"Releases of `{package}`. It follows semantic versioning: `make check` fails unless "
        "the version grows as much as the API diff says (major for a breaking change, minor "
        "for a possibly breaking or additive one, patch otherwise). Entries are written from "
        "that diff.",
        "",
    ]
    if has_unreleased(current, released):
        lines.append(entry(current, released, "unreleased"))
    if released.history:
        lines += [released.history, ""]
    return "\n".join(lines).rstrip("\n") + "\n"
