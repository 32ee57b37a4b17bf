"""An import's `mapping` applied to one record.

- No mapping (absent, or neither `fields` nor `lists` with entries): the record as it is.
- Otherwise the result holds only what the mapping generates. `fields` are applied in
  order, then `lists`.
- A field takes `hardCodedValue` when the key is there (even `null`), else the value at
  `extract`; a field with neither writes nothing. The value goes to `generate`.
- Paths are dot paths of non-empty segments (`customer.address.city`); when reading, a
  numeric segment indexes an array (`lines.0.sku`). Writing creates the objects on the way.
- `extract` naming nothing in the record fails the record (`missing_field`), unless
  `discardIfEmpty` is set: then the field is left out, as are empty values (null, "", [],
  {}) that it finds.
- `dataType` converts: `string` (numbers and booleans as JSON writes them, objects and
  arrays as JSON text), `number` (numbers, or strings holding one), `boolean` (booleans,
  `"true"` / `"false"` in any case, 1 / 0); null stays null; anything else fails the record
  (`invalid_data_type`). Other data types leave the value as it is.
- A list builds the array at its `generate` from its own `fields`, whose paths are relative
  to each item: an `extract` of the form `<array>[*].<path>` reads `<path>` of every item of
  the record's array `<array>` (`<array>[*]` alone: the item itself), and the list has one
  item per element of that array (none when the record has no such array); every `[*]`
  extract of one list must name the same array. Other extracts (and hard-coded values) read
  the record and repeat in every item. A list with no `[*]` extract has one item.
- A path that is not a dot path, a list naming two arrays, or a `generate` going through a
  value that is not an object fails the record (`invalid_mapping`).
"""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass
from typing import Any

EACH = "[*]"
_NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")


@dataclass(slots=True)
class MappingError(Exception):
    code: str
    message: str
    field: str | None = None
    extract: str | None = None
    generate: str | None = None

    def as_error(self) -> dict[str, Any]:
        item: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            item["field"] = self.field
        return item


def has_rules(mapping: Any) -> bool:
    return isinstance(mapping, dict) and bool(mapping.get("fields") or mapping.get("lists"))


def map_record(record: dict[str, Any], mapping: Any) -> dict[str, Any]:
    """The record as the mapping turns it into the target's shape; MappingError if it cannot."""
    if not has_rules(mapping):
        return copy.deepcopy(record)
    result: dict[str, Any] = {}
    for field in _entries(mapping.get("fields")):
        _apply_field(field, record, record, result)
    for entry in _entries(mapping.get("lists")):
        _apply_list(entry, record, result)
    return result


def _entries(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _segments(path: Any, role: str) -> list[str]:
    if not isinstance(path, str) or not path or any(not part for part in path.split(".")):
        raise MappingError(
            "invalid_mapping", f"{role} {path!r} is not a dot path of non-empty names.", str(path)
        )
    return path.split(".")


def _read(source: Any, path: list[str]) -> tuple[bool, Any]:
    node = source
    for part in path:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False, None
    return True, node


def _write(target: dict[str, Any], path: list[str], value: Any, generate: str) -> None:
    node = target
    for index, part in enumerate(path[:-1]):
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            through = ".".join(path[: index + 1])
            raise MappingError(
                "invalid_mapping",
                f"generate {generate!r} goes through {through!r}, which is not an object.",
                generate,
                generate=generate,
            )
        node = child
    node[path[-1]] = value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _apply_field(
    field: dict[str, Any], record: dict[str, Any], scope: Any, target: dict[str, Any]
) -> None:
    """`scope` is what `[*]` extracts read: the current item of a list (or the record)."""
    generate = field.get("generate")
    target_path = _segments(generate, "generate")
    extract = field.get("extract")
    if "hardCodedValue" in field:
        value = copy.deepcopy(field["hardCodedValue"])
    elif extract is not None:
        found, value = _extract(record, scope, extract)
        if not found:
            if field.get("discardIfEmpty") is True:
                return
            raise MappingError(
                "missing_field",
                f"The record has no value at {extract!r} (mapped to {generate!r}).",
                str(extract),
                str(extract),
                str(generate),
            )
        value = copy.deepcopy(value)
    else:
        return
    if field.get("discardIfEmpty") is True and _empty(value):
        return
    _write(
        target, target_path, _convert(value, field.get("dataType"), str(generate)), str(generate)
    )


def _extract(record: dict[str, Any], scope: Any, extract: Any) -> tuple[bool, Any]:
    if isinstance(extract, str) and EACH in extract:
        _, _, inner = extract.partition(EACH)
        inner = inner.removeprefix(".")
        if not inner:
            return True, scope
        return _read(scope, _segments(inner, "extract"))
    return _read(record, _segments(extract, "extract"))


def _apply_list(entry: dict[str, Any], record: dict[str, Any], result: dict[str, Any]) -> None:
    generate = entry.get("generate")
    target_path = _segments(generate, "generate")
    fields = _entries(entry.get("fields"))
    arrays = {
        str(field["extract"]).partition(EACH)[0]
        for field in fields
        if isinstance(field.get("extract"), str) and EACH in field["extract"]
    }
    if len(arrays) > 1:
        raise MappingError(
            "invalid_mapping",
            f"list {generate!r} reads from more than one array: {sorted(arrays)}.",
            str(generate),
            generate=str(generate),
        )
    if arrays:
        found, source = _read(record, _segments(arrays.pop(), "extract"))
        scopes = source if found and isinstance(source, list) else []
    else:
        scopes = [record]
    items = []
    for scope in scopes:
        item: dict[str, Any] = {}
        for field in fields:
            _apply_field(field, record, scope, item)
        items.append(item)
    _write(result, target_path, items, str(generate))


def _convert(value: Any, data_type: Any, generate: str) -> Any:
    if value is None or data_type not in ("string", "number", "boolean"):
        return value
    if data_type == "string":
        if isinstance(value, str):
            return value
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    if data_type == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        text = value.strip() if isinstance(value, str) else ""
        if _NUMBER.match(text):
            if "." not in text and "e" not in text.lower():
                return int(text)
            number = float(text)
            if math.isfinite(number):
                return number
    if data_type == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        if isinstance(value, (int, float)) and value in (0, 1):
            return bool(value)
    raise MappingError(
        "invalid_data_type",
        f"{json.dumps(value)[:60]} cannot be converted to {data_type} (mapped to {generate!r}).",
        generate,
        generate=generate,
    )
