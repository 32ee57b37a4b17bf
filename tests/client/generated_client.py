"""Run Python against a client generated into a folder of its own (not the committed one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.client.codegen import DEFAULT_CONFIG, DEFAULT_TEMPLATES, render_into


def render_spec(document: dict[str, Any], folder: Path, name: str = "client") -> Path:
    """Generate a client, with our templates and config, from a spec given as a dict;
    returns the tree (`folder/name`) to run against."""
    spec = folder / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    out = folder / name
    render_into(spec, out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    return out


def run_with_client(tree: Path, script: str, **env: str) -> str:
    """Run `script` in a fresh interpreter that imports the package generated into `tree`;
    fails the test with its output unless it exits 0; returns what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(tree), **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, script + "\n" + result.stdout + result.stderr
    return result.stdout
