"""Turn the vendor's pages (`specs/docs/`) into fragment files under `specs/sources/`.

Two formats: the current Connectors reference has one OpenAPI document per `## ` section,
kept exactly as published, one fragment per section; the other resource pages have an
endpoint table, samples and a field table (generator/spec/markdown_page.py), one partial
fragment per page (generator/spec/page_fragment.py). `docs-pages.yaml` says which is which.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import IngestError
from generator.jsonio import canonical_json, write_if_changed

_HEADING = re.compile(r"^## +(?P<title>.+?)\s*$", re.MULTILINE)
_JSON_BLOCK = re.compile(r"^```json[ \t]*\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)
# The vendor page ends with a section about their site's query endpoint; it is page chrome.
_STOP_HEADING = re.compile(r"^# +Agent Instructions", re.MULTILINE)


@dataclass(frozen=True)
class Section:
    heading: str
    line: int
    document: dict[str, Any]

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.heading.lower()).strip("-")


@dataclass(frozen=True)
class IngestResult:
    written: list[Path]
    unchanged: list[Path]
    removed: list[Path]


def parse_page(text: str) -> list[Section]:
    """Every `## ` section must hold exactly one JSON block with an OpenAPI document."""
    stop = _STOP_HEADING.search(text)
    if stop:
        text = text[: stop.start()]
    headings = list(_HEADING.finditer(text))
    if not headings:
        raise IngestError("the page has no '## ' sections: nothing to ingest")
    sections: list[Section] = []
    for index, match in enumerate(headings):
        title = match.group("title")
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        body = text[match.end() : end]
        line = text.count("\n", 0, match.start()) + 1
        where = f"section '{title}' (line {line})"
        blocks = list(_JSON_BLOCK.finditer(body))
        if not blocks:
            raise IngestError(f"{where}: no ```json block")
        if len(blocks) > 1:
            raise IngestError(f"{where}: {len(blocks)} ```json blocks, expected one")
        try:
            document = json.loads(blocks[0].group("body"))
        except json.JSONDecodeError as exc:
            raise IngestError(f"{where}: the JSON block is not valid JSON: {exc}") from exc
        if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
            raise IngestError(f"{where}: the JSON block is not an OpenAPI document")
        sections.append(Section(title, line, document))
    slugs = [s.slug for s in sections]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise IngestError(f"two sections share the file name {duplicates[0]!r}: rename one heading")
    return sections


def ingest_page(page: Path, out_dir: Path) -> IngestResult:
    """Write one fragment per section into `out_dir`, which this step owns.

    Everything is parsed before anything is written, so a broken page changes nothing.
    Files already holding the same bytes are left alone, and fragments whose section
    left the page are removed.
    """
    return ingest_sections(page.name, parse_page(read_page(page)), out_dir)


def read_page(page: Path) -> str:
    try:
        return page.read_text(encoding="utf-8")
    except OSError as exc:
        raise IngestError(f"{page}: cannot read: {exc.strerror}") from exc


def ingest_sections(page_name: str, sections: list[Section], out_dir: Path) -> IngestResult:
    """Write already parsed sections of the page called `page_name` into `out_dir`."""
    written: list[Path] = []
    unchanged: list[Path] = []
    wanted: set[Path] = set()
    for section in sections:
        fragment = _section_fragment(page_name, section)
        target = out_dir / f"{section.slug}.json"
        wanted.add(target)
        (written if write_if_changed(target, canonical_json(fragment)) else unchanged).append(
            target
        )
    removed = sorted(p for p in out_dir.glob("*.json") if p not in wanted)
    for stale in removed:
        stale.unlink()
    return IngestResult(written, unchanged, removed)


@dataclass(frozen=True)
class DocsIngest:
    """What ingesting every page of `specs/docs/` wrote (or, dry, would write)."""

    pages: int
    written: list[Path]
    unchanged: list[Path]
    removed: list[Path]

    @property
    def changed(self) -> list[Path]:
        return [*self.written, *self.removed]


def ingest_docs(
    docs_dir: Path, sources_dir: Path, *, dry_run: bool = False, only: set[str] | None = None
) -> DocsIngest:
    """Ingest every page `docs-pages.yaml` lists (every page must be listed).

    All pages are parsed before anything is written, so a broken page changes nothing.
    `only` limits the writing to those pages (all are still read: a page's rows may be
    superseded by another's). `dry_run` writes nothing and reports what would change.
    """
    from generator.spec.docs_config import load_docs_config
    from generator.spec.markdown_page import parse_markdown_page
    from generator.spec.page_fragment import documented_key, page_fragment

    config = load_docs_config(sources_dir)
    if config is None:
        raise IngestError(f"{sources_dir}/docs-pages.yaml: missing (it says how to read the pages)")
    present = sorted(p.name for p in docs_dir.glob("*.md")) if docs_dir.is_dir() else []
    unlisted = sorted(set(present) - set(config.pages))
    if unlisted:
        raise IngestError(
            f"{', '.join(unlisted)}: in {docs_dir} but not in docs-pages.yaml; add each page "
            "with how to read it"
        )
    missing = sorted(set(config.pages) - set(present))
    if missing:
        raise IngestError(f"docs-pages.yaml lists {', '.join(missing)}, missing from {docs_dir}")
    unknown = sorted((only or set()) - set(config.pages))
    if unknown:
        raise IngestError(f"{', '.join(unknown)}: not a page of {docs_dir}")

    texts = {name: read_page(docs_dir / name) for name in config.pages}
    sections = {
        name: parse_page(texts[name])
        for name, page in config.pages.items()
        if page.format == "openapi-sections"
    }
    markdown = {
        name: parse_markdown_page(name, texts[name])
        for name, page in config.pages.items()
        if page.format == "markdown"
    }

    def templates_of(name: str) -> dict[tuple[str, str], str]:
        if name in sections:
            return {
                documented_key(method, template): template
                for section in sections[name]
                for template, item in section.document.get("paths", {}).items()
                for method in item
            }
        rows = markdown[name].endpoints
        renames = config.pages[name].row_paths
        return {
            documented_key(r.method, renames.get(r.path, r.path)): renames.get(r.path, r.path)
            for r in rows
        }

    outputs: dict[Path, str] = {}
    owned_dirs: set[Path] = set()
    for name, page in config.pages.items():
        target = sources_dir / page.fragments
        if name in sections:
            owned_dirs.add(target)
            for section in sections[name]:
                outputs[target / f"{section.slug}.json"] = canonical_json(
                    _section_fragment(name, section)
                )
            continue
        superseding = templates_of(page.superseded_by) if page.superseded_by else {}
        owned_dirs.add(target.parent)
        outputs[target] = canonical_json(page_fragment(markdown[name], page, superseding))

    def selected(path: Path) -> bool:
        if only is None:
            return True
        return any(
            path == sources_dir / config.pages[n].fragments
            or path.parent == sources_dir / config.pages[n].fragments
            for n in only
        )

    written: list[Path] = []
    unchanged: list[Path] = []
    for path, text in sorted(outputs.items()):
        if not selected(path):
            continue
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            unchanged.append(path)
        else:
            written.append(path)
            if not dry_run:
                write_if_changed(path, text)
    removed = sorted(
        p
        for directory in owned_dirs
        for p in directory.glob("*.json")
        if p not in outputs and selected(p)
    )
    if not dry_run:
        for stale in removed:
            stale.unlink()
    return DocsIngest(len(config.pages), written, unchanged, removed)


def _section_fragment(page_name: str, section: Section) -> dict[str, Any]:
    fragment = dict(section.document)
    fragment["x-docs-page"] = page_name
    fragment["x-docs-heading"] = section.heading
    return fragment
