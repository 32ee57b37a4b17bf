"""`python -m bench`: the mock and Prism on loopback, measured with the same wrk runs."""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bench.load import Measurement, Request, run_wrk, script_for, wrk_path
from bench.processes import free_port, running
from bench.report import write_results
from bench.scenarios import CREATE_BODY, SCENARIOS, SEEDED_CONNECTORS, Scenario
from mock_api.seed import PRIMARY_TOKEN, SECONDARY_TOKEN
from mock_api.spec import DEFAULT_SPEC_PATH

REPO = Path(__file__).resolve().parent.parent
NODE_PREFIX = REPO / "bench" / ".node"
PRISM_PACKAGE = "@stoplight/prism-cli@5"


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    cli.add_argument("--seconds", type=float, default=5.0, help="length of one run (default 5)")
    cli.add_argument("--runs", type=int, default=5, help="runs per scenario and server (default 5)")
    cli.add_argument("--warmup", type=float, default=1.0, help="warm-up before each scenario")
    cli.add_argument("--connections", type=int, default=32, help="wrk connections (default 32)")
    cli.add_argument(
        "--max-seconds",
        type=float,
        default=600.0,
        help="give up (and write nothing) after this long (default 600)",
    )
    cli.add_argument("--prism", type=Path, default=None, help="prism executable to use")
    cli.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    return cli


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.runs < 1 or args.seconds < 1 or args.connections < 1:
        parser().error("--runs, --seconds and --connections must be at least 1")
    started = time.monotonic()
    try:
        wrk_path()
        prism = args.prism or ensure_prism()
        results = measure(args, prism, started)
    except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    json_path, md_path = write_results(args.out, results)
    print(md_path.read_text(encoding="utf-8"))
    print(f"written: {json_path.relative_to(REPO)} and {md_path.relative_to(REPO)}")
    return 0 if results["all_targets_met"] else 1


def ensure_prism() -> Path:
    executable = NODE_PREFIX / "node_modules" / ".bin" / "prism"
    if not executable.exists():
        print(f"installing {PRISM_PACKAGE} into {NODE_PREFIX} ...", file=sys.stderr)
        NODE_PREFIX.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(NODE_PREFIX),
                "--no-audit",
                "--no-fund",
                PRISM_PACKAGE,
            ],
            check=True,
            timeout=600,
            stdout=subprocess.DEVNULL,
        )
    return executable


def measure(args: argparse.Namespace, prism: Path, started: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        work = Path(folder)
        mock_port, prism_port = free_port(), free_port()
        mock_cmd = [
            sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(mock_port),
            "--db", str(work / "bench.db"), "--no-rate-limit", "--no-access-log",
        ]  # fmt: skip
        prism_cmd = [
            str(prism), "mock", str(DEFAULT_SPEC_PATH), "-h", "127.0.0.1", "-p", str(prism_port),
            "-v", "warn",
        ]  # fmt: skip
        with (
            running(mock_cmd, f"http://127.0.0.1:{mock_port}/", work / "mock.log", REPO),
            running(prism_cmd, f"http://127.0.0.1:{prism_port}/", work / "prism.log", REPO),
        ):
            mock_url, prism_url = f"http://127.0.0.1:{mock_port}", f"http://127.0.0.1:{prism_port}"
            connector_id = seed_mock(mock_url)
            version = subprocess.run(
                [str(prism), "--version"], capture_output=True, text=True, timeout=60
            ).stdout.strip()
            rows: list[dict[str, Any]] = []
            for scenario in SCENARIOS:
                requests = {
                    "mock": mock_request(scenario, mock_url, connector_id),
                    "prism": peer_request(scenario, prism_url, connector_id),
                }
                samples: dict[str, list[Measurement]] = {"mock": [], "prism": []}
                scripts = {}
                for server, request in requests.items():
                    check_answer(server, scenario, request)
                    scripts[server] = script_for(request, work, f"{server}-{len(rows)}")
                    run_wrk(request, scripts[server], args.warmup, args.connections)
                for _ in range(args.runs):
                    # Alternating servers run by run spreads any drift of the machine evenly.
                    for server, request in requests.items():
                        if time.monotonic() - started > args.max_seconds:
                            raise RuntimeError(
                                f"over the --max-seconds budget ({args.max_seconds}s)"
                            )
                        samples[server].append(
                            run_wrk(request, scripts[server], args.seconds, args.connections)
                        )
                rows.append(summarise(scenario, samples))
    return {
        "command": "python -m bench " + shlex.join(argv_for_record(args)),
        "date": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "commit": _commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "load_generator": "wrk 4.1, 1 thread",
        "peer": {"name": "Stoplight Prism", "version": version, "mode": "static examples, -v warn"},
        "settings": {
            "seconds": args.seconds,
            "runs": args.runs,
            "warmup_seconds": args.warmup,
            "connections": args.connections,
            "seeded_connectors": SEEDED_CONNECTORS,
        },
        "scenarios": rows,
        "all_targets_met": all(row["meets_target"] for row in rows),
    }


def _commit() -> str | None:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        )
    except OSError:
        return None
    return done.stdout.strip() or None


