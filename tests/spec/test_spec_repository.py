"""The repository's own sources merge into the committed specs/openapi.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.document import operations, parameters
from generator.pointers import deref
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
    # The debug log with and without its optional resource id is one method.
    assert len(names) == 84 and len(set(names)) == 83
    assert [n for n in names if names.count(n) > 1] == ["connections.debug_logs"] * 2


# The high-level client's names, as DESIGN.md lists them.
DESIGN_NAMES = {
    *(f"connectors.{m}" for m in ["list", "create", "get", "update", "delete", "install_base", "push_update", "install", "preview_install"]),
    *(f"connectors.licenses.{m}" for m in ["list", "create", "get", "update", "delete"]),
    *(f"integrations.{m}" for m in ["list", "create", "get", "update", "delete", "clone", "install", "uninstall", "invoke_installer", "invoke_uninstaller", "invoke_settings"]),
    *(f"connections.{m}" for m in ["list", "create", "get", "update", "delete", "ping", "ping_unsaved", "debug_logs", "virtual_export", "virtual_export_page", "virtual_import", "virtual_import_map"]),
    *(f"exports.{m}" for m in ["list", "create", "get", "update", "delete", "clone", "get_distributed", "update_distributed"]),
    *(f"imports.{m}" for m in ["list", "create", "get", "update", "delete", "clone"]),
    *(f"flows.{m}" for m in ["list", "create", "get", "update", "delete", "clone", "run"]),
    *(f"jobs.{m}" for m in ["list", "get", "errors", "error_file_url"]),
    *(f"state.{m}" for m in ["list_keys", "get", "put", "delete", "delete_all"]),
    *(f"resource_state.{m}" for m in ["list_keys", "get", "put", "delete", "delete_all"]),
    *(f"iclients.{m}" for m in ["list", "create", "get", "update", "delete"]),
    *(f"templates.{m}" for m in ["list", "create", "get", "update", "delete"]),
    "token_info",
}  # fmt: skip


def test_the_client_names_are_those_of_the_design(spec: dict[str, Any]) -> None:
    assert {op["x-sdk-method"] for _, _, op in operations(spec)} == DESIGN_NAMES


def _parameter_names(spec: dict[str, Any], template: str, method: str) -> set[str]:
    return {p["name"] for p in parameters(spec, template, method)}


def test_every_list_pages_and_projects(spec: dict[str, Any]) -> None:
    lists = [(t, m, op) for t, m, op in operations(spec) if op["x-sdk-method"].endswith(".list")]
    assert len(lists) == 10
    for template, method, op in lists:
        assert op.get("x-projection") is True, template
        assert {"include", "exclude"} <= _parameter_names(spec, template, method)
        assert "204" in op["responses"] and "400" in op["responses"], template
        # Templates are one flat list; jobs page by createdAt_lte.
        expected = {"/v1/templates": None, "/v1/jobs": "createdAt"}.get(template, "link")
        assert op.get("x-paging") == expected, template
    paged = [(t, m, op) for t, m, op in operations(spec) if op.get("x-paging") == "link"]
    assert len(paged) == 9  # the eight paged lists and the install base
    for template, method, op in paged:
        assert {"limit", "skip"} <= _parameter_names(spec, template, method), template
        assert "Link" in op["responses"]["200"]["headers"], template


def test_the_rate_limit_is_data_the_tools_read(spec: dict[str, Any]) -> None:
    assert spec["x-rate-limit"] == {
        "algorithm": "leaky-bucket",
        "scope": "account",
        "bucketSize": 1000,
        "refillPerSecond": 300,
    }
    assert spec["info"]["version"] == "2.0.0"


def test_the_jobs_filters(spec: dict[str, Any]) -> None:
    names = _parameter_names(spec, "/v1/jobs", "get") - {"include", "exclude"}
    assert len(names) == 21  # 19 on the vendor's page, and numError_lte / numError_gte
    assert {"_flowJobId", "createdAt_lte", "type_in", "numError_gte", "retriable"} <= names


def test_state_answers_text_and_deletes_as_documented(spec: dict[str, Any]) -> None:
    for template in ("/v1/state/{key}", "/v1/{resource_type}/{_id}/state/{key}"):
        written = spec["paths"][template]["put"]["responses"]["200"]["content"]
        assert list(written) == ["text/plain"]
    assert "204" in spec["paths"]["/v1/state/{key}"]["delete"]["responses"]
    assert "204" in spec["paths"]["/v1/state"]["delete"]["responses"]
    assert "200" in spec["paths"]["/v1/{resource_type}/{_id}/state/{key}"]["delete"]["responses"]
    assert "200" in spec["paths"]["/v1/{resource_type}/{_id}/state"]["delete"]["responses"]


def _secret_paths(spec: dict[str, Any], node: Any, at: str, seen: frozenset[str]) -> set[str]:
    node = deref(spec, node) if isinstance(node, dict) else node
    if not isinstance(node, dict):
        return set()
    found = {at} if node.get("x-secret") is True else set()
    for name, member in (node.get("properties") or {}).items():
        ref = member.get("$ref") if isinstance(member, dict) else None
        if ref in seen:
            continue
        found |= _secret_paths(spec, member, f"{at}.{name}" if at else name, seen | {ref or ""})
    return found


def test_secrets_are_marked(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    connection = _secret_paths(spec, schemas["Connection"], "", frozenset())
    assert {"rest.bearerToken", "http.auth.basic.password", "netsuite.password"} <= connection
    iclient = _secret_paths(spec, schemas["IClient"], "", frozenset())
    assert {"oauth2.clientSecret", "amazonmws.secretKey", "ebay.certId"} <= iclient
    assert _secret_paths(spec, schemas["Export"], "", frozenset()) >= {"webhook.key"}
    for name in ("Connection", "IClient", "Export"):
        for path in _secret_paths(spec, schemas[name], "", frozenset()):
            node: Any = schemas[name]
            for part in path.split("."):
                node = deref(spec, node)["properties"][part]
            assert node.get("x-secret") is True and node.get("type") == "string", (name, path)


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
