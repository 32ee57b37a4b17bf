"""Paging through 10,000 flows: the client's `client.flows.list()` against the loop a user
of plain httpx writes (GET, fail on an error status, parse, follow `Link: rel="next"`), both
on the same local server (bench/client_flow_server.py), alternating runs."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from bench.client_sdk import Client, integrator_client
from bench.model import Paired


@dataclass(slots=True)
class Paging:
    count: int
    pages: int
    collect: Paired = field(default_factory=Paired)  # every record, as each client gives it
    read: Paired = field(default_factory=Paired)  # and each record's id and name read


def raw_records(http: httpx.Client) -> list[Any]:
    """Every flow, following the Link headers by hand: dicts from response.json()."""
    records: list[Any] = []
    url: str | None = "/v1/flows"
    while url is not None:
        response = http.get(url)
        response.raise_for_status()
        if response.status_code == 204:
            break
        records.extend(response.json())
        url = response.links.get("next", {}).get("url")
    return records


def ours_collect(client: Client) -> Callable[[], list[Any]]:
    return lambda: list(client.flows.list())


def raw_collect(http: httpx.Client) -> Callable[[], list[Any]]:
    return lambda: raw_records(http)


def ours_read(client: Client) -> Callable[[], list[Any]]:
    return lambda: [(flow.id, flow.name) for flow in client.flows.list()]


def raw_read(http: httpx.Client) -> Callable[[], list[Any]]:
    return lambda: [(record["_id"], record["name"]) for record in raw_records(http)]


def _timed(work: Callable[[], object]) -> float:
    gc.collect()  # the previous run's garbage is not charged to this one
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _same(ours: list[Any], raw: list[Any], count: int) -> None:
    ids = [getattr(flow, "id", None) for flow in ours]
    if len(ours) != count or ids != [record["_id"] for record in raw]:
        raise RuntimeError(
            f"the two loops read different flows: {len(ours)} vs {len(raw)} of {count}"
        )


def measure(base_url: str, token: str, count: int, runs: int) -> Paging:
    """One untimed run of each, then `runs` runs of each variant, ours and raw alternating.
    The client runs with its default rate limiter (the documented budget)."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    client = integrator_client(token, base_url, rate_limit=True)
    try:
        with httpx.Client(base_url=base_url, headers=headers) as http:
            first = client.flows.list()
            pages = sum(1 for _ in first.iter_pages())
            _same(ours_collect(client)(), raw_collect(http)(), count)
            result = Paging(count, pages)
            variants = (
                (result.collect, ours_collect(client), raw_collect(http)),
                (result.read, ours_read(client), raw_read(http)),
            )
            for _, ours, raw in variants:
                ours()
                raw()
            for _ in range(runs):
                for samples, ours, raw in variants:
                    samples.ours.append(_timed(ours))
                    samples.peer.append(_timed(raw))
            return result
    finally:
        client.close()
