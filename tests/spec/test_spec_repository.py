"""The repository's own sources merge into the committed specs/openapi.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.document import operations
from generator.spec.lint import ERROR_ENVELOPE_REF, response_schema_ref
from generator.spec.pipeline import render_spec

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "specs" / "sources"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(render_spec(SOURCES))


def test_committed_spec_matches_a_fresh_merge() -> None:
    assert (REPO / "specs" / "openapi.json").read_text(encoding="utf-8") == render_spec(SOURCES)


def test_every_source_operation_is_present(spec: dict[str, Any]) -> None:
    ops = list(operations(spec))
    vendor = [op for _, _, op in ops if op["x-source"].startswith("vendor/connectors/")]
    integrations = [op for _, _, op in ops if op["x-source"] == "fragments/integrations.yaml"]
    assert len(vendor) == 14
    assert len(integrations) == 11
    assert [
        op["operationId"] for _, _, op in ops if op["x-source"] == "fragments/token-info.yaml"
    ] == ["getTokenInfo"]


def test_one_auth_schema_and_one_error_envelope(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert "AuthError" in schemas and "Error" in schemas
    for template, method, op in operations(spec):
        for code, response in op["responses"].items():
            ref = response_schema_ref(spec, response)
            if code == "401":
                assert ref == "#/components/schemas/AuthError", (template, method)
            elif code[0] in "45":
                assert ref == ERROR_ENVELOPE_REF, (template, method, code)


def test_every_operation_has_a_429_with_retry_after(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        assert op["responses"]["429"] == {"$ref": "#/components/responses/429-too-many-requests"}
    headers = spec["components"]["responses"]["429-too-many-requests"]["headers"]
    assert "Retry-After" in headers


def test_every_operation_names_its_client_method(spec: dict[str, Any]) -> None:
    names = [op["x-sdk-method"] for _, _, op in operations(spec)]
    assert len(names) == len(set(names)) == 26


def test_legacy_connector_fields_are_optional_properties(spec: dict[str, Any]) -> None:
    connector = spec["components"]["schemas"]["Connector"]
    assert {"legacyId", "repository"} <= set(connector["properties"])
    assert "putConnection" in connector["properties"]["oAuthServerFlow"]["properties"]
    assert connector["required"] == ["name"]


def test_create_operations_link_to_get_update_delete(spec: dict[str, Any]) -> None:
    links = spec["paths"]["/v1/connectors"]["post"]["responses"]["201"]["links"]
    assert {links[name]["operationId"] for name in links} >= {
        "getConnectorById",
        "updateConnector",
        "deleteConnector",
        "listConnectorLicenses",
    }


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_rejects_a_wrong_argument() -> None:
    result = _cli("merge", "--no-such-flag")
    assert result.returncode == 2
    assert "unrecognized arguments: --no-such-flag" in result.stderr


def test_cli_reports_a_broken_source_and_keeps_the_output(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    (sources / "fragments").mkdir(parents=True)
    (sources / "root.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\n")
    (sources / "fragments" / "a.yaml").write_text("paths: [unclosed\n")
    out = tmp_path / "openapi.json"
    out.write_text("previous\n")
    result = _cli("--sources", str(sources), "merge", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "a.yaml: invalid YAML" in result.stderr
    assert out.read_text() == "previous\n"


def test_check_spec_fails_on_drift(tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    out.write_text(render_spec(SOURCES))
    assert _cli("check-spec", "--out", str(out)).returncode == 0
    out.write_text(out.read_text().replace("Connectors", "Konnectors", 1))
    result = _cli("check-spec", "--out", str(out))
    assert result.returncode == 1 and "out of date" in result.stderr
