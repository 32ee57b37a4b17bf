"""Specs at the edges of what the generator takes: no component schemas, broken templates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.client.codegen import DEFAULT_CONFIG, DEFAULT_TEMPLATES, generate, render_into
from generator.client.common import CodegenError


def _spec(paths: dict[str, Any], components: dict[str, Any] | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Edge", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
    document["components"].update(components or {})
    return document


PING_ONLY = _spec(
    {
        "/v1/ping": {
            "get": {
                "operationId": "ping",
                "tags": ["Health"],
                "summary": "Ping",
                "x-sdk-method": "health.ping",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "string"}}},
                    }
                },
            }
        }
    }
)


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    return spec


def test_a_spec_without_component_schemas_generates_an_importable_client(
    tmp_path: Path,
) -> None:
    out = tmp_path / "client"
    render_into(
        _write(tmp_path, PING_ONLY), out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES
    )
    script = (
        "import httpx, integrator_io_client as p\n"
        "from integrator_io_client import IntegratorClient\n"
        "c = IntegratorClient('t', base_url='http://h', transport=httpx.MockTransport("
        "lambda r: httpx.Response(200, json='ok')))\n"
        "print(c.health.ping())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"
    assert not (out / "integrator_io_client" / "models").exists() or not any(
        (out / "integrator_io_client" / "models").glob("[!_]*.py")
    )


def test_invalid_python_from_a_template_names_file_and_line_and_keeps_the_output(
    tmp_path: Path,
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(DEFAULT_TEMPLATES, templates)
    broken = templates / "integrator" / "_constants.py.jinja"
    broken.write_text(broken.read_text(encoding="utf-8") + "\ndef broken(:\n", encoding="utf-8")
    spec = _write(tmp_path, PING_ONLY)
    out = tmp_path / "client"
    generate(spec, out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    with pytest.raises(CodegenError) as caught:
        generate(spec, out, config=DEFAULT_CONFIG, templates=templates, force=True)
    message = str(caught.value)
    assert "integrator_io_client/_constants.py" in message, message
    assert "line " in message and "invalid syntax" in message.lower(), message
    after = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert after == before


UNREADABLE = _spec(
    {
        **PING_ONLY["paths"],
        "/v1/odd": {
            "get": {
                "operationId": "odd",
                "tags": ["Health"],
                "summary": "Odd",
                "x-sdk-method": "health.odd",
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    {
        "schemas": {
            "Broken": {"type": "object", "properties": {"x": {"$ref": "#/components/schemas/Nope"}}}
        }
    },
)


def test_what_the_parser_would_drop_stops_generation_and_is_listed(tmp_path: Path) -> None:
    with pytest.raises(CodegenError) as caught:
        render_into(
            _write(tmp_path, UNREADABLE),
            tmp_path / "client",
            config=DEFAULT_CONFIG,
            templates=DEFAULT_TEMPLATES,
        )
    message = str(caught.value)
    assert "/components/schemas/Broken" in message, message
    assert "--allow-dropped" in message, message


def test_allow_dropped_generates_and_lists_what_was_left_out(tmp_path: Path) -> None:
    out = tmp_path / "client"
    render_into(
        _write(tmp_path, UNREADABLE),
        out,
        config=DEFAULT_CONFIG,
        templates=DEFAULT_TEMPLATES,
        allow_dropped=True,
    )
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## Not generated" in readme
    assert "/components/schemas/Broken" in readme
    resources = (out / "integrator_io_client" / "resources" / "health.py").read_text("utf-8")
    assert "def ping(" in resources and "def odd(" in resources


def _post(operation_id: str, tag: str, **extra: Any) -> dict[str, Any]:
    return {
        "post": {
            "operationId": operation_id,
            "tags": [tag],
            "responses": {"204": {"description": "done"}},
            **extra,
        }
    }


# Names a spec without `x-sdk-method` gives: a Python keyword, a tag that is no identifier,
# a sub-resource method called like a client method; and an operation the parser drops.
AWKWARD = _spec(
    {
        **PING_ONLY["paths"],
        "/v1/issues/close": _post("close", "Issues"),
        "/v1/models/import": _post("import", "3D models"),
        "/v1/notes": _post(
            "addNote",
            "Issues",
            requestBody={"content": {"text/csv": {"schema": {"type": "string"}}}},
        ),
    }
)


def test_allow_dropped_leaves_out_an_operation_the_parser_drops(tmp_path: Path) -> None:
    spec = _write(tmp_path, AWKWARD)
    with pytest.raises(CodegenError) as caught:
        render_into(spec, tmp_path / "refused", config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    assert "POST /v1/notes" in str(caught.value) and "text/csv" in str(caught.value)
    out = tmp_path / "client"
    render_into(spec, out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES, allow_dropped=True)
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "POST /v1/notes" in readme.split("## Not generated", 1)[1]
    script = (
        "import httpx\n"
        "from integrator_io_client import IntegratorClient\n"
        "seen = []\n"
        "c = IntegratorClient('t', base_url='http://h', transport=httpx.MockTransport("
        "lambda r: seen.append(r.url.path) or httpx.Response(204)))\n"
        "c.issues.close(); c.tag3d_models.import_(); c.close()\n"
        "print(seen, hasattr(c.issues, 'add_note'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "['/v1/issues/close', '/v1/models/import'] False"
