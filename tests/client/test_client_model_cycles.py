"""Models that refer to each other (and to themselves) import in any order and decode.

Our model template imports such models at the end of the module, once, instead of inside
every from_dict / to_dict call; this checks that the cycle-safety openapi-python-client got
from the function-level imports is kept.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from generated_client import render_spec

_OBJECT_ID = {"type": "string"}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Cycles", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        "/nodes": {
            "get": {
                "operationId": "listNodes",
                "x-sdk-method": "nodes.list",
                "tags": ["Nodes"],
                "responses": {
                    "200": {
                        "description": "Nodes.",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "owner": {"$ref": "#/components/schemas/Owner"},
                },
            },
            "Owner": {
                "type": "object",
                "properties": {"_id": _OBJECT_ID, "favourite": {"$ref": "#/components/schemas/Node"}},
            },
        }
    },
}  # fmt: skip

SCRIPT = textwrap.dedent(
    """
    import sys
    first, second = sys.argv[1:3]
    import importlib
    importlib.import_module("integrator_io_client.models." + first)
    importlib.import_module("integrator_io_client.models." + second)
    from integrator_io_client.models import Node, Owner

    wire = {
        "name": "root",
        "children": [{"name": "leaf", "children": [], "extra": {"kept": True}}],
        "owner": {"_id": "o1", "favourite": {"name": "fav"}},
    }
    node = Node.from_dict(wire)
    assert node.children[0].name == "leaf"
    assert node.children[0].additional_properties == {"extra": {"kept": True}}
    assert isinstance(node.owner, Owner) and node.owner.favourite.name == "fav"
    assert node.to_dict() == wire
    assert wire["children"][0] == {"name": "leaf", "children": [], "extra": {"kept": True}}
    assert Node.from_dict(wire) == node
    print("ok")
    """
)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_spec(SPEC, tmp_path_factory.mktemp("cycles"), "integrator-io-client")


@pytest.mark.parametrize("order", [("node", "owner"), ("owner", "node")])
def test_cyclic_models_import_in_either_order_and_round_trip(
    tree: Path, order: tuple[str, str]
) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *order], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
