"""`make generate` with nothing changed: its command, its two steps alone, and the process
start-up under them."""

from __future__ import annotations

import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.gen_runs import Tools, timed

# `generator codegen` prints "<out>: unchanged (0.04 s)": its own time after start-up.
_INSIDE = re.compile(r": (\w+) \((\d+(?:\.\d+)?) s\)")


@dataclass(slots=True)
class Steady:
    interpreter: list[float] = field(default_factory=list)  # `python -c pass`
    imports: list[float] = field(default_factory=list)  # `python -c "import generator.cli"`
    merge: list[float] = field(default_factory=list)
    codegen: list[float] = field(default_factory=list)
    codegen_inside: list[float] = field(default_factory=list)
    generate: list[float] = field(default_factory=list)  # `generator generate`: make generate

    def medians(self) -> dict[str, float]:
        return {
            name: statistics.median(values)
            for name, values in (
                ("interpreter", self.interpreter),
                ("imports", self.imports),
                ("merge", self.merge),
                ("codegen", self.codegen),
                ("codegen_inside", self.codegen_inside),
                ("generate", self.generate),
            )
            if values
        }


def codegen_status(stdout: str) -> tuple[str, float | None]:
    """("unchanged", 0.04) from codegen's last line; the time is None if it is not printed."""
    found = _INSIDE.findall(stdout)
    if not found:
        return stdout.strip().rsplit(":", 1)[-1].strip(), None
    status, seconds = found[-1]
    return status, float(seconds)


def prime(tools: Tools, spec: Path, out: Path) -> None:
    """One merge and one render, so that the timed runs find everything up to date."""
    timed(tools.ours_merge(spec))
    timed(tools.ours_codegen(spec, out))


def measure_steady(tools: Tools, folder: Path, runs: int) -> Steady:
    """`make generate`'s commands (merge, then codegen) on an up-to-date spec and tree.

    They write into `folder` instead of specs/ and generated/ so that the benchmark never
    touches the working tree; the work done is the same.
    """
    spec, out = folder / "openapi.json", folder / "client"
    prime(tools, spec, out)
    steady = Steady()
    for _ in range(runs):
        steady.interpreter.append(timed([sys.executable, "-c", "pass"]).seconds)
        steady.imports.append(timed([sys.executable, "-c", "import generator.cli"]).seconds)
        merge = timed(tools.ours_merge(spec))
        if "unchanged" not in merge.stdout:
            raise RuntimeError(f"merge was not a no-op on the second run: {merge.stdout}")
        codegen = timed(tools.ours_codegen(spec, out))
        status, inside = codegen_status(codegen.stdout)
        if status != "unchanged":
            raise RuntimeError(f"codegen was not a cache hit: {codegen.stdout}")
        generate = timed(tools.ours_generate(spec, out))
        if generate.stdout.count("unchanged") != 2:
            raise RuntimeError(f"generate was not a no-op: {generate.stdout}")
        steady.merge.append(merge.seconds)
        steady.codegen.append(codegen.seconds)
        steady.generate.append(generate.seconds)
        if inside is not None:
            steady.codegen_inside.append(inside)
    return steady
