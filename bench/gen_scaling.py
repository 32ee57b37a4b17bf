"""Cold generation time against spec size, on synthetic specs (bench/synthetic_spec.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.gen_runs import Tools, paired_cold
from bench.model import Paired
from bench.synthetic_spec import write_spec

SIZES = (100, 300, 1000)
QUICK_SIZES = (20, 50, 100)
# The largest spec takes the longest by far; three paired runs keep the median meaningful.
LARGEST_RUNS = 3


@dataclass(frozen=True, slots=True)
class Point:
    operations: int
    runs: int
    samples: Paired


def sizes(quick: bool) -> tuple[int, ...]:
    return QUICK_SIZES if quick else SIZES


def runs_for(operations: int, all_sizes: tuple[int, ...], runs: int, quick: bool) -> int:
    """`runs` for every size but the largest, which gets LARGEST_RUNS (fewer with --quick)."""
    if operations != max(all_sizes):
        return runs
    return min(runs, LARGEST_RUNS) if quick else LARGEST_RUNS


def measure_curve(tools: Tools, folder: Path, runs: int, quick: bool) -> list[Point]:
    all_sizes = sizes(quick)
    points = []
    for operations in all_sizes:
        spec = write_spec(operations, folder / f"synthetic-{operations}.json")
        count = runs_for(operations, all_sizes, runs, quick)
        points.append(Point(operations, count, paired_cold(tools, spec, folder, count)))
    return points


def growth(points: list[Point]) -> tuple[float, float]:
    """(ours, peer): median time on the largest spec over median time on the smallest."""
    first, last = points[0].samples, points[-1].samples
    return last.ours_median / first.ours_median, last.peer_median / first.peer_median
