"""`make test` from a clean clone: a fresh `git clone` of HEAD, so the timing includes creating
`.venv` and installing everything, as CI and a new developer see it."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.contract_runs import REPO, clean_env, timed_run

TARGET_SECONDS = 300.0
# pytest's last line: "==== 800 passed, 181 skipped, 2 xfailed, 3 warnings in 276.97s (0:04:36) ====".
SUMMARY = re.compile(r"=+ (.*) in [0-9.]+s.* =+")


@dataclass(frozen=True, slots=True)
class MakeTestRun:
    wall_seconds: float
    exit_code: int
    # pytest's summary counts, e.g. "800 passed, 181 skipped, 2 xfailed".
    summary: str


def clean_clone_make_test(work: Path, name: str) -> MakeTestRun:
    clone = work / f"{name}-clone"
    shutil.rmtree(clone, ignore_errors=True)
    subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", str(REPO), str(clone)],
        check=True,
        timeout=600,
    )
    log = work / f"{name}.log"
    try:
        timed = timed_run(["make", "test"], clone, clean_env(), log, finished=(0, 1, 2))
    finally:
        shutil.rmtree(clone, ignore_errors=True)
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    found = [match.group(1) for line in lines if (match := SUMMARY.fullmatch(line.strip()))]
    return MakeTestRun(timed.wall_seconds, timed.exit_code, found[-1] if found else "no summary")
