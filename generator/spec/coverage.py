"""The merged spec against the vendor pages it comes from.

Two rules, run by `make generate` before anything is written:
- coverage: every operation a page documents is in the merged spec, described by a
  fragment (it has an operationId), with its documented success status, unless
  `docs-pages.yaml` excludes it with a reason;
- examples: every example (the pages' samples, our overlays' error bodies) validates
  against the schema of its operation's body or answer.
Each problem names the page, the operation and the JSON pointer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.document import HTTP_METHODS, anonymous_path, operations
from generator.pointers import escape, pointer
from generator.spec.merge import Fragment

_OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")


@dataclass(frozen=True)
class Documented:
    """An operation and success status a page documents."""

    page: str
    method: str  # upper case
    path: str
    status: str
    line: int | None

    @property
    def where(self) -> str:
        return f"{self.page} line {self.line}" if self.line else self.page


@dataclass(frozen=True)
class CoverageReport:
    pages: int
    documented: int  # distinct (method, path) the pages document
    excluded: int
    examples: int  # examples validated


def documented_operations(fragments: list[Fragment]) -> list[Documented]:
    found: list[Documented] = []
    for fragment in fragments:
        document = fragment.document
        page = document.get("x-docs-page")
        if not isinstance(page, str):
            continue
        if document.get("x-docs-partial") is True:
            found += [
                Documented(page, str(op["method"]), str(op["path"]), str(op["status"]), op["line"])
                for op in document.get("x-docs-operations", [])
            ]
            continue
        # A section of a page of OpenAPI documents: its operations are what it documents.
        for template, item in sorted((document.get("paths") or {}).items()):
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                for status in sorted(operation.get("responses") or {}):
                    if str(status).startswith("2"):
                        found.append(Documented(page, method.upper(), template, str(status), None))
    return found


def excluded_count(fragments: list[Fragment]) -> int:
    return sum(
        len((f.document.get("x-docs-excluded") or {}).get("operations") or {}) for f in fragments
    )


def coverage_problems(document: dict[str, Any], documented: list[Documented]) -> Iterator[str]:
    """Needs only `paths`: it runs before validation, so its message comes first."""
    by_key: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for template, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                by_key[(method.upper(), anonymous_path(template))] = (template, item[method])
    how = (
        "describe it in specs/sources/fragments/ or exclude it, with the reason, in "
        "specs/sources/docs-pages.yaml"
    )
    for doc in documented:
        found = by_key.get((doc.method, anonymous_path(doc.path)))
        name = f"{doc.method} {doc.path}"
        if found is None:
            yield f"coverage: {doc.where}: {name} is documented but not in the spec; {how}"
            continue
        template, operation = found
        where = pointer("paths", template, doc.method.lower())
        if not operation.get("operationId"):
            yield (
                f"coverage: {doc.where}: {name} is documented but no fragment describes it "
                f"({where} has no operationId); {how}"
            )
            continue
        # A status the page alone mentions (no description, no $ref) is not described.
        statuses = sorted(
            str(code)
            for code, response in (operation.get("responses") or {}).items()
            if isinstance(response, dict) and ("description" in response or "$ref" in response)
        )
        if doc.status not in statuses:
            yield (
                f"coverage: {doc.where}: {name} answers {doc.status} on the page, but "
                f"{where} ({operation['operationId']}) documents {', '.join(statuses)}"
            )


def example_problems(document: dict[str, Any]) -> tuple[list[str], int]:
    """(problems, number of examples checked). Every $ref must resolve already."""
    import jsonschema_rs

    registry = jsonschema_rs.Registry([("urn:spec", document)])
    problems: list[str] = []
    checked = 0
    for owner, at, media in _media_with_examples(document):
        schema_at = f"{at}/schema"
        if "schema" not in media:
            continue
        validator = jsonschema_rs.validator_for(
            {"$ref": "urn:spec#" + quote(schema_at[1:], safe="/~")},
            registry=registry,
            validate_formats=True,
            formats={"objectId": lambda value: bool(_OBJECT_ID.match(value))},
        )
        for name, example in _examples(media):
            checked += 1
            page = example.get("x-docs-page") if isinstance(example, dict) else None
            value_at = f"{at}/examples/{escape(name)}/value" if name else f"{at}/example"
            value = example.get("value") if isinstance(example, dict) and name else example
            for error in validator.iter_errors(value):
                inside = "".join(f"/{escape(str(part))}" for part in error.instance_path)
                source = f"{page} sample {name}" if page else f"example {name or '(example)'}"
                problems.append(
                    f"example: {source} of {owner}: {value_at}{inside}: {error.message}"
                )
    return problems, checked


def _examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "", media["example"]
    yield from sorted((media.get("examples") or {}).items())


def _media_with_examples(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(owner, pointer, media object) for every media object with an example, each once:
    components are checked where they are defined, not at every use."""
    for template, method, operation in operations(document):
        owner = f"{method.upper()} {template} ({operation.get('operationId', '?')})"
        base = pointer("paths", template, method)
        holders = [("requestBody", operation.get("requestBody"))]
        holders += [
            (f"responses/{escape(c)}", r) for c, r in sorted(operation["responses"].items())
        ]
        for label, holder in holders:
            if isinstance(holder, dict) and "$ref" not in holder:
                yield from _media(owner, f"{base}/{label}", holder)
    components = document.get("components") or {}
    for kind in ("responses", "requestBodies"):
        for name, holder in sorted((components.get(kind) or {}).items()):
            at = pointer("components", kind, name)
            yield from _media(f"{at} (shared)", at, holder)


def _media(
    owner: str, at: str, holder: dict[str, Any]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for media_type, media in sorted((holder.get("content") or {}).items()):
        if isinstance(media, dict) and ("example" in media or media.get("examples")):
            yield owner, f"{at}/content/{escape(media_type)}", media
