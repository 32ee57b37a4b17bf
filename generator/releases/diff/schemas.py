"""Comparing two JSON Schemas as a request sees them or as a response does.

The same edit means opposite things in the two directions: a new enum value is harmless in a
request (the server accepts more) but can surprise a client reading a response. Every rule
below therefore names its consequence for each direction.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.pointers import escape, resolve
from generator.releases.diff.model import (
    Area,
    Change,
    additive,
    breaking,
    cosmetic,
    kebab,
    possibly_breaking,
    show,
)

Factory = Callable[[Area, str, str, str, tuple[str, ...]], Change]

# Keywords that only document; edits to them are description-only changes.
DOC_KEYWORDS = frozenset(
    {"description", "title", "example", "examples", "$comment", "externalDocs"}
)
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Formats the generated client decodes into another Python type (datetime, date, UUID, bytes).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary", "byte"})
COMPOSITIONS = ("oneOf", "anyOf", "allOf")
_HANDLED = frozenset(
    {
        "$ref", "type", "enum", "const", "format", "properties", "required", "items",
        "additionalProperties", "readOnly", "writeOnly", "default", "deprecated", "pattern",
        "multipleOf", "uniqueItems", *LOWER_BOUNDS, *UPPER_BOUNDS, *COMPOSITIONS, *DOC_KEYWORDS,
    }
)  # fmt: skip
_MAX_DEPTH = 32


class Direction(enum.Enum):
    REQUEST = "request"
    RESPONSE = "response"


@dataclass
class SchemaDiff:
    """One walk over a pair of schemas in one direction, collecting changes into `out`."""

    old_doc: dict[str, Any]
    new_doc: dict[str, Any]
    area: Area
    direction: Direction
    operations: tuple[str, ...]
    out: list[Change]
    # Schemas reached by the same $ref on both sides are compared once, as components.
    stop_at_shared_refs: bool = True

    def emit(
        self, kind: str, location: str, message: str, *, request: Factory, response: Factory
    ) -> None:
        factory = request if self.direction is Direction.REQUEST else response
        self.out.append(
            factory(self.area, f"{self.direction.value}-{kind}", location, message, self.operations)
        )

    def compare(self, old: Any, new: Any, location: str, depth: int = 0) -> None:
        """Compare two schemas; a missing schema (None) or `true` accepts anything."""
        if depth > _MAX_DEPTH:
            return
        old, new = _schema(old), _schema(new)
        if old is None or new is None:
            return  # not a schema at all (a broken document): nothing to judge
        if self._rejects_all(old, new, location):
            return
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if self.stop_at_shared_refs and old_ref is not None and old_ref == new_ref:
            # The component is compared on its own; keywords next to the $ref change what
            # this place accepts, so then the combination is compared.
            if _siblings(old) == _siblings(new):
                return
        elif old_ref != new_ref and old_ref is not None and new_ref is not None:
            self.emit(
                "schema-replaced", location, f"schema {old_ref} replaced by {new_ref}",
                request=possibly_breaking, response=possibly_breaking,
            )  # fmt: skip
        old, new = _follow(self.old_doc, old), _follow(self.new_doc, new)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        if self._rejects_all(old, new, location) or self._unconstrained(old, new, location):
            return
        if not self._types(old, new, location):
            return  # unrelated types: nothing below compares meaningfully
        self._enum(old, new, location)
        self._format(old, new, location)
        self._bounds(old, new, location)
        self._flags(old, new, location)
        self._properties(old, new, location, depth)
        self._additional_properties(old, new, location, depth)
        if "items" in old or "items" in new:
            self.compare(old.get("items"), new.get("items"), f"{location}/items", depth + 1)
        for keyword in COMPOSITIONS:
            self._composition(keyword, old, new, location, depth)
        self._documentation(old, new, location)
        self._unclassified(old, new, location)

    def _unconstrained(self, old: dict[str, Any], new: dict[str, Any], location: str) -> bool:
        """A schema that appeared or went away (`{}` accepts anything): one change, not one
        per keyword. In a response the client's return type changes either way."""
        if (old == {}) == (new == {}):
            return False
        if new == {}:
            self.emit(
                "schema-unconstrained", location, "the schema was removed: any value is allowed",
                request=additive, response=breaking,
            )  # fmt: skip
        else:
            self.emit(
                "schema-constrained", location, "a schema now constrains what was any value",
                request=breaking, response=possibly_breaking,
            )  # fmt: skip
        return True

    def _rejects_all(self, old: dict[str, Any], new: dict[str, Any], location: str) -> bool:
        """`false` (or `not: {}`) accepts nothing; True when that settled the comparison."""
        was, now = _is_false(old), _is_false(new)
        if was == now:
            return was
        self.emit(
            "schema-rejects-everything" if now else "schema-accepts-values-again", location,
            "the schema now accepts no value" if now else "the schema accepts values again",
            request=breaking if now else additive,
            response=cosmetic if now else possibly_breaking,
        )  # fmt: skip
        return True

    def _types(self, old: dict[str, Any], new: dict[str, Any], location: str) -> bool:
        old_types, new_types = _types(old), _types(new)
        if old_types == new_types:
            return True
        where = f"{location}/type"
        if old_types is None or new_types is None:
            self.emit(
                "type-changed", where, f"type {show(old.get('type'))} -> {show(new.get('type'))}",
                request=breaking if new_types is not None else additive,
                response=breaking if old_types is not None else cosmetic,
            )  # fmt: skip
            return True
        # integer is a subset of number: integer -> number widens, number -> integer narrows.
        lost = {t for t in old_types - new_types if not (t == "integer" and "number" in new_types)}
        gained = {
            t for t in new_types - old_types if not (t == "integer" and "number" in old_types)
        }
        if lost or gained:
            message = f"type {show(old.get('type'))} -> {show(new.get('type'))}"
            self.emit(
                "type-changed", where, message,
                request=breaking if lost else additive,
                response=breaking if gained else cosmetic,
            )  # fmt: skip
        return bool(old_types & new_types) or not (lost and gained)

    def _enum(self, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
        old_values, new_values = _allowed(old), _allowed(new)
        if old_values == new_values:
            return
        where = f"{location}/enum"
        if old_values is None or new_values is None:
            became = "now restricted to" if old_values is None else "no longer restricted to"
            values = new_values if old_values is None else old_values
            narrowed = old_values is None
            self.emit(
                "enum-changed", where, f"{became} {show(values)}",
                request=breaking if narrowed else additive,
                response=cosmetic if narrowed else possibly_breaking,
            )  # fmt: skip
            return
        lost = [v for v in old_values if v not in new_values]
        gained = [v for v in new_values if v not in old_values]
        if lost:
            self.emit(
                "enum-value-removed", where, f"enum values removed: {show(lost)}",
                request=breaking, response=cosmetic,
            )  # fmt: skip
        if gained:
            self.emit(
                "enum-value-added", where, f"enum values added: {show(gained)}",
                request=additive, response=possibly_breaking,
            )  # fmt: skip

    def _format(self, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
        before, after = old.get("format"), new.get("format")
        if before == after:
            return
        # A format the client decodes into another Python type changes the model's API.
        retyped = before in TYPED_FORMATS or after in TYPED_FORMATS
        factory = breaking if retyped else possibly_breaking
        self.emit(
            "format-changed", f"{location}/format", f"format {show(before)} -> {show(after)}",
            request=factory, response=factory,
        )  # fmt: skip

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
        for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after or isinstance(before, bool) or isinstance(after, bool):
                continue
            lower = keyword in LOWER_BOUNDS
            if before is None or after is None:
                narrowed = before is None
            else:
                narrowed = after > before if lower else after < before
            self._narrowed_or_widened(keyword, old, new, location, narrowed)
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            self._narrowed_or_widened(
                "uniqueItems", old, new, location, bool(new.get("uniqueItems"))
            )
        for keyword in ("pattern", "multipleOf"):
            if old.get(keyword) != new.get(keyword):
                # Added: fewer values pass; removed: more; changed: either.
                narrowed = keyword not in old
                widened = keyword not in new
                if narrowed or widened:
                    self._narrowed_or_widened(keyword, old, new, location, narrowed)
                else:
                    self.emit(
                        f"{kebab(keyword)}-changed", f"{location}/{keyword}",
                        f"{keyword} {show(old[keyword])} -> {show(new[keyword])}",
                        request=possibly_breaking, response=possibly_breaking,
                    )  # fmt: skip

    def _narrowed_or_widened(
        self, keyword: str, old: dict[str, Any], new: dict[str, Any], location: str, narrowed: bool
    ) -> None:
        message = f"{keyword} {show(old.get(keyword))} -> {show(new.get(keyword))}"
        self.emit(
            f"{kebab(keyword)}-{'narrowed' if narrowed else 'widened'}", f"{location}/{keyword}",
            message,
            request=breaking if narrowed else cosmetic,
            response=cosmetic if narrowed else possibly_breaking,
        )  # fmt: skip

    def _flags(self, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
        for keyword in ("readOnly", "writeOnly"):
            if bool(old.get(keyword)) != bool(new.get(keyword)):
                state = "now" if new.get(keyword) else "no longer"
                self.emit(
                    f"{kebab(keyword)}-changed", location, f"{state} {keyword}",
                    request=possibly_breaking, response=possibly_breaking,
                )  # fmt: skip
        if old.get("default") != new.get("default"):
            self.emit(
                "default-changed", f"{location}/default",
                f"default {show(old.get('default'))} -> {show(new.get('default'))}",
                request=possibly_breaking, response=cosmetic,
            )  # fmt: skip
        if not old.get("deprecated") and new.get("deprecated"):
            self.emit("deprecated", location, "deprecated", request=cosmetic, response=cosmetic)

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], location: str, depth: int
    ) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        for name in sorted(old_props.keys() - new_props.keys()):
            # Gone from the model class too: code that set or read it stops working.
            self.emit(
                "property-removed", _prop(location, name), f"property {name!r} removed",
                request=breaking, response=breaking,
            )  # fmt: skip
        for name in sorted(new_props.keys() - old_props.keys()):
            required = name in new_required
            self.emit(
                "required-property-added" if required else "property-added",
                _prop(location, name),
                f"{'required' if required else 'optional'} property {name!r} added",
                request=breaking if required else additive, response=additive,
            )  # fmt: skip
        for name in sorted((new_required - old_required) - new_props.keys()):
            self.emit(
                "property-became-required", _prop(location, name),
                f"{name!r} became required (not among the declared properties)",
                request=breaking, response=additive,
            )  # fmt: skip
        for name in sorted((old_required - new_required) - old_props.keys()):
            self.emit(
                "property-became-optional", _prop(location, name),
                f"{name!r} is no longer required (not among the declared properties)",
                request=additive, response=breaking,
            )  # fmt: skip
        for name in sorted(old_props.keys() & new_props.keys()):
            if name in new_required and name not in old_required:
                self.emit(
                    "property-became-required", _prop(location, name), f"{name!r} became required",
                    request=breaking, response=additive,
                )  # fmt: skip
            if name in old_required and name not in new_required:
                self.emit(
                    "property-became-optional", _prop(location, name), f"{name!r} became optional",
                    request=additive, response=breaking,
                )  # fmt: skip
            self.compare(old_props[name], new_props[name], _prop(location, name), depth + 1)

    def _additional_properties(
        self, old: dict[str, Any], new: dict[str, Any], location: str, depth: int
    ) -> None:
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if before == after:
            return
        if before is not False and after is not False:
            # Missing and `true` mean any value; a schema narrows that, or is compared.
            self.compare(before, after, f"{location}/additionalProperties", depth + 1)
            return
        narrowed = after is False
        self.emit(
            "additional-properties-narrowed" if narrowed else "additional-properties-widened",
            f"{location}/additionalProperties",
            f"additionalProperties {show(before)} -> {show(after)}",
            request=breaking if narrowed else cosmetic,
            response=cosmetic if narrowed else possibly_breaking,
        )  # fmt: skip

    def _composition(
        self, keyword: str, old: dict[str, Any], new: dict[str, Any], location: str, depth: int
    ) -> None:
        before, after = old.get(keyword) or [], new.get(keyword) or []
        if before == after:
            return
        if len(before) == len(after):
            for index, (a, b) in enumerate(zip(before, after, strict=True)):
                self.compare(a, b, f"{location}/{keyword}/{index}", depth + 1)
            return
        if keyword == "allOf":
            narrowed = len(after) > len(before)  # every member is one more constraint
        elif not before or not after:
            narrowed = not before  # none -> some alternatives restricts; some -> none frees
        else:
            narrowed = len(after) < len(before)  # fewer alternatives accept fewer values
        self.emit(
            f"{kebab(keyword)}-changed", f"{location}/{keyword}",
            f"{keyword} went from {len(before)} to {len(after)} schemas",
            request=breaking if narrowed else additive,
            response=cosmetic if narrowed else possibly_breaking,
        )  # fmt: skip

    def _documentation(self, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
        edited = sorted(k for k in DOC_KEYWORDS if old.get(k) != new.get(k))
        if edited:
            self.emit(
                "description-changed", location, f"{', '.join(edited)} edited",
                request=cosmetic, response=cosmetic,
            )  # fmt: skip

    def _unclassified(self, old: dict[str, Any], new: dict[str, Any], location: str) -> None:
        for keyword in sorted((old.keys() | new.keys()) - _HANDLED):
            if keyword.startswith("x-") or old.get(keyword) == new.get(keyword):
                continue
            self.emit(
                "keyword-changed", f"{location}/{escape(keyword)}",
                f"{keyword} changed (not classified: review by hand)",
                request=possibly_breaking, response=possibly_breaking,
            )  # fmt: skip


_REJECT_ALL: dict[str, Any] = {"not": {}}


def _schema(value: Any) -> dict[str, Any] | None:
    """JSON Schema's booleans as objects: missing or `true` -> {}, `false` -> {"not": {}}."""
    if value is None or value is True:
        return {}
    if value is False:
        return _REJECT_ALL
    return value if isinstance(value, dict) else None


def _is_false(schema: dict[str, Any]) -> bool:
    return schema.get("not") == {} or schema.get("not") is True


def _siblings(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key != "$ref"}


def _follow(document: dict[str, Any], start: dict[str, Any]) -> Any:
    """The schema a $ref chain ends in, with the keywords written next to each $ref on top."""
    node: Any = start
    seen: set[str] = set()
    siblings: dict[str, Any] = {}
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        siblings = _combine(_siblings(node), siblings)
        try:
            node = _schema(resolve(document, node["$ref"]))
        except (KeyError, ValueError, IndexError):
            return None
    return _combine(node, siblings) if siblings and isinstance(node, dict) else node


def _combine(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """`extra`'s keywords over `base`'s, except `required`: both lists apply."""
    combined = {**base, **extra}
    if "required" in base and "required" in extra:
        combined["required"] = sorted(set(base["required"]) | set(extra["required"]))
    return combined


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    value = schema.get("type")
    if value is None:
        return None
    return frozenset([value] if isinstance(value, str) else value)


def _allowed(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _prop(location: str, name: str) -> str:
    return f"{location}/properties/{escape(name)}"
