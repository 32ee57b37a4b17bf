"""OpenAPI Overlay 1.0 actions applied to the merged document."""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import SpecError
from generator.spec.overlay import Overlay, apply_overlays, deep_update


def _doc() -> dict[str, Any]:
    return {
        "paths": {
            "/a": {"get": {"operationId": "a", "responses": {"200": {}}}, "parameters": []},
            "/b": {"post": {"operationId": "b", "responses": {"201": {}}}},
        }
    }


def _overlay(*actions: dict[str, Any]) -> Overlay:
    return Overlay(
        "overlays/test.yaml",
        {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)},
    )


def test_update_reaches_every_operation_but_not_path_level_fields() -> None:
    doc = _doc()
    apply_overlays(
        doc,
        [_overlay({"target": "$.paths.*[?@.operationId].responses", "update": {"429": {"x": 1}}})],
    )
    assert doc["paths"]["/a"]["get"]["responses"]["429"] == {"x": 1}
    assert doc["paths"]["/b"]["post"]["responses"]["429"] == {"x": 1}
    assert doc["paths"]["/a"]["parameters"] == []


def test_remove_deletes_the_targets() -> None:
    doc = _doc()
    apply_overlays(doc, [_overlay({"target": "$.paths['/b']", "remove": True})])
    assert list(doc["paths"]) == ["/a"]


def test_a_target_that_matches_nothing_is_an_error() -> None:
    with pytest.raises(SpecError, match=r"overlays/test\.yaml: action 0 .*matches nothing"):
        apply_overlays(_doc(), [_overlay({"target": "$.paths['/nope'].get", "update": {"x": 1}})])


def test_a_bad_jsonpath_is_an_error() -> None:
    with pytest.raises(SpecError, match="bad JSONPath"):
        apply_overlays(_doc(), [_overlay({"target": "$.paths[?", "update": {"x": 1}})])


def test_an_action_needs_exactly_one_of_update_and_remove() -> None:
    with pytest.raises(SpecError, match="exactly one of update / remove"):
        apply_overlays(_doc(), [_overlay({"target": "$.paths", "update": {}, "remove": True})])


def test_a_document_that_is_not_an_overlay_is_refused() -> None:
    with pytest.raises(SpecError, match=r"not an Overlay 1\.x document"):
        apply_overlays(_doc(), [Overlay("overlays/x.yaml", {"actions": []})])


def test_deep_update_merges_objects_appends_arrays_and_replaces_scalars() -> None:
    target = {"a": {"b": 1, "c": [1]}, "d": "old"}
    deep_update(target, {"a": {"c": [1, 2], "e": True}, "d": "new"})
    assert target == {"a": {"b": 1, "c": [1, 2], "e": True}, "d": "new"}
