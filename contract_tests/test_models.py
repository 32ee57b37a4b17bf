"""Property tests of the generated client's models: `from_dict(x).to_dict() == x` for any x.

Instances are drawn by schemathesis' own JSON Schema generation (hypothesis-jsonschema does not
work with this hypothesis version) from the spec's component schemas, with our format
strategies, so every value a server may send must survive decoding and re-encoding.
"""

from __future__ import annotations

import copy
import importlib
import sys
from enum import EnumMeta
from types import ModuleType
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from contract_tests import formats, spec
from contract_tests.settings import REPO_ROOT

CLIENT_DIR = REPO_ROOT / "generated" / "integrator-io-client"
EXAMPLES = 30


def _becomes_a_class(schema: dict[str, Any]) -> bool:
    """Objects become models and enums become Enum classes; the other component schemas
    (a union of string forms, "any JSON value") are plain Python types, with nothing to
    round-trip."""
    return schema.get("type") == "object" or "enum" in schema


COMPONENTS = sorted(name for name, s in spec.component_schemas().items() if _becomes_a_class(s))


@pytest.fixture(scope="module")
def models() -> ModuleType:
    """The generated models, importable on a fresh clone where the package is not installed."""
    if not (CLIENT_DIR / "integrator_io_client").is_dir():
        pytest.fail(f"generated client missing at {CLIENT_DIR}; run `make generate`")
    if str(CLIENT_DIR) not in sys.path:
        sys.path.insert(0, str(CLIENT_DIR))
    return importlib.import_module("integrator_io_client.models")


def _for_generation(node: Any) -> Any:
    # Components are drawn as request bodies, where `readOnly` members would be left out; a
    # model must round-trip them too. Null-valued keys are not JSON Schema (one slipped into
    # InstallStep from the docs page) and are dropped like validators ignore them.
    if isinstance(node, dict):
        return {k: _for_generation(v) for k, v in node.items() if v is not None and k != "readOnly"}
    if isinstance(node, list):
        return [_for_generation(item) for item in node]
    return node


def _component_api() -> Any:
    """A throwaway API whose only operations take one component each as their body."""
    components = _for_generation(spec.raw()["components"]["schemas"])
    body = {"description": "ok"}
    paths = {
        f"/{name}": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                    },
                },
                "responses": {"200": body},
            }
        }
        for name in components
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "components", "version": "1"},
        "paths": paths,
        "components": {"schemas": components},
    }
    return schemathesis.openapi.from_dict(document)


def instances(name: str) -> st.SearchStrategy[Any]:
    formats.register()
    strategy: st.SearchStrategy[Any] = _component_api()[f"/{name}"]["POST"].as_strategy()
    return strategy.map(lambda case: case.body)


def model_class(models: ModuleType, name: str) -> Any:
    model = getattr(models, name, None)
    if model is None:
        pytest.fail(f"component schema {name} has no model integrator_io_client.models.{name}")
    return model


@pytest.mark.parametrize("name", COMPONENTS)
def test_round_trip_is_lossless(name: str, models: ModuleType) -> None:
    model = model_class(models, name)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,
        # Generated instances are small already; shrinking only slows a failing run down.
        phases=[Phase.explicit, Phase.generate],
    )
    @given(instance=instances(name))
    def round_trip(instance: Any) -> None:
        original = copy.deepcopy(instance)
        if isinstance(model, EnumMeta):
            assert model(instance).value == original
        else:
            assert model.from_dict(instance).to_dict() == original

    round_trip()


SAMPLE_VALUES = {
    "string": "x",
    "integer": 1,
    "number": 1.5,
    "boolean": True,
    "array": [],
    "object": {},
}


def minimal_instance(name: str) -> dict[str, Any]:
    """Only the required members, so unknown-field handling is judged on its own."""
    schema = spec.component_schemas()[name]
    properties = schema.get("properties", {})
    # The lexical forms the client re-emits, so this test isolates unknown-field handling.
    by_format = {
        "date-time": "2030-01-01T00:00:00+00:00",
        "email": "user@example.com",
        "objectId": "0" * 24,
    }
    values: dict[str, Any] = {}
    for member in schema.get("required", []):
        definition = spec.resolve(properties.get(member, {}))
        fallback = SAMPLE_VALUES.get(str(definition.get("type", "string")), "x")
        if definition.get("enum"):
            fallback = definition["enum"][0]
        values[member] = by_format.get(str(definition.get("format")), fallback)
    return values


def _open_to_anything(schema: dict[str, Any]) -> bool:
    # With a typed `additionalProperties` (Hooks: every key is a Hook) an unknown key must
    # hold that type; the round-trip test draws such members from the schema.
    return schema.get("type") == "object" and not isinstance(
        schema.get("additionalProperties"), dict
    )


@pytest.mark.parametrize(
    "name", [n for n in COMPONENTS if _open_to_anything(spec.component_schemas()[n])]
)
def test_unknown_fields_are_kept(name: str, models: ModuleType) -> None:
    model = model_class(models, name)
    known = set(spec.component_schemas()[name].get("properties", {}))
    extras = st.dictionaries(
        st.from_regex(r"x[A-Za-z]{1,8}", fullmatch=True).filter(lambda key: key not in known),
        st.integers() | st.text(max_size=5) | st.booleans() | st.lists(st.integers(), max_size=2),
        min_size=1,
        max_size=3,
    )

    @settings(max_examples=20, deadline=None, derandomize=True)
    @given(extra=extras)
    def keeps_extra(extra: dict[str, Any]) -> None:
        payload = {**minimal_instance(name), **extra}
        assert model.from_dict(copy.deepcopy(payload)).to_dict() == payload

    keeps_extra()
