"""Per-call cost of `client.connectors.get(id)` against a plain httpx GET of the same URL."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from bench.client_sdk import Client, integrator_client
from bench.model import Paired


@dataclass(frozen=True, slots=True)
class Plan:
    calls_per_block: int
    blocks: int


def per_call(call: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls


def raw_get(http: httpx.Client, path: str) -> Callable[[], Any]:
    """What a user of plain httpx writes: GET, fail on an error status, parse the JSON."""

    def call() -> Any:
        response = http.get(path)
        response.raise_for_status()
        return response.json()

    return call


def sdk_get(client: Client, connector_id: str) -> Callable[[], Any]:
    def call() -> Any:
        return client.connectors.get(connector_id)

    return call


def interleaved(ours: Callable[[], object], raw: Callable[[], object], plan: Plan) -> Paired:
    """One untimed block of each, then `plan.blocks` timed blocks alternating ours and raw."""
    per_call(ours, plan.calls_per_block)
    per_call(raw, plan.calls_per_block)
    blocks = Paired()
    for _ in range(plan.blocks):
        blocks.ours.append(per_call(ours, plan.calls_per_block))
        blocks.peer.append(per_call(raw, plan.calls_per_block))
    return blocks


def _same_answer(ours: Any, raw: Any, connector_id: str) -> None:
    if getattr(ours, "id", None) != connector_id or raw.get("_id") != connector_id:
        raise RuntimeError(f"the two clients read different things: {ours!r} vs {raw!r}")


def measure(
    base_url: str,
    token: str,
    connector_id: str,
    plan: Plan,
    transport: Callable[[], httpx.BaseTransport] | None = None,
) -> Paired:
    """Both clients on one server (or on the same in-process transport), keep-alive on both."""
    path = f"/v1/connectors/{connector_id}"
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    sdk = integrator_client(token, base_url, transport() if transport else None)
    try:
        with httpx.Client(
            base_url=base_url, headers=headers, transport=transport() if transport else None
        ) as http:
            ours, raw = sdk_get(sdk, connector_id), raw_get(http, path)
            _same_answer(ours(), raw(), connector_id)
            return interleaved(ours, raw, plan)
    finally:
        sdk.close()
