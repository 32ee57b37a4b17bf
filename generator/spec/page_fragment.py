"""A parsed vendor page -> one partial OpenAPI fragment.

The fragment holds what the page says and nothing more: per endpoint-table row an
operation with its summary and success status, every sample attached to its operation as
an example (ids made valid), the field table's text as schema descriptions. It is
*partial* (`x-docs-partial`): the merge folds it into the operations and schemas that our
hand-written fragments describe, and the coverage lint reports any row no fragment
describes. `x-docs-operations` lists the operations the page documents and
`x-docs-excluded` what `docs-pages.yaml` leaves out, with the reasons.
"""

from __future__ import annotations

import re
from typing import Any

from generator.document import anonymous_path
from generator.errors import IngestError
from generator.spec.docs_config import PageConfig
from generator.spec.markdown_page import NO_BODY, EndpointRow, Page, Sample
from generator.spec.scrub import scrub_ids

OperationKey = tuple[str, str]  # (method, anonymous path)


def documented_key(method: str, path: str) -> OperationKey:
    return method.lower(), anonymous_path(path)


def page_fragment(
    page: Page, config: PageConfig, superseding: dict[OperationKey, str]
) -> dict[str, Any]:
    """`superseding`: the operations of the page that supersedes this one, by key, with
    that page's path template. Those rows keep only their samples here."""
    rows = [_renamed(row, config) for row in page.endpoints]
    rows_by_name = {f"{r.method.upper()} {r.path}": r for r in rows}
    for name in config.exclude:
        if name not in rows_by_name:
            raise IngestError(
                f"{config.name}: docs-pages.yaml excludes {name!r}, which the page's endpoint "
                f"table does not list (it lists {', '.join(sorted(rows_by_name)) or 'nothing'})"
            )
    kept = [r for r in rows if f"{r.method.upper()} {r.path}" not in config.exclude]
    paths: dict[str, Any] = {}
    documented: list[dict[str, Any]] = []
    for row in kept:
        documented.append(
            {"method": row.method.upper(), "path": row.path, "status": row.status, "line": row.line}
        )
        if documented_key(row.method, row.path) in superseding:
            continue
        operation = _operation(paths, row.path, row.method)
        if "summary" in operation:
            raise IngestError(
                f"{config.name} line {row.line}: {row.method.upper()} {row.path} is listed twice"
            )
        operation["summary"] = row.description
        operation["x-docs-page"] = config.name
        operation.setdefault("responses", {}).setdefault(row.status, {})
    excluded_samples: dict[str, str] = {}
    seen_examples: set[str] = set()
    for sample in page.samples:
        rule = config.samples.get(sample.number)
        if rule is not None and rule.exclude:
            excluded_samples[sample.number] = rule.exclude
            continue
        template, target_row = _target(config, kept, superseding, sample)
        if target_row is None:
            # A page without an endpoint table documents what its samples show.
            documented.append(
                {
                    "method": sample.method.upper(),
                    "path": template,
                    "status": sample.status or "200",
                    "line": sample.line,
                }
            )
        status = (
            (rule.status if rule else None)
            or sample.status
            or (target_row.status if target_row else "200")
        )
        _check_not_an_error(config.name, sample, status)
        key = f"{config.name.rsplit('.', 1)[0]}-{sample.number.replace('.', '-')}"
        if key in seen_examples:
            raise IngestError(f"{config.name} line {sample.line}: example {key} appears twice")
        seen_examples.add(key)
        _attach(config.name, paths, template, sample, status, key)
    for number in config.samples:
        if number not in {s.number for s in page.samples}:
            raise IngestError(
                f"{config.name}: docs-pages.yaml has a rule for sample {number}, which the "
                "page does not have"
            )
    fragment: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": config.name, "version": "1.0.0"},
        "paths": paths,
        "x-docs-page": config.name,
        "x-docs-partial": True,
        "x-docs-operations": documented,
    }
    schemas = _field_descriptions(page, config)
    if schemas:
        fragment["components"] = {"schemas": schemas}
    excluded = {
        "operations": {
            name: {"reason": reason, "line": rows_by_name[name].line}
            for name, reason in config.exclude.items()
        },
        "samples": excluded_samples,
    }
    if excluded["operations"] or excluded["samples"]:
        fragment["x-docs-excluded"] = excluded
    return fragment


