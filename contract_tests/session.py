"""Hand-written requests through the same checks as the fuzzer, for the documented scenarios.

Each request is a schemathesis `Case` of the operation it targets, sent by a plain HTTP client
(so a scenario can also send what the schema cannot describe, like malformed JSON) and then
validated with `case.validate_response`, which runs every built-in and custom check.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
from schemathesis.core.failures import CustomFailure, Failure, FailureGroup
from starlette.testclient import TestClient

from contract_tests import accounts, config, runner, spec
from contract_tests.runner import FailureRecord
from contract_tests.target import Target

# Imported for their side effect: registering the custom checks with schemathesis.
from contract_tests import checks as _checks  # noqa: F401  isort: skip
from contract_tests import isolation as _isolation  # noqa: F401  isort: skip

MISSING = "<no Authorization header>"


class Throttle:
    """One request per `interval` seconds at most (0: no limit), like schemathesis' limiter."""

    def __init__(self, interval: float) -> None:
        self._interval = interval
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self._interval:
            return
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self._interval
        if delay > 0:
            time.sleep(delay)


@dataclass
class Session:
    target: Target
    scenario: str
    failures: list[FailureRecord] = field(default_factory=list)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    # (operation label, status code) -> epoch seconds of its first response, like the runner's.
    first_seen: dict[tuple[str, int], float] = field(default_factory=dict)
    requests: int = 0
    seconds: float = 0.0
    last_case: Any = None

    def operations(self) -> tuple[spec.Operation, ...]:
        """The spec's operations the target serves (see `Target.unserved`)."""
        unserved = self.target.unserved
        return tuple(op for op in spec.operations() if op.operation_id not in unserved)

    def __post_init__(self) -> None:
        settings = self.target.settings
        self.schema = runner.load_schema(self.target, config.Plan(phases=frozenset()))
        # The in-process mock the schema sends its probes to; None for a live target.
        self.app = self.schema.app
        if self.app is not None:
            self.client: httpx.Client = TestClient(self.app, base_url="http://testserver")
        else:
            assert settings.base_url is not None
            self.client = httpx.Client(base_url=settings.base_url, timeout=30)
        self.throttle = Throttle(settings.rate_interval)
        self._accounts = accounts.active(self.target.accounts)
        self._accounts.__enter__()

    def close(self) -> None:
        self._accounts.__exit__(None, None, None)
        self.client.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def primary(self) -> str:
        return self.target.settings.token

    @property
    def second(self) -> str | None:
        return self.target.settings.second_token

    def operation(self, operation_id: str) -> Any:
        return self.schema.find_operation_by_id(operation_id)

    def send(
        self,
        operation_id: str,
        *,
        token: str | None = "",
        path: dict[str, str] | None = None,
        body: Any = None,
        raw_body: bytes | None = None,
        validate: bool = True,
    ) -> httpx.Response:
        """Send one request and run all checks on the answer. `token=None` sends no header.

        `validate=False` only counts the exchange: a burst must outpace the rate limiter, and the
        checks (some of which send probes) would slow it down; the caller validates what matters.
        """
        operation = self.operation(operation_id)
        token = self.primary if token == "" else token
        headers = {} if token is None else {"Authorization": f"Bearer {token}"}
        kwargs: dict[str, Any] = {"path_parameters": path or {}, "headers": dict(headers)}
        if body is not None:
            kwargs["body"] = body
            kwargs["media_type"] = "application/json"
        case = operation.Case(**kwargs)
        self.last_case = case
        if raw_body is not None:
            headers["Content-Type"] = "application/json"
        self.throttle.wait()
        started = time.monotonic()
        response = self.client.request(
            case.method.upper(),
            case.formatted_path,
            headers=headers,
            json=body if raw_body is None else None,
            content=raw_body,
        )
        self.seconds += time.monotonic() - started
        self.requests += 1
        self.statuses[(operation.label, response.status_code)] += 1
        self.first_seen.setdefault((operation.label, response.status_code), time.time())
        if validate:
            self.validate(case, response, headers)
        return response

    def validate(self, case: Any, response: httpx.Response, headers: dict[str, str]) -> None:
        try:
            case.validate_response(response, headers=headers)
        except FailureGroup as group:
            for failure in group.exceptions:
                self._record(
                    case.operation.label,
                    check_name(failure),
                    failure.title,
                    failure.message,
                    response,
                )

    def expect(
        self, condition: bool, message: str, response: httpx.Response, operation_id: str
    ) -> bool:
        """A scenario-specific assertion, recorded like a check failure (with a reproduction)."""
        if not condition:
            operation = self.operation(operation_id)
            self._record(
                operation.label,
                f"scenario:{self.scenario}",
                "Documented behaviour violated",
                message,
                response,
            )
        return condition

    def _record(
        self,
        label: str,
        check: str,
        title: str,
        message: str,
        response: httpx.Response,
    ) -> None:
        self.failures.append(
            FailureRecord(
                phase=f"scenario:{self.scenario}",
                operation=label,
                check=check,
                title=title,
                message=message,
                status=response.status_code,
                reproduction=curl(response),
            )
        )


def check_name(failure: Failure) -> str:
    if isinstance(failure, CustomFailure):
        # The title reads "Custom check failed: `name`".
        return failure.title.split("`")[1] if "`" in failure.title else failure.title
    names = getattr(failure, "checks", ())
    return names[0] if names else type(failure).__name__


def curl(response: httpx.Response) -> str:
    request = response.request
    parts = [f"curl -X {request.method}"]
    for name, value in request.headers.items():
        if name.lower() in {
            "host",
            "content-length",
            "accept-encoding",
            "connection",
            "user-agent",
            "accept",
        }:
            continue
        shown = "Bearer [Filtered]" if name.lower() == "authorization" else value
        parts.append(f"-H '{name}: {shown}'")
    if request.content:
        parts.append("-d " + repr(request.content.decode("utf-8", "replace")))
    parts.append(f"'{request.url}'")
    return " ".join(parts)
