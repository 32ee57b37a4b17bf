"""Specs at the edges of what the generator takes: no component schemas, broken templates."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from generated_client import run_with_client

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
    printed = run_with_client(out, script)
    assert printed.strip() == "ok"
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
# a sub-resource method called like a client method; a tag description ending in a quote
# (written right before a docstring's closing quotes); a `jobs` resource that is not ours
# (our config's `jobs.wait` must leave it alone); and operations the parser drops.
AWKWARD = _spec(
    {
        **PING_ONLY["paths"],
        "/v1/jobs": _post("startJob", "Jobs"),
        "/v1/issues/close": _post("close", "Issues"),
        "/v1/models/import": _post("import", "3D models"),
        "/v1/notes": _post(
            "addNote",
            "Issues",
            requestBody={"content": {"text/csv": {"schema": {"type": "string"}}}},
        ),
        "/v1/feed": _post(
            "feed",
            "Issues",
            responses={
                "200": {
                    "description": "a feed",
                    "content": {"application/rss+xml": {"schema": {"type": "string"}}},
                }
            },
        ),
    }
)


AWKWARD["tags"] = [
    {"name": "Issues", "description": 'Everything about "snap to road"'},
    {"name": "Jobs", "description": 'Quoted like """'},
]


def test_allow_dropped_leaves_out_an_operation_the_parser_drops(tmp_path: Path) -> None:
    spec = _write(tmp_path, AWKWARD)
    with pytest.raises(CodegenError) as caught:
        render_into(spec, tmp_path / "refused", config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    message = str(caught.value)
    assert "POST /v1/notes" in message and "text/csv" in message, message
    # The parser's own text names the status code by an object's repr; we leave that out.
    assert "POST /v1/feed within issues. Cannot parse response (Unsupported" in message, message
    assert "UntrustedString" not in message, message
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
        "c.issues.close(); c.tag3d_models.import_(); c.jobs.start_job(); c.close()\n"
        "print(seen, hasattr(c.issues, 'add_note'), hasattr(c.jobs, 'wait'))\n"
        "print(type(c.issues).__doc__)\n"
        "print(type(c.jobs).__doc__)\n"
    )
    printed = run_with_client(out, script)
    calls, doc, jobs_doc = printed.strip().splitlines()
    assert jobs_doc == '`client.jobs`: Quoted like """', jobs_doc
    assert calls == "['/v1/issues/close', '/v1/models/import', '/v1/jobs'] False False"
    assert doc == '`client.issues`: Everything about "snap to road"', doc


def _titled(title: str, field: str) -> dict[str, Any]:
    return {"type": "object", "title": title, "properties": {field: {"type": "string"}}}


# Two inline schemas with one title: named by title alone (our config), one would be lost.
SAME_TITLES = _spec(
    {
        "/v1/games": {
            "get": {
                "operationId": "getGame",
                "tags": ["Games"],
                "responses": {
                    "200": {
                        "description": "a game",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Game"}}
                        },
                    }
                },
            }
        },
        "/v1/games/full": {
            "get": {
                "operationId": "getFullGame",
                "tags": ["Games"],
                "responses": {
                    "200": {
                        "description": "a game in full",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/GameSingle"}
                            }
                        },
                    }
                },
            }
        },
    },
    {
        "schemas": {
            "Game": {"type": "object", "properties": {"status": _titled("Added by status", "yet")}},
            "GameSingle": {
                "type": "object",
                "properties": {"status": _titled("Added by status", "owned")},
            },
        }
    },
)


def test_schemas_that_share_a_title_keep_both_models(tmp_path: Path) -> None:
    out = tmp_path / "client"
    render_into(
        _write(tmp_path, SAME_TITLES), out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES
    )
    script = (
        "from integrator_io_client.models import Game, GameSingle\n"
        "a = Game.from_dict({'status': {'yet': 'y'}}); b = GameSingle.from_dict({'status': {'owned': 'o'}})\n"
        "print(a.status.yet, b.status.owned, type(a.status).__name__ != type(b.status).__name__)\n"
    )
    printed = run_with_client(out, script)
    assert printed.split() == ["y", "o", "True"]


