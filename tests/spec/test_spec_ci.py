"""The CI story: the GitHub workflow is valid and runs what .ci/run runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "ci.yml"
CI_RUN = REPO / ".ci" / "run"
_MAKE = re.compile(r"^\s*make ([a-z-]+)", re.MULTILINE)


def _workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def _commands(script: str) -> list[str]:
    """Every non-comment command line of a shell script, stripped."""
    lines = (line.strip() for line in script.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def test_the_workflow_is_valid_against_the_github_schema() -> None:
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_test_job_runs_the_same_commands_as_ci_run() -> None:
    steps = _workflow()["jobs"]["test"]["steps"]
    # PR-only steps (the diff summary) have an `if:`; everything else must match .ci/run.
    always = [
        line
        for step in steps
        if "run" in step and "if" not in step
        for line in _commands(step["run"])
    ]
    ci_run = [
        line
        for line in _commands(CI_RUN.read_text(encoding="utf-8"))
        if not line.startswith(("set ", "cd "))
    ]
    assert always == ci_run
    assert _MAKE.findall("\n".join(ci_run)) == ["check", "generate", "test", "build"]


def test_ci_run_is_executable_and_runs_the_readme_test_command() -> None:
    assert os.access(CI_RUN, os.X_OK)
    assert "make test" in _commands(CI_RUN.read_text(encoding="utf-8"))
    assert "`make test`" in (REPO / "README.md").read_text(encoding="utf-8")


def test_the_live_job_is_manual_or_scheduled_and_uses_secrets() -> None:
    workflow = _workflow()
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert {"push", "pull_request", "schedule", "workflow_dispatch"} <= set(triggers)
    live = workflow["jobs"]["contract-live"]
    assert "schedule" in live["if"] and "workflow_dispatch" in live["if"]
    assert live["env"]["INTEGRATOR_BASE_URL"] == "${{ secrets.STAGING_BASE_URL }}"
    assert live["env"]["INTEGRATOR_API_TOKEN"] == "${{ secrets.STAGING_API_TOKEN }}"
    assert [m for s in live["steps"] if "run" in s for m in _MAKE.findall(s["run"])] == [
        "contract-live"
    ]


def test_junit_reports_are_uploaded_even_when_tests_fail() -> None:
    steps = _workflow()["jobs"]["test"]["steps"]
    upload = next(s for s in steps if s.get("with", {}).get("name") == "junit")
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert upload["if"] == "always()"
    assert upload["with"]["path"] == "reports/*.xml"
