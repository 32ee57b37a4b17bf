"""Turn a vendor API reference page (Markdown, one OpenAPI document per `## ` section)
into fragment files, one per section, kept exactly as published."""

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
        fragment = dict(section.document)
        fragment["x-docs-page"] = page_name
        fragment["x-docs-heading"] = section.heading
        target = out_dir / f"{section.slug}.json"
        wanted.add(target)
        (written if write_if_changed(target, canonical_json(fragment)) else unchanged).append(
            target
        )
    removed = sorted(p for p in out_dir.glob("*.json") if p not in wanted)
    for stale in removed:
        stale.unlink()
    return IngestResult(written, unchanged, removed)
