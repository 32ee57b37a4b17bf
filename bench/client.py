"""The generated client: per-call overhead against raw httpx, and decoding a big list."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import httpx

from bench import client_calls, client_decode
from bench.client_calls import Plan
from bench.client_data import create_body, missing_fields
from bench.client_decode import JSON_HEADERS, Decoding, Profiled
from bench.model import Cell, Paired, Section, Settings, Table, Target
from bench.processes import free_port, running
from mock_api.seed import PRIMARY_TOKEN

REPO = Path(__file__).resolve().parent.parent
CALL_TARGET_RATIO = 1.15
DECODE_TARGET_RATIO = 3.0
DECODE_COUNT, QUICK_DECODE_COUNT = 10_000, 1_000
CALLS_PER_BLOCK, QUICK_CALLS_PER_BLOCK = 200, 50
# Any other host would do: the in-process transport never opens a connection.
IN_PROCESS_URL = "http://bench.invalid"


def plan(settings: Settings) -> Plan:
    if settings.quick:
        return Plan(QUICK_CALLS_PER_BLOCK, max(4, settings.runs))
    return Plan(CALLS_PER_BLOCK, max(20, 4 * settings.runs))


def run(settings: Settings) -> Section:
    missing = missing_fields()
    if missing:
        raise RuntimeError(f"bench/client_data.py does not fill Connector fields {missing}")
    work = settings.work / "client"
    work.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    mock_cmd = [
        sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(work / "bench.db"), "--no-rate-limit", "--no-access-log",
    ]  # fmt: skip
    calls = plan(settings)
    with running(mock_cmd, f"{url}/", work / "mock.log", REPO):
        connector_id, body = seed(url)
        loopback = client_calls.measure(url, PRIMARY_TOKEN, connector_id, calls)
    print("client: in-process transport, decoding ...", file=sys.stderr, flush=True)
    in_process = client_calls.measure(
        IN_PROCESS_URL, PRIMARY_TOKEN, connector_id, calls, transport=lambda: _answering(body)
    )
    count = QUICK_DECODE_COUNT if settings.quick else DECODE_COUNT
    decoding = client_decode.measure(count, settings.runs)
    profiled = client_decode.profile(count)
    return section(settings, calls, loopback, in_process, decoding, profiled)


def seed(base_url: str) -> tuple[str, bytes]:
    """One connector with every writable field set; its id and the mock's GET body for it."""
    headers = {"Authorization": f"Bearer {PRIMARY_TOKEN}"}
    with httpx.Client(base_url=base_url, headers=headers) as http:
        created = http.post("/v1/connectors", json=create_body(0))
        created.raise_for_status()
        connector_id = str(created.json()["_id"])
        answer = http.get(f"/v1/connectors/{connector_id}")
        answer.raise_for_status()
    return connector_id, answer.content


def _answering(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda _request: httpx.Response(200, content=body, headers=JSON_HEADERS)
    )


def section(
    settings: Settings,
    calls: Plan,
    loopback: Paired,
    in_process: Paired,
    decoding: Decoding,
    profiled: Profiled,
) -> Section:
    return Section(
        name="client",
        title="Generated client vs raw httpx and json.loads",
        description=description(settings, calls, decoding),
        command="python -m bench --only client",
        tables=[
            calls_table(loopback, in_process),
            decode_table(decoding),
            *profile_tables(profiled),
        ],
        targets=[call_target(loopback, in_process), decode_target(decoding, profiled)],
        raw={
            "plan": asdict(calls),
            "loopback": loopback.to_json("raw"),
            "in_process": in_process.to_json("raw"),
            "decode": {
                "count": decoding.count,
                "size_bytes": decoding.size_bytes,
                "gc_on": {"ours": decoding.gc_on.ours, "loads": decoding.gc_on.peer},
                "gc_off": {"ours": decoding.gc_off.ours, "loads": decoding.gc_off.peer},
                "paired_ratio": decoding.gc_on.paired_ratio,
                "paired_ratio_gc_off": decoding.gc_off.paired_ratio,
            },
            "decode_profile": asdict(profiled),
        },
    )


def description(settings: Settings, calls: Plan, decoding: Decoding) -> str:
    return (
        "The committed package in generated/integrator-io-client, in the benchmark's process. "
        "**Per call**: `IntegratorClient(token=..., base_url=..., rate_limit=False)` calling "
        "`client.connectors.get(id)` (request, error check, decode into a `Connector` model) "
        "against `httpx.Client(base_url=..., headers=auth)` doing `get(path)`, "
        "`raise_for_status()` and `.json()` (a dict), both on one keep-alive connection to "
        "the mock (`python -m mock_api --no-rate-limit --no-access-log`, SQLite file, request "
        "validation on) serving one connector with every field set. "
        f"{calls.blocks} blocks of {calls.calls_per_block} sequential calls per client, "
        "alternating ours and raw after one untimed block of each; the median block gives "
        "the time per call, *ratio* is the median of the paired block ratios [ratio of "
        "medians]. The in-process row repeats this with both clients on an "
        "httpx.MockTransport that answers the same bytes without a server: the client-side "
        "cost alone, no target. "
        f"**Decode**: a JSON array of {decoding.count:,} connectors with every Connector field "
        f"(nested objects, arrays, a date-time; {decoding.size_bytes / 1e6:.1f} MB), decoded "
        "the way `client.connectors.list()` decodes a 200 (`RawResponse(response, "
        "_parse_list_connectors).parse()`: `response.json()` and `Connector.from_dict` per "
        "item) against `json.loads` of the same bytes; "
        f"{settings.runs} runs alternating, `gc.collect()` before each; every run once with "
        "the cyclic GC on (as programs run, the headline) and once with `gc.disable()`, to "
        "show what allocating the models costs in collections. Medians. "
        "The hotspots come from one more decode under cProfile."
    )


