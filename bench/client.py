"""The generated client: paging through a big list and per-call overhead against raw httpx,
and decoding a big list against json.loads."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import httpx

from bench import client_calls, client_decode, client_paging
from bench.client_calls import Plan
from bench.client_data import create_body, missing_fields
from bench.client_decode import JSON_HEADERS, Decoding, Profiled
from bench.client_paging import Paging
from bench.model import Cell, Paired, Section, Settings, Table, Target
from bench.processes import free_port, running
from mock_api.seed import PRIMARY_TOKEN

REPO = Path(__file__).resolve().parent.parent
CALL_TARGET_RATIO = 1.15
PAGING_TARGET_RATIO = 1.15
DECODE_TARGET_RATIO = 3.0
DECODE_COUNT, QUICK_DECODE_COUNT = 10_000, 1_000
FLOW_COUNT, QUICK_FLOW_COUNT = 10_000, 2_000
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
        raise RuntimeError(f"bench/client_data.py does not fill the fields {missing}")
    work = settings.work / "client"
    work.mkdir(parents=True, exist_ok=True)
    paging = measure_paging(settings, work)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    mock_cmd = [
        sys.executable, "-m", "mock_api", "--host", "127.0.0.1", "--port", str(port),
        "--db", str(work / "bench.db"), "--no-rate-limit", "--no-access-log",
    ]  # fmt: skip
    calls = plan(settings)
    print("client: per call against the mock ...", file=sys.stderr, flush=True)
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
    return section(settings, calls, loopback, in_process, decoding, profiled, paging)


def paging_runs(settings: Settings) -> int:
    return max(3, settings.runs) if settings.quick else max(15, 3 * settings.runs)


def measure_paging(settings: Settings, work: Path) -> Paging:
    count = QUICK_FLOW_COUNT if settings.quick else FLOW_COUNT
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server_cmd = [
        sys.executable, "-m", "bench.client_flow_server", "--port", str(port),
        "--count", str(count), "--token", PRIMARY_TOKEN,
    ]  # fmt: skip
    print(f"client: paging {count:,} flows ...", file=sys.stderr, flush=True)
    with running(server_cmd, f"{url}/", work / "flow-server.log", REPO):
        return client_paging.measure(url, PRIMARY_TOKEN, count, paging_runs(settings))


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
    paging: Paging,
) -> Section:
    return Section(
        name="client",
        title="Generated client vs raw httpx and json.loads",
        description=description(settings, calls, decoding, paging),
        command="python -m bench --only client",
        tables=[
            paging_table(paging),
            calls_table(loopback, in_process),
            decode_table(decoding),
            *profile_tables(profiled),
        ],
        targets=[
            paging_target(paging),
            call_target(loopback, in_process),
            decode_target(decoding, profiled),
        ],
        raw={
            "paging": {
                "count": paging.count,
                "pages": paging.pages,
                "runs": len(paging.collect.ours),
                "collect": paging.collect.to_json("raw"),
                "read_id_and_name": paging.read.to_json("raw"),
            },
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
                "unread": decoding.unread.to_json("loads"),
            },
            "decode_profile": asdict(profiled),
        },
    )


def description(settings: Settings, calls: Plan, decoding: Decoding, paging: Paging) -> str:
    return (
        "The committed package in generated/integrator-io-client, in the benchmark's process. "
        f"**Paging**: {paging.count:,} flows (every Flow field, nested page generators and "
        'processors, three date-times) served 1,000 a page with `Link: <...>; rel="next"` '
        f"({paging.pages} pages) by bench/client_flow_server.py (uvicorn + Starlette, the "
        "records serialised once at start and joined per page, as the mock serves its "
        "documents), on loopback. Ours is `list(client.flows.list())` on an "
        "`IntegratorClient` with its default rate limiter (the documented 1,000 / 300) and "
        "retries; raw is the loop a user of plain httpx writes: `get(url)`, "
        "`raise_for_status()`, `.json()` into one list, `response.links['next']['url']` until "
        "there is none, on an `httpx.Client` with the token header. Both on keep-alive "
        f"connections; one untimed run of each, then {len(paging.collect.ours)} runs of each "
        "alternating, `gc.collect()` before each; *ratio* is the median of the paired ratios "
        "[ratio of medians]. A second row has both read each record's id and name (ours: "
        "`flow.id`, `flow.name`, which decodes the record; raw: `record['_id']`, "
        "`record['name']`). "
        "**Per call**: `IntegratorClient(token=..., base_url=..., rate_limit=False)` calling "
        "`client.connectors.get(id)` (request, error check, a `Connector` model) "
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
        f"(nested objects, arrays, a date-time; {decoding.size_bytes / 1e6:.1f} MB) turned "
        "into what `client.connectors.list()` gives (`RawResponse(response, "
        "_parse_list_connectors).parse()`: `response.json()` and a `Connector` per item) and "
        "then every connector used (one field read: a model from a response is decoded in "
        "full, nested models too, on the first read of any of its fields; checked to equal "
        "what `from_dict` builds), against `json.loads` of the same bytes; "
        f"{settings.runs} runs alternating, `gc.collect()` before each; every run once with "
        "the cyclic GC on (as programs run, the headline) and once with `gc.disable()`, to "
        "show what allocating the models costs in collections. Medians. The list before any "
        "record is read is shown too. The hotspots come from one more full decode under "
        "cProfile."
    )


def paging_table(paging: Paging) -> Table:
    rows: list[list[Cell]] = [
        [
            label,
            samples.ours_median * 1e3,
            samples.peer_median * 1e3,
            f"{samples.paired_ratio:.2f}x [{samples.ratio_of_medians:.2f}x]",
        ]
        for label, samples in (
            ("every flow", paging.collect),
            ("every flow, id and name read", paging.read),
        )
    ]
    return Table(
        title=f"Paging {paging.count:,} flows ({paging.pages} pages): median ms per listing",
        columns=["what", "ours ms", "raw httpx loop ms", "ours / raw"],
        rows=rows,
    )


def paging_target(paging: Paging) -> Target:
    samples = paging.collect
    ratio = samples.paired_ratio
    return Target(
        name=f"paging {paging.count:,} flows",
        target=f"<= {PAGING_TARGET_RATIO:g}x a raw httpx loop following Link",
        measured=(
            f"{ratio:.2f}x ({samples.ours_median * 1e3:.0f} vs {samples.peer_median * 1e3:.0f} ms)"
        ),
        met=ratio <= PAGING_TARGET_RATIO,
        note=(
            f"reading each flow's id and name as well: {paging.read.paired_ratio:.2f}x "
            "(the records are decoded then)"
        ),
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
                f"ours: the list, every record used{gc_label}",
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
    unread = decoding.unread
    rows += [
        [
            "ours: the list, nothing read yet",
            unread.ours_median * 1e3,
            spread(unread.ours),
            unread.ours_median * per_item,
        ],
        [
            "ours / json.loads, nothing read yet",
            f"{unread.paired_ratio:.2f}x [{unread.ratio_of_medians:.2f}x]",
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
