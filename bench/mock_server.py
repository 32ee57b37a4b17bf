"""Mock server against Prism on loopback, measured with the same wrk runs."""

from __future__ import annotations

import statistics
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import httpx

from bench.load import Measurement, Request, run_wrk, script_for, wrk_path
from bench.model import Section, Settings, Table, Target
from bench.peers import prism
from bench.processes import free_port, running
from bench.scenarios import CREATE_BODY, SCENARIOS, SEEDED_CONNECTORS, Scenario
from mock_api.seed import PRIMARY_TOKEN, SECONDARY_TOKEN
from mock_api.spec import DEFAULT_SPEC_PATH

REPO = Path(__file__).resolve().parent.parent


def run(settings: Settings) -> Section:
    wrk_path()
    executable = prism()
    work = settings.work / "mock"
    work.mkdir(parents=True, exist_ok=True)
    mock_port, prism_port = free_port(), free_port()
    mock_cmd = [
        sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(mock_port),
        "--db", str(work / "bench.db"), "--no-rate-limit", "--no-access-log",
    ]  # fmt: skip
    prism_cmd = [
        str(executable), "mock", str(DEFAULT_SPEC_PATH), "-h", "127.0.0.1", "-p", str(prism_port),
        "-v", "warn",
    ]  # fmt: skip
    with (
        running(mock_cmd, f"http://127.0.0.1:{mock_port}/", work / "mock.log", REPO),
        running(prism_cmd, f"http://127.0.0.1:{prism_port}/", work / "prism.log", REPO),
    ):
        mock_url, prism_url = f"http://127.0.0.1:{mock_port}", f"http://127.0.0.1:{prism_port}"
        connector_id = seed_mock(mock_url)
        version = subprocess.run(
            [str(executable), "--version"], capture_output=True, text=True, timeout=60
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
                run_wrk(request, scripts[server], settings.warmup, settings.connections)
            for _ in range(settings.runs):
                # Alternating servers run by run spreads any drift of the machine evenly.
                for server, request in requests.items():
                    samples[server].append(
                        run_wrk(request, scripts[server], settings.seconds, settings.connections)
                    )
            rows.append(summarise(scenario, samples))
    return section(rows, version, settings)


def section(rows: list[dict[str, Any]], prism_version: str, settings: Settings) -> Section:
    table = Table(
        title="Requests/s and latency, same wrk load on both servers",
        columns=[
            "scenario",
            "mock req/s",
            "Prism req/s",
            "ratio [of medians]",
            "mock p50 / p99 ms",
            "Prism p50 / p99 ms",
        ],
        rows=[],
    )
    targets = []
    for row in rows:
        mock, peer = row["mock"]["median"], row["prism"]["median"]
        table.rows.append(
            [
                row["name"],
                round(mock["requests_per_second"]),
                round(peer["requests_per_second"]),
                f"{row['ratio']:.1f}x [{row['ratio_of_medians']:.1f}x]",
                f"{mock['p50_ms']:.2f} / {mock['p99_ms']:.2f}",
                f"{peer['p50_ms']:.2f} / {peer['p99_ms']:.2f}",
            ]
        )
        targets.append(
            Target(
                name=f"mock {row['name']}",
                target=f">= {row['target_ratio']:g}x Prism req/s, lower p99",
                measured=f"{row['ratio']:.1f}x, p99 {mock['p99_ms']:.2f} vs {peer['p99_ms']:.2f} ms",
                met=bool(row["meets_target"]),
                note=""
                if row["all_responses_expected"]
                else "unexpected statuses or socket errors",
            )
        )
    return Section(
        name="mock",
        title="Mock server vs Prism",
        description=(
            f"wrk 4.1 (1 thread, {settings.connections} connections) against the mock (request "
            "validation and the SQLite store on a file, rate limit off) and Stoplight Prism "
            f"{prism_version} (static examples) serving the same spec. GET list returns "
            f"{SEEDED_CONNECTORS} stored connectors. Medians of {settings.runs} runs of "
            f"{settings.seconds:g} s after a {settings.warmup:g} s warm-up; each mock run is "
            "followed by the matching Prism run and *ratio* is the median of those paired ratios."
        ),
        command="python -m bench --only mock",
        tables=[table],
        targets=targets,
        raw={"prism_version": prism_version, "scenarios": rows},
    )


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
