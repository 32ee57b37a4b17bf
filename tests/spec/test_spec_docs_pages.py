"""Vendor resource pages (endpoint table, samples, field table) -> partial fragments, and the
coverage lint that holds the merged spec to them. All on small pages written here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from spec_support import fragment, operation

from generator.errors import IngestError, MergeConflict, ValidationFailed
from generator.spec.ingest import ingest_docs
from generator.spec.markdown_page import parse_markdown_page
from generator.spec.pipeline import build_spec, merge_to_file
from generator.spec.scrub import SCRUBBED_ID, scrub_ids

WIDGETS_PAGE = """Widget API
==========
>**Guidance**: prose.

### Endpoints
| Relative URI| Method | Success Code | Description|
|:-------------------|:-------|:------------:|:------------------------------|
|/widgets|GET|200|Get all widgets.|
|/widgets/:_id|GET|200|Get a specific widget.|
|/widgets/{_id}/ping|POST|200|Ping a widget.|

### Fields

| Field| Description|
|:------------|:------------|
| **color**|The widget's colour.|
| **size.unit**||

## Examples

#### 1.  Get all widgets.

```
GET /v1/widgets HTTP/1.1
Host: api.integrator.io
Authorization: Bearer my_api_token
```

Sample Response:

```
[
    {"_id": "123ab456c789de1011fg12h13i", "count": 1},
    {"_id": "123ab456c789de1011fg12h13i", "count": 2}
]
```

#### 2.  Ping twice.

