"""Import mapping (mock_api/dataflow/mapping.py): the rules its docstring and the README state."""

from __future__ import annotations

from typing import Any

import pytest

from mock_api.dataflow.mapping import MappingError, map_record

ORDER = {
    "id": 42,
    "customer": {"name": "Ada", "email": "ada@example.com", "vip": "TRUE"},
    "lines": [{"sku": "A-1", "qty": "2"}, {"sku": "B-2", "qty": "1.5"}],
    "note": "",
}


def fields(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"fields": list(entries)}


def fails(record: dict[str, Any], mapping: dict[str, Any]) -> MappingError:
    with pytest.raises(MappingError) as caught:
        map_record(record, mapping)
    return caught.value


@pytest.mark.parametrize("mapping", [None, {}, {"fields": []}, {"fields": [], "lists": []}])
def test_no_rules_pass_the_record_as_it_is(mapping: Any) -> None:
    result = map_record(ORDER, mapping)
    assert result == ORDER and result is not ORDER


def test_extract_to_generate_with_dot_paths_and_array_indexes() -> None:
    mapping = fields(
        {"extract": "customer.email", "generate": "contact.email"},
        {"extract": "lines.1.sku", "generate": "second"},
        {"extract": "id", "generate": "ref"},
    )
    assert map_record(ORDER, mapping) == {
        "contact": {"email": "ada@example.com"},
        "second": "B-2",
        "ref": 42,
    }


def test_hard_coded_values_win_even_null() -> None:
    mapping = fields(
        {"extract": "id", "generate": "a", "hardCodedValue": "fixed"},
        {"generate": "b", "hardCodedValue": None},
        {"generate": "c"},  # neither: nothing written
    )
    assert map_record(ORDER, mapping) == {"a": "fixed", "b": None}


def test_a_missing_value_fails_the_record_unless_discarded() -> None:
    error = fails(ORDER, fields({"extract": "customer.phone", "generate": "phone"}))
    assert (error.code, error.field, error.extract, error.generate) == (
        "missing_field",
        "customer.phone",
        "customer.phone",
        "phone",
    )
    discarding = fields(
        {"extract": "customer.phone", "generate": "phone", "discardIfEmpty": True},
        {"extract": "note", "generate": "note", "discardIfEmpty": True},
        {"extract": "note", "generate": "kept"},
    )
    assert map_record(ORDER, discarding) == {"kept": ""}


def test_data_types() -> None:
    mapping = fields(
        {"extract": "id", "generate": "s", "dataType": "string"},
        {"extract": "lines.0.qty", "generate": "n", "dataType": "number"},
        {"extract": "lines.1.qty", "generate": "f", "dataType": "number"},
        {"extract": "customer.vip", "generate": "b", "dataType": "boolean"},
        {"extract": "customer", "generate": "j", "dataType": "string"},
        {"extract": "id", "generate": "other", "dataType": "date"},
    )
    result = map_record(ORDER, mapping)
    assert result["s"] == "42" and result["n"] == 2 and result["f"] == 1.5 and result["b"] is True
    assert result["j"] == '{"name":"Ada","email":"ada@example.com","vip":"TRUE"}'
    assert result["other"] == 42
    error = fails(
        ORDER, fields({"extract": "customer.name", "generate": "n", "dataType": "number"})
    )
    assert (error.code, error.field) == ("invalid_data_type", "n")


def test_lists_build_arrays_from_the_records_array() -> None:
    mapping = {
        "lists": [
            {
                "generate": "order.items",
                "fields": [
                    {"extract": "lines[*].sku", "generate": "product.sku"},
                    {"extract": "lines[*].qty", "generate": "quantity", "dataType": "number"},
                    {"extract": "customer.name", "generate": "buyer"},
                    {"generate": "unit", "hardCodedValue": "each"},
                ],
            }
        ]
    }
    assert map_record(ORDER, mapping) == {
        "order": {
            "items": [
                {"product": {"sku": "A-1"}, "quantity": 2, "buyer": "Ada", "unit": "each"},
                {"product": {"sku": "B-2"}, "quantity": 1.5, "buyer": "Ada", "unit": "each"},
            ]
        }
    }
    whole = {
        "lists": [{"generate": "copy", "fields": [{"extract": "lines[*]", "generate": "line"}]}]
    }
    assert map_record(ORDER, whole) == {"copy": [{"line": line} for line in ORDER["lines"]]}
    one = {"lists": [{"generate": "one", "fields": [{"extract": "id", "generate": "id"}]}]}
    assert map_record(ORDER, one) == {"one": [{"id": 42}]}
    none = {"lists": [{"generate": "x", "fields": [{"extract": "missing[*].a", "generate": "a"}]}]}
    assert map_record(ORDER, none) == {"x": []}


def test_invalid_mappings_fail_the_record() -> None:
    assert fails(ORDER, fields({"extract": "a..b", "generate": "x"})).code == "invalid_mapping"
    assert fails(ORDER, fields({"extract": "id", "generate": ""})).code == "invalid_mapping"
    clash = fields({"extract": "id", "generate": "a"}, {"extract": "id", "generate": "a.b"})
    assert fails(ORDER, clash).message == "generate 'a.b' goes through 'a', which is not an object."
    two_arrays = {
        "lists": [
            {
                "generate": "x",
                "fields": [
                    {"extract": "lines[*].sku", "generate": "a"},
                    {"extract": "other[*].sku", "generate": "b"},
                ],
            }
        ]
    }
    assert fails(ORDER, two_arrays).code == "invalid_mapping"
