"""The merge pipeline: sources -> one validated, canonical OpenAPI document."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.document import anonymous_path
from generator.inputs import Key
from generator.jsonio import write_if_changed

if TYPE_CHECKING:
    from generator.spec.coverage import CoverageReport

CACHE_DIR = ".generate-cache"
_SUFFIXES = (".json", ".yaml", ".yml")
# Libraries whose behaviour decides the merged bytes: validation, overlays, YAML parsing.
_TOOLS = ("openapi-spec-validator", "python-jsonpath", "PyYAML")


def build_spec(sources_dir: Path) -> dict[str, Any]:
    """Load, merge, overlay, hoist and validate; raises SpecError with a clear message."""
    return build_spec_with_report(sources_dir)[0]


def build_spec_with_report(sources_dir: Path) -> tuple[dict[str, Any], CoverageReport]:
    """The merged spec, and what the lint checked against the vendor pages."""
    # Imported here: validation pulls in openapi-spec-validator (0.2 s), which a cache hit,
    # the common case of `make generate`, never needs.
    from generator.errors import ValidationFailed
    from generator.spec.coverage import CoverageReport, documented_operations, excluded_count
    from generator.spec.hoist import hoist_shared_schemas
    from generator.spec.lint import check
    from generator.spec.merge import merge_fragments
    from generator.spec.overlay import apply_overlays
    from generator.spec.sources import load_sources

    sources = load_sources(sources_dir)
    document = merge_fragments(sources.root, sources.fragments)
    apply_overlays(document, sources.overlays)
    hoist_shared_schemas(document)
    documented = documented_operations(sources.fragments)
    found, examples = check(document, documented)
    if found:
        raise ValidationFailed(found)
    report = CoverageReport(
        pages=len({d.page for d in documented}),
        documented=len({(d.method, anonymous_path(d.path)) for d in documented}),
        excluded=excluded_count(sources.fragments),
        examples=examples,
    )
    return document, report


def render_spec(sources_dir: Path) -> str:
    return render_spec_with_report(sources_dir)[0]


def render_spec_with_report(sources_dir: Path) -> tuple[str, CoverageReport]:
    from generator.jsonio import canonical_json

    document, report = build_spec_with_report(sources_dir)
    return canonical_json(document), report


def merge_key(sources_dir: Path) -> str:
    key = Key()
    for path in sorted(p for p in sources_dir.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        key.add(f"source:{path.relative_to(sources_dir).as_posix()}", path.read_bytes())
    key.add_code(["spec/pipeline.py"])
    key.add_versions(_TOOLS)
    return key.hexdigest()


def merge_to_file(sources_dir: Path, out: Path) -> bool:
    """Write the merged spec atomically; nothing is written unless every step succeeded.
    Returns True if the file changed.

    Skips the merge when the sources, the merge code and the tools are those of the last
    merge into `out` and `out` still holds what that merge wrote (a record in
    `<sources>/../.generate-cache/`, never committed). `check` always merges afresh.
    """
    key = merge_key(sources_dir)
    record = _record_path(sources_dir, out)
    recorded = _recorded(record)
    if isinstance(recorded, dict) and (recorded.get("key"), recorded.get("sha256")) == (
        key,
        _sha256(out),
    ):
        return False
    text, report = render_spec_with_report(sources_dir)
    changed = write_if_changed(out, text)
    entry = {"key": key, "sha256": _sha256(out), "report": dataclasses.asdict(report)}
    write_if_changed(record, json.dumps(entry, sort_keys=True) + "\n")
    return changed


def last_report(sources_dir: Path, out: Path) -> dict[str, int] | None:
    """What the merge that wrote `out` checked (from its cache record), if known."""
    recorded = _recorded(_record_path(sources_dir, out))
    report = recorded.get("report") if isinstance(recorded, dict) else None
    return report if isinstance(report, dict) else None


def _record_path(sources_dir: Path, out: Path) -> Path:
    name = hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:16]
    return sources_dir.resolve().parent / CACHE_DIR / f"merge-{name}.json"


def _recorded(record: Path) -> Any:
    try:
        return json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