def _micros(seconds: float) -> float:
    return seconds * 1e6


def calls_table(loopback: Paired, in_process: Paired) -> Table:
    rows: list[list[Cell]] = [
        [
            label,
            _micros(blocks.ours_median),
            _micros(blocks.peer_median),
            _micros(blocks.ours_median - blocks.peer_median),
            f"{blocks.paired_ratio:.2f}x [{blocks.ratio_of_medians:.2f}x]",
        ]
        for label, blocks in (
            ("mock over loopback", loopback),
            ("in process (MockTransport)", in_process),
        )
    ]
    return Table(
        title="GET /v1/connectors/{id}: median microseconds per call",
        columns=["server", "ours µs", "raw httpx µs", "ours - raw µs", "ours / raw"],
        rows=rows,
    )


def decode_table(decoding: Decoding) -> Table:
    def spread(values: list[float]) -> str:
        return f"{min(values) * 1e3:.0f} - {max(values) * 1e3:.0f}"

    per_item = 1e6 / decoding.count
    rows: list[list[Cell]] = []
    for gc_label, samples in (("", decoding.gc_on), (", GC off", decoding.gc_off)):
        rows += [
            [
                f"json.loads{gc_label}",
                samples.peer_median * 1e3,
                spread(samples.peer),
                samples.peer_median * per_item,
            ],
            [
                f"ours: response.json() + Connector.from_dict{gc_label}",
                samples.ours_median * 1e3,
                spread(samples.ours),
                samples.ours_median * per_item,
            ],
            [
                f"ours / json.loads{gc_label}",
                f"{samples.paired_ratio:.2f}x [{samples.ratio_of_medians:.2f}x]",
                "",
                "",
            ],
        ]
    return Table(
        title=f"Decoding {decoding.count:,} connectors ({decoding.size_bytes / 1e6:.1f} MB)",
        columns=["decoder", "median ms", "min - max ms", "µs per connector"],
        rows=rows,
    )


def profile_tables(profiled: Profiled) -> list[Table]:
    def share(seconds: float) -> str:
        return f"{seconds / profiled.total:.0%}" if profiled.total else ""

    categories = Table(
        title="Where a decode goes: own time by kind (one run under cProfile, which slows "
        "Python code more than json's C scanner; the cyclic GC's time is charged to whatever "
        "allocated when it ran, mostly the attrs __init__s)",
        columns=["kind", "ms", "share"],
        rows=[[label, seconds * 1e3, share(seconds)] for label, seconds in profiled.categories],
    )
    functions = Table(
        title="Functions with the most own time in that run",
        columns=["function", "calls", "own ms", "share"],
        rows=[
            [s.function, s.calls, s.own_seconds * 1e3, f"{s.share:.0%}"] for s in profiled.functions
        ],
    )
    return [categories, functions]


def call_target(loopback: Paired, in_process: Paired) -> Target:
    ratio = loopback.paired_ratio
    extra = _micros(loopback.ours_median - loopback.peer_median)
    client_side = _micros(in_process.ours_median - in_process.peer_median)
    return Target(
        name="per-call overhead",
        target=f"<= {CALL_TARGET_RATIO:g}x raw httpx",
        measured=(
            f"{ratio:.2f}x ({_micros(loopback.ours_median):.0f} vs "
            f"{_micros(loopback.peer_median):.0f} µs, {extra:+.0f} µs per call)"
        ),
        met=ratio <= CALL_TARGET_RATIO,
        note=""
        if ratio <= CALL_TARGET_RATIO
        else (
            f"in process, without a server, ours costs {client_side:+.0f} µs per call "
            f"more than raw httpx ({in_process.paired_ratio:.2f}x)"
        ),
    )


def decode_target(decoding: Decoding, profiled: Profiled) -> Target:
    samples = decoding.gc_on
    ratio = samples.paired_ratio
    met = ratio <= DECODE_TARGET_RATIO
    largest = sorted(profiled.categories, key=lambda item: -item[1])[:4]
    where = "; ".join(f"{label} {seconds / profiled.total:.0%}" for label, seconds in largest)
    return Target(
        name=f"decode {decoding.count:,} connectors",
        target=f"<= {DECODE_TARGET_RATIO:g}x json.loads",
        measured=(
            f"{ratio:.2f}x ({samples.ours_median * 1e3:.0f} vs {samples.peer_median * 1e3:.0f} ms)"
        ),
        met=met,
        note=""
        if met
        else (
            f"with the GC off {decoding.gc_off.paired_ratio:.2f}x; under cProfile (GC time "
            f"charged to the allocating function): {where}"
        ),
    )
