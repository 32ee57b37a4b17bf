"""Where a cold generation spends its time: one cProfile run of each tool, split into phases.

Only for explaining the timed numbers: cProfile slows Python code down (ruff, a separate
process, is not slowed), and the phases overlap where a phase triggers imports.
"""

from __future__ import annotations

import pstats
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.gen_runs import Tools, timed

# (label, (file name suffix, function name) pairs whose cumulative times are summed).
# Several functions of one name in one file (e.g. from_dict) count once, by the largest.
OURS_PHASES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("imports (all modules)", (("importlib._bootstrap>", "_find_and_load"),)),
    ("parse the spec (GeneratorData.from_dict)", (("parser/openapi.py", "from_dict"),)),
    ("render modules (Project.build)", (("openapi_python_client/__init__.py", "build"),)),
    ("ruff check --fix-only + ruff format", (("generator/client/render.py", "_ruff"),)),
    (
        "our names, SDK layout, README examples",
        (
            ("generator/client/names.py", "pythonic_names"),
            ("generator/client/sdk.py", "build_sdk"),
            ("generator/client/examples.py", "example_for"),
        ),
    ),
    (
        "our input hash and file manifest",
        (
            ("generator/client/codegen.py", "input_hash"),
            ("generator/client/codegen.py", "_files_manifest"),
        ),
    ),
)
PEER_PHASES: dict[str, tuple[tuple[str, str], ...]] = {
    "imports (all modules)": (("importlib._bootstrap>", "_find_and_load"),),
    "parse the spec (GeneratorData.from_dict)": (("parser/openapi.py", "from_dict"),),
    # The peer runs its ruff post-hooks inside Project.build; they are split out below.
    "render modules (Project.build)": (("openapi_python_client/__init__.py", "build"),),
    "ruff check --fix-only + ruff format": (
        ("openapi_python_client/__init__.py", "_run_post_hooks"),
    ),
}


@dataclass(frozen=True, slots=True)
class Phase:
    label: str
    ours: float | None
    peer: float | None


def _cumulative(stats: pstats.Stats, wanted: tuple[tuple[str, str], ...]) -> float | None:
    found = False
    total = 0.0
    table = stats.stats  # type: ignore[attr-defined]
    for suffix, name in wanted:
        best = [
            cumulative
            for (filename, _line, function), (_cc, _nc, _tt, cumulative, _callers) in table.items()
            if function == name and filename.endswith(suffix)
        ]
        if best:
            found = True
            total += max(best)
    return total if found else None


def _phases(profile: Path, phases: dict[str, tuple[tuple[str, str], ...]]) -> dict[str, float]:
    stats = pstats.Stats(str(profile))
    found = {label: _cumulative(stats, wanted) for label, wanted in phases.items()}
    result = {label: seconds for label, seconds in found.items() if seconds is not None}
    result["whole process"] = float(stats.total_tt)  # type: ignore[attr-defined]
    return result


def profile_cold(tools: Tools, spec: Path, scratch: Path) -> list[Phase]:
    """One profiled cold run of each tool; the ruff hooks are taken out of the peer's render."""
    scratch.mkdir(parents=True, exist_ok=True)
    ours_out, peer_out = scratch / "ours" / "client", scratch / "raw"
    shutil.rmtree(scratch / "ours", ignore_errors=True)
    shutil.rmtree(peer_out, ignore_errors=True)
    ours_argv = tools.ours_cold(spec, ours_out)
    timed([ours_argv[0], "-m", "cProfile", "-o", str(scratch / "ours.prof"), *ours_argv[1:]])
    peer_argv = [str(tools.peer_bin / "python"), "-m", "cProfile", "-o",
                 str(scratch / "raw.prof"), "-m", "openapi_python_client",
                 *tools.peer(spec, peer_out)[1:]]  # fmt: skip
    timed(peer_argv, env=tools.peer_env())
    ours = _phases(scratch / "ours.prof", dict(OURS_PHASES))
    peer = _phases(scratch / "raw.prof", PEER_PHASES)
    render, hooks = "render modules (Project.build)", "ruff check --fix-only + ruff format"
    if render in peer and hooks in peer:
        peer[render] -= peer[hooks]
    labels = ["whole process", *(label for label, _ in OURS_PHASES)]
    return [Phase(label, ours.get(label), peer.get(label)) for label in labels]


_IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)$")


@dataclass(slots=True)
class _Import:
    name: str
    depth: int
    seconds: float
    parent: _Import | None = None


def _import_tree(stderr: str) -> list[_Import]:
    """The lines of `-X importtime`, each linked to the import that triggered it."""
    entries: list[_Import] = []
    pending: list[_Import] = []
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        entry = _Import(match.group(3), len(match.group(2)), int(match.group(1)) / 1e6)
        # Children are printed before their parent, one indentation level deeper.
        while pending and pending[-1].depth > entry.depth:
            pending.pop().parent = entry
        pending.append(entry)
        entries.append(entry)
    return entries


def heaviest_imports(module: str, count: int = 3) -> list[tuple[str, float]]:
    """The third-party packages `module` imports directly (not through another third-party
    package) that take longest, with everything they import in turn."""
    own = module.split(".", 1)[0]

    def third_party(entry: _Import) -> bool:
        top = entry.name.split(".", 1)[0]
        # `_`-names are site hooks (editable installs, setuptools), not the module's imports.
        return top != own and top not in sys.stdlib_module_names and not top.startswith("_")

    def first_third_party(entry: _Import) -> bool:
        ancestor = entry.parent
        while ancestor is not None:
            if third_party(ancestor):
                return False
            ancestor = ancestor.parent
        return third_party(entry)

    done = timed([sys.executable, "-X", "importtime", "-c", f"import {module}"])
    found: dict[str, float] = {}
    for entry in _import_tree(done.stdout):
        if first_third_party(entry):
            top = entry.name.split(".", 1)[0]
            found[top] = max(found.get(top, 0.0), entry.seconds)
    return sorted(found.items(), key=lambda item: -item[1])[:count]
