"""Timing the two code generators as a user runs them: whole processes, wall-clock seconds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.model import Paired

REPO = Path(__file__).resolve().parent.parent
# A generator run on 1000 operations takes tens of seconds on a busy machine; far more is a hang.
TIMEOUT_SECONDS = 900.0


@dataclass(frozen=True, slots=True)
class Finished:
    seconds: float
    stdout: str


def timed(argv: Sequence[str], *, env: dict[str, str] | None = None) -> Finished:
    """Run `argv` from the repository root; wall time from spawn to exit, start-up included."""
    started = time.perf_counter()
    done = subprocess.run(
        list(argv), cwd=REPO, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv)} exited with {done.returncode}:\n{(done.stdout + done.stderr)[-2000:]}"
        )
    return Finished(seconds, done.stdout + done.stderr)


@dataclass(frozen=True, slots=True)
class Tools:
    """The command lines of both generators; `peer_bin` is the peer virtualenv's bin folder."""

    peer_bin: Path

    def ours_cold(self, spec: Path, out: Path) -> list[str]:
        return [sys.executable, "-m", "generator", "codegen", "--force", "--spec", str(spec),
                "--out", str(out)]  # fmt: skip

    def ours_codegen(self, spec: Path, out: Path) -> list[str]:
        return [
            sys.executable,
            "-m",
            "generator",
            "codegen",
            "--spec",
            str(spec),
            "--out",
            str(out),
        ]

    def ours_generate(self, spec: Path, out: Path) -> list[str]:
        """What `make generate` runs: merge, then codegen, in one process."""
        return [sys.executable, "-m", "generator", "generate", "--spec", str(spec),
                "--out", str(out)]  # fmt: skip

    def ours_merge(self, out: Path) -> list[str]:
        return [sys.executable, "-m", "generator", "merge", "--out", str(out)]

    def peer(self, spec: Path, out: Path) -> list[str]:
        # The peer's defaults otherwise (--meta poetry, its default ruff post-hooks).
        return [str(self.peer_bin / "openapi-python-client"), "generate", "--path", str(spec),
                "--output-path", str(out), "--overwrite"]  # fmt: skip

    def peer_env(self) -> dict[str, str]:
        # As with the peer's venv activated: its post-hooks find `ruff` on PATH.
        return {**os.environ, "PATH": f"{self.peer_bin}{os.pathsep}{os.environ.get('PATH', '')}"}

    def peer_version(self) -> str:
        return timed([str(self.peer_bin / "openapi-python-client"), "--version"]).stdout.strip()


def run_ours_cold(tools: Tools, spec: Path, scratch: Path) -> float:
    """One cold render into a folder that does not exist yet; the folder is removed after."""
    out = scratch / "ours" / "client"
    shutil.rmtree(scratch / "ours", ignore_errors=True)
    finished = timed(tools.ours_cold(spec, out))
    if not (out / ".codegen-hash").is_file():
        raise RuntimeError(f"our codegen wrote no tree into {out}:\n{finished.stdout}")
    shutil.rmtree(scratch / "ours", ignore_errors=True)
    return finished.seconds


def run_peer_cold(tools: Tools, spec: Path, scratch: Path) -> float:
    out = scratch / "raw"
    shutil.rmtree(out, ignore_errors=True)
    finished = timed(tools.peer(spec, out), env=tools.peer_env())
    # The peer exits 0 even when it skipped its ruff hooks or parts of the spec.
    if "Warning" in finished.stdout or "not in PATH" in finished.stdout:
        raise RuntimeError(f"openapi-python-client warned on {spec}:\n{finished.stdout[-2000:]}")
    shutil.rmtree(out, ignore_errors=True)
    return finished.seconds


def paired_cold(tools: Tools, spec: Path, scratch: Path, runs: int) -> Paired:
    samples = Paired()
    for _ in range(runs):
        samples.ours.append(run_ours_cold(tools, spec, scratch))
        samples.peer.append(run_peer_cold(tools, spec, scratch))
    return samples
