"""The codegen driver: golden record, cache, atomic swap, drift check.

The golden record is the whole tree generated from tests/golden/spec.json, committed under
tests/golden/expected/. After an intended change to the templates or the generator, refresh
it with:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/client/test_client_codegen.py -k golden

and review the diff of tests/golden/expected/ like any other code change.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.client.codegen import (
    DEFAULT_CONFIG,
    DEFAULT_TEMPLATES,
    HASH_FILE,
    check_tree,
    diff_trees,
    generate,
    render_into,
)
from generator.client.sdk import CodegenError

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
EXPECTED = GOLDEN / "expected" / "integrator-io-client"


@pytest.fixture(scope="module")
def golden_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden") / "integrator-io-client"
    render_into(GOLDEN / "spec.json", out, config=DEFAULT_CONFIG, templates=DEFAULT_TEMPLATES)
    return out


def test_golden_record(golden_tree: Path) -> None:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(golden_tree, EXPECTED)
    diff = diff_trees(golden_tree, EXPECTED)
    if diff:
        first = (diff.changed or [""])[0]
        detail = ""
        if first:
            detail = "".join(
                difflib.unified_diff(
                    (EXPECTED / first).read_text(encoding="utf-8").splitlines(keepends=True),
                    (golden_tree / first).read_text(encoding="utf-8").splitlines(keepends=True),
                    f"expected/{first}",
                    f"generated/{first}",
                    n=2,
                )
            )[:4000]
        pytest.fail(
            "the generated tree differs from tests/golden/expected "
            f"(refresh with UPDATE_GOLDEN=1 if intended):\n{diff.describe()}\n{detail}"
        )


def test_golden_tree_is_typed_and_importable(golden_tree: Path) -> None:
    code = (
        "import integrator_io_client as p, sys; "
        "from integrator_io_client import IntegratorClient, AsyncIntegratorClient; "
        "from integrator_io_client.models import Widget; "
        "assert p.__version__ == '0.3.0'; "
        "assert p.SERVERS == {'us': 'https://api.example.test', 'eu': 'https://api.eu.example.test'}; "
        "w = Widget.from_dict({'_id': 'w1', '_ownerId': 'o1', 'name': 'n', 'extra': 1}); "
        "assert (w.id, w.owner_id, w['extra']) == ('w1', 'o1', 1); "
        "assert callable(IntegratorClient.ping); "
        "import httpx; from integrator_io_client.models import Color; seen = []; "
        "answers = {'/parts': [{'_partId': 'p', 'color': 'red'}], '/widgets': [{'_id': 'w1', 'name': 'n'}]}; "
        "h = lambda r: seen.append(r) or (httpx.Response(200, text='a note') if r.url.path.endswith('/notes') "
        "else httpx.Response(200, json=answers.get(r.url.path[r.url.path.rfind('/'):], {'_id': 'w1', 'name': 'n'}))); "
        "c = IntegratorClient('t', base_url='http://x', transport=httpx.MockTransport(h)); "
        "parts = c.widgets.parts.list('w 1', color=Color.RED); "
        "assert parts[0].part_id == 'p' and parts[0].color is Color.RED; "
        "assert seen[0].url.raw_path == b'/v1/widgets/w%201/parts?color=red', seen[0].url; "
        "c.widgets.get('w1', x_request_tag='tag'); "
        "assert seen[1].headers['X-Request-Tag'] == 'tag'; "
        "page = c.widgets.list(limit=5, include=['name', 'color']); "
        "assert [w.name for w in page] == ['n'] and not page.has_next_page(); "
        "assert seen[2].url.params['include'] == 'name,color'; "
        "assert c.widgets.notes('w1') == 'a note'; "
        "assert c._core.limiter.limit.capacity == 50 and c._core.limiter.limit.per_second == 10"
    )
    env = {**os.environ, "PYTHONPATH": str(golden_tree)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert (golden_tree / "integrator_io_client" / "py.typed").is_file()


def test_generate_is_cached_and_rewrites_nothing(tmp_path: Path) -> None:
    out = tmp_path / "generated" / "integrator-io-client"
    spec = GOLDEN / "spec.json"
    assert generate(spec, out).status == "written"
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    second = generate(spec, out)
    assert second.status == "unchanged"  # how fast that is, bench/ measures
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == stamps
    # A hand edit is noticed (the manifest no longer matches) and undone.
    target = out / "integrator_io_client" / "_constants.py"
    original = target.read_bytes()
    target.write_text("# edited by hand\n", encoding="utf-8")
    assert generate(spec, out).status == "written"
    assert target.read_bytes() == original
    # Rendering again without the cache gives the same bytes: deterministic.
    assert generate(spec, out, force=True).status == "identical"
    assert not [p for p in out.parent.iterdir() if p.name != out.name]  # no leftovers


def test_failed_generate_leaves_the_tree_alone(tmp_path: Path) -> None:
    out = tmp_path / "integrator-io-client"
    generate(GOLDEN / "spec.json", out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    broken = tmp_path / "broken.json"
    spec = json.loads((GOLDEN / "spec.json").read_text(encoding="utf-8"))
    # Two operations claiming one SDK method: the generator must refuse.
    spec["paths"]["/v1/ping"]["get"]["x-sdk-method"] = "widgets.list"
    broken.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(CodegenError, match=r"widgets\.list"):
        generate(broken, out)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_check_reports_drift(tmp_path: Path) -> None:
    out = tmp_path / "integrator-io-client"
    spec = GOLDEN / "spec.json"
    generate(spec, out)
    assert not check_tree(spec, out)
    # The cache key alone (tool versions, generator source) is not drift.
    hash_file = out / HASH_FILE
    lines = hash_file.read_text(encoding="utf-8").splitlines(keepends=True)
    hash_file.write_text("inputs another-key\n" + "".join(lines[1:]), encoding="utf-8")
    assert not check_tree(spec, out)
    assert generate(spec, out).status == "identical"
    assert hash_file.read_text(encoding="utf-8") == "".join(lines)
    (out / "README.md").write_text("changed\n", encoding="utf-8")
    (out / "integrator_io_client" / "stray.py").write_text("", encoding="utf-8")
    (out / HASH_FILE).unlink()
    diff = check_tree(spec, out)
    assert diff.changed == ["README.md"]
    assert diff.removed == ["integrator_io_client/stray.py"]
    assert diff.added == [HASH_FILE]
    assert "README.md" in diff.describe()


def test_check_cli_fails_with_a_clear_message(tmp_path: Path) -> None:
    out = tmp_path / "integrator-io-client"
    generate(ROOT / "specs" / "openapi.json", out)
    (out / "README.md").write_text("stale\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "README.md" in result.stderr
    assert "make generate" in result.stderr


def _broken(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    spec = json.loads((GOLDEN / "spec.json").read_text(encoding="utf-8"))
    change(spec)
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _widgets_list(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/v1/widgets"]["get"]
    return operation


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: _widgets_list(s).update({"x-paging": "cursor"}), r"x-paging 'cursor'"),
        (
            lambda s: s["paths"]["/v1/ping"]["get"].update({"x-paging": "link"}),
            r"x-paging needs a success answer that is a list of one model",
        ),
        (
            lambda s: _widgets_list(s).update({"x-paging": "createdAt"}),
            r"needs the query parameter 'createdAt_lte'",
        ),
        (lambda s: s.update({"x-rate-limit": {"bucketSize": 0}}), r"x-rate-limit must give"),
        (
            lambda s: s.update({"x-rate-limit": {"bucketSize": 10, "refillPerSecond": "fast"}}),
            r"x-rate-limit must give",
        ),
    ],
)
def test_spec_marks_the_client_cannot_follow_are_clear_errors(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(CodegenError, match=message):
        render_into(
            _broken(tmp_path, change),
            tmp_path / "out",
            config=DEFAULT_CONFIG,
            templates=DEFAULT_TEMPLATES,
        )
