"""`specs/released/`: what was last published, read without loading the diff machinery.

It holds `openapi.json` (the merged spec of the last release) and `CHANGELOG.md` (the entries
of every release so far, newest first). The command line imports these names on every run,
so this module stays light.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import SpecError

DEFAULT_RELEASED = Path("specs/released")
RELEASED_SPEC = "openapi.json"
RELEASED_HISTORY = "CHANGELOG.md"


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
