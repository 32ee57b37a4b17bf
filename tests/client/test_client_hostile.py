"""A spec full of quotes, triple quotes, backslashes, newlines, non-ASCII and keywords must
generate code that compiles, imports, type-checks and behaves like any other client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.client.codegen import DEFAULT_CONFIG, DEFAULT_TEMPLATES, render_into

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "golden"))
from hostile import ENUM_VALUES, PROPERTIES, hostile_spec  # noqa: E402


@pytest.fixture(scope="module")
def hostile_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    spec = base / "spec.json"
    spec.write_text(json.dumps(hostile_spec(), ensure_ascii=False), encoding="utf-8")
    out = base / "integrator-io-client"
    render_into(spec, out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    return out


SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import httpx
    import integrator_io_client as package
    from integrator_io_client import IntegratorClient
    from integrator_io_client.models import Kind

    # Every module compiles and imports.
    for module in pkgutil.walk_packages(package.__path__, "integrator_io_client."):
        importlib.import_module(module.name)

    properties, enum_values = json.loads(sys.argv[1])
    seen = []

    def handler(request):
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(201, json={**json.loads(request.content), "_id": "new"})
        return httpx.Response(200, json={name: name for name in properties} | {"kind": "it's"})

    client = IntegratorClient("t", base_url="http://h", transport=httpx.MockTransport(handler))
    created = client.things.create(
        class_="c", import_="i", with_space="w", quoted="q", back_slash="b",
        ünïcödé="u", self_="s", none="n", kind=Kind('say "hi"'),
    )
    sent = json.loads(seen[0].content)
    assert sent == {
        "class": "c", "import": "i", "with space": "w", 'quote"d': "q", "back\\\\slash": "b",
        "ünïcödé": "u", "self": "s", "None": "n", "kind": 'say "hi"',
    }, sent
    assert seen[0].url.path == "/v1/th'ings", seen[0].url
    assert (created.id, created.class_, created.back_slash, created.kind) == (
        "new", "c", "b", Kind('say "hi"'))

    got = client.things.get("a/b")
    assert seen[1].url.raw_path == b"/v1/th'ings/a%2Fb", seen[1].url.raw_path
    assert got.to_dict() == {name: name for name in properties} | {"kind": "it's"}
    assert got.quoted == 'quote"d' and got.ünïcödé == "ünïcödé" and got.none == "None"

    # Enum values survive exactly, except control characters, which openapi-python-client
    # strips from enum values ("new\\nline" -> "newline").
    for value in enum_values:
        expected = value.replace("\\n", "")
        assert Kind(expected).value == expected
    doc = type(client.things).create.__doc__
    assert '\"\"\"; open("PWNED"' in doc and "Grüße" in doc, doc
    assert package.SERVERS["eu"].endswith('open("PWNED", "w").write("x"); \"\"\"'), package.SERVERS
    assert "evil.example.test" in (IntegratorClient.__doc__ or "")
    print("hostile ok")
    """
)


def test_hostile_spec_generates_working_code(hostile_tree: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(hostile_tree)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps([list(PROPERTIES), ENUM_VALUES])],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "hostile ok" in result.stdout
    # No description escaped its string literal and ran.
    assert not (tmp_path / "PWNED").exists()


def test_hostile_package_passes_ruff_and_mypy_strict(hostile_tree: Path, tmp_path: Path) -> None:
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=hostile_tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy"),
            "integrator_io_client",
        ],
        cwd=hostile_tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
