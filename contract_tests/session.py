"""Hand-written requests through the same checks as the fuzzer, for the documented scenarios.

Each request is a schemathesis `Case` of the operation it targets, sent by a plain HTTP client
(so a scenario can also send what the schema cannot describe, like malformed JSON) and then
validated with `case.validate_response`, which runs every built-in and custom check.
A scenario declares the operations it uses; what it creates it deletes again when it ends.
Always over HTTP: in process a fresh mock is mounted on the loopback server (`served`), so a
scenario runs in process exactly as `make contract-live` runs it.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from schemathesis.core.failures import CustomFailure, Failure, FailureGroup

from contract_tests import accounts, config, runner, served, spec, throttle
from contract_tests.runner import FailureRecord
from contract_tests.target import Target

# Registering the per-response checks with schemathesis.
from contract_tests import checks as _checks  # noqa: F401  isort: skip

MISSING = "<no Authorization header>"
# The check name of an exchange that broke HTTP itself (rules/builtin.py).
TRANSPORT_ERROR = "transport_error"
# Status codes a cleanup request may answer: done, or already gone.
CLEANED = (200, 204, 404)


class NotImplementedByTarget(Exception):
    """The target answered 501: it does not implement this operation (yet)."""

    def __init__(self, operation_id: str) -> None:
        super().__init__(f"{operation_id} answered 501: not implemented by the target")
        self.operation_id = operation_id


class UndeclaredOperation(Exception):
    """A scenario sent an operation it does not declare (a bug in the suite)."""


@dataclass
class Session:
    target: Target
    scenario: str
    # The operations the scenario declares; None: any operation the target serves.
    allowed: frozenset[str] | None = None
    failures: list[FailureRecord] = field(default_factory=list)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    # (operation label, status code) -> epoch seconds of its first response, like the runner's.
    first_seen: dict[tuple[str, int], float] = field(default_factory=dict)
    requests: int = 0
    seconds: float = 0.0
    last_case: Any = None
    # Requests that undo what the scenario made, run in reverse order when it ends.
    _cleanups: list[tuple[str, dict[str, str], str | None]] = field(default_factory=list)

    def operations(self) -> tuple[spec.Operation, ...]:
        """The spec's operations the target serves (see `Target.unserved`)."""
        unserved = self.target.unserved
        return tuple(op for op in spec.operations() if op.operation_id not in unserved)

    def __post_init__(self) -> None:
        settings = self.target.settings
        # In process: a fresh mock (None for a live target), served until the session ends.
        self.app = self.target.new_app()
        self._mounted = served.mounted(self.app) if self.app is not None else None
        base_url = self._mounted.__enter__() if self._mounted is not None else settings.base_url
        assert base_url is not None
        try:
            # Checks that send probes of their own (`ignored_auth`, ...) send them to `base_url`.
            self.schema = _schema(self.target, base_url)
        except BaseException:
            if self._mounted is not None:
                self._mounted.__exit__(None, None, None)
            raise
        self.client = httpx.Client(base_url=base_url, timeout=30)
        self.throttle = throttle.Throttle(settings.rate_interval)
        self._throttling = throttle.active(self.throttle)
        self._throttling.__enter__()
        self._accounts = accounts.active(self.target.accounts)
        self._accounts.__enter__()

    def close(self) -> None:
        try:
            self._run_cleanups()
        finally:
            self._accounts.__exit__(None, None, None)
            self._throttling.__exit__(None, None, None)
            self.client.close()
            if self._mounted is not None:
                self._mounted.__exit__(None, None, None)

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

    def cleanup(self, operation_id: str, path: dict[str, str], token: str | None = "") -> None:
        """Send `operation_id` on `path` when the scenario ends (to delete what it made)."""
        self._cleanups.append((operation_id, dict(path), token))

    def send(
        self,
        operation_id: str,
        *,
        token: str | None = "",
        path: dict[str, str] | None = None,
        query: dict[str, str] | None = None,
        body: Any = None,
        raw_body: bytes | None = None,
        validate: bool = True,
        wait_out_429: bool = True,
        paced: bool = True,
    ) -> httpx.Response:
        """Send one request and run all checks on the answer. `token=None` sends no header.

        A 429 is checked, waited out per `Retry-After` and the request sent again, unless
        `wait_out_429=False` (the rate-limit scenarios look at the 429 itself).
        `validate=False` only counts the exchange: a burst must outpace the rate limiter, and the
        checks (some of which send probes) would slow it down; the caller validates what matters.
        `paced=False` skips the live throttle, which keeps below the refill rate: only a burst
        that means to empty the bucket (CONTRACT_BURST=1) sends so.
        """
        operation = self.operation(operation_id)
        case = self._case(operation, token, path, query, body)
        return self._exchange(case, None, token, body, raw_body, validate, wait_out_429, paced)

    def follow(self, operation_id: str, url: str, *, token: str | None = "") -> httpx.Response:
        """GET exactly `url` (a `Link` of a page of `operation_id`) and check the answer."""
        operation = self.operation(operation_id)
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        path = _path_parameters(operation.path, parts.path)
        case = self._case(operation, token, path, query, None)
        return self._exchange(case, url, token, None, None, True, True, True)

    def _case(
        self,
        operation: Any,
        token: str | None,
        path: dict[str, str] | None,
        query: dict[str, str] | None,
        body: Any,
    ) -> Any:
        if self.allowed is not None and operation_id_of(operation) not in self.allowed:
            raise UndeclaredOperation(
                f"scenario {self.scenario} sends {operation.label}, which it does not declare"
            )
        kwargs: dict[str, Any] = {
            "path_parameters": path or {},
            "headers": self._headers(token),
            "query": dict(query or {}),
        }
        if body is not None:
            kwargs["body"] = body
            kwargs["media_type"] = "application/json"
        return operation.Case(**kwargs)

    def _headers(self, token: str | None) -> dict[str, str]:
        token = self.primary if token == "" else token
        return {} if token is None else {"Authorization": f"Bearer {token}"}

    def _exchange(
        self,
        case: Any,
        url: str | None,
        token: str | None,
        body: Any,
        raw_body: bytes | None,
        validate: bool,
        wait_out_429: bool,
        paced: bool,
    ) -> httpx.Response:
        headers = self._headers(token)
        self.last_case = case
        if raw_body is not None:
            headers["Content-Type"] = "application/json"
        waited = 0.0
        while True:
            if paced:
                self.throttle.wait()
            started = time.monotonic()
            response = self._request(case, url, headers, body, raw_body)
            self.seconds += time.monotonic() - started
            self.requests += 1
            pair = (case.operation.label, response.status_code)
            self.statuses[pair] += 1
            self.first_seen.setdefault(pair, time.time())
            if response.status_code == 501 and self.target.live:
                raise NotImplementedByTarget(operation_id_of(case.operation))
            retry_after = response.headers.get("retry-after")
            if response.status_code != 429 or not wait_out_429:
                break
            if not throttle.well_formed_retry_after(retry_after):
                break
            # A 429 is never a failure of the API: its shape is checked, then it is waited out.
            if validate:
                self.validate(case, response, headers)
            if waited >= throttle.MAX_WAIT_SECONDS:
                raise throttle.RateLimitedTooLong(
                    f"{case.operation.label} was answered 429 for {waited:.0f} s"
                )
            waited += self.throttle.wait_out(retry_after)
        if validate:
            self.validate(case, response, headers)
        return response

    def _request(
        self,
        case: Any,
        url: str | None,
        headers: dict[str, str],
        body: Any,
        raw_body: bytes | None,
    ) -> httpx.Response:
        """One exchange. A broken answer (bytes after a 204, a bad status line) is recorded
        and the request sent once more on a fresh connection."""
        for attempt in (1, 2):
            try:
                return self.client.request(
                    case.method.upper(),
                    url or case.formatted_path,
                    params=None if url else (case.query or None),
                    headers=headers,
                    json=body if raw_body is None else None,
                    content=raw_body,
                )
            except httpx.TransportError as exc:
                self.failures.append(
                    FailureRecord(
                        phase=f"scenario:{self.scenario}",
                        operation=case.operation.label,
                        check=TRANSPORT_ERROR,
                        title="The exchange broke HTTP",
                        message=f"{type(exc).__name__}: {exc}",
                        status=None,
                        reproduction=f"{case.method.upper()} {url or case.formatted_path}",
                    )
                )
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

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

    def _run_cleanups(self) -> None:
        while self._cleanups:
            operation_id, path, token = self._cleanups.pop()
            try:
                response = self.send(operation_id, path=path, token=token)
            except NotImplementedByTarget:
                continue
            self.expect(
                response.status_code in CLEANED,
                f"cleaning up: expected one of {CLEANED}, got {response.status_code}",
                response,
                operation_id,
            )


_SCHEMAS: dict[tuple[object, ...], Any] = {}


def _schema(target: Target, base_url: str) -> Any:
    """The loaded schema for `target`'s settings, loaded once per process (about 0.1 s each)."""
    settings = target.settings
    key = (settings.live, base_url, settings.token, settings.rate_limit)
    if key not in _SCHEMAS:
        _SCHEMAS[key] = runner.schema_for(target, config.Plan(phases=frozenset()), base_url)
    return _SCHEMAS[key]


def operation_id_of(operation: Any) -> str:
    return str(operation.definition.raw["operationId"])


def _path_parameters(template: str, path: str) -> dict[str, str]:
    """The values a concrete path gives the template's parameters ({} if it does not match)."""
    names = template.strip("/").split("/")
    values = path.strip("/").split("/")
    if len(names) != len(values):
        return {}
    found = {}
    for name, value in zip(names, values, strict=True):
        if name.startswith("{") and name.endswith("}"):
            found[name[1:-1]] = value
        elif name != value:
            return {}
    return found


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
