"""The committed package: lint- and type-clean, and every Python example of its README and
of the project's README runs against the mock."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from integrator_io_client import ApiError

from generator.document import operations

ROOT = Path(__file__).resolve().parents[2]
TREE = ROOT / "generated" / "integrator-io-client"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=TREE, capture_output=True, text=True, check=False
    )


def test_ruff_clean() -> None:
    for args in (("check", "--no-cache", "."), ("format", "--check", "--no-cache", ".")):
        result = _run("ruff", *args)
        assert result.returncode == 0, result.stdout + result.stderr


USAGE = """
import datetime

from integrator_io_client import (
    AsyncIntegratorClient,
    AsyncPage,
    IntegratorClient,
    NotFoundError,
    RateLimit,
    SyncPage,
    WaitTimeoutError,
)
from integrator_io_client.models import Connector, Job, JobStatus, License


def use(client: IntegratorClient) -> list[str]:
    page: SyncPage[Connector] = client.connectors.list(max_retries=5, timeout=3.0, include=["name"])
    first: list[Connector] = page.items
    more: bool = page.has_next_page()
    pages = [len(p.items) for p in page.iter_pages()]
    created = client.connectors.create(name="x", i_client_id_map=[{"_id": "a"}])
    licence: License = client.connectors.licenses.create(
        created.id if isinstance(created.id, str) else "",
        email="user@example.com",
        expires=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
        opts={"connectorEdition": "premium"},
    )
    raw = client.with_raw_response.integrations.get("id")
    status: int = raw.status_code
    try:
        client.with_options(max_retries=0).token_info()
    except NotFoundError as error:
        status = error.status_code
    client.connectors.push_update("id", integration_ids=["a"])
    job: Job = client.flows.run("flow")
    try:
        job = client.jobs.wait(job.id if isinstance(job.id, str) else "", timeout=5, poll_interval=0.5)
    except WaitTimeoutError as error:
        status = 0 if error.last is None else 1
    since = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    failed: list[Job] = list(client.jobs.list(created_at_gte=since, status=JobStatus.FAILED))
    created_key: bool = client.state.put("key", {"any": ["json", None]})
    keys: list[str] = client.state.list_keys()
    text: str = client.connections.debug_logs("c", resource_id="e")
    _ = (licence, status, RateLimit(capacity=10, per_second=5.0), first, more, pages, failed)
    _ = (created_key, keys, text)
    return [c.name for c in page if isinstance(c.name, str)]


async def use_async(client: AsyncIntegratorClient) -> list[str]:
    first: AsyncPage[Connector] = await client.connectors.list(limit=10)
    second = await first.next_page()
    names = [c.name async for c in client.connectors.list() if isinstance(c.name, str)]
    job = await client.jobs.wait("job")
    return names + [str(job.status), str(len(second.items))]
"""


def test_mypy_strict(tmp_path: Path) -> None:
    """The package, and typical user code against it, type-check under --strict."""
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    result = _run(
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path / "cache"),
        "integrator_io_client",
        str(usage),
    )
    assert result.returncode == 0, result.stdout + result.stderr


SPEC = json.loads((ROOT / "specs" / "openapi.json").read_text(encoding="utf-8"))
# Client-side methods that call an operation of the spec: (method, the method it calls).
WAITERS = {"jobs.wait": "jobs.get"}


def _python_blocks(text: str) -> list[tuple[str, str]]:
    """(the heading above it, code) for every ```python block of a Markdown text."""
    blocks, heading = [], ""
    for piece in re.split(r"^(#{1,6} .*)$", text, flags=re.M):
        if re.match(r"#{1,6} ", piece):
            heading = piece.lstrip("# ").strip()
            continue
        for code in re.findall(r"^ *```python\n(.*?)^ *```", piece, flags=re.S | re.M):
            blocks.append((heading, textwrap.dedent(code)))
    return blocks


def _operation_examples() -> dict[str, str]:
    """SDK method -> its example in the generated README's Operations section."""
    text = (TREE / "README.md").read_text(encoding="utf-8")
    examples = {}
    for heading, code in _python_blocks(text):
        named = re.fullmatch(r"`client\.([\w.]+)`", heading)
        if named:
            examples[named.group(1)] = code
    return examples


def _operation_of(error: ApiError) -> str | None:
    """The operationId of the request that failed, from its method and path."""
    path = httpx.URL(error.url).path
    for template, method, operation in operations(SPEC):
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
        if method.upper() == error.method and re.fullmatch(pattern, path):
            return str(operation["operationId"])
    return None


def _run_example(name: str, code: str) -> str:
    """Run one example; its outcome: `ok`, the ApiError class, or "not implemented by the
    mock" for a 501 of an operation the mock has no handler for yet."""
    from mock_api.handlers import HANDLERS

    try:
        exec(compile(code, name, "exec"), {"__name__": "__readme__"})
    except ApiError as error:  # placeholder IDs: the server may say 404 / 422
        if error.status_code == 501:
            operation = _operation_of(error)
            assert operation is not None and operation not in HANDLERS, (name, error)
            return "not implemented by the mock"
        return type(error).__name__
    return "ok"


@pytest.fixture
def readme_env(mock_url: str, token: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGRATOR_API_TOKEN", token)
    monkeypatch.setenv("INTEGRATOR_BASE_URL", mock_url)
    monkeypatch.delenv("INTEGRATOR_RATE_LIMIT", raising=False)


def test_readme_has_an_example_per_operation() -> None:
    declared = {op["x-sdk-method"] for _, _, op in operations(SPEC)}
    assert set(_operation_examples()) == declared | set(WAITERS)


def test_generated_readme_examples_run_against_the_mock(
    readme_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from mock_api.handlers import HANDLERS

    by_method = {op["x-sdk-method"]: op["operationId"] for _, _, op in operations(SPEC)}
    calls = {**by_method, **{w: by_method[read] for w, read in WAITERS.items()}}
    unserved = {name for name, op in calls.items() if op not in HANDLERS}
    examples = _operation_examples()
    outcomes = {name: _run_example(f"README:{name}", code) for name, code in examples.items()}
    assert outcomes["token_info"] == "ok"
    assert outcomes["connectors.create"] == "ok"
    assert outcomes["connectors.list"] == "ok"
    assert outcomes["connectors.licenses.create"] in {"NotFoundError", "ok"}
    served = {name: outcome for name, outcome in outcomes.items() if name not in unserved}
    assert set(served.values()) <= {"ok", "NotFoundError", "UnprocessableEntityError"}, served
    # The other examples wait for the mock: they answer 501, nothing else.
    assert {outcomes[name] for name in unserved} <= {"not implemented by the mock"}
    # The README's other examples (quick start, paging, async, low level) run as written.
    text = (TREE / "README.md").read_text(encoding="utf-8")
    others = [(h, c) for h, c in _python_blocks(text) if not h.startswith("`client.")]
    assert len(others) >= 4
    for heading, code in others:
        assert _run_example(f"README:{heading}", code) == "ok", heading


def test_project_readme_examples_run_against_the_mock(
    readme_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = _python_blocks(text)
    assert len(blocks) >= 2
    outcomes = [_run_example(f"README.md:{heading}", code) for heading, code in blocks]
    assert outcomes[0] == "ok"  # the first example uses what the mock serves today
    assert set(outcomes) <= {"ok", "not implemented by the mock"}, outcomes
    printed = capsys.readouterr().out
    assert "TokenInfo(user_id='5e03061cda20740022300f09'" in printed  # set fields only
    assert "Unset" not in printed and "additional_properties={}" not in printed
