"""List answers: pages sized by `limit`, consistent `Link` headers, projection, empty is 204."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response

from contract_tests import http, links, spec
from contract_tests.checks.base import (
    operation_of,
    query_int,
    query_text,
    response_check,
    successful_json,
)

DEFAULT_LIMIT = 1000
PAGING_KEYS = ("skip", "limit")


def _paged(case: Case[Any]) -> spec.Operation | None:
    operation = operation_of(case)
    return operation if operation is not None and spec.paging(operation) == "link" else None


@response_check("paging.limit")
def page_respects_limit(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A page holds at most `limit` records (1,000 without one); a page with a `next` is full."""
    operation = _paged(case)
    body = successful_json(response, case)
    if operation is None or not isinstance(body, list):
        return None
    limit = query_int(case, "limit") or DEFAULT_LIMIT
    if len(body) > limit:
        raise AssertionError(f"a page of limit {limit} holds {len(body)} records")
    if "next" in links.parse(http.header(response, "link")) and len(body) != limit:
        raise AssertionError(
            f"a page with a `next` link must be full: {len(body)} records for limit {limit}"
        )
    return None


def link_problems(
    found: dict[str, links.PageLink], path: str, query: dict[str, str], skip: int, limit: int
) -> list[str]:
    problems = []
    expected_skips = {"next": skip + limit, "prev": max(0, skip - limit)}
    others = {k: v for k, v in query.items() if k not in PAGING_KEYS}
    for rel, link in found.items():
        if rel not in expected_skips:
            problems.append(f"unexpected rel={rel!r}")
            continue
        if not link.absolute:
            problems.append(f"{rel} link {link.url!r} is not an absolute URL")
        if link.path != path:
            problems.append(f"{rel} link points at {link.path!r}, not at the list {path!r}")
        if link.number("skip") != expected_skips[rel] or link.number("limit") != limit:
            problems.append(
                f"{rel} link asks for skip={link.query.get('skip')} limit={link.query.get('limit')}, "
                f"expected skip={expected_skips[rel]} limit={limit}"
            )
        kept = {k: v for k, v in link.query.items() if k not in PAGING_KEYS and k in others}
        if kept != others:
            problems.append(f"{rel} link drops or changes the query: {kept} instead of {others}")
    if skip > 0 and "prev" not in found:
        problems.append(f"a page after the first (skip={skip}) has no `prev` link")
    if skip == 0 and "prev" in found:
        problems.append("the first page has a `prev` link")
    return problems


@response_check("paging.link")
def link_header_is_consistent(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """`next` / `prev` are absolute URLs of the same list, one `limit` away, with the same query."""
    operation = _paged(case)
    body = successful_json(response, case)
    if operation is None or not isinstance(body, list):
        return None
    found = links.parse(http.header(response, "link"))
    # Links repeat the documented parameters; the API ignores any others, and so may they.
    documented = spec.query_parameters(operation)
    query = {
        name: text
        for name in (case.query or {})
        if name in documented and (text := query_text(case, name)) is not None
    }
    problems = link_problems(
        found,
        case.formatted_path,
        query,
        query_int(case, "skip") or 0,
        query_int(case, "limit") or DEFAULT_LIMIT,
    )
    if problems:
        raise AssertionError("Link header: " + "; ".join(problems))
    return None


@response_check("templates.flat-list")
def unpaged_list_has_no_link(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A list documented as one flat list (templates) never sends a `Link` to another page."""
    operation = operation_of(case)
    if operation is None or spec.paging(operation) is not None:
        return None
    if spec.list_item_schema(operation) is None or response.status_code != 200:
        return None
    if links.parse(http.header(response, "link")):
        raise AssertionError(
            f"{operation.label} is one flat list, but the answer links to other pages: "
            f"{http.header(response, 'link')!r}"
        )
    return None


@response_check("lists.empty-204")
def empty_list_is_no_content(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """An empty list (or page, or set of state keys) is 204 without a body, never 200 `[]`."""
    body = successful_json(response, case)
    if response.status_code != 200 or body is None:
        return None
    operation = operation_of(case)
    if operation is None or "204" not in operation.status_codes:
        return None
    empty_keys = isinstance(body, dict) and set(body) == {"keys"} and body["keys"] == []
    if body == [] or empty_keys:
        raise AssertionError(f"an empty list must be answered 204 without a body, got 200 {body}")
    return None


KEEP_WHOLE: dict[str, Any] = {}


def _tree(paths: list[str]) -> dict[str, Any]:
    """Dot paths as a tree; a leaf (KEEP_WHOLE) keeps the whole value."""
    tree: dict[str, Any] = {}
    for path in paths:
        node = tree
        parts = path.split(".")
        for index, part in enumerate(parts):
            if node.get(part) is KEEP_WHOLE:
                break
            if index == len(parts) - 1:
                node[part] = KEEP_WHOLE
            else:
                node = node.setdefault(part, {})
    return tree


def _beyond(value: Any, tree: dict[str, Any], where: str) -> list[str]:
    """Keys of `value` that an include tree does not ask for."""
    if not isinstance(value, dict):
        return []
    problems = []
    for key, child in value.items():
        if key not in tree:
            problems.append(f"{where}{key}")
        elif tree[key] is not KEEP_WHOLE:
            problems += _beyond(child, tree[key], f"{where}{key}.")
    return problems


def _has_path(value: Any, path: list[str]) -> bool:
    for part in path:
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return True


def projection_problems(
    items: list[Any], operation: spec.Operation, query: dict[str, str]
) -> list[str]:
    item_schema = spec.list_item_schema(operation)
    required = spec.required_fields(item_schema)
    has_id = "_id" in spec.schema_properties(item_schema)
    problems: list[str] = []
    include, exclude = query.get("include"), query.get("exclude")
    if include:
        tree = _tree([*include.split(","), "_id", "name", *required])
        for item in items:
            extra = _beyond(item, tree, "")
            if extra:
                problems.append(
                    f"include={include} answered fields not asked for: {', '.join(extra[:5])}"
                )
                break
    if exclude:
        for path in exclude.split(","):
            parts = path.split(".")
            if parts == ["_id"] or (len(parts) == 1 and path in required):
                continue
            if any(_has_path(item, parts) for item in items):
                problems.append(f"exclude={exclude} still answered `{path}`")
    if has_id and any(isinstance(item, dict) and "_id" not in item for item in items):
        problems.append("a projected record lost its `_id`, which is always returned")
    return problems


@response_check("projection.fields")
def projection_is_honoured(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """`include` keeps `_id`, `name`, the required and the listed fields; `exclude` drops the
    listed ones (never `_id` or a required one)."""
    operation = operation_of(case)
    body = successful_json(response, case)
    if operation is None or not spec.projects(operation) or not isinstance(body, list):
        return None
    query = {name: text for name in ("include", "exclude") if (text := query_text(case, name))}
    if not query or len(query) == 2:
        return None
    problems = projection_problems(body, operation, query)
    if problems:
        raise AssertionError("; ".join(problems))
    return None
