"""Merging fragments: folding, conflicts, hoisting, x-source, overlays, lint, determinism."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from spec_support import ERROR_SCHEMA, ROOT, SourceWriter, fragment, operation

from generator.errors import MergeConflict, SpecError, ValidationFailed
from generator.spec.pipeline import build_spec, merge_to_file, render_spec

THING = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}


def _two_fragments() -> dict[str, Any]:
    return {
        "a.json": fragment(
            {"/v1/things": {"get": operation("listThings")}}, schemas={"Thing": THING}
        ),
        "b.json": fragment(
            {"/v1/things/{_id}": {"get": operation("getThing")}}, schemas={"Thing": THING}
        ),
    }


def test_identical_components_fold_into_one(make_sources: SourceWriter) -> None:
    spec = build_spec(make_sources(_two_fragments()))
    assert spec["components"]["schemas"]["Thing"] == THING
    assert set(spec["paths"]) == {"/v1/things", "/v1/things/{_id}"}


def test_every_operation_carries_its_source(make_sources: SourceWriter) -> None:
    spec = build_spec(make_sources(_two_fragments()))
    assert spec["paths"]["/v1/things"]["get"]["x-source"] == "fragments/a.json"
    assert spec["paths"]["/v1/things/{_id}"]["get"]["x-source"] == "fragments/b.json"


def test_same_component_name_with_different_content_is_a_conflict(
    make_sources: SourceWriter,
) -> None:
    fragments = _two_fragments()
    other = copy.deepcopy(THING)
    other["properties"]["name"]["type"] = "integer"
    fragments["b.json"]["components"]["schemas"]["Thing"] = other
    with pytest.raises(MergeConflict) as caught:
        build_spec(make_sources(fragments))
    message = str(caught.value)
    assert caught.value.pointer == "#/components/schemas/Thing"
    assert "fragments/a.json" in message and "fragments/b.json" in message
    assert "#/components/schemas/Thing/properties/name/type: 'string' vs 'integer'" in message


def test_duplicate_operation_id_is_a_conflict(make_sources: SourceWriter) -> None:
    fragments = {
        "a.json": fragment({"/v1/things": {"get": operation("listThings")}}),
        "b.json": fragment({"/v1/others": {"get": operation("listThings")}}),
    }
    with pytest.raises(MergeConflict, match="duplicate operationId 'listThings'") as caught:
        build_spec(make_sources(fragments))
    assert caught.value.sources == (
        "fragments/a.json (#/paths/~1v1~1things/get)",
        "fragments/b.json (#/paths/~1v1~1others/get)",
    )


def test_path_templates_differing_only_in_parameter_names_conflict(
    make_sources: SourceWriter,
) -> None:
    fragments = {
        "a.json": fragment(
            {"/v1/integrations/{_connectorId}/install": {"post": operation("install")}}
        ),
        "b.json": fragment({"/v1/integrations/{_id}/install": {"delete": operation("uninstall")}}),
    }
    with pytest.raises(MergeConflict, match="differ only in parameter names") as caught:
        build_spec(make_sources(fragments))
    assert caught.value.pointer == "#/paths/~1v1~1integrations~1{_id}~1install"
    assert "{_connectorId}" in caught.value.sources[0] and "{_id}" in caught.value.sources[1]


def test_the_same_operation_twice_is_a_conflict(make_sources: SourceWriter) -> None:
    fragments = {
        "a.json": fragment({"/v1/things": {"get": operation("listThings")}}),
        "b.json": fragment({"/v1/things": {"get": operation("listThingsAgain")}}),
    }
    with pytest.raises(MergeConflict, match="defined twice"):
        build_spec(make_sources(fragments))


def test_a_fragment_with_other_servers_is_a_conflict(make_sources: SourceWriter) -> None:
    fragments = _two_fragments()
    fragments["b.json"]["servers"] = [{"url": "https://elsewhere.test"}]
    with pytest.raises(MergeConflict, match=r"#/servers") as caught:
        build_spec(make_sources(fragments))
    assert caught.value.sources == ("root.yaml", "fragments/b.json")


def test_the_shared_401_body_becomes_one_named_schema(make_sources: SourceWriter) -> None:
    spec = build_spec(make_sources(_two_fragments()))
    response = spec["components"]["responses"]["401-unauthorized"]
    assert response["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Unauthorized"
    }
    assert spec["components"]["schemas"]["Unauthorized"]["required"] == ["message"]


def test_a_title_names_the_hoisted_schema(make_sources: SourceWriter) -> None:
    overlays = {
        "10-names.yaml": {
            "overlay": "1.0.0",
            "info": {"title": "names", "version": "1"},
            "actions": [
                {
                    "target": "$.components.responses['401-unauthorized'].content['application/json'].schema",
                    "update": {"title": "AuthError"},
                }
            ],
        }
    }
    spec = build_spec(make_sources(_two_fragments(), overlays))
    assert "AuthError" in spec["components"]["schemas"]
    assert "Unauthorized" not in spec["components"]["schemas"]


def _inline_error_op(operation_id: str, title: str | None) -> dict[str, Any]:
    schema = copy.deepcopy(ERROR_SCHEMA)
    if title:
        schema["title"] = title
    op = operation(operation_id)
    op["responses"]["409"] = {
        "description": "Conflict",
        "content": {"application/json": {"schema": schema}},
    }
    return op


def test_an_inline_schema_repeated_across_operations_needs_a_title(
    make_sources: SourceWriter,
) -> None:
    fragments = {
        "a.json": fragment({"/v1/a": {"get": _inline_error_op("a", None)}}),
        "b.json": fragment({"/v1/b": {"get": _inline_error_op("b", None)}}),
    }
    with pytest.raises(SpecError, match=r"appears 2 times.*give it a `title`"):
        build_spec(make_sources(fragments))


def test_a_titled_repeated_inline_schema_is_hoisted_once(make_sources: SourceWriter) -> None:
    fragments = {
        "a.json": fragment({"/v1/a": {"get": _inline_error_op("a", "Error")}}),
        "b.json": fragment({"/v1/b": {"get": _inline_error_op("b", "Error")}}),
    }
    # The titled copy differs from the fragments' untitled `Error`: that must be reported.
    with pytest.raises(MergeConflict, match="hoisted schema would replace a different schema"):
        build_spec(make_sources(fragments))
    for document in fragments.values():
        document["components"]["schemas"]["Error"]["title"] = "Error"
    spec = build_spec(make_sources(fragments, name="titled"))
    for path in ("/v1/a", "/v1/b"):
        media = spec["paths"][path]["get"]["responses"]["409"]["content"]["application/json"]
        assert media["schema"] == {"$ref": "#/components/schemas/Error"}


def test_lint_reports_every_problem(make_sources: SourceWriter) -> None:
    bad = operation("bad")
    del bad["tags"], bad["summary"]
    bad["responses"].pop("401")
    bad["responses"]["404"] = {
        "description": "Not found",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    with pytest.raises(ValidationFailed) as caught:
        build_spec(make_sources({"a.json": fragment({"/v1/bad": {"get": bad}})}))
    problems = "\n".join(caught.value.problems)
    assert "#/paths/~1v1~1bad/get: no summary" in problems
    assert "#/paths/~1v1~1bad/get: no tags" in problems
    assert "#/paths/~1v1~1bad/get: no 401 response" in problems
    assert "responses/404: error responses must use the envelope" in problems


def test_invalid_openapi_is_reported(make_sources: SourceWriter) -> None:
    op = operation("noDescription")
    op["responses"]["200"] = {"content": {}}  # a response needs a description
    with pytest.raises(ValidationFailed, match=r"OpenAPI: .*description"):
        build_spec(make_sources({"a.json": fragment({"/v1/x": {"get": op}})}))


def test_a_dangling_reference_is_reported(make_sources: SourceWriter) -> None:
    op = operation("dangling")
    op["responses"]["200"] = {"$ref": "#/components/responses/Nope"}
    with pytest.raises(ValidationFailed, match="Nope"):
        build_spec(make_sources({"a.json": fragment({"/v1/x": {"get": op}})}))


def test_output_does_not_depend_on_key_order(make_sources: SourceWriter) -> None:
    def shuffled(value: Any, rng: random.Random) -> Any:
        if isinstance(value, dict):
            items = list(value.items())
            rng.shuffle(items)
            return {k: shuffled(v, rng) for k, v in items}
        if isinstance(value, list):
            return [shuffled(v, rng) for v in value]
        return value

    first = render_spec(make_sources(_two_fragments(), name="one"))
    second = render_spec(make_sources(shuffled(_two_fragments(), random.Random(7)), name="two"))
    assert first == second
    assert first == render_spec(make_sources(_two_fragments(), name="three"))


def test_a_failed_merge_leaves_the_previous_output_untouched(
    make_sources: SourceWriter, tmp_path: Path
) -> None:
    out = tmp_path / "openapi.json"
    good = make_sources(_two_fragments(), name="good")
    assert merge_to_file(good, out) is True
    before = out.read_bytes()
    stamp = out.stat().st_mtime_ns
    broken = _two_fragments()
    broken["b.json"]["paths"]["/v1/things/{_id}"]["get"]["operationId"] = "listThings"
    with pytest.raises(MergeConflict):
        merge_to_file(make_sources(broken, name="broken"), out)
    assert out.read_bytes() == before
    assert out.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".openapi")] == []


def test_an_unchanged_merge_rewrites_nothing(make_sources: SourceWriter, tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    sources = make_sources(_two_fragments())
    merge_to_file(sources, out)
    stamp = out.stat().st_mtime_ns
    assert merge_to_file(sources, out) is False
    assert out.stat().st_mtime_ns == stamp


def test_a_broken_source_file_is_named(make_sources: SourceWriter) -> None:
    sources = make_sources(_two_fragments())
    (sources / "fragments" / "c.json").write_text('{"openapi": "3.1.0",', encoding="utf-8")
    with pytest.raises(SpecError, match=r"c\.json:1:\d+: invalid JSON"):
        build_spec(sources)


def test_root_supplies_info_and_tags(make_sources: SourceWriter) -> None:
    spec = build_spec(make_sources(_two_fragments()))
    assert spec["info"] == ROOT["info"]
    assert spec["tags"] == [{"name": "Things"}]
    json.dumps(spec)  # plain JSON values only


def test_a_yaml_accident_leaving_a_null_is_reported(make_sources: SourceWriter) -> None:
    sources = make_sources(_two_fragments())
    (sources / "fragments" / "c.yaml").write_text(
        "components:\n  schemas:\n    Step:\n      type: object\n      properties:\n"
        "        url: {type: string, description: Where to go, if outside.}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationFailed, match=r"Step/properties/url/if outside\.: null value"):
        build_spec(sources)


def test_a_circular_reference_is_reported_not_a_crash(make_sources: SourceWriter) -> None:
    fragments = _two_fragments()
    responses = fragments["a.json"]["components"]["responses"]
    responses["A"] = {"$ref": "#/components/responses/B"}
    responses["B"] = {"$ref": "#/components/responses/A"}
    with pytest.raises(ValidationFailed, match="circular reference"):
        build_spec(make_sources(fragments))


def test_problem_pointers_are_escaped(make_sources: SourceWriter) -> None:
    op = operation("dangling")
    op["responses"]["200"] = {"$ref": "#/components/responses/Nope"}
    with pytest.raises(ValidationFailed) as caught:
        build_spec(make_sources({"a.json": fragment({"/v1/x": {"get": op}})}))
    assert caught.value.problems[0].startswith("#/paths/~1v1~1x/get/responses/200: $ref")


def test_the_root_may_not_hold_operations(make_sources: SourceWriter) -> None:
    root = {**ROOT, "paths": {"/v1/x": {"get": operation("x")}}}
    with pytest.raises(SpecError, match=r"root\.yaml: paths belong in a fragment"):
        build_spec(make_sources(_two_fragments(), root=root))
