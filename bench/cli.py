"""`python -m bench`: every benchmark side by side with its peer, results in bench/results/."""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.model import Section, Settings
from bench.report import write_results

REPO = Path(__file__).resolve().parent.parent
# Run order: the quiet, CPU-bound ones first; the load tests, which heat the machine, last.
BENCHMARKS: dict[str, str] = {
    "generation": "bench.generation",
    "corpus": "bench.corpus",
    "client": "bench.client",
    "contract": "bench.contract",
    "mock": "bench.mock_server",
}


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    cli.add_argument(
        "--only",
        default=",".join(BENCHMARKS),
        help=f"comma-separated subset of {', '.join(BENCHMARKS)} (default: all)",
    )
    cli.add_argument("--runs", type=int, default=5, help="repetitions per measurement (default 5)")
    cli.add_argument(
        "--seconds", type=float, default=5.0, help="length of one load run (default 5)"
    )
    cli.add_argument("--warmup", type=float, default=1.0, help="warm-up before each load scenario")
    cli.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    cli.add_argument(
        "--quick",
        action="store_true",
        help="smaller inputs and fewer repetitions, to try the benchmarks out (not for results)",
    )
    cli.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    return cli


def selected(only: str, cli: argparse.ArgumentParser) -> list[str]:
    names = [name.strip() for name in only.split(",") if name.strip()]
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown or not names:
        cli.error(f"--only: unknown benchmark(s) {unknown}; choose from {', '.join(BENCHMARKS)}")
    return [name for name in BENCHMARKS if name in names]


def main(argv: Sequence[str] | None = None) -> int:
    cli = parser()
    args = cli.parse_args(argv)
    if args.runs < 1 or args.seconds < 1 or args.connections < 1:
        cli.error("--runs, --seconds and --connections must be at least 1")
    names = selected(args.only, cli)
    started = time.monotonic()
    sections: list[Section] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        settings = Settings(
            runs=args.runs,
            seconds=args.seconds,
            warmup=args.warmup,
            connections=args.connections,
            quick=args.quick,
            work=Path(folder),
        )
        for name in names:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            run: Callable[[Settings], Section] = importlib.import_module(BENCHMARKS[name]).run
            try:
                sections.append(run(settings))
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                print(f"bench: {name} failed: {exc}", file=sys.stderr)
                return 2
    results = record(args, sections, time.monotonic() - started)
    json_path, md_path = write_results(args.out, results, sections)
    print(md_path.read_text(encoding="utf-8"))
    print(f"written: {json_path} and {md_path}")
    return 0 if results["all_targets_met"] else 1


def record(args: argparse.Namespace, sections: list[Section], seconds: float) -> dict[str, Any]:
    flags = [
        f"--runs={args.runs}",
        f"--seconds={args.seconds:g}",
        f"--connections={args.connections}",
    ]
    if args.only != ",".join(BENCHMARKS):
        flags.insert(0, f"--only={args.only}")
    if args.quick:
        flags.append("--quick")
    return {
        "command": "python -m bench " + " ".join(flags),
        "date": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "commit": _commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "wall_seconds": round(seconds, 1),
        "all_targets_met": all(section.all_targets_met for section in sections),
    }


def _commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        )
    except OSError:
        return None
    return done.stdout.strip() or None
