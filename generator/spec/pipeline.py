"""The merge pipeline: sources -> one validated, canonical OpenAPI document."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from generator.inputs import Key
from generator.jsonio import write_if_changed

CACHE_DIR = ".generate-cache"
_SUFFIXES = (".json", ".yaml", ".yml")
# Libraries whose behaviour decides the merged bytes: validation, overlays, YAML parsing.
_TOOLS = ("openapi-spec-validator", "python-jsonpath", "PyYAML")


def build_spec(sources_dir: Path) -> dict[str, Any]:
    """Load, merge, overlay, hoist and validate; raises SpecError with a clear message."""
    # Imported here: validation pulls in openapi-spec-validator (0.2 s), which a cache hit,
    # the common case of `make generate`, never needs.
    from generator.errors import ValidationFailed
    from generator.spec.hoist import hoist_shared_schemas
    from generator.spec.lint import problems
    from generator.spec.merge import merge_fragments
    from generator.spec.overlay import apply_overlays
    from generator.spec.sources import load_sources

    sources = load_sources(sources_dir)
    document = merge_fragments(sources.root, sources.fragments)
    apply_overlays(document, sources.overlays)
    hoist_shared_schemas(document)
    found = problems(document)
    if found:
        raise ValidationFailed(found)
    return document


def render_spec(sources_dir: Path) -> str:
    from generator.jsonio import canonical_json

    return canonical_json(build_spec(sources_dir))


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
    if _recorded(record) == {"key": key, "sha256": _sha256(out)}:
        return False
    text = render_spec(sources_dir)
    changed = write_if_changed(out, text)
    write_if_changed(record, json.dumps({"key": key, "sha256": _sha256(out)}) + "\n")
    return changed


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