def argv_for_record(args: argparse.Namespace) -> list[str]:
    return [
        f"--seconds={args.seconds:g}",
        f"--runs={args.runs}",
        f"--warmup={args.warmup:g}",
        f"--connections={args.connections}",
    ]


def seed_mock(base_url: str) -> str:
    """Fixed data for the GET scenarios; POSTs go to the other account so the list stays put."""
    headers = {"Authorization": f"Bearer {PRIMARY_TOKEN}"}
    ids = []
    with httpx.Client(base_url=base_url, headers=headers) as client:
        for number in range(SEEDED_CONNECTORS):
            response = client.post("/v1/connectors", content=CREATE_BODY.replace(
                "Bench connector", f"Bench connector {number}"
            ), headers={"content-type": "application/json"})  # fmt: skip
            response.raise_for_status()
            ids.append(response.json()["_id"])
    return str(ids[0])


def mock_request(scenario: Scenario, base_url: str, connector_id: str) -> Request:
    token = SECONDARY_TOKEN if scenario.method == "POST" else PRIMARY_TOKEN
    return _request(scenario, base_url, connector_id, token)


def peer_request(scenario: Scenario, base_url: str, connector_id: str) -> Request:
    # Prism accepts any bearer token and keeps no state; the same path and body go to it.
    return _request(scenario, base_url, connector_id, PRIMARY_TOKEN)


def _request(scenario: Scenario, base_url: str, connector_id: str, token: str) -> Request:
    headers = {"Authorization": f"Bearer {token}"}
    if scenario.body is not None:
        headers["Content-Type"] = "application/json"
    url = base_url + scenario.path.replace("{id}", connector_id)
    return Request(scenario.method, url, headers, scenario.body)


def check_answer(server: str, scenario: Scenario, request: Request) -> None:
    response = httpx.request(
        request.method, request.url, headers=request.headers, content=request.body, timeout=10
    )
    if response.status_code != scenario.expected_status:
        raise RuntimeError(
            f"{server} answered {scenario.name} with {response.status_code}, "
            f"expected {scenario.expected_status}: {response.text[:200]}"
        )


def summarise(scenario: Scenario, samples: dict[str, list[Measurement]]) -> dict[str, Any]:
    medians = {server: _median(runs) for server, runs in samples.items()}
    mock, peer = medians["mock"], medians["prism"]
    # Run i of the mock and run i of Prism are back to back, so their ratio compares the two
    # under the same machine load; the median of those paired ratios is the headline.
    paired = [
        m.requests_per_second / p.requests_per_second if p.requests_per_second else float("inf")
        for m, p in zip(samples["mock"], samples["prism"], strict=True)
    ]
    ratio = statistics.median(paired)
    of_medians = (
        mock["requests_per_second"] / peer["requests_per_second"]
        if peer["requests_per_second"]
        else float("inf")
    )
    clean = all(
        run.bad_status == 0 and run.socket_errors == 0 for runs in samples.values() for run in runs
    )
    p99_lower = mock["p99_ms"] < peer["p99_ms"]
    return {
        "name": scenario.name,
        "method": scenario.method,
        "path": scenario.path,
        "target_ratio": scenario.target_ratio,
        "mock": {"median": mock, "runs": [asdict(run) for run in samples["mock"]]},
        "prism": {"median": peer, "runs": [asdict(run) for run in samples["prism"]]},
        "ratio": ratio,
        "paired_ratios": paired,
        "ratio_of_medians": of_medians,
        "p99_lower": p99_lower,
        "all_responses_expected": clean,
        "meets_target": ratio >= scenario.target_ratio and p99_lower and clean,
    }


def _median(runs: list[Measurement]) -> dict[str, float]:
    return {
        "requests_per_second": statistics.median(run.requests_per_second for run in runs),
        "p50_ms": statistics.median(run.p50_ms for run in runs),
        "p99_ms": statistics.median(run.p99_ms for run in runs),
    }
