"""The synthetic specs of the generation benchmark: exact size, valid, deterministic, and
shaped the way our codegen expects (unique operationIds and x-sdk-method names)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from bench.synthetic_spec import build_spec, main, operation_count, render
from generator.spec.lint import problems

SDK_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$")
VERBS = {"get", "put", "post", "delete", "patch"}


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in spec["paths"].values() for key, op in item.items() if key in VERBS]


@pytest.mark.parametrize("operations", [1, 4, 5, 6, 23, 100])
def test_exact_operation_count(operations: int) -> None:
    assert operation_count(build_spec(operations)) == operations


def test_same_size_same_bytes() -> None:
    assert render(build_spec(57)) == render(build_spec(57))


def test_valid_openapi_and_clean_lint() -> None:
    spec = build_spec(45)
    validate(spec)
    assert problems(spec) == []


def test_names_are_unique_and_well_formed() -> None:
    ops = _operations(build_spec(230))  # more resources than nouns: suffixed names
    sdk_names = [op["x-sdk-method"] for op in ops]
    assert all(SDK_NAME.match(name) for name in sdk_names)
    assert len(set(sdk_names)) == len(ops)
    assert len({op["operationId"] for op in ops}) == len(ops)


def test_nested_resources_are_there() -> None:
    sdk_names = {op["x-sdk-method"] for op in _operations(build_spec(40))}
    assert any(name.count(".") == 2 for name in sdk_names)


def test_script_writes_the_spec(tmp_path: Path) -> None:
    out = tmp_path / "spec.json"
    assert main(["--operations", "12", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render(build_spec(12))


def test_rejects_zero_operations() -> None:
    with pytest.raises(ValueError):
        build_spec(0)
