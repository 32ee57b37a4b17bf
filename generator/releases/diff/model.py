"""What a spec diff reports: each change with its level, the version bump it needs, and where."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Any


class Level(enum.Enum):
    """How a change affects code written against the old spec (and the old client)."""

    BREAKING = "breaking"
    POSSIBLY_BREAKING = "possibly-breaking"
    NON_BREAKING = "non-breaking"

    @property
    def rank(self) -> int:
        return list(Level).index(self)


class Bump(enum.IntEnum):
    """The smallest semver bump of the published package a change calls for."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        return self.name.lower()


class Area(enum.Enum):
    PATHS = "paths"
    PARAMETERS = "parameters"
    REQUEST_BODIES = "request bodies"
    RESPONSES = "responses"
    SCHEMAS = "schemas"
    SECURITY = "security"
    SERVERS = "servers"
    INFO = "info"


@dataclass(frozen=True)
class Change:
    """`kind` is a stable identifier (for scripts and allow-lists); `message` is for people.

    `location` is a JSON pointer into the new spec, or into the old one for removals.
    `operations` names the operations a change reaches ("GET /v1/x"): the operation itself
    for changes inside it, every user of a component for changes to a shared schema.
    """

    level: Level
    bump: Bump
    area: Area
    kind: str
    location: str
    message: str
    operations: tuple[str, ...] = field(default=())

    def sort_key(self) -> tuple[int, str, str, str]:
        return (self.level.rank, self.area.value, self.location, self.message)

    def to_json(self) -> dict[str, object]:
        return {
            "level": self.level.value,
            "bump": self.bump.label,
            "area": self.area.value,
            "kind": self.kind,
            "location": self.location,
            "message": self.message,
            "operations": list(self.operations),
        }


def breaking(area: Area, kind: str, location: str, message: str, ops: tuple[str, ...]) -> Change:
    return Change(Level.BREAKING, Bump.MAJOR, area, kind, location, message, ops)


def possibly_breaking(
    area: Area, kind: str, location: str, message: str, ops: tuple[str, ...]
) -> Change:
    return Change(Level.POSSIBLY_BREAKING, Bump.MINOR, area, kind, location, message, ops)


def additive(area: Area, kind: str, location: str, message: str, ops: tuple[str, ...]) -> Change:
    """Non-breaking, but new surface in the API or the client: a minor release."""
    return Change(Level.NON_BREAKING, Bump.MINOR, area, kind, location, message, ops)


def cosmetic(area: Area, kind: str, location: str, message: str, ops: tuple[str, ...]) -> Change:
    """Non-breaking and no new surface (descriptions, narrower outputs): a patch release."""
    return Change(Level.NON_BREAKING, Bump.PATCH, area, kind, location, message, ops)


def required_bump(changes: list[Change]) -> Bump:
    return max((change.bump for change in changes), default=Bump.NONE)


def show(value: Any) -> str:
    """A value as it appears in a message: JSON, cut at 80 characters."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def kebab(keyword: str) -> str:
    """`readOnly` -> `read-only`, `x-sdk-method` -> `sdk-method`: the form of change kinds."""
    keyword = keyword.removeprefix("x-")
    return "".join(f"-{c.lower()}" if c.isupper() else c for c in keyword)