def test_component_schemas_that_share_a_title_are_named_by_their_keys(tmp_path: Path) -> None:
    schemas = {
        "Cat": {"type": "object", "title": "Pet", "properties": {"purrs": {"type": "boolean"}}},
        "Dog": {"type": "object", "title": "Pet", "properties": {"barks": {"type": "boolean"}}},
        "Owner": {
            "type": "object",
            "title": "Person",
            "properties": {"cat": {"$ref": "#/components/schemas/Cat"}},
        },
    }
    out = tmp_path / "client"
    render_into(
        _write(tmp_path, _spec({}, {"schemas": schemas})),
        out,
        config=DEFAULT_CONFIG,
        templates=DEFAULT_TEMPLATES,
    )
    printed = run_with_client(
        out,
        "from integrator_io_client.models import Cat, Dog, Person\n"
        "print(Cat.from_dict({'purrs': True}).purrs, Dog.from_dict({'barks': False}).barks,\n"
        "      Person.from_dict({'cat': {'purrs': True}}).cat.purrs)\n",
    )
    assert printed.split() == ["True", "False", "True"]


def test_a_spec_the_parser_itself_fails_on_gets_a_clear_error(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    # 1e999 is a valid JSON number; Python reads it as infinity, which the parser cannot
    # turn into an integer default.
    spec.write_text(
        json.dumps(
            _spec(
                {},
                {
                    "schemas": {
                        "Big": {
                            "type": "object",
                            "properties": {"n": {"type": "integer", "default": 0}},
                        }
                    }
                },
            )
        ).replace('"default": 0', '"default": 1e999'),
        encoding="utf-8",
    )
    with pytest.raises(CodegenError) as caught:
        render_into(spec, tmp_path / "client", config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    message = str(caught.value)
    assert "openapi-python-client failed to parse the spec: OverflowError" in message, message


def test_codegen_of_another_spec_does_not_inherit_our_release_history(tmp_path: Path) -> None:
    out = tmp_path / "client"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "codegen",
            "--spec",
            str(_write(tmp_path, PING_ONLY)),
            "--out",
            str(out),
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert (
        "First release: 1 operations." in changelog or "First release: 1 operation." in changelog
    ), changelog
    assert "/v1/connectors" not in changelog


# openapi-python-client 0.29.1 removes the object branch of this nullable 3.0 schema (its
# nested model is "generated twice") but leaves `Alert` importing it.
NULLABLE_OBJECT = {
    "nullable": True,
    "type": "object",
    "properties": {"translations": {"type": "object", "additionalProperties": {"type": "string"}}},
}
DANGLING = {
    **_spec(
        {
            "/v1/alert": {
                "get": {
                    "operationId": "getAlert",
                    "tags": ["Alerts"],
                    "responses": {
                        "200": {
                            "description": "an alert",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Alert"}
                                }
                            },
                        }
                    },
                }
            }
        },
        {
            "schemas": {
                "TranslatedString": NULLABLE_OBJECT,
                "Alert": {
                    "type": "object",
                    "properties": {
                        "header": {"$ref": "#/components/schemas/TranslatedString"},
                        "body": {"$ref": "#/components/schemas/TranslatedString"},
                    },
                },
            }
        },
    ),
    "openapi": "3.0.1",
}


def test_allow_dropped_refuses_a_client_that_would_not_import(tmp_path: Path) -> None:
    """What the parser removed is still imported elsewhere: generating "without it" would
    write a package that fails on import, so even --allow-dropped stops, saying which."""
    with pytest.raises(CodegenError) as caught:
        render_into(
            _write(tmp_path, DANGLING),
            tmp_path / "client",
            config=DEFAULT_CONFIG,
            templates=DEFAULT_TEMPLATES,
            allow_dropped=True,
        )
    message = str(caught.value)
    assert "model Alert uses TranslatedStringType0, which was not generated" in message, message
    assert "/components/schemas/TranslatedString_type_0" in message, message
