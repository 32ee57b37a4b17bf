"""Run Python against a client generated into a folder of its own (not the committed one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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
