"""`specs/sources/docs-pages.yaml`: how each vendor page in `specs/docs/` is read, and
what of it the spec leaves out on purpose, each with its reason.

The pages stay exactly as published; every decision about them lives in this one file,
so a reader finds all of them in one place and the coverage lint can tell a deliberate
omission from a forgotten one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.jsonio import load_document

CONFIG_NAME = "docs-pages.yaml"
PAGE_FORMATS = ("markdown", "openapi-sections")
_PAGE_KEYS = frozenset(
    {
        "format",
        "fragments",
        "superseded_by",
        "fields",
        "ignore_fields",
        "row_paths",
        "request_path_segments",
        "samples",
        "exclude",
    }
)


@dataclass(frozen=True)
class SampleRule:
    status: str | None = None
    exclude: str | None = None  # the reason, when the sample is left out


@dataclass(frozen=True)
class PageConfig:
    name: str
    format: str
    # Relative to specs/sources/: a file for a markdown page, a folder for a page of
    # OpenAPI sections (one file per section).
    fragments: str
    superseded_by: str | None = None
    fields: str | None = None  # the schema the page's field table describes
    ignore_fields: str | None = None  # why the field table is not used
    row_paths: dict[str, str] = field(default_factory=dict)
    request_path_segments: dict[str, str] = field(default_factory=dict)
    samples: dict[str, SampleRule] = field(default_factory=dict)
    exclude: dict[str, str] = field(default_factory=dict)  # "GET /v1/..." -> reason


@dataclass(frozen=True)
class DocsConfig:
    source: str
    pages: dict[str, PageConfig]


def load_docs_config(sources_dir: Path) -> DocsConfig | None:
    """The config, or None where the sources have none (no vendor pages to read)."""
    path = sources_dir / CONFIG_NAME
    if not path.is_file():
        return None
    raw = load_document(path)
    where = CONFIG_NAME
    if not isinstance(raw, dict) or not isinstance(raw.get("pages"), dict):
        raise SpecError(f"{where}: expected a mapping with a `pages` mapping")
    pages = {
        str(name): _page(f"{where}: pages.{name}", str(name), entry)
        for name, entry in raw["pages"].items()
    }
    for page in pages.values():
        if page.superseded_by is not None and page.superseded_by not in pages:
            raise SpecError(
                f"{where}: pages.{page.name}.superseded_by names {page.superseded_by!r}, "
                "which is not a configured page"
            )
    return DocsConfig(where, pages)


def _page(where: str, name: str, entry: Any) -> PageConfig:
    entry = {} if entry is None else entry
    if not isinstance(entry, dict):
        raise SpecError(f"{where}: expected a mapping")
    unknown = sorted(set(entry) - _PAGE_KEYS)
    if unknown:
        raise SpecError(f"{where}: unknown key(s) {', '.join(unknown)}")
    page_format = str(entry.get("format", "markdown"))
    if page_format not in PAGE_FORMATS:
        raise SpecError(f"{where}.format: {page_format!r} is not one of {', '.join(PAGE_FORMATS)}")
    stem = Path(name).stem
    default = f"vendor/{stem}" if page_format == "openapi-sections" else f"vendor/pages/{stem}.json"
    if entry.get("fields") and entry.get("ignore_fields"):
        raise SpecError(f"{where}: `fields` and `ignore_fields` exclude each other")
    return PageConfig(
        name=name,
        format=page_format,
        fragments=str(entry.get("fragments", default)),
        superseded_by=_optional_text(where, entry, "superseded_by"),
        fields=_optional_text(where, entry, "fields"),
        ignore_fields=_optional_text(where, entry, "ignore_fields"),
        row_paths=_text_map(where, entry, "row_paths"),
        request_path_segments=_text_map(where, entry, "request_path_segments"),
        samples={
            number: _sample_rule(f"{where}.samples.{number}", rule)
            for number, rule in _mapping(where, entry, "samples").items()
        },
        exclude=_reasons(where, entry, "exclude"),
    )


def _mapping(where: str, entry: dict[str, Any], key: str) -> dict[str, Any]:
    value = entry.get(key) or {}
    if not isinstance(value, dict):
        raise SpecError(f"{where}.{key}: expected a mapping")
    return {str(k): v for k, v in value.items()}


def _text_map(where: str, entry: dict[str, Any], key: str) -> dict[str, str]:
    found = _mapping(where, entry, key)
    for name, value in found.items():
        if not isinstance(value, str) or not value:
            raise SpecError(f"{where}.{key}.{name}: expected a non-empty string")
    return found


def _reasons(where: str, entry: dict[str, Any], key: str) -> dict[str, str]:
    found = _text_map(where, entry, key)
    for name in found:
        method, _, path = name.partition(" ")
        if method.lower() not in ("get", "put", "post", "delete", "patch") or not path:
            raise SpecError(f"{where}.{key}.{name}: expected `METHOD /v1/path: reason`")
    return found


def _optional_text(where: str, entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SpecError(f"{where}.{key}: expected a non-empty string")
    return value


def _sample_rule(where: str, rule: Any) -> SampleRule:
    if not isinstance(rule, dict) or not rule or set(rule) - {"status", "exclude"}:
        raise SpecError(f"{where}: expected `status: <code>` or `exclude: <reason>`")
    status = rule.get("status")
    if status is not None and not str(status).isdigit():
        raise SpecError(f"{where}.status: {status!r} is not an HTTP status")
    return SampleRule(
        status=None if status is None else str(status),
        exclude=_optional_text(where, rule, "exclude"),
    )