```
POST /v1/widgets/5541e17a1383a6ce6e00000d/ping HTTP/1.1
Host: api.integrator.io

{
    "_widgetId": "55ea776bb751843c37b7ac6ab0",
    "loud": true  // a comment, as the vendor writes them
}
```
Sample Response:
```
OK
```
```
GET /v1/widgets/5541e17a1383a6ce6e00000d HTTP/1.1
```
Sample Response:
```
HTTP/1.1 200 OK
Content-Type: application/json
{"_id": "123ab456c789de1011fg12h13i", "count": 3}
```
"""


def test_the_page_is_read_row_by_row_and_sample_by_sample() -> None:
    page = parse_markdown_page("widget.md", WIDGETS_PAGE)
    assert [(r.method, r.path, r.status, r.line) for r in page.endpoints] == [
        ("get", "/v1/widgets", "200", 8),
        ("get", "/v1/widgets/{_id}", "200", 9),
        ("post", "/v1/widgets/{_id}/ping", "200", 10),
    ]
    assert [(f.name, f.description) for f in page.fields] == [
        ("color", "The widget's colour."),
        ("size.unit", ""),
    ]
    numbers = [(s.number, s.method, s.path, s.status, s.response_media) for s in page.samples]
    assert numbers == [
        ("1", "get", "/v1/widgets", None, "application/json"),
        ("2", "post", "/v1/widgets/5541e17a1383a6ce6e00000d/ping", None, "text/plain"),
        ("2.2", "get", "/v1/widgets/5541e17a1383a6ce6e00000d", "200", "application/json"),
    ]
    assert page.samples[1].request_body == {"_widgetId": "55ea776bb751843c37b7ac6ab0", "loud": True}
    assert page.samples[1].response == "OK"
    assert page.samples[0].title == "Get all widgets."


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ("|/widgets|FETCH|200|Get.|", r"widget\.md line 8: 'FETCH' is not an HTTP method"),
        ("|/widgets|GET|2xx|Get.|", r"widget\.md line 8: success code '2xx'"),
        ("|/widgets|GET|200|", r"widget\.md line 8: table row has 3 cells"),
    ],
)
def test_a_row_that_cannot_be_read_names_the_page_and_line(broken: str, message: str) -> None:
    page = WIDGETS_PAGE.replace("|/widgets|GET|200|Get all widgets.|", broken)
    with pytest.raises(IngestError, match=message):
        parse_markdown_page("widget.md", page)


def test_a_sample_that_cannot_be_read_names_the_page_and_line() -> None:
    page = WIDGETS_PAGE.replace('{"_id": "123ab456c789de1011fg12h13i", "count": 2}', '{"count": ]')
    with pytest.raises(IngestError, match=r"widget\.md line 34: sample is not valid JSON"):
        parse_markdown_page("widget.md", page)
    alone = WIDGETS_PAGE.replace("GET /v1/widgets HTTP/1.1", "just text")
    with pytest.raises(IngestError, match=r"widget\.md line 2\d: code block is neither a request"):
        parse_markdown_page("widget.md", alone)
    unknown = WIDGETS_PAGE.replace("| Field| Description|", "| Name| Colour|")
    with pytest.raises(IngestError, match=r"widget\.md line 14: unknown table"):
        parse_markdown_page("widget.md", unknown)


def test_scrubbed_ids_become_valid_deterministic_object_ids() -> None:
    value = {
        "_id": SCRUBBED_ID,
        "queues": [{"name": SCRUBBED_ID}, {"name": SCRUBBED_ID}],
        "_exportId": "55ea776bb751843c37b7ac6ab0",
        "_sharedImportIds": ["123f9dfc4a7d2ca3238e19c123"],
        "_connectionId": "5541e17a1383a6ce6e00000d",
        "_stackId": None,
        "custrecord_userid": "123ab456c789de1011",
    }
    scrubbed = scrub_ids("p.md", value)
    ids = [scrubbed["_id"], scrubbed["_exportId"], scrubbed["_sharedImportIds"][0]]
    ids += [q["name"] for q in scrubbed["queues"]]
    assert all(len(i) == 24 and int(i, 16) >= 0 for i in ids)
    assert scrubbed["queues"][0]["name"] != scrubbed["queues"][1]["name"]  # list items differ
    assert scrubbed["_connectionId"] == "5541e17a1383a6ce6e00000d"  # valid: kept
    assert scrubbed["_stackId"] is None and scrubbed["custrecord_userid"] == "123ab456c789de1011"
    assert scrub_ids("p.md", value) == scrubbed  # deterministic
    assert scrub_ids("q.md", value)["_id"] != scrubbed["_id"]  # per page


# --- a docs folder and sources written in tmp ---------------------------------------------

WIDGET = {
    "type": "object",
    "properties": {
        "_id": {"type": "string", "format": "objectId"},
        "count": {"type": "integer"},
        "color": {"type": "string"},
        "size": {"type": "object", "properties": {"unit": {"type": "string"}}},
    },
}


def _described() -> dict[str, Any]:
    """What our own fragment says about the page's three operations."""
    json_of = {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}
    paths = {
        "/v1/widgets": {
            "get": operation(
                "listWidgets",
                responses={
                    "200": {
                        "description": "Widgets.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Widget"},
                                }
                            }
                        },
                    },
                    "401": {"$ref": "#/components/responses/401-unauthorized"},
                },
            )
        },
        "/v1/widgets/{_id}": {
            "get": operation(
                "getWidget",
                responses={
                    "200": {"description": "The widget.", "content": json_of},
                    "401": {"$ref": "#/components/responses/401-unauthorized"},
                },
            )
        },
        "/v1/widgets/{_id}/ping": {
            "post": operation(
                "pingWidget",
                requestBody={"content": {"application/json": {"schema": {"type": "object"}}}},
                responses={
                    "200": {
                        "description": "OK",
                        "content": {"text/plain": {"schema": {"type": "string"}}},
                    },
                    "401": {"$ref": "#/components/responses/401-unauthorized"},
                },
            )
        },
    }
    for item in paths.values():
        for op in item.values():
            del op["summary"]  # the page gives it
    return fragment(paths, schemas={"Widget": WIDGET})


