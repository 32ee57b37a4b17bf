"""bench/results/latest.json and latest.md, written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.jsonio import write_if_changed


def write_results(folder: Path, results: dict[str, Any]) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / "latest.json"
    md_path = folder / "latest.md"
    write_if_changed(json_path, json.dumps(results, indent=2, sort_keys=True) + "\n")
    write_if_changed(md_path, markdown(results))
    return json_path, md_path


def markdown(results: dict[str, Any]) -> str:
    settings = results["settings"]
    lines = [
        "# Mock vs Prism",
        "",
        f"`{results['command']}` on {results['date']} "
        f"({results['machine']['cpus']} CPUs, Python {results['machine']['python']}, "
        f"Prism {results['peer']['version']}, {results['load_generator']}).",
        "",
        f"Medians of {settings['runs']} runs of {settings['seconds']} s each, "
        f"{settings['connections']} connections, after a {settings['warmup_seconds']} s warm-up. "
        "The mock runs with request validation and the SQLite store (file database) on, "
        f"rate limit off; GET list returns {settings['seeded_connectors']} stored connectors. "
        "Each mock run is followed by the matching Prism run; *ratio* is the median of those "
        "paired req/s ratios (the ratio of the medians is in brackets).",
        "",
        "| scenario | mock req/s | Prism req/s | ratio (target) | mock p50 / p99 ms "
        "| Prism p50 / p99 ms | met |",
        "|---|---:|---:|---:|---:|---:|:---:|",
    ]
    for row in results["scenarios"]:
        mock, peer = row["mock"]["median"], row["prism"]["median"]
        lines.append(
            f"| {row['name']} | {mock['requests_per_second']:.0f} "
            f"| {peer['requests_per_second']:.0f} "
            f"| {row['ratio']:.1f}x [{row['ratio_of_medians']:.1f}x] (>= {row['target_ratio']:.0f}x) "
            f"| {mock['p50_ms']:.2f} / {mock['p99_ms']:.2f} "
            f"| {peer['p50_ms']:.2f} / {peer['p99_ms']:.2f} "
            f"| {'yes' if row['meets_target'] else 'NO'} |"
        )
    lines += ["", f"All targets met: {'yes' if results['all_targets_met'] else 'NO'}", ""]
    return "\n".join(lines)
