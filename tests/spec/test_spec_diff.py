"""The spec diff: every change class on a small fixture spec, and the Markdown / JSON output."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import SpecError
from generator.releases.diff import Bump, compare, load_spec, required_bump
from generator.releases.diff.render import to_json, to_markdown

REPO = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "pets.yaml"
Spec = dict[str, Any]
Edit = Callable[[Spec], object]


@pytest.fixture(scope="module")
def base() -> Spec:
    loaded: Spec = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    return loaded


def _pet(spec: Spec) -> Spec:
    schema: Spec = spec["components"]["schemas"]["Pet"]
    return schema


def _create(spec: Spec) -> Spec:
    schema: Spec = spec["components"]["schemas"]["PetCreate"]
    return schema


def _op(spec: Spec, path: str, method: str) -> Spec:
    operation: Spec = spec["paths"][path][method]
    return operation


# (edit, [(level, area, kind), ...], bump): exactly the changes the edit must produce.
CASES: dict[str, tuple[Edit, list[tuple[str, str, str]], Bump]] = {
    # paths
    "operation removed": (
        lambda s: s["paths"]["/pets"].pop("post"),
        [("breaking", "paths", "operation-removed")],
        Bump.MAJOR,
    ),
    "operation added": (
        lambda s: s["paths"]["/pets/{petId}"].update(
            delete={"operationId": "deletePet", "responses": {"204": {"description": "Gone."}}}
        ),
        [("non-breaking", "paths", "operation-added")],
        Bump.MINOR,
    ),
    "operationId renamed": (
        lambda s: _op(s, "/pets", "get").update(operationId="allPets"),
        [("breaking", "paths", "operation-id-changed")],
        Bump.MAJOR,
    ),
    "client method renamed": (
        lambda s: _op(s, "/pets", "get").update({"x-sdk-method": "pets.all"}),
        [("breaking", "paths", "sdk-method-changed")],
        Bump.MAJOR,
    ),
    "tag changed (client module moves)": (
        lambda s: _op(s, "/pets", "get").update(tags=["Animals"]),
        [("breaking", "paths", "tags-changed")],
        Bump.MAJOR,
    ),
    "operation deprecated": (
        lambda s: _op(s, "/pets", "get").update(deprecated=True),
        [("non-breaking", "paths", "operation-deprecated")],
        Bump.PATCH,
    ),
    "operation summary edited": (
        lambda s: _op(s, "/pets", "get").update(summary="List the pets"),
        [("non-breaking", "paths", "description-changed")],
        Bump.PATCH,
    ),
    "provenance only": (
        lambda s: _op(s, "/pets", "get").update({"x-source": "fragments/other.yaml"}),
        [],
        Bump.NONE,
    ),
    # parameters
    "required parameter added": (
        lambda s: _op(s, "/pets", "get")["parameters"].append(
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        [("breaking", "parameters", "required-parameter-added")],
        Bump.MAJOR,
    ),
    "optional parameter added": (
        lambda s: _op(s, "/pets", "get")["parameters"].append(
            {"name": "owner", "in": "query", "schema": {"type": "string"}}
        ),
        [("non-breaking", "parameters", "parameter-added")],
        Bump.MINOR,
    ),
    "parameter became required": (
        lambda s: _op(s, "/pets", "get")["parameters"][0].update(required=True),
        [("breaking", "parameters", "parameter-became-required")],
        Bump.MAJOR,
    ),
    "parameter removed": (
        lambda s: _op(s, "/pets", "get").pop("parameters"),
        [("breaking", "parameters", "parameter-removed")],
        Bump.MAJOR,
    ),
    "parameter type changed": (
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].update(type="string"),
        [("breaking", "parameters", "request-type-changed")],
        Bump.MAJOR,
    ),
    "parameter maximum lowered": (
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].update(maximum=10),
        [("breaking", "parameters", "request-maximum-narrowed")],
        Bump.MAJOR,
    ),
    "parameter maximum raised": (
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].update(maximum=500),
        [("non-breaking", "parameters", "request-maximum-widened")],
        Bump.PATCH,
    ),
    "path-level parameter type changed": (
        lambda s: s["paths"]["/pets/{petId}"]["parameters"][0]["schema"].update(type="integer"),
        [("breaking", "parameters", "request-type-changed")],
        Bump.MAJOR,
    ),
    # request bodies
    "request body became optional": (
        lambda s: _op(s, "/pets", "post")["requestBody"].update(required=False),
        [("non-breaking", "request bodies", "request-body-became-optional")],
        Bump.MINOR,
    ),
    "request body removed": (
        lambda s: _op(s, "/pets", "post").pop("requestBody"),
        [("breaking", "request bodies", "request-body-removed")],
        Bump.MAJOR,
    ),
    "request property became required": (
        lambda s: _create(s)["required"].append("weight"),
        [("breaking", "schemas", "request-property-became-required")],
        Bump.MAJOR,
    ),
    "required request property added": (
        lambda s: (
            _create(s)["properties"].update(owner={"type": "string"}),
            _create(s)["required"].append("owner"),
        ),
        [("breaking", "schemas", "request-required-property-added")],
        Bump.MAJOR,
    ),
    "optional request property added": (
        lambda s: _create(s)["properties"].update(owner={"type": "string"}),
        [("non-breaking", "schemas", "request-property-added")],
        Bump.MINOR,
    ),
    "request enum value removed": (
        lambda s: _create(s)["properties"]["kind"].update(enum=["cat"]),
        [("breaking", "schemas", "request-enum-value-removed")],
        Bump.MAJOR,
    ),
    "request enum value added": (
        lambda s: _create(s)["properties"]["kind"]["enum"].append("bird"),
        [("non-breaking", "schemas", "request-enum-value-added")],
        Bump.MINOR,
    ),
    "request property became nullable": (
        lambda s: _create(s)["properties"]["name"].update(type=["string", "null"]),
        [("non-breaking", "schemas", "request-type-changed")],
        Bump.MINOR,
    ),
    "request property type changed": (
        lambda s: _create(s)["properties"]["weight"].update(type="string"),
        [("breaking", "schemas", "request-type-changed")],
        Bump.MAJOR,
    ),
    "request integer widened to number": (
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].update(type="number"),
        [("non-breaking", "parameters", "request-type-changed")],
        Bump.MINOR,
    ),
    "additional properties forbidden in a request": (
        lambda s: _create(s).update(additionalProperties=False),
        [("breaking", "schemas", "request-additional-properties-narrowed")],
        Bump.MAJOR,
    ),
    "request property became read-only": (
        lambda s: _create(s)["properties"]["weight"].update(readOnly=True),
        [("possibly-breaking", "schemas", "request-read-only-changed")],
        Bump.MINOR,
    ),
    # responses
    "success response removed": (
        lambda s: _op(s, "/pets", "get")["responses"].pop("200"),
        [("breaking", "responses", "success-response-removed")],
        Bump.MAJOR,
    ),
    "error response removed": (
        lambda s: _op(s, "/pets/{petId}", "get")["responses"].pop("404"),
        [("possibly-breaking", "responses", "error-response-removed")],
        Bump.MINOR,
    ),
    "error response added": (
        lambda s: _op(s, "/pets", "get")["responses"].update({"429": {"description": "Slow."}}),
        [("non-breaking", "responses", "error-response-added")],
        Bump.MINOR,
    ),
    "success response added": (
        lambda s: _op(s, "/pets", "get")["responses"].update({"204": {"description": "None."}}),
        [("possibly-breaking", "responses", "success-response-added")],
        Bump.MINOR,
    ),
    "response media type removed": (
        lambda s: _op(s, "/pets", "get")["responses"]["200"].pop("content"),
        [("breaking", "responses", "response-media-type-removed")],
        Bump.MAJOR,
    ),
    "response header removed": (
        lambda s: _op(s, "/pets/{petId}", "get")["responses"]["200"].pop("headers"),
        [("possibly-breaking", "responses", "response-header-removed")],
        Bump.MINOR,
    ),
    "response property removed": (
        lambda s: _pet(s)["properties"].pop("tags"),
        [("breaking", "schemas", "response-property-removed")],
        Bump.MAJOR,
    ),
    "response property became optional": (
        lambda s: _pet(s)["required"].remove("name"),
        [("breaking", "schemas", "response-property-became-optional")],
        Bump.MAJOR,
    ),
    "response property type changed": (
        lambda s: _pet(s)["properties"]["name"].update(type="integer"),
        [("breaking", "schemas", "response-type-changed")],
        Bump.MAJOR,
    ),
    "response property became nullable": (
        lambda s: _pet(s)["properties"]["name"].update(type=["string", "null"]),
        [("breaking", "schemas", "response-type-changed")],
        Bump.MAJOR,
    ),
    "response enum value added": (
        lambda s: _pet(s)["properties"]["kind"]["enum"].append("bird"),
        [("possibly-breaking", "schemas", "response-enum-value-added")],
        Bump.MINOR,
    ),
    "response enum narrowed": (
        lambda s: _pet(s)["properties"]["kind"].update(enum=["cat"]),
        [("non-breaking", "schemas", "response-enum-value-removed")],
        Bump.PATCH,
    ),
    "optional response property added": (
        lambda s: _pet(s)["properties"].update(owner={"type": "string"}),
        [("non-breaking", "schemas", "response-property-added")],
        Bump.MINOR,
    ),
    "response format changes the Python type": (
        lambda s: _pet(s)["properties"]["born"].update(format="date-time"),
        [("breaking", "schemas", "response-format-changed")],
        Bump.MAJOR,
    ),
    "response maxLength raised": (
        lambda s: _pet(s)["properties"]["name"].update(maxLength=80),
        [("possibly-breaking", "schemas", "response-max-length-widened")],
        Bump.MINOR,
    ),
    "response description edited": (
        lambda s: _pet(s)["properties"]["name"].update(description="Its name."),
        [("non-breaking", "schemas", "response-description-changed")],
        Bump.PATCH,
    ),
    "unclassified schema keyword": (
        lambda s: _pet(s).update({"not": {"required": ["secret"]}}),
        [("possibly-breaking", "schemas", "response-keyword-changed")],
        Bump.MINOR,
    ),
    # schemas (components as client models)
    "component schema removed": (
        lambda s: _op(s, "/pets", "post")["requestBody"]["content"]["application/json"].update(
            schema=s["components"]["schemas"].pop("PetCreate")
        ),
        [("breaking", "schemas", "schema-removed")],
        Bump.MAJOR,
    ),
    "component schema added": (
        lambda s: s["components"]["schemas"].update(Owner={"type": "object"}),
        [("non-breaking", "schemas", "schema-added")],
        Bump.MINOR,
    ),
    # security, servers, info
    "security scheme replaced": (
        lambda s: (
            s["components"]["securitySchemes"].update(
                apiKey={"type": "apiKey", "in": "header", "name": "X-Key"}
            ),
            s.update(security=[{"apiKey": []}]),
        ),
        [("breaking", "security", "security-requirement-removed")] * 3
        + [("non-breaking", "security", "security-requirement-added")] * 3
        + [("non-breaking", "security", "security-scheme-added")],
        Bump.MAJOR,
    ),
    "authentication made optional": (
        lambda s: s["security"].append({}),
        [("non-breaking", "security", "security-requirement-added")] * 3,
        Bump.MINOR,
    ),
    "security scheme changed": (
        lambda s: s["components"]["securitySchemes"]["bearerAuth"].update(scheme="basic"),
        [("breaking", "security", "security-scheme-changed")],
        Bump.MAJOR,
    ),
    "server removed": (
        lambda s: s["servers"].pop(),
        [("breaking", "servers", "server-removed")],
        Bump.MAJOR,
    ),
    "server added": (
        lambda s: s["servers"].append({"url": "https://api.au.example.com"}),
        [("non-breaking", "servers", "server-added")],
        Bump.MINOR,
    ),
    "info description edited": (
        lambda s: s["info"].update(description="Pets, now documented."),
        [("non-breaking", "info", "info-changed")],
        Bump.PATCH,
    ),
    "version only": (lambda s: s["info"].update(version="9.0.0"), [], Bump.NONE),
    # edge cases a gate must not miss (found in review)
    "request property becomes `false`": (
        lambda s: _create(s)["properties"].update(weight=False),
        [("breaking", "schemas", "request-schema-rejects-everything")],
        Bump.MAJOR,
    ),
    "items constrained where there were none": (
        lambda s: _create(s)["properties"].update(
            tags={"type": "array", "items": {"type": "integer"}}
        ),
        [("non-breaking", "schemas", "request-property-added")],
        Bump.MINOR,
    ),
    "response schema dropped, media type kept": (
        lambda s: _op(s, "/pets/{petId}", "get")["responses"]["200"]["content"][
            "application/json"
        ].pop("schema"),
        [("breaking", "responses", "response-schema-unconstrained")],
        Bump.MAJOR,
    ),
    "keywords next to a shared $ref": (
        lambda s: _op(s, "/pets", "post")["requestBody"]["content"]["application/json"][
            "schema"
        ].update(required=["name", "kind"]),
        [("breaking", "request bodies", "request-property-became-required")],
        Bump.MAJOR,
    ),
    "required name that is not a declared property": (
        lambda s: _create(s)["required"].append("colour"),
        [("breaking", "schemas", "request-property-became-required")],
        Bump.MAJOR,
    ),
    "oneOf added to a request property": (
        lambda s: _create(s)["properties"]["weight"].update(
            oneOf=[{"minimum": 0}, {"maximum": -10}]
        ),
        [("breaking", "schemas", "request-one-of-changed")],
        Bump.MAJOR,
    ),
    "additionalProperties typed in a request": (
        lambda s: _create(s).update(additionalProperties={"type": "integer"}),
        [("breaking", "schemas", "request-schema-constrained")],
        Bump.MAJOR,
    ),
    "uniqueItems required in a request": (
        lambda s: _op(s, "/pets", "get")["parameters"][0]["schema"].update(uniqueItems=True),
        [("breaking", "parameters", "request-unique-items-narrowed")],
        Bump.MAJOR,
    ),
    "new default server": (
        lambda s: s["servers"].insert(0, {"url": "https://api.v2.example.com"}),
        [
            ("breaking", "servers", "default-server-changed"),
            ("non-breaking", "servers", "server-added"),
        ],
        Bump.MAJOR,
    ),
    "server variable default changed": (
        lambda s: s["servers"][0].update(variables={"v": {"default": "2"}}),
        [("possibly-breaking", "servers", "server-variables-changed")],
        Bump.MINOR,
    ),
    "response header no longer always sent": (
        lambda s: _op(s, "/pets/{petId}", "get")["responses"]["200"]["headers"]["ETag"].update(
            required=False, schema={"type": "integer"}
        ),
        [("breaking", "responses", "response-type-changed")],
        Bump.MAJOR,
    ),
    "a scope dropped from an operation's requirement": (
        lambda s: (
            s["components"]["securitySchemes"].update(
                oauth={
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {"tokenUrl": "https://t", "scopes": {"r": "", "w": ""}}
                    },
                }
            ),
            _op(s, "/pets", "get").update(security=[{"oauth": ["r"]}]),
        ),
        [
            ("breaking", "security", "security-requirement-removed"),
            ("non-breaking", "security", "security-requirement-added"),
            ("non-breaking", "security", "security-scheme-added"),
        ],
        Bump.MAJOR,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_change_class(base: Spec, case: str) -> None:
    edit, expected, bump = CASES[case]
    new = copy.deepcopy(base)
    edit(new)
    changes = compare(base, new)
    assert sorted((c.level.value, c.area.value, c.kind) for c in changes) == sorted(expected)
    assert required_bump(changes) is bump


def test_a_schema_given_to_a_media_type_that_had_none(base: Spec) -> None:
    before = copy.deepcopy(base)
    media = _op(before, "/pets", "post")["requestBody"]["content"]["application/json"]
    media.pop("schema")  # any JSON body
    (change,) = compare(before, base)
    assert (change.level.value, change.kind) == ("breaking", "request-schema-constrained")
    (reverse,) = compare(base, before)
    assert (reverse.level.value, reverse.kind) == ("non-breaking", "request-schema-unconstrained")


def test_a_dangling_reference_is_a_clear_error(base: Spec) -> None:
    new = copy.deepcopy(base)
    _op(new, "/pets", "post")["requestBody"] = {"$ref": "#/components/requestBodies/Missing"}
    with pytest.raises(SpecError, match="cannot compare: dangling reference"):
        compare(base, new)


def test_a_path_item_reference_is_followed(base: Spec) -> None:
    old, new = copy.deepcopy(base), copy.deepcopy(base)
    old["paths"]["/animals"] = {"$ref": "#/paths/~1pets"}
    new["paths"]["/animals"] = {"$ref": "#/paths/~1pets"}
    new["paths"]["/pets"].pop("post")
    kinds = sorted((c.kind, c.operations) for c in compare(old, new))
    assert kinds == [
        ("operation-removed", ("POST /animals",)),
        ("operation-removed", ("POST /pets",)),
    ]


def test_yaml_specs_with_numeric_statuses_load(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(FIXTURE.read_text(encoding="utf-8").replace('"200":', "200:"), encoding="utf-8")
    loaded = load_spec(str(spec))
    assert 200 in loaded["paths"]["/pets"]["get"]["responses"]
    changed = copy.deepcopy(loaded)
    changed["paths"]["/pets"]["get"]["responses"].pop(200)
    assert [c.kind for c in compare(loaded, changed)] == ["success-response-removed"]


def test_identical_specs_have_no_changes(base: Spec) -> None:
    assert compare(base, copy.deepcopy(base)) == []


def test_a_shared_schema_is_reported_once_with_its_users(base: Spec) -> None:
    new = copy.deepcopy(base)
    new["components"]["schemas"]["Pet"]["properties"]["tags"]["items"]["type"] = "integer"
    (change,) = compare(base, new)
    assert change.location == "#/components/schemas/Pet/properties/tags/items/type"
    assert change.operations == ("GET /pets", "GET /pets/{petId}", "POST /pets")


def test_a_schema_used_both_ways_gets_the_graver_verdict(base: Spec) -> None:
    # An echo endpoint also returns PetCreate: a loosened `required` now matters both ways.
    both = copy.deepcopy(base)
    both["paths"]["/echo"] = {
        "post": {
            "operationId": "echo",
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/PetCreate"}}}},
            "responses": {"200": {"description": "Echo.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PetCreate"}}}}},
        }
    }  # fmt: skip
    loosened = copy.deepcopy(both)
    loosened["components"]["schemas"]["PetCreate"]["required"] = []
    (change,) = compare(both, loosened)
    assert (change.level.value, change.kind) == ("breaking", "response-property-became-optional")


def test_markdown_groups_by_level_and_names_the_bump(base: Spec) -> None:
    new = copy.deepcopy(base)
    new["paths"]["/pets"].pop("post")
    _pet(new)["properties"].update(owner={"type": "string"})
    _pet(new)["properties"]["name"]["description"] = "Its name."
    text = to_markdown(compare(base, new), "1.0.0", "2.0.0")
    assert "Needs a **major** release." in text
    assert (
        "### Breaking (1)\n\n- paths: `POST /pets`: operation removed [operation-removed]" in text
    )
    assert "- schemas: `Pet.owner`: optional property 'owner' added" in text
    assert "- description edits in 1 place(s): `Pet.name`" in text


def test_json_output_is_for_machines(base: Spec) -> None:
    new = copy.deepcopy(base)
    _create(new)["required"].append("weight")
    document = json.loads(to_json(compare(base, new), "1.0.0", "2.0.0"))
    assert document["required_bump"] == "major"
    assert document["summary"] == {"breaking": 1, "possibly-breaking": 0, "non-breaking": 0}
    assert document["changes"] == [
        {
            "level": "breaking",
            "bump": "major",
            "area": "schemas",
            "kind": "request-property-became-required",
            "location": "#/components/schemas/PetCreate/properties/weight",
            "message": "'weight' became required",
            "operations": ["POST /pets"],
        }
    ]


def test_load_spec_reads_files_and_git_refs(tmp_path: Path) -> None:
    spec = load_spec("HEAD:specs/openapi.json", cwd=REPO)
    assert spec["info"]["title"] == "integrator.io API"
    with pytest.raises(SpecError, match=r"cannot read 'no-such-ref:specs/openapi\.json' from git"):
        load_spec("no-such-ref:specs/openapi.json", cwd=REPO)
    with pytest.raises(SpecError, match="no such file"):
        load_spec(str(tmp_path / "missing.json"))
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(SpecError, match="neither JSON nor YAML"):
        load_spec(str(broken))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_diff_exit_codes_and_formats(base: Spec, tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    changed = copy.deepcopy(base)
    changed["paths"]["/pets"].pop("post")
    old.write_text(json.dumps(base), encoding="utf-8")
    new.write_text(json.dumps(changed), encoding="utf-8")
    result = _cli(str(old), str(new))
    assert result.returncode == 1, result.stderr
    assert "- paths: `POST /pets`: operation removed [operation-removed]" in result.stdout
    assert _cli(str(old), str(new), "--fail-on", "never").returncode == 0
    as_json = _cli(str(old), str(new), "--format", "json", "--fail-on", "never")
    assert json.loads(as_json.stdout)["changes"][0]["kind"] == "operation-removed"
    assert _cli(str(new), str(old)).returncode == 0  # the reverse only adds
    missing = _cli(str(tmp_path / "nope.json"), str(new))
    assert missing.returncode == 1
    assert "no such file" in missing.stderr
