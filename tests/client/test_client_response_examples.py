"""Every JSON example answer in the spec, decoded the way the client decodes a response, reads
back as it was sent: the lazily decoded models (decoded on first use) lose nothing and agree
with the eager `from_dict`."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_python_client.strings import snake_case

from generator.document import operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "specs" / "openapi.json").read_text(encoding="utf-8"))
# Methods that return one field of their answer (generator/client/config.yaml).
UNWRAPPED = yaml.safe_load((ROOT / "generator/client/config.yaml").read_text(encoding="utf-8"))[
    "integrator"
]["unwrap_results"]


def _examples() -> list[tuple[str, str, int, Any]]:
    """(sdk method, operationId, status, example body) of every JSON success example."""
    found = []
    for _, _, operation in operations(SPEC):
        for status, response in operation.get("responses", {}).items():
            if not status.startswith("2"):
                continue
            media = response.get("content", {}).get("application/json", {})
            for _, example in sorted(media.get("examples", {}).items()):
                if "value" in example:
                    method, operation_id = operation["x-sdk-method"], operation["operationId"]
                    found.append((method, operation_id, int(status), example["value"]))
    return found


EXAMPLES = _examples()


def _parser(sdk_method: str, operation_id: str) -> Any:
    first = sdk_method.split(".")[0] if "." in sdk_method else "_root"
    module = importlib.import_module(f"integrator_io_client.resources.{first}")
    return getattr(module, f"_parse_{snake_case(operation_id)}")


def _wire(value: Any) -> Any:
    if isinstance(value, list):
        return [_wire(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def test_the_spec_has_answer_examples_to_check() -> None:
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize(
    ("sdk_method", "operation_id", "status", "body"),
    EXAMPLES,
    ids=[f"{e[1]}-{e[2]}-{i}" for i, e in enumerate(EXAMPLES)],
)
def test_example_answers_decode_losslessly(
    sdk_method: str, operation_id: str, status: int, body: Any
) -> None:
    response = httpx.Response(status, json=body, request=httpx.Request("GET", "http://x/"))
    parse = _parser(sdk_method, operation_id)
    decoded = parse(response)
    expected = body[UNWRAPPED[operation_id]] if operation_id in UNWRAPPED else body
    assert _wire(decoded) == expected
    again = parse(httpx.Response(status, json=body, request=response.request))
    assert repr(again)  # reading everything through repr decodes too, without an error
    if isinstance(decoded, list) and decoded and hasattr(decoded[0], "from_dict"):
        model = type(decoded[0])  # decoded above: the model's own class
        assert [model.from_dict(item) for item in body] == decoded
