"""Placeholder until this benchmark is written."""

from __future__ import annotations

from bench.model import Section, Settings


def run(settings: Settings) -> Section:
    raise RuntimeError("the generation benchmark is not written yet")
