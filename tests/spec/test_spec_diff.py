"""Breaking-change report between two spec versions."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.diff import compare, spec_at
from generator.errors import SpecError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (REPO / "specs" / "openapi.json").read_text(encoding="utf-8")
    )
    return loaded


def _breaking(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [f"{c.where}: {c.what}" for c in compare(old, new) if c.breaking]


def test_identical_specs_have_no_changes(spec: dict[str, Any]) -> None:
    assert compare(spec, copy.deepcopy(spec)) == []


def test_a_removed_operation_is_breaking(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    del new["paths"]["/v1/tokenInfo"]["get"]
    assert _breaking(spec, new) == ["#/paths/~1v1~1tokenInfo/get: operation removed"]
    assert [c.what for c in compare(new, spec)] == ["operation added"]


def test_a_new_required_request_field_is_breaking(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    new["components"]["schemas"]["Connector"]["required"] = ["name", "websiteURL"]
    breaking = _breaking(spec, new)
    assert (
        "#/paths/~1v1~1connectors/post/requestBody/websiteURL: became required in the request"
        in breaking
    )


def test_a_dropped_response_field_and_a_type_change_are_breaking(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    del new["components"]["schemas"]["TokenInfo"]["properties"]["scope"]
    new["components"]["schemas"]["TokenInfo"]["properties"]["_userId"]["type"] = "integer"
    breaking = _breaking(spec, new)
    where = "#/paths/~1v1~1tokenInfo/get/responses/200"
    assert f"{where}/scope: property removed" in breaking
    assert f"{where}/_userId: type 'string' -> 'integer'" in breaking


def test_an_added_optional_field_is_compatible(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    new["components"]["schemas"]["TokenInfo"]["properties"]["expires"] = {"type": "string"}
    changes = compare(spec, new)
    assert changes and not any(c.breaking for c in changes)


def test_an_unknown_git_ref_is_a_clear_error() -> None:
    with pytest.raises(SpecError, match=r"cannot read specs/openapi\.json at 'no-such-ref'"):
        spec_at("no-such-ref", cwd=REPO)


def test_cli_diff_exits_1_on_a_breaking_change(spec: dict[str, Any], tmp_path: Path) -> None:
    import subprocess
    import sys

    new = copy.deepcopy(spec)
    del new["paths"]["/v1/tokenInfo"]
    changed = tmp_path / "openapi.json"
    changed.write_text(json.dumps(new), encoding="utf-8")
    command = [sys.executable, "-m", "generator", "diff", "--base", "HEAD", "--spec", str(changed)]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stderr
    assert "BREAKING  #/paths/~1v1~1tokenInfo/get: operation removed" in result.stdout
    allowed = subprocess.run(
        [*command, "--allow-breaking"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert allowed.returncode == 0


def test_a_new_required_path_level_parameter_is_breaking(spec: dict[str, Any]) -> None:
    new = copy.deepcopy(spec)
    new["paths"]["/v1/tokenInfo"]["parameters"] = [
        {"name": "account", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    assert _breaking(spec, new) == [
        "#/paths/~1v1~1tokenInfo/get: new required query parameter 'account'"
    ]
