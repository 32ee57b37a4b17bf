"""`python -m mock_api`: argument errors, start-up errors, and a real start."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from loopback import free_port

from mock_api.__main__ import main, parser
from mock_api.storage import SCHEMA_VERSION
from mock_api.world import DEFAULT_JOB_SECONDS

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "argv",
    [["--port", "http"], ["--port", "70000"], ["--bogus"], ["--host"], ["positional"]],
)
def test_bad_arguments_exit_2_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_defaults_match_make_mock() -> None:
    args = parser().parse_args([])
    assert (args.host, args.port, args.db, args.rate_limit) == (
        "127.0.0.1",
        8080,
        ".mock/integrator.db",
        True,
    )
    assert parser().parse_args(["--no-rate-limit"]).rate_limit is False
    assert args.job_seconds == DEFAULT_JOB_SECONDS == 2.0


@pytest.mark.parametrize("value", ["-1", "soon", "86401"])
def test_job_seconds_must_be_a_sensible_duration(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parser().parse_args(["--job-seconds", value])
    assert exit_info.value.code == 2
    assert "--job-seconds" in capsys.readouterr().err
    assert parser().parse_args(["--job-seconds", "0.25"]).job_seconds == 0.25


def test_unusable_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(path), "--port", "0"])
    assert exit_info.value.code == 2
    assert "newer than this mock understands" in capsys.readouterr().err


def test_missing_spec_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--spec", str(tmp_path / "none.json"), "--db", ":memory:"])
    assert exit_info.value.code == 2
    assert "cannot read the OpenAPI document" in capsys.readouterr().err


def test_serves_with_tokens_from_the_environment(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "MOCK_API_TOKEN": "env-token", "MOCK_SECOND_API_TOKEN": "env-two"}
    command = [sys.executable, "-m", "mock_api", "--port", str(port), "--db", ":memory:"]
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/v1/tokenInfo",
                    headers={"Authorization": "Bearer env-token"},
                )
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "the mock did not start"
                time.sleep(0.05)
        assert response.status_code == 200
        default = httpx.get(
            f"http://127.0.0.1:{port}/v1/tokenInfo",
            headers={"Authorization": "Bearer mock-primary-token"},
        )
        assert default.status_code == 401
        second = httpx.get(
            f"http://127.0.0.1:{port}/v1/tokenInfo", headers={"Authorization": "Bearer env-two"}
        )
        assert second.status_code == 200
        assert second.json()["_userId"] != response.json()["_userId"]
    finally:
        process.terminate()
        process.wait(10)