def _renamed(row: EndpointRow, config: PageConfig) -> EndpointRow:
    path = config.row_paths.get(row.path, row.path)
    return EndpointRow(row.method, path, row.status, row.description, row.line)


def _operation(paths: dict[str, Any], template: str, method: str) -> dict[str, Any]:
    item: dict[str, Any] = paths.setdefault(template, {})
    operation: dict[str, Any] = item.setdefault(method, {})
    return operation


def _segments_match(template: str, path: str) -> bool:
    wanted, actual = template.split("/"), path.split("/")
    if len(wanted) != len(actual):
        return False
    return all(
        (w.startswith("{") and w.endswith("}") and a) or w == a
        for w, a in zip(wanted, actual, strict=True)
    )


def _target(
    config: PageConfig,
    rows: list[EndpointRow],
    superseding: dict[OperationKey, str],
    sample: Sample,
) -> tuple[str, EndpointRow | None]:
    """The path template the sample's request names, and its table row."""
    path = "/".join(config.request_path_segments.get(s, s) for s in sample.path.split("/"))
    if not rows:
        if "{" in path:
            raise IngestError(
                f"{config.name} line {sample.line}: sample path {path!r} is a template"
            )
        return path, None
    candidates = [r for r in rows if r.method == sample.method and _segments_match(r.path, path)]
    if not candidates:
        raise IngestError(
            f"{config.name} line {sample.line}: sample {sample.number} "
            f"({sample.method.upper()} {sample.path}) matches no row of the endpoint table; "
            "fix the path in docs-pages.yaml (request_path_segments) or exclude the sample"
        )
    # The most specific template wins: `/connections/ping` over `/connections/{_id}`.
    row = max(candidates, key=lambda r: sum(not s.startswith("{") for s in r.path.split("/")))
    template = superseding.get(documented_key(row.method, row.path), row.path)
    return template, row


def _check_not_an_error(page: str, sample: Sample, status: str) -> None:
    body = sample.response
    if status.startswith("2") and isinstance(body, dict) and isinstance(body.get("errors"), list):
        raise IngestError(
            f"{page} line {sample.response_line}: sample {sample.number} answers an error "
            f"envelope, which would be attached to the success status {status}; give its "
            "status or exclude it in docs-pages.yaml"
        )


def _attach(
    page: str, paths: dict[str, Any], template: str, sample: Sample, status: str, key: str
) -> None:
    operation = _operation(paths, template, sample.method)
    summary = sample.title
    if sample.request_body is not NO_BODY:
        examples = (
            operation.setdefault("requestBody", {})
            .setdefault("content", {})
            .setdefault("application/json", {})
            .setdefault("examples", {})
        )
        examples[key] = {
            "summary": summary,
            "value": scrub_ids(page, sample.request_body),
            "x-docs-page": page,
        }
    value = sample.response
    if sample.response_media == "application/json":
        value = scrub_ids(page, value)
    examples = (
        operation.setdefault("responses", {})
        .setdefault(status, {})
        .setdefault("content", {})
        .setdefault(sample.response_media, {})
        .setdefault("examples", {})
    )
    examples[key] = {"summary": summary, "value": value, "x-docs-page": page}


_EMPTY_TEXT = re.compile(r"^[.\s]*$")


def _field_descriptions(page: Page, config: PageConfig) -> dict[str, Any]:
    if not page.fields:
        return {}
    if config.ignore_fields:
        return {}
    if not config.fields:
        raise IngestError(
            f"{config.name} line {page.fields_line}: the page has a field table; say in "
            "docs-pages.yaml which schema it describes (`fields: <Schema>`) or why it is "
            "not used (`ignore_fields: <reason>`)"
        )
    schema: dict[str, Any] = {}
    for row in page.fields:
        if _EMPTY_TEXT.match(row.description):
            continue
        node = schema
        for part in row.name.split("."):
            node = node.setdefault("properties", {}).setdefault(part, {})
        if "description" in node:
            raise IngestError(f"{config.name} line {row.line}: field {row.name} is listed twice")
        node["description"] = row.description
    return {config.fields: schema} if schema else {}
