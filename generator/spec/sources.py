"""Where the inputs live inside `specs/sources/` and how they are loaded.

Layout: `root.yaml` (info, servers, security, tags), fragments under `vendor/` (written by
`generator ingest`) and `fragments/` (hand-written), overlays under `overlays/`, applied in
file-name order. Source names are paths relative to `specs/sources/`, so they are the same
on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import SpecError
from generator.jsonio import load_document
from generator.spec.merge import Fragment
from generator.spec.overlay import Overlay

_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass(frozen=True)
class SourceSet:
    root: Fragment
    fragments: list[Fragment]
    overlays: list[Overlay]
    files: list[Path]


def _files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.rglob("*") if p.suffix in _SUFFIXES and p.is_file())


def load_sources(sources_dir: Path) -> SourceSet:
    root_path = sources_dir / "root.yaml"
    if not root_path.is_file():
        raise SpecError(f"{root_path}: missing (it holds info, servers, security and tags)")

    def named(path: Path) -> str:
        return path.relative_to(sources_dir).as_posix()

    def load_object(path: Path) -> dict[str, object]:
        document = load_document(path)
        if not isinstance(document, dict):
            raise SpecError(f"{named(path)}: expected a mapping at the top level")
        return document

    fragment_paths = _files(sources_dir / "vendor") + _files(sources_dir / "fragments")
    overlay_paths = _files(sources_dir / "overlays")
    if not fragment_paths:
        raise SpecError(f"{sources_dir}: no fragments under vendor/ or fragments/")
    return SourceSet(
        root=Fragment(named(root_path), load_object(root_path)),
        fragments=[Fragment(named(p), load_object(p)) for p in fragment_paths],
        overlays=[Overlay(named(p), load_object(p)) for p in overlay_paths],
        files=[root_path, *fragment_paths, *overlay_paths],
    )
