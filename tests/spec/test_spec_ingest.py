"""`generator ingest`: a docs page with one OpenAPI document per section -> fragment files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import IngestError
from generator.spec.ingest import ingest_page, parse_page


def _doc(operation_id: str, path: str) -> str:
    return json.dumps(
        {
            "openapi": "3.1.0",
            "info": {"title": "Widgets", "version": "1.0.0"},
            "paths": {path: {"get": {"operationId": operation_id, "responses": {}}}},
        }
    )


def _page(*sections: tuple[str, str]) -> str:
    parts = ["# Widgets\n"]
    for heading, body in sections:
        parts.append(f"## {heading}\n\n> Some prose.\n\n{body}\n")
    return "\n".join(parts)


GOOD_PAGE = (
    _page(
        ("List widgets", f"```json\n{_doc('listWidgets', '/v1/widgets')}\n```"),
        ("Get a widget", f"```json\n{_doc('getWidget', '/v1/widgets/{_id}')}\n```"),
    )
    + "\n---\n\n# Agent Instructions: Querying This Documentation\n\n```\nGET https://x\n```\n"
)


def test_parse_page_returns_one_document_per_section() -> None:
    sections = parse_page(GOOD_PAGE)
    assert [s.heading for s in sections] == ["List widgets", "Get a widget"]
    assert [s.slug for s in sections] == ["list-widgets", "get-a-widget"]
    assert sections[1].document["paths"]["/v1/widgets/{_id}"]["get"]["operationId"] == "getWidget"


def test_ingest_writes_fragments_as_published_plus_provenance(tmp_path: Path) -> None:
    page = tmp_path / "widgets.md"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    result = ingest_page(page, tmp_path / "out")
    assert sorted(p.name for p in result.written) == ["get-a-widget.json", "list-widgets.json"]
    fragment = json.loads((tmp_path / "out" / "list-widgets.json").read_text())
    assert fragment["paths"] == json.loads(_doc("listWidgets", "/v1/widgets"))["paths"]
    assert fragment["x-docs-page"] == "widgets.md"
    assert fragment["x-docs-heading"] == "List widgets"


def test_reingesting_the_same_page_rewrites_nothing(tmp_path: Path) -> None:
    page = tmp_path / "widgets.md"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    ingest_page(page, tmp_path / "out")
    stamps = {p: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    result = ingest_page(page, tmp_path / "out")
    assert result.written == [] and result.removed == []
    assert len(result.unchanged) == 2
    assert {p: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()} == stamps


def test_a_section_that_left_the_page_is_removed(tmp_path: Path) -> None:
    page = tmp_path / "widgets.md"
    page.write_text(GOOD_PAGE, encoding="utf-8")
    ingest_page(page, tmp_path / "out")
    page.write_text(_page(("List widgets", f"```json\n{_doc('listWidgets', '/v1/widgets')}\n```")))
    result = ingest_page(page, tmp_path / "out")
    assert [p.name for p in result.removed] == ["get-a-widget.json"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["list-widgets.json"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("No code here at all.", r"section 'Get a widget' \(line \d+\): no ```json block"),
        (
            '```json\n{"openapi": "3.1.0", "paths": {\n```',
            r"section 'Get a widget' \(line \d+\): the JSON block is not valid JSON",
        ),
        (
            '```json\n{"hello": "world"}\n```',
            r"section 'Get a widget' \(line \d+\): the JSON block is not an OpenAPI document",
        ),
        (
            "```json\n{}\n```\n```json\n{}\n```",
            r"section 'Get a widget' \(line \d+\): 2 ```json blocks",
        ),
    ],
    ids=["no-json-block", "broken-json", "not-openapi", "two-blocks"],
)
def test_a_bad_section_is_named_and_nothing_is_written(
    tmp_path: Path, body: str, expected: str
) -> None:
    page = tmp_path / "widgets.md"
    page.write_text(
        _page(
            ("List widgets", f"```json\n{_doc('listWidgets', '/v1/widgets')}\n```"),
            ("Get a widget", body),
        )
    )
    with pytest.raises(IngestError, match=expected):
        ingest_page(page, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_page_without_sections_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "empty.md"
    page.write_text("# Nothing\n\nJust prose.\n")
    with pytest.raises(IngestError, match="no '## ' sections"):
        ingest_page(page, tmp_path / "out")


def test_the_vendor_connectors_page_yields_fourteen_operations() -> None:
    page = Path(__file__).resolve().parents[2] / "specs" / "docs" / "connectors.md"
    sections = parse_page(page.read_text(encoding="utf-8"))
    operation_ids = {
        op["operationId"]
        for s in sections
        for item in s.document["paths"].values()
        for op in item.values()
    }
    assert len(sections) == 14
    assert len(operation_ids) == 14
