"""Changes inside one operation: identity, parameters, request body, responses, security."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.document import path_item
from generator.pointers import deref, escape
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
from generator.releases.diff.schemas import DOC_KEYWORDS, Direction, SchemaDiff
from generator.releases.diff.servers import server_changes

# Provenance only (which file an operation came from); it changes nothing for users.
_PROVENANCE = frozenset({"x-source", "x-docs-page", "x-docs-heading"})
_HANDLED = frozenset(
    {
        "operationId", "x-sdk-method", "tags", "parameters", "requestBody", "responses",
        "security", "deprecated", "summary", "description", "externalDocs", "links",
        "callbacks", "servers", "x-paging", "x-projection", *_PROVENANCE,
    }
)  # fmt: skip


@dataclass
class OperationDiff:
    old_doc: dict[str, Any]
    new_doc: dict[str, Any]
    template: str
    method: str
    name: str
    out: list[Change]

    @property
    def location(self) -> str:
        return f"#/paths/{escape(self.template)}/{self.method}"

    def run(self) -> None:
        old = path_item(self.old_doc, self.template)[self.method]
        new = path_item(self.new_doc, self.template)[self.method]
        self._identity(old, new)
        self._parameters()
        self._request_body(old, new)
        self._responses(old, new)
        self._security(old, new)
        self._rest(old, new)

    def _emit(self, factory: Any, area: Area, kind: str, where: str, message: str) -> None:
        self.out.append(factory(area, kind, where, message, (self.name,)))

    def _schemas(self, area: Area, direction: Direction) -> SchemaDiff:
        return SchemaDiff(self.old_doc, self.new_doc, area, direction, (self.name,), self.out)

    def _identity(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        # The client's function, method and module names come from these three.
        for key, what in (
            ("operationId", "operationId (the client's function name)"),
            ("x-sdk-method", "x-sdk-method (the client's resource method)"),
            ("tags", "tags (the client's module)"),
        ):
            if old.get(key) != new.get(key):
                self._emit(
                    breaking, Area.PATHS, f"{kebab(key)}-changed", f"{self.location}/{key}",
                    f"{what} {show(old.get(key))} -> {show(new.get(key))}",
                )  # fmt: skip
        if not old.get("deprecated") and new.get("deprecated"):
            self._emit(cosmetic, Area.PATHS, "operation-deprecated", self.location, "deprecated")
        edited = sorted(
            k for k in ("summary", "description", "externalDocs") if old.get(k) != new.get(k)
        )
        if edited:
            self._emit(
                cosmetic,
                Area.PATHS,
                "description-changed",
                self.location,
                f"{', '.join(edited)} edited",
            )

    def _parameters(self) -> None:
        old = _parameters(self.old_doc, self.template, self.method)
        new = _parameters(self.new_doc, self.template, self.method)
        for key in sorted(old.keys() - new.keys()):
            where, _ = old[key]
            self._emit(
                breaking, Area.PARAMETERS, "parameter-removed", where, f"{_param(key)} removed"
            )
        for key in sorted(new.keys() - old.keys()):
            where, parameter = new[key]
            if parameter.get("required"):
                self._emit(
                    breaking, Area.PARAMETERS, "required-parameter-added", where,
                    f"required {_param(key)} added",
                )  # fmt: skip
            else:
                self._emit(
                    additive,
                    Area.PARAMETERS,
                    "parameter-added",
                    where,
                    f"optional {_param(key)} added",
                )
        for key in sorted(old.keys() & new.keys()):
            (_, before), (where, after) = old[key], new[key]
            if not before.get("required") and after.get("required"):
                self._emit(
                    breaking, Area.PARAMETERS, "parameter-became-required", where,
                    f"{_param(key)} became required",
                )  # fmt: skip
            if before.get("required") and not after.get("required"):
                self._emit(
                    additive, Area.PARAMETERS, "parameter-became-optional", where,
                    f"{_param(key)} became optional",
                )  # fmt: skip
            for setting in ("style", "explode", "allowReserved", "content"):
                if before.get(setting) != after.get(setting):
                    self._emit(
                        possibly_breaking, Area.PARAMETERS, "parameter-serialisation-changed", where,
                        f"{_param(key)}: {setting} {show(before.get(setting))} -> {show(after.get(setting))}",
                    )  # fmt: skip
            if before.get("description") != after.get("description"):
                self._emit(
                    cosmetic, Area.PARAMETERS, "description-changed", where,
                    f"{_param(key)}: description edited",
                )  # fmt: skip
            if not before.get("deprecated") and after.get("deprecated"):
                self._emit(
                    cosmetic,
                    Area.PARAMETERS,
                    "parameter-deprecated",
                    where,
                    f"{_param(key)} deprecated",
                )
            self._schemas(Area.PARAMETERS, Direction.REQUEST).compare(
                before.get("schema"), after.get("schema"), f"{where}/schema"
            )

    def _request_body(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        before = deref(self.old_doc, old.get("requestBody"))
        after = deref(self.new_doc, new.get("requestBody"))
        where = f"{self.location}/requestBody"
        area = Area.REQUEST_BODIES
        if before is None and after is None:
            return
        if after is None:
            self._emit(breaking, area, "request-body-removed", where, "request body removed")
            return
        if before is None:
            if after.get("required"):
                self._emit(
                    breaking,
                    area,
                    "required-request-body-added",
                    where,
                    "required request body added",
                )
            else:
                self._emit(
                    additive, area, "request-body-added", where, "optional request body added"
                )
            return
        if not before.get("required") and after.get("required"):
            self._emit(
                breaking,
                area,
                "request-body-became-required",
                where,
                "request body became required",
            )
        if before.get("required") and not after.get("required"):
            self._emit(
                additive,
                area,
                "request-body-became-optional",
                where,
                "request body became optional",
            )
        if before.get("description") != after.get("description"):
            self._emit(cosmetic, area, "description-changed", where, "description edited")
        self._content(area, Direction.REQUEST, before, after, where)

    def _responses(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        # YAML reads an unquoted 200 as a number; the spec means the same status either way.
        before = {str(k): v for k, v in (old.get("responses") or {}).items()}
        after = {str(k): v for k, v in (new.get("responses") or {}).items()}
        area = Area.RESPONSES
        for status in sorted(before.keys() - after.keys()):
            where = f"{self.location}/responses/{status}"
            if _success(status):
                self._emit(
                    breaking, area, "success-response-removed", where, f"response {status} removed"
                )
            else:
                self._emit(
                    possibly_breaking,
                    area,
                    "error-response-removed",
                    where,
                    f"response {status} removed",
                )
        for status in sorted(after.keys() - before.keys()):
            where = f"{self.location}/responses/{status}"
            if _success(status):
                # A new success shape: the client's return type grows a case.
                self._emit(
                    possibly_breaking,
                    area,
                    "success-response-added",
                    where,
                    f"response {status} added",
                )
            else:
                self._emit(
                    additive, area, "error-response-added", where, f"response {status} added"
                )
        for status in sorted(before.keys() & after.keys()):
            where = f"{self.location}/responses/{status}"
            was, now = deref(self.old_doc, before[status]), deref(self.new_doc, after[status])
            if not isinstance(was, dict) or not isinstance(now, dict):
                continue
            if was.get("description") != now.get("description"):
                self._emit(cosmetic, area, "description-changed", where, "description edited")
            self._headers(was, now, where)
            self._content(area, Direction.RESPONSE, was, now, where)

    def _headers(self, was: dict[str, Any], now: dict[str, Any], where: str) -> None:
        before, after = was.get("headers") or {}, now.get("headers") or {}
        for name in sorted(before.keys() & after.keys()):
            old_header = deref(self.old_doc, before[name])
            new_header = deref(self.new_doc, after[name])
            if not isinstance(old_header, dict) or not isinstance(new_header, dict):
                continue
            place = f"{where}/headers/{escape(name)}"
            if old_header.get("required") and not new_header.get("required"):
                self._emit(
                    breaking, Area.RESPONSES, "response-header-became-optional", place,
                    f"header {name!r} is no longer always sent",
                )  # fmt: skip
            if not old_header.get("required") and new_header.get("required"):
                self._emit(
                    additive, Area.RESPONSES, "response-header-became-required", place,
                    f"header {name!r} is now always sent",
                )  # fmt: skip
            self._schemas(Area.RESPONSES, Direction.RESPONSE).compare(
                old_header.get("schema"), new_header.get("schema"), f"{place}/schema"
            )
        for name in sorted(before.keys() - after.keys()):
            self._emit(
                possibly_breaking, Area.RESPONSES, "response-header-removed",
                f"{where}/headers/{escape(name)}", f"header {name!r} removed",
            )  # fmt: skip
        for name in sorted(after.keys() - before.keys()):
            self._emit(
                additive, Area.RESPONSES, "response-header-added",
                f"{where}/headers/{escape(name)}", f"header {name!r} added",
            )  # fmt: skip

    def _content(
        self,
        area: Area,
        direction: Direction,
        before: dict[str, Any],
        after: dict[str, Any],
        where: str,
    ) -> None:
        was: dict[str, Any] = before.get("content") or {}
        now: dict[str, Any] = after.get("content") or {}
        for media in sorted(was.keys() - now.keys()):
            self._emit(
                breaking, area, f"{direction.value}-media-type-removed",
                f"{where}/content/{escape(media)}", f"media type {media} removed",
            )  # fmt: skip
        for media in sorted(now.keys() - was.keys()):
            self._emit(
                additive, area, f"{direction.value}-media-type-added",
                f"{where}/content/{escape(media)}", f"media type {media} added",
            )  # fmt: skip
        for media in sorted(was.keys() & now.keys()):
            self._schemas(area, direction).compare(
                was[media].get("schema"), now[media].get("schema"),
                f"{where}/content/{escape(media)}/schema",
            )  # fmt: skip

    def _security(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        before = _requirements(old.get("security", self.old_doc.get("security", [])))
        after = _requirements(new.get("security", self.new_doc.get("security", [])))
        where = f"{self.location}/security"
        if before == after:
            return
        # A request that satisfied an old alternative must still satisfy some new one: one
        # that asks for no scheme the old did not, and for no scope it did not grant.
        lost = {old_alt for old_alt in before if not any(_implies(old_alt, n) for n in after)}
        for requirement in sorted(lost, key=sorted):
            self._emit(
                breaking, Area.SECURITY, "security-requirement-removed", where,
                f"security requirement {_requirement(requirement)} no longer accepted",
            )  # fmt: skip
        gained = {n for n in after if not any(_implies(n, old_alt) for old_alt in before)}
        for requirement in sorted(gained, key=sorted):
            self._emit(
                additive, Area.SECURITY, "security-requirement-added", where,
                f"security requirement {_requirement(requirement)} now accepted",
            )  # fmt: skip

    def _rest(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        where = f"{self.location}/servers"
        self.out.extend(server_changes(old.get("servers"), new.get("servers"), where, (self.name,)))
        for key in ("links", "callbacks"):
            if old.get(key) != new.get(key):
                self._emit(
                    cosmetic,
                    Area.PATHS,
                    f"{key}-changed",
                    f"{self.location}/{key}",
                    f"{key} changed",
                )
        self._list_behaviour(old, new)
        for key in sorted((old.keys() | new.keys()) - _HANDLED):
            if old.get(key) != new.get(key) and key not in DOC_KEYWORDS:
                self._emit(
                    possibly_breaking, Area.PATHS, "operation-keyword-changed",
                    f"{self.location}/{escape(key)}", f"{key} changed (not classified: review by hand)",
                )  # fmt: skip

    def _list_behaviour(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        # `x-paging` decides what the client's method returns (a list, or pages it fetches
        # as it iterates): any change breaks code written against the old one.
        if old.get("x-paging") != new.get("x-paging"):
            self._emit(
                breaking, Area.RESPONSES, "paging-changed", f"{self.location}/x-paging",
                f"paging {show(old.get('x-paging'))} -> {show(new.get('x-paging'))} "
                "(the client's method returns pages instead of a list, or the reverse)",
            )  # fmt: skip
        if old.get("x-projection") != new.get("x-projection"):
            factory = additive if new.get("x-projection") else breaking
            self._emit(
                factory, Area.PARAMETERS, "projection-changed", f"{self.location}/x-projection",
                "include / exclude " + ("accepted" if new.get("x-projection") else "no longer accepted"),
            )  # fmt: skip


def _parameters(
    document: dict[str, Any], template: str, method: str
) -> dict[tuple[str, str], tuple[str, dict[str, Any]]]:
    """(in, name) -> (pointer, resolved parameter): path-level ones, overridden by the operation's."""
    item = path_item(document, template)
    found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    base = f"#/paths/{escape(template)}"
    for prefix, raw_list in (
        (base, item.get("parameters", [])),
        (f"{base}/{method}", item[method].get("parameters", [])),
    ):
        for index, raw in enumerate(raw_list):
            parameter = deref(document, raw)
            if isinstance(parameter, dict) and "in" in parameter and "name" in parameter:
                found[(parameter["in"], parameter["name"])] = (
                    f"{prefix}/parameters/{index}",
                    parameter,
                )
    return found


def _requirements(value: Any) -> set[frozenset[tuple[str, tuple[str, ...]]]]:
    if not isinstance(value, list) or not value:
        return {frozenset()}  # no requirement at all: anonymous requests pass
    found = set()
    for requirement in value:
        if isinstance(requirement, dict):
            found.add(
                frozenset(
                    (name, tuple(sorted(scopes or []))) for name, scopes in requirement.items()
                )
            )
    return found


def _implies(
    given: frozenset[tuple[str, tuple[str, ...]]], wanted: frozenset[tuple[str, tuple[str, ...]]]
) -> bool:
    """Whether credentials meeting `given` also meet `wanted`."""
    granted = dict(given)
    return all(
        scheme in granted and set(scopes) <= set(granted[scheme]) for scheme, scopes in wanted
    )


def _requirement(requirement: frozenset[tuple[str, tuple[str, ...]]]) -> str:
    if not requirement:
        return "anonymous"
    return " + ".join(
        f"{name}{list(scopes) if scopes else ''}" for name, scopes in sorted(requirement)
    )


def _success(status: str) -> bool:
    return status.startswith("2") or status.lower() == "default"


def _param(key: tuple[str, str]) -> str:
    return f"{key[0]} parameter {key[1]!r}"
