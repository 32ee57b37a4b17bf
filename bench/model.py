"""What every benchmark hands the report: tables of medians and the targets it checked."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class Settings:
    """What one `make bench` run was asked for; every benchmark reads the same settings."""

    runs: int
    seconds: float
    warmup: float
    connections: int
    quick: bool
    work: Path


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: list[str]
    rows: list[list[Cell]]


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    target: str
    measured: str
    met: bool
    note: str = ""


@dataclass(slots=True)
class Section:
    """One benchmark's result: `name` is its key in latest.json, `title` its README heading."""

    name: str
    title: str
    description: str
    command: str
    tables: list[Table] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def all_targets_met(self) -> bool:
        return all(target.met for target in self.targets)


def ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("inf")


@dataclass(slots=True)
class Paired:
    """Seconds of ours and of the peer, run i of one right before run i of the other, so that
    each pair saw the same machine load."""

    ours: list[float] = field(default_factory=list)
    peer: list[float] = field(default_factory=list)

    @property
    def ours_median(self) -> float:
        return statistics.median(self.ours)

    @property
    def peer_median(self) -> float:
        return statistics.median(self.peer)

    @property
    def paired_ratio(self) -> float:
        """Median of the per-pair ratios: the headline ratio of every benchmark."""
        return statistics.median(o / p for o, p in zip(self.ours, self.peer, strict=True))

    @property
    def ratio_of_medians(self) -> float:
        return self.ours_median / self.peer_median

    def to_json(self, peer_name: str) -> dict[str, object]:
        return {"ours": self.ours, peer_name: self.peer, "paired_ratio": self.paired_ratio}
