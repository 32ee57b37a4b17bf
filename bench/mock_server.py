"""Mock server against Prism, and against a bare Starlette ceiling, with the same wrk runs;
paging through 10,000 flows by `Link` against the ceiling serving the same pages."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import httpx

from bench.load import Measurement, Request, run_wrk, script_for, wrk_path
from bench.model import Cell, Section, Settings, Table, Target, ratio
from bench.peers import prism
from bench.processes import free_port, running
from bench.scenarios import (
    CREATE_BODY,
    PAGE_LIMIT,
    PAGED_FLOWS,
    PAGING_NAME,
    PAGING_PATH,
    SCENARIOS,
    SEEDED_CONNECTORS,
    Scenario,
)
from mock_api.seed import PRIMARY_TOKEN, SECONDARY_TOKEN
from mock_api.spec import DEFAULT_SPEC_PATH

REPO = Path(__file__).resolve().parent.parent
# Measured in this order within every run; the ratios pair the mock with each of the others.
SERVERS = ("mock", "prism", "ceiling")
# Prism keeps no data and does not page: paging is measured against the ceiling only.
PAGING_SERVERS = ("mock", "ceiling")


def run(settings: Settings) -> Section:
    wrk_path()
    executable = prism()
    work = settings.work / "mock"
    work.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        mock_url = stack.enter_context(serve_mock(work))
        prism_url = stack.enter_context(serve_prism(executable, work))
        connector_id = seed_mock(mock_url)
        seed_flows(mock_url)
        requests = {
            scenario.name: {
                "mock": mock_request(scenario, mock_url, connector_id),
                "prism": peer_request(scenario, prism_url, connector_id),
            }
            for scenario in SCENARIOS
        }
        # The ceiling answers with the very bytes the mock answered, so both send the same.
        bodies: dict[str, Any] = {
            name: answer(pair["mock"]).text for name, pair in requests.items()
        }
        bodies["pages"] = collect_pages(mock_url)
        ceiling_url = stack.enter_context(serve_ceiling(bodies, work))
        for scenario in SCENARIOS:
            requests[scenario.name]["ceiling"] = mock_request(scenario, ceiling_url, connector_id)
        rows = [
            measure(scenario, requests[scenario.name], work, settings, index)
            for index, scenario in enumerate(SCENARIOS)
        ]
        paging = measure_paging(
            {"mock": paging_request(mock_url), "ceiling": paging_request(ceiling_url)},
            work,
            settings,
        )
    return section(rows, paging, prism_version(executable), settings)


@contextmanager
def serve_mock(work: Path) -> Iterator[str]:
    port = free_port()
    command = [
        sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(work / "bench.db"), "--no-rate-limit", "--no-access-log",
    ]  # fmt: skip
    with running(command, f"http://127.0.0.1:{port}/", work / "mock.log", REPO):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def serve_prism(executable: Path, work: Path) -> Iterator[str]:
    port = free_port()
    command = [
        str(executable), "mock", str(DEFAULT_SPEC_PATH), "-h", "127.0.0.1", "-p", str(port),
        "-v", "warn",
    ]  # fmt: skip
    with running(command, f"http://127.0.0.1:{port}/", work / "prism.log", REPO):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def serve_ceiling(bodies: dict[str, Any], work: Path) -> Iterator[str]:
    port = free_port()
    bodies_file = work / "ceiling-bodies.json"
    bodies_file.write_text(json.dumps(bodies), encoding="utf-8")
    command = [
        sys.executable, "-m", "bench.ceiling_app", "--host", "127.0.0.1", "--port", str(port),
        "--bodies", str(bodies_file),
    ]  # fmt: skip
    with running(command, f"http://127.0.0.1:{port}/", work / "ceiling.log", REPO):
        yield f"http://127.0.0.1:{port}"


def prism_version(executable: Path) -> str:
    done = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def measure(
    scenario: Scenario, requests: dict[str, Request], work: Path, settings: Settings, index: int
) -> dict[str, Any]:
    scripts = {}
    for server in SERVERS:
        check_answer(server, scenario, requests[server])
        scripts[server] = script_for(requests[server], work, f"{server}-{index}")
        run_wrk(requests[server], scripts[server], settings.warmup, settings.connections)
    samples: dict[str, list[Measurement]] = {server: [] for server in SERVERS}
    for _ in range(settings.runs):
        # Alternating servers run by run spreads any drift of the machine evenly.
        for server in SERVERS:
            samples[server].append(
                run_wrk(requests[server], scripts[server], settings.seconds, settings.connections)
            )
    return summarise(scenario, samples)


def section(
    rows: list[dict[str, Any]], paging: dict[str, Any], prism_version: str, settings: Settings
) -> Section:
    table = Table(
        title="Requests/s and latency, same wrk load on every server",
        columns=[
            "scenario",
            "mock req/s",
            "Prism req/s",
            "ceiling req/s",
            "mock/Prism [of medians]",
            "mock/ceiling [of medians]",
            "mock p50 / p99 ms",
            "Prism p50 / p99 ms",
            "ceiling p50 / p99 ms",
        ],
        rows=[table_row(row) for row in rows],
    )
    return Section(
        name="mock",
        title="Mock server vs Prism, and the ceiling",
        description=(
            f"wrk 4.1 (1 thread, {settings.connections} connections) against the mock (request "
            "validation and the SQLite store on a file, rate limit off), Stoplight Prism "
            f"{prism_version} (static examples) serving the same spec, and the *ceiling*: a bare "
            "Starlette app (bench/ceiling_app.py: three routes, no auth, validation or storage) "
            "on the mock's server stack (uvicorn with uvloop and httptools, same options), "
            "answering with the bytes the mock answered. GET list returns "
            f"{SEEDED_CONNECTORS} stored connectors. Medians of {settings.runs} runs of "
            f"{settings.seconds:g} s after a {settings.warmup:g} s warm-up; within each run the "
            "mock, Prism and the ceiling are measured back to back, and each ratio is the median "
            "of those paired ratios. The mock answers from its own dispatcher, without "
            "Starlette's router and middleware, which the ceiling app does go through. "
            f"**Paging**: {PAGED_FLOWS:,} flows stored in the mock, read with "
            f"`GET {PAGING_PATH}` and then, request after request, the page the previous "
            "answer's `Link: rel=\"next\"` names (wrk's Lua `response` hook; after the last "
            "page it starts over), against the ceiling answering each page's query with the "
            "body and `Link` header the mock answered it with. Same wrk settings; Prism "
            "keeps no data and does not page."
        ),
        command="python -m bench --only mock",
        tables=[table, paging_table(paging)],
        targets=[target(row) for row in rows],
        raw={"prism_version": prism_version, "scenarios": rows, "paging": paging},
    )


def paging_table(paging: dict[str, Any]) -> Table:
    medians = {server: paging[server]["median"] for server in PAGING_SERVERS}
    per_pass = {
        server: PAGED_FLOWS / PAGE_LIMIT / medians[server]["requests_per_second"] * 1000
        for server in PAGING_SERVERS
    }
    return Table(
        title=f"Paging through {PAGED_FLOWS:,} flows, {PAGE_LIMIT:,} a page, by Link",
        columns=[
            "server",
            "pages/s",
            "flows/s",
            f"ms per {PAGED_FLOWS:,} flows",
            "p50 / p99 ms",
            "mock/ceiling [of medians]",
        ],
        rows=[
            [
                server,
                round(medians[server]["requests_per_second"]),
                round(medians[server]["requests_per_second"] * PAGE_LIMIT),
                f"{per_pass[server]:.1f}",
                f"{medians[server]['p50_ms']:.2f} / {medians[server]['p99_ms']:.2f}",
                f"{paging['ratio_to_ceiling']:.2f} [{paging['ratio_to_ceiling_of_medians']:.2f}]"
                if server == "mock"
                else "",
            ]
            for server in PAGING_SERVERS
        ],
    )


def table_row(row: dict[str, Any]) -> list[Cell]:
    medians = {server: row[server]["median"] for server in SERVERS}
    return [
        row["name"],
        *(round(medians[server]["requests_per_second"]) for server in SERVERS),
        f"{row['ratio']:.1f}x [{row['ratio_of_medians']:.1f}x]",
        f"{row['ratio_to_ceiling']:.2f} [{row['ratio_to_ceiling_of_medians']:.2f}]",
        *(f"{medians[s]['p50_ms']:.2f} / {medians[s]['p99_ms']:.2f}" for s in SERVERS),
    ]


def target(row: dict[str, Any]) -> Target:
    mock, peer = row["mock"]["median"], row["prism"]["median"]
    return Target(
        name=f"mock {row['name']}",
        target=f">= {row['target_ratio']:g}x Prism req/s, lower p99",
        measured=f"{row['ratio']:.1f}x, p99 {mock['p99_ms']:.2f} vs {peer['p99_ms']:.2f} ms",
        met=bool(row["meets_target"]),
        note="" if row["all_responses_expected"] else "unexpected statuses or socket errors",
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


def seed_flows(base_url: str) -> None:
    """The flows the paging scenario reads (the primary account's only flows)."""
    headers = {"Authorization": f"Bearer {PRIMARY_TOKEN}"}
    with httpx.Client(base_url=base_url, headers=headers) as client:
        for number in range(PAGED_FLOWS):
            body = {"name": f"Bench flow {number}", "description": "Paged by python -m bench"}
            client.post("/v1/flows", json=body).raise_for_status()


def collect_pages(base_url: str) -> dict[str, dict[str, str]]:
    """Every page of the flows, following Link from the first: query -> body and Link."""
    headers = {"Authorization": f"Bearer {PRIMARY_TOKEN}"}
    pages: dict[str, dict[str, str]] = {}
    url: str | None = base_url + PAGING_PATH
    flows = 0
    while url is not None:
        response = httpx.get(url, headers=headers, timeout=30)
        response.raise_for_status()
        flows += len(response.json())
        pages[httpx.URL(url).query.decode()] = {
            "body": response.text,
            "link": response.headers.get("link", ""),
        }
        url = response.links.get("next", {}).get("url")
    if flows != PAGED_FLOWS or len(pages) != PAGED_FLOWS // PAGE_LIMIT:
        raise RuntimeError(f"paging the mock's flows gave {flows} flows in {len(pages)} pages")
    return pages


def paging_request(base_url: str) -> Request:
    return Request("GET", base_url + PAGING_PATH, {"Authorization": f"Bearer {PRIMARY_TOKEN}"})


def measure_paging(requests: dict[str, Request], work: Path, settings: Settings) -> dict[str, Any]:
    scripts = {}
    for server in PAGING_SERVERS:
        scripts[server] = script_for(requests[server], work, f"{server}-paging", follow_link=True)
        run_wrk(requests[server], scripts[server], settings.warmup, settings.connections)
    samples: dict[str, list[Measurement]] = {server: [] for server in PAGING_SERVERS}
    for _ in range(settings.runs):
        for server in PAGING_SERVERS:
            samples[server].append(
                run_wrk(requests[server], scripts[server], settings.seconds, settings.connections)
            )
    medians = {server: _median(runs) for server, runs in samples.items()}
    paired = _paired(samples["mock"], samples["ceiling"])
    return {
        "name": PAGING_NAME,
        "flows": PAGED_FLOWS,
        "limit": PAGE_LIMIT,
        **{
            server: {"median": medians[server], "runs": [asdict(run) for run in runs]}
            for server, runs in samples.items()
        },
        "ratio_to_ceiling": statistics.median(paired),
        "paired_ratios_to_ceiling": paired,
        "ratio_to_ceiling_of_medians": ratio(
            medians["mock"]["requests_per_second"], medians["ceiling"]["requests_per_second"]
        ),
        "all_responses_expected": _clean(samples["mock"]) and _clean(samples["ceiling"]),
    }


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


def answer(request: Request) -> httpx.Response:
    return httpx.request(
        request.method, request.url, headers=request.headers, content=request.body, timeout=10
    )


def check_answer(server: str, scenario: Scenario, request: Request) -> None:
    response = answer(request)
    if response.status_code != scenario.expected_status:
        raise RuntimeError(
            f"{server} answered {scenario.name} with {response.status_code}, "
            f"expected {scenario.expected_status}: {response.text[:200]}"
        )


def summarise(scenario: Scenario, samples: dict[str, list[Measurement]]) -> dict[str, Any]:
    medians = {server: _median(runs) for server, runs in samples.items()}
    mock, peer, ceiling = medians["mock"], medians["prism"], medians["ceiling"]
    # Run i of each server is back to back with run i of the others, so their ratio compares
    # them under the same machine load; the median of those paired ratios is the headline.
    paired = _paired(samples["mock"], samples["prism"])
    paired_ceiling = _paired(samples["mock"], samples["ceiling"])
    clean = _clean(samples["mock"]) and _clean(samples["prism"])
    p99_lower = mock["p99_ms"] < peer["p99_ms"]
    return {
        "name": scenario.name,
        "method": scenario.method,
        "path": scenario.path,
        "target_ratio": scenario.target_ratio,
        **{
            server: {"median": medians[server], "runs": [asdict(run) for run in runs]}
            for server, runs in samples.items()
        },
        "ratio": statistics.median(paired),
        "paired_ratios": paired,
        "ratio_of_medians": ratio(mock["requests_per_second"], peer["requests_per_second"]),
        "ratio_to_ceiling": statistics.median(paired_ceiling),
        "paired_ratios_to_ceiling": paired_ceiling,
        "ratio_to_ceiling_of_medians": ratio(
            mock["requests_per_second"], ceiling["requests_per_second"]
        ),
        "ceiling_responses_expected": _clean(samples["ceiling"]),
        "p99_lower": p99_lower,
        "all_responses_expected": clean,
        "meets_target": statistics.median(paired) >= scenario.target_ratio and p99_lower and clean,
    }


def _paired(ours: list[Measurement], theirs: list[Measurement]) -> list[float]:
    return [
        ratio(mine.requests_per_second, other.requests_per_second)
        for mine, other in zip(ours, theirs, strict=True)
    ]


def _clean(runs: list[Measurement]) -> bool:
    return all(run.bad_status == 0 and run.socket_errors == 0 for run in runs)


def _median(runs: list[Measurement]) -> dict[str, float]:
    return {
        "requests_per_second": statistics.median(run.requests_per_second for run in runs),
        "p50_ms": statistics.median(run.p50_ms for run in runs),
        "p99_ms": statistics.median(run.p99_ms for run in runs),
    }
