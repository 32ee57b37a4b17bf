"""Validation of the merged document: OpenAPI 3.1 validity plus this project's rules."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.document import operations
from generator.pointers import deref, escape, pointer
from generator.spec.coverage import Documented, coverage_problems, example_problems

ERROR_ENVELOPE_REF = "#/components/schemas/Error"


def problems(document: dict[str, Any], documented: Sequence[Documented] = ()) -> list[str]:
    """Every problem found, in a stable order; an empty list means the spec is good."""
    return check(document, documented)[0]


def check(document: dict[str, Any], documented: Sequence[Documented] = ()) -> tuple[list[str], int]:
    """(problems, number of examples validated). `documented`: what the vendor pages
    document (generator/spec/coverage.py); every item must be in the spec."""
    # The validator raises on a dangling $ref instead of reporting it, so refs go first;
    # coverage needs only the paths and says best what is missing, so it goes first too.
    found = list(coverage_problems(document, list(documented)))
    found += list(_dangling_refs(document, document, "#"))
    found += list(_stray_nulls(document, "#"))
    if not found:
        found += [f"OpenAPI: {_describe(error)}" for error in _validator_errors(document)]
    examples = 0
    if not found:
        # Our rules follow $refs, which is only meaningful once they all resolve.
        found += list(_operation_rules(document))
        found += list(_auth_schema_is_shared(document))
        found += list(_links_point_at_operations(document))
        example_found, examples = example_problems(document)
        found += example_found
    return found, examples


def _validator_errors(document: dict[str, Any]) -> list[Any]:
    errors = list(OpenAPIV31SpecValidator(document).iter_errors())
    return sorted(errors, key=lambda e: (list(map(str, e.absolute_path)), e.message))


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    return f"#/{where}: {error.message}" if where else str(error.message)


def _dangling_refs(document: dict[str, Any], node: Any, at: str) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            try:
                deref(document, node)
            except KeyError as exc:
                yield f"{at}: $ref {ref} does not resolve ({exc.args[0]})"
            except (ValueError, IndexError):
                yield f"{at}: $ref {ref} does not resolve"
        for key, value in sorted(node.items()):
            yield from _dangling_refs(document, value, f"{at}/{escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _dangling_refs(document, value, f"{at}/{index}")


# Keys whose value is data rather than spec (an example's `value`, a `default`, ...): it may
# hold JSON nulls. Anywhere else a null is almost always a YAML accident (an unquoted
# comma in a flow mapping turns the rest into a key).
_DATA_KEYS = frozenset({"default", "example", "const", "value"})
# Under these keys every key is a name chosen by the author (`properties: {value: ...}`).
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "examples", "links"})


def _stray_nulls(node: Any, at: str, names: bool = False) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in sorted(node.items()):
            where = f"{at}/{escape(key)}"
            if not names and key in _DATA_KEYS:
                continue
            if value is None:
                yield f"{where}: null value (an unquoted ',' or ':' in YAML?)"
            else:
                yield from _stray_nulls(value, where, names=not names and key in _NAME_MAPS)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _stray_nulls(value, f"{at}/{index}")


def response_schema_ref(document: dict[str, Any], response: dict[str, Any]) -> str | None:
    """The `$ref` of a response's JSON body schema, or None when it has none."""
    media = deref(document, response).get("content", {}).get("application/json", {})
    schema = media.get("schema", {})
    ref = schema.get("$ref")
    return ref if isinstance(ref, str) else None


def _operation_rules(document: dict[str, Any]) -> Iterator[str]:
    for template, method, operation in operations(document):
        where = pointer("paths", template, method)
        for required in ("operationId", "summary", "x-source"):
            if not operation.get(required):
                yield f"{where}: no {required}"
        if not operation.get("tags"):
            yield f"{where}: no tags"
        responses = operation.get("responses", {})
        if "401" not in responses:
            yield f"{where}: no 401 response"
        for code, response in sorted(responses.items()):
            if code == "401" or code[:1] not in {"4", "5"}:
                continue
            ref = response_schema_ref(document, response)
            if ref != ERROR_ENVELOPE_REF:
                yield (
                    f"{where}/responses/{code}: error responses must use the envelope "
                    f"{ERROR_ENVELOPE_REF}, found {ref or 'an inline or missing schema'}"
                )


def _auth_schema_is_shared(document: dict[str, Any]) -> Iterator[str]:
    refs: dict[str, list[str]] = {}
    for template, method, operation in operations(document):
        response = operation.get("responses", {}).get("401")
        if response is None:
            continue
        ref = response_schema_ref(document, response) or "(inline or missing)"
        refs.setdefault(ref, []).append(pointer("paths", template, method, "responses", "401"))
    if len(refs) > 1 or "(inline or missing)" in refs:
        summary = "; ".join(
            f"{ref}: {len(places)} operation(s), e.g. {places[0]}"
            for ref, places in sorted(refs.items())
        )
        yield f"401 responses must share one named schema, found {summary}"


def _links_point_at_operations(document: dict[str, Any]) -> Iterator[str]:
    known = {op.get("operationId") for _, _, op in operations(document)}
    for template, method, operation in operations(document):
        for code, response in sorted(operation.get("responses", {}).items()):
            for name, link in sorted(deref(document, response).get("links", {}).items()):
                target = deref(document, link).get("operationId")
                if target not in known:
                    where = pointer("paths", template, method, "responses", code, "links", name)
                    yield f"{where}: link to unknown operationId {target!r}"
