"""bench/results/latest.json (for machines) and README.md (for people), written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.model import Cell, Section
from generator.jsonio import write_if_changed


def write_results(
    folder: Path, results: dict[str, Any], sections: list[Section]
) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / "latest.json"
    md_path = folder / "README.md"
    document = {
        **results,
        "benchmarks": {
            section.name: {**asdict(section), "all_targets_met": section.all_targets_met}
            for section in sections
        },
    }
    write_if_changed(json_path, json.dumps(document, indent=2, sort_keys=True) + "\n")
    write_if_changed(md_path, markdown(results, sections))
    return json_path, md_path


def markdown(results: dict[str, Any], sections: list[Section]) -> str:
    machine = results["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"`{results['command']}` (what `make bench` runs) on {results['date']}, commit "
        f"`{results['commit']}`: {machine['cpus']} cores, Python {machine['python']}, "
        f"{results['wall_seconds']:g} s in all. Every number is a median of repeated runs, "
        "measured in the same run as its peer; ratios compare the two.",
        "",
        f"All targets met: **{'yes' if results['all_targets_met'] else 'NO'}**",
        "",
    ]
    for section in sections:
        lines += [f"## {section.title}", "", section.description, "", f"`{section.command}`", ""]
        for table in section.tables:
            lines += [f"**{table.title}**", "", *_table(table.columns, table.rows), ""]
        if section.targets:
            rows: list[list[Cell]] = [
                [t.name, t.target, t.measured, "yes" if t.met else "NO", t.note]
                for t in section.targets
            ]
            lines += [*_table(["target", "wanted", "measured", "met", "note"], rows), ""]
    return "\n".join(lines)


def _table(columns: list[str], rows: list[list[Cell]]) -> list[str]:
    numeric = [all(isinstance(row[i], int | float) for row in rows) for i in range(len(columns))]
    lines = [
        "| " + " | ".join(columns) + " |",
        "|" + "|".join("---:" if right else "---" for right in numeric) + "|",
    ]
    for row in rows:
        lines.append("| " + " | ".join(_cell(value) for value in row) + " |")
    return lines


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return value.replace("|", "\\|")
