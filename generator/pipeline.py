"""The merge pipeline: sources -> one validated, canonical OpenAPI document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import ValidationFailed
from generator.hoist import hoist_shared_schemas
from generator.jsonio import canonical_json, write_if_changed
from generator.lint import problems
from generator.merge import merge_fragments
from generator.overlay import apply_overlays
from generator.sources import load_sources


def build_spec(sources_dir: Path) -> dict[str, Any]:
    """Load, merge, overlay, hoist and validate; raises SpecError with a clear message."""
    sources = load_sources(sources_dir)
    document = merge_fragments(sources.root, sources.fragments)
    apply_overlays(document, sources.overlays)
    hoist_shared_schemas(document)
    found = problems(document)
    if found:
        raise ValidationFailed(found)
    return document


def render_spec(sources_dir: Path) -> str:
    return canonical_json(build_spec(sources_dir))


def merge_to_file(sources_dir: Path, out: Path) -> bool:
    """Write the merged spec atomically; nothing is written unless every step succeeded.
    Returns True if the file changed."""
    return write_if_changed(out, render_spec(sources_dir))
