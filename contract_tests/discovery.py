"""Which operations a live target does not implement: those it answers 501.

Only requests without effect are sent: every GET, and every DELETE of an id or key that
cannot exist. An operation that cannot be probed that way (a create, a PUT, deleting all
global state) takes the answer of its tag's probes: it is unserved only when every probed
operation of the same resource is.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import httpx

from contract_tests import spec, throttle
from contract_tests.settings import Settings

UNKNOWN_ID = "0123456789abcdef01234567"


@dataclass(frozen=True)
class Discovery:
    unserved: frozenset[str]


def probe_path(operation: spec.Operation) -> dict[str, str] | None:
    """Path values that name nothing, or None when the operation cannot be probed safely."""
    effectless = operation.method == "get" or (
        operation.method == "delete" and bool(operation.path_parameters)
    )
    if not effectless:
        return None
    values = {}
    for name in operation.path_parameters:
        if name == "resource_type":
            values[name] = "flows"
        elif name == "key":
            values[name] = f"contract-probe-{secrets.token_hex(6)}"
        elif name == "function":
            values[name] = "contractProbe"
        else:
            values[name] = UNKNOWN_ID
    return values


def _tag(operation: spec.Operation) -> str:
    tags = operation.definition.get("tags") or [operation.path]
    return str(tags[0])


def infer(probed: dict[str, bool], operations: Iterable[spec.Operation]) -> frozenset[str]:
    """`probed`: operationId -> answered 501. Unprobed operations follow their tag."""
    operations = tuple(operations)
    by_tag: dict[str, list[bool]] = {}
    for operation in operations:
        if operation.operation_id in probed:
            by_tag.setdefault(_tag(operation), []).append(probed[operation.operation_id])
    unserved = set()
    for operation in operations:
        if operation.operation_id in probed:
            if probed[operation.operation_id]:
                unserved.add(operation.operation_id)
        elif (answers := by_tag.get(_tag(operation))) and all(answers):
            unserved.add(operation.operation_id)
    return frozenset(unserved)


@cache
def _discover(base_url: str, token: str, interval: float) -> Discovery:
    pacer = throttle.Throttle(interval)
    probed: dict[str, bool] = {}
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for operation in spec.operations():
            values = probe_path(operation)
            if values is None:
                continue
            path = operation.path.format(**values)
            waited = 0.0
            while True:
                pacer.wait()
                response = client.request(
                    operation.method.upper(), path, headers={"Authorization": f"Bearer {token}"}
                )
                if response.status_code != 429 or waited >= throttle.MAX_WAIT_SECONDS:
                    break
                waited += pacer.wait_out(response.headers.get("retry-after"))
            probed[operation.operation_id] = response.status_code == 501
    return Discovery(infer(probed, spec.operations()))


def discover(settings: Settings) -> Discovery:
    assert settings.base_url is not None
    return _discover(settings.base_url, settings.token, settings.rate_interval)
