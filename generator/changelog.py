"""The generated package's CHANGELOG.md, written from the API diff against the last release.

`specs/released/` holds what was last published: `openapi.json` (the merged spec of that
release) and `CHANGELOG.md` (the entries of every release so far, newest first). The
generated changelog is those entries with, on top, an entry for `info.version` computed
from the diff, marked unreleased until `generator release` records it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diff import Change, Level, compare
from generator.diff.model import Bump
from generator.diff.render import bullets
from generator.document import operations
from generator.errors import SpecError

DEFAULT_RELEASED = Path("specs/released")
RELEASED_SPEC = "openapi.json"
RELEASED_HISTORY = "CHANGELOG.md"
_SECTIONS: tuple[tuple[str, Callable[[Change], bool]], ...] = (
    ("Breaking changes", lambda c: c.level is Level.BREAKING),
    ("Possibly breaking", lambda c: c.level is Level.POSSIBLY_BREAKING),
    ("Added", lambda c: c.level is Level.NON_BREAKING and c.bump is Bump.MINOR),
    ("Changed", lambda c: c.level is Level.NON_BREAKING and c.bump is Bump.PATCH),
)


@dataclass(frozen=True)
class Released:
    spec: dict[str, Any] | None
    history: str

    @property
    def version(self) -> str | None:
        return None if self.spec is None else str(self.spec.get("info", {}).get("version"))


def load_released(folder: Path | None) -> Released:
    if folder is None:
        return Released(None, "")
    spec_path, history_path = folder / RELEASED_SPEC, folder / RELEASED_HISTORY
    spec = None
    if spec_path.is_file():
        try:
            spec = json.loads(spec_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise SpecError(f"{spec_path}: not JSON: {exc}") from exc
    history = history_path.read_text(encoding="utf-8") if history_path.is_file() else ""
    if spec is None and history.strip():
        raise SpecError(
            f"{history_path} lists releases but {spec_path} is missing; restore it "
            f"(git checkout -- {spec_path}) so the version gate has something to compare with"
        )
    return Released(spec, history.strip())


def without_entry(history: str, version: str) -> str:
    """`history` without a leading entry for `version` (left by an interrupted release)."""
    if not history.startswith(f"## {version} ("):
        return history
    rest = history.find("\n## ")
    return "" if rest < 0 else history[rest + 1 :]


def changes_since(released: Released, current: dict[str, Any]) -> list[Change]:
    return [] if released.spec is None else compare(released.spec, current)


def entry(current: dict[str, Any], released: Released, label: str) -> str:
    """One changelog entry for the current spec: `## <version> (<label>)` and its changes."""
    version = current.get("info", {}).get("version", "0.0.0")
    lines = [f"## {version} ({label})", ""]
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
