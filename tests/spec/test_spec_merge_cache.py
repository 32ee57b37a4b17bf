"""`make generate` skips the merge when nothing it depends on changed, and only then."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import generator.spec.pipeline as pipeline

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    copied = tmp_path / "specs" / "sources"
    shutil.copytree(REPO / "specs" / "sources", copied)
    return copied


def _forbid_merging(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_: Path) -> tuple[str, object]:
        raise AssertionError("merged although nothing changed")

    monkeypatch.setattr(pipeline, "render_spec_with_report", refuse)


def test_a_second_merge_is_skipped(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "openapi.json"
    assert pipeline.merge_to_file(sources, out) is True
    merged = out.read_bytes()
    assert merged == (REPO / "specs" / "openapi.json").read_bytes()
    _forbid_merging(monkeypatch)
    assert pipeline.merge_to_file(sources, out) is False
    assert out.read_bytes() == merged
    assert list((tmp_path / "specs" / ".generate-cache").glob("merge-*.json"))


def test_an_edited_source_is_merged_again(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    pipeline.merge_to_file(sources, out)
    root = sources / "root.yaml"
    text = root.read_text(encoding="utf-8")
    root.write_text(re.sub(r"(?m)^  version: .*$", "  version: 9.9.9", text, count=1), "utf-8")
    assert pipeline.merge_to_file(sources, out) is True
    assert '"version": "9.9.9"' in out.read_text(encoding="utf-8")


def test_a_hand_edited_output_is_rewritten(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "openapi.json"
    pipeline.merge_to_file(sources, out)
    merged = out.read_bytes()
    out.write_text("{}\n", encoding="utf-8")
    assert pipeline.merge_to_file(sources, out) is True
    assert out.read_bytes() == merged


def test_the_key_covers_the_merge_code_and_its_tools(sources: Path) -> None:
    from generator.inputs import code_closure

    covered = code_closure(["spec/pipeline.py"])
    assert {
        "spec/merge.py",
        "spec/overlay.py",
        "spec/hoist.py",
        "spec/lint.py",
        "spec/sources.py",
    } <= set(covered)
    assert pipeline.merge_key(sources) == pipeline.merge_key(sources)


def test_generate_runs_both_steps_and_then_has_nothing_to_do(sources: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    command = [
        sys.executable, "-m", "generator", "--sources", str(sources), "generate",
        "--spec", str(tmp_path / "openapi.json"), "--out", str(tmp_path / "client"),
    ]  # fmt: skip
    first = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    assert "openapi.json: written" in first.stdout and "client: written" in first.stdout
    second = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert second.stdout.count(": unchanged") == 2, second.stdout
