"""The `make_sources` fixture: a sources tree written into a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_support import ROOT, SourceWriter


@pytest.fixture
def make_sources(tmp_path: Path) -> SourceWriter:
    """Write a sources tree: `make_sources(fragments={"a.json": {...}}, overlays={...})`."""

    def write(
        fragments: dict[str, Any],
        overlays: dict[str, Any] | None = None,
        root: dict[str, Any] | None = None,
        name: str = "sources",
    ) -> Path:
        sources = tmp_path / name
        (sources / "fragments").mkdir(parents=True)
        (sources / "root.yaml").write_text(yaml.safe_dump(root or ROOT), encoding="utf-8")
        for file_name, document in fragments.items():
            target = sources / "fragments" / file_name
            target.parent.mkdir(parents=True, exist_ok=True)
            if file_name.endswith(".json"):
                target.write_text(json.dumps(document), encoding="utf-8")
            else:
                target.write_text(yaml.safe_dump(document), encoding="utf-8")
        for file_name, document in (overlays or {}).items():
            target = sources / "overlays" / file_name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(yaml.safe_dump(document), encoding="utf-8")
        return sources

    return write