def _workspace(
    tmp_path: Path,
    page: str = WIDGETS_PAGE,
    config: dict[str, Any] | None = None,
    described: dict[str, Any] | None = None,
) -> tuple[Path, Path]:
    docs, sources = tmp_path / "docs", tmp_path / "sources"
    docs.mkdir()
    (docs / "widget.md").write_text(page, encoding="utf-8")
    (sources / "fragments").mkdir(parents=True)
    root = {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test"}],
        "security": [{"bearerAuth": []}],
        "tags": [{"name": "Things"}],
    }
    (sources / "root.yaml").write_text(yaml.safe_dump(root), encoding="utf-8")
    pages = {"pages": {"widget.md": config if config is not None else {"fields": "Widget"}}}
    (sources / "docs-pages.yaml").write_text(yaml.safe_dump(pages), encoding="utf-8")
    (sources / "fragments" / "widgets.json").write_text(
        json.dumps(described or _described()), encoding="utf-8"
    )
    return docs, sources


def test_the_page_becomes_one_partial_fragment_that_merges_into_ours(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    result = ingest_docs(docs, sources)
    assert [p.name for p in result.written] == ["widget.json"]
    spec = build_spec(sources)
    listing = spec["paths"]["/v1/widgets"]["get"]
    assert listing["summary"] == "Get all widgets."
    assert listing["x-source"] == "fragments/widgets.json"
    examples = listing["responses"]["200"]["content"]["application/json"]["examples"]
    first, second = examples["widget-1"]["value"]
    assert first["_id"] != second["_id"] and len(first["_id"]) == 24
    ping = spec["paths"]["/v1/widgets/{_id}/ping"]["post"]
    assert ping["requestBody"]["content"]["application/json"]["examples"]["widget-2"]["value"][
        "loud"
    ]
    assert (
        ping["responses"]["200"]["content"]["text/plain"]["examples"]["widget-2"]["value"] == "OK"
    )
    get = spec["paths"]["/v1/widgets/{_id}"]["get"]["responses"]["200"]["content"]
    assert get["application/json"]["examples"]["widget-2-2"]["value"]["count"] == 3
    widget = spec["components"]["schemas"]["Widget"]["properties"]
    assert widget["color"]["description"] == "The widget's colour."
    assert "description" not in widget["size"]["properties"]["unit"]  # empty text: skipped


def test_reingesting_rewrites_nothing(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    ingest_docs(docs, sources)
    fragment_file = sources / "vendor" / "pages" / "widget.json"
    stamp = fragment_file.stat().st_mtime_ns
    again = ingest_docs(docs, sources)
    assert again.written == [] and again.removed == [] and len(again.unchanged) == 1
    assert fragment_file.stat().st_mtime_ns == stamp
    assert ingest_docs(docs, sources, dry_run=True).changed == []


def test_a_broken_page_writes_nothing(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    ingest_docs(docs, sources)
    before = (sources / "vendor" / "pages" / "widget.json").read_bytes()
    (docs / "widget.md").write_text(WIDGETS_PAGE.replace("|GET|200|Get all", "|GET|2x|Get all"))
    with pytest.raises(IngestError, match=r"widget\.md line 8"):
        ingest_docs(docs, sources)
    assert (sources / "vendor" / "pages" / "widget.json").read_bytes() == before


def test_every_page_must_be_configured(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    (docs / "gadget.md").write_text("Gadget API\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"gadget\.md: in .* but not in docs-pages\.yaml"):
        ingest_docs(docs, sources)


def test_a_field_table_needs_a_schema_or_a_reason(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path, config={})
    with pytest.raises(IngestError, match=r"widget\.md line 14: the page has a field table"):
        ingest_docs(docs, sources)


def _spec_file_after_a_good_merge(sources: Path, tmp_path: Path) -> Path:
    out = tmp_path / "openapi.json"
    assert merge_to_file(sources, out) is True
    return out


def test_a_row_no_fragment_describes_fails_the_merge_and_keeps_the_spec(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    ingest_docs(docs, sources)
    out = _spec_file_after_a_good_merge(sources, tmp_path)
    before = out.read_bytes()
    extra_row = "|/widgets/{_id}/ping|POST|200|Ping a widget.|\n|/widgets/{_id}|DELETE|204|Delete.|"
    (docs / "widget.md").write_text(
        WIDGETS_PAGE.replace("|/widgets/{_id}/ping|POST|200|Ping a widget.|", extra_row)
    )
    ingest_docs(docs, sources)
    with pytest.raises(ValidationFailed) as failed:
        merge_to_file(sources, out)
    assert failed.value.problems[0] == (
        "coverage: widget.md line 11: DELETE /v1/widgets/{_id} is documented but no fragment "
        "describes it (#/paths/~1v1~1widgets~1{_id}/delete has no operationId); describe it "
        "in specs/sources/fragments/ or exclude it, with the reason, in "
        "specs/sources/docs-pages.yaml"
    )
    assert out.read_bytes() == before


def test_a_sample_that_contradicts_its_schema_fails_the_merge(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    ingest_docs(docs, sources)
    out = _spec_file_after_a_good_merge(sources, tmp_path)
    before = out.read_bytes()
    (docs / "widget.md").write_text(WIDGETS_PAGE.replace('"count": 2}', '"count": "two"}'))
    ingest_docs(docs, sources)
    with pytest.raises(ValidationFailed) as failed:
        merge_to_file(sources, out)
    assert failed.value.problems == [
        "example: widget.md sample widget-1 of GET /v1/widgets (listWidgets): "
        "#/paths/~1v1~1widgets/get/responses/200/content/application~1json/examples/widget-1"
        '/value/1/count: "two" is not of type "integer"'
    ]
    assert out.read_bytes() == before


def test_a_documented_status_the_spec_lacks_fails_the_merge(tmp_path: Path) -> None:
    described = _described()
    responses = described["paths"]["/v1/widgets/{_id}/ping"]["post"]["responses"]
    responses["201"] = responses.pop("200")
    docs, sources = _workspace(tmp_path, described=described)
    ingest_docs(docs, sources)
    with pytest.raises(ValidationFailed, match=r"coverage: widget\.md line 10: POST "):
        build_spec(sources)


def test_an_exclusion_leaves_the_row_out_with_its_reason(tmp_path: Path) -> None:
    config = {
        "fields": "Widget",
        "exclude": {"POST /v1/widgets/{_id}/ping": "the pings are a test fixture"},
        "samples": {"2": {"exclude": "it pings"}},
    }
    described = _described()
    del described["paths"]["/v1/widgets/{_id}/ping"]
    docs, sources = _workspace(tmp_path, config=config, described=described)
    ingest_docs(docs, sources)
    written = json.loads((sources / "vendor" / "pages" / "widget.json").read_text())
    assert written["x-docs-excluded"]["operations"] == {
        "POST /v1/widgets/{_id}/ping": {"line": 10, "reason": "the pings are a test fixture"}
    }
    assert written["x-docs-excluded"]["samples"] == {"2": "it pings"}
    spec = build_spec(sources)
    assert "/v1/widgets/{_id}/ping" not in spec["paths"]


def test_a_full_fragment_and_a_page_may_not_disagree(tmp_path: Path) -> None:
    described = _described()
    described["paths"]["/v1/widgets"]["get"]["summary"] = "List the widgets"
    docs, sources = _workspace(tmp_path, described=described)
    ingest_docs(docs, sources)
    with pytest.raises(MergeConflict) as conflict:
        build_spec(sources)
    assert conflict.value.pointer == "#/paths/~1v1~1widgets/get/summary"
    assert set(conflict.value.sources) == {"fragments/widgets.json", "vendor/pages/widget.json"}


def test_a_superseded_page_adds_its_samples_only(tmp_path: Path) -> None:
    docs, sources = _workspace(tmp_path)
    newer = WIDGETS_PAGE.replace("Get all widgets.|", "List every widget.|")
    (docs / "widget-new.md").write_text(newer.split("## Examples")[0], encoding="utf-8")
    pages = {
        "pages": {
            "widget-new.md": {"fields": "Widget"},
            "widget.md": {"superseded_by": "widget-new.md", "ignore_fields": "older"},
        }
    }
    (sources / "docs-pages.yaml").write_text(yaml.safe_dump(pages), encoding="utf-8")
    ingest_docs(docs, sources)
    spec = build_spec(sources)
    listing = spec["paths"]["/v1/widgets"]["get"]
    assert listing["summary"] == "List every widget."
    assert "widget-1" in listing["responses"]["200"]["content"]["application/json"]["examples"]
