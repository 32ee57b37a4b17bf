"""The committed package: lint- and type-clean, and its README examples run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from integrator_io_client import ApiError

from generator.document import operations

ROOT = Path(__file__).resolve().parents[2]
TREE = ROOT / "generated" / "integrator-io-client"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=TREE, capture_output=True, text=True, check=False
    )


def test_ruff_clean() -> None:
    for args in (("check", "--no-cache", "."), ("format", "--check", "--no-cache", ".")):
        result = _run("ruff", *args)
        assert result.returncode == 0, result.stdout + result.stderr


USAGE = """
import datetime

from integrator_io_client import IntegratorClient, NotFoundError, RateLimit
from integrator_io_client.models import Connector, License


def use(client: IntegratorClient) -> list[str]:
    connectors: list[Connector] = client.connectors.list(max_retries=5, timeout=3.0)
    created = client.connectors.create(name="x", i_client_id_map=[{"_id": "a"}])
    licence: License = client.connectors.licenses.create(
        created.id if isinstance(created.id, str) else "",
        email="user@example.com",
        expires=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
        opts={"connectorEdition": "premium"},
    )
    raw = client.with_raw_response.integrations.get("id")
    status: int = raw.status_code
    try:
        client.with_options(max_retries=0).token_info()
    except NotFoundError as error:
        status = error.status_code
    client.connectors.push_update("id", integration_ids=["a"])
    _ = (licence, status, RateLimit(capacity=10, per_second=5.0))
    return [c.name for c in connectors]
"""


def test_mypy_strict(tmp_path: Path) -> None:
    """The package, and typical user code against it, type-check under --strict."""
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    result = _run(
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path / "cache"),
        "integrator_io_client",
        str(usage),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _readme_examples() -> list[tuple[str, str]]:
    text = (TREE / "README.md").read_text(encoding="utf-8")
    sections = re.split(r"^### `client\.([\w.]+)`$", text, flags=re.M)
    examples = []
    for name, body in zip(sections[1::2], sections[2::2], strict=True):
        code = re.search(r"```python\n(.*?)```", body, flags=re.S)
        assert code, f"no example for {name}"
        examples.append((name, code.group(1)))
    return examples


def test_readme_has_an_example_per_operation() -> None:
    import json

    spec = json.loads((ROOT / "specs" / "openapi.json").read_text(encoding="utf-8"))
    declared = {op["x-sdk-method"] for _, _, op in operations(spec)}
    assert {name for name, _ in _readme_examples()} == declared


def test_readme_examples_run_against_the_mock(
    mock_url: str, token: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTEGRATOR_API_TOKEN", token)
    monkeypatch.setenv("INTEGRATOR_BASE_URL", mock_url)
    import json

    from mock_api.handlers import HANDLERS

    spec = json.loads((ROOT / "specs" / "openapi.json").read_text(encoding="utf-8"))
    # Operations the mock does not serve yet answer 501; their examples are listed apart.
    unserved = {
        op["x-sdk-method"] for _, _, op in operations(spec) if op["operationId"] not in HANDLERS
    }
    outcomes = {}
    for name, code in _readme_examples():
        try:
            exec(compile(code, f"README:{name}", "exec"), {"__name__": "__readme__"})
            outcomes[name] = "ok"
        except ApiError as error:  # placeholder IDs: the server may say 404 / 422
            outcomes[name] = type(error).__name__
            if error.status_code == 501 and name in unserved:
                outcomes[name] = "not implemented by the mock"
    assert outcomes["token_info"] == "ok"
    assert outcomes["connectors.create"] == "ok"
    assert outcomes["connectors.licenses.create"] in {"NotFoundError", "ok"}
    # GET /v1/jobs names no filter in its example: the vendor's 400 `invalid_query` (the
    # mock serves it since issue 12); reported here until the example names a filter.
    assert outcomes.get("jobs.list") in {"ok", "BadRequestError"}
    served = {
        name: outcome
        for name, outcome in outcomes.items()
        if name not in unserved and name != "jobs.list"
    }
    assert set(served.values()) <= {"ok", "NotFoundError", "UnprocessableEntityError"}
