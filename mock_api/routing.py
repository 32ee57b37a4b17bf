"""Path-template matching, precomputed from the spec's paths."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Route(Generic[T]):
    template: str
    # One entry per path segment: the literal text, or None where a parameter sits.
    literals: tuple[str | None, ...]
    params: tuple[tuple[int, str], ...]
    by_method: dict[str, T] = field(default_factory=dict)
    allow: bytes = b""


class Router(Generic[T]):
    """Maps a concrete path to its route in a dict lookup plus a short scan.

    Templates are grouped by segment count; within a group the ones with more literal
    segments are tried first, so `/a/{x}/install` wins over `/a/{x}/{y}` if both exist.
    """

    def __init__(self, entries: Iterable[tuple[str, str, T]]) -> None:
        routes: dict[str, Route[T]] = {}
        for template, method, target in entries:
            route = routes.get(template)
            if route is None:
                route = routes[template] = _route(template)
            route.by_method[method] = target
        for route in routes.values():
            route.allow = ", ".join(sorted(route.by_method)).encode()
        self._static: dict[str, Route[T]] = {}
        self._dynamic: dict[int, list[Route[T]]] = {}
        for route in routes.values():
            if route.params:
                self._dynamic.setdefault(len(route.literals), []).append(route)
            else:
                self._static[route.template] = route
        for group in self._dynamic.values():
            group.sort(key=lambda r: -sum(part is not None for part in r.literals))
        self.routes: tuple[Route[T], ...] = tuple(routes.values())

    def match(self, path: str, method: str | None = None) -> tuple[Route[T], dict[str, str]] | None:
        """The route of the path; with `method`, the first route that has that method if
        several match (`GET /v1/connections/ping` is the connection with id `ping`, not the
        POST-only ping route), else the first that matches."""
        first: tuple[Route[T], dict[str, str]] | None = None
        static = self._static.get(path)
        if static is not None:
            if method is None or method in static.by_method:
                return static, {}
            first = static, {}
        segments = path.split("/")
        for route in self._dynamic.get(len(segments), ()):
            for literal, segment in zip(route.literals, segments, strict=True):
                if literal is None:
                    if not segment:
                        break
                elif literal != segment:
                    break
            else:
                found = route, {name: segments[index] for index, name in route.params}
                if method is None or method in route.by_method:
                    return found
                if first is None:
                    first = found
        return first


def _route(template: str) -> Route[T]:
    literals: list[str | None] = []
    params: list[tuple[int, str]] = []
    for index, segment in enumerate(template.split("/")):
        if segment.startswith("{") and segment.endswith("}"):
            literals.append(None)
            params.append((index, segment[1:-1]))
        else:
            literals.append(segment)
    return Route(template, tuple(literals), tuple(params))
