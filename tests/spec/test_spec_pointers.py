"""JSON pointers in `$ref`s: RFC 6901 escapes, and the URI fragment's percent-encoding."""

from __future__ import annotations

import pytest

from generator.pointers import deref, pointer, resolve

DOCUMENT = {
    "paths": {"/v1/flows/{_id}": {"get": {"parameters": [{"name": "_id", "in": "path"}]}}},
    "components": {"schemas": {"a~b": {"type": "string"}}},
}


def test_a_percent_encoded_fragment_is_decoded_before_it_is_read() -> None:
    ref = "#/paths/~1v1~1flows~1%7B_id%7D/get/parameters/0"
    assert resolve(DOCUMENT, ref) == {"name": "_id", "in": "path"}
    assert deref(DOCUMENT, {"$ref": ref})["name"] == "_id"


def test_the_pointers_we_write_resolve() -> None:
    assert resolve(DOCUMENT, pointer("components", "schemas", "a~b")) == {"type": "string"}
    assert resolve(DOCUMENT, pointer("paths", "/v1/flows/{_id}", "get"))["parameters"]


def test_a_dangling_reference_names_itself() -> None:
    with pytest.raises(KeyError, match="dangling reference #/components/schemas/Nope"):
        resolve(DOCUMENT, "#/components/schemas/Nope")
