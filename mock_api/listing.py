"""Answers of list operations: pages with an RFC 5988 `Link` header, and projection.

The vendor's current reference: every list pages with `limit` (1 to 1,000, default 1,000)
and `skip`, and names the neighbouring pages in `Link` (absolute URLs, the same query with
`skip` / `limit` set); `include` keeps `_id`, `name` and the listed fields, `exclude`
drops the listed ones; both at once is 400 `invalid_query_params`. An empty page is 204.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from mock_api.errors import api_error
from mock_api.responses import NO_CONTENT, Reply, json_reply
from mock_api.storage import dumps

MAX_LIMIT = 1000
BOTH_PROJECTIONS = (
    "Please provide either include or exclude param in the request query and not both."
)


@dataclass(frozen=True, slots=True)
class ListRules:
    """What the spec says about one list operation."""

    paging: str | None  # "link", "createdAt" or None (one flat list)
    projection: bool
    # Fields `exclude` never removes: `_id` and what the item schema requires, so that
    # every record still matches the documented schema.
    kept: frozenset[str]


@dataclass(frozen=True, slots=True)
class Window:
    skip: int
    limit: int


# Past any number of records SQLite can hold; a larger `skip` (valid: the spec sets no
# maximum) reads the same empty page.
MAX_SKIP = 2**62


def window(query: dict[str, Any]) -> Window:
    return Window(int(query.get("skip") or 0), int(query.get("limit") or MAX_LIMIT))


def sql_offset(win: Window) -> int:
    return min(win.skip, MAX_SKIP)


def check_projection(query: dict[str, Any]) -> None:
    if query.get("include") is not None and query.get("exclude") is not None:
        raise api_error(400, "invalid_query_params", BOTH_PROJECTIONS)


def list_reply(
    rules: ListRules | None,
    query: dict[str, Any],
    url: str,
    documents: Sequence[bytes],
    total: int | None = None,
    more: bool | None = None,
) -> Reply:
    """`documents`: the page, or the whole list to be cut here. The store already cut the
    page when `total` (the number of records) or `more` (whether records follow the page)
    is given. The stored texts are joined as they are unless a projection asks for less."""
    if rules is not None and rules.projection:
        check_projection(query)
    links: list[str] = []
    if rules is not None and rules.paging == "link":
        win = window(query)
        if more is None:
            if total is None:
                total = len(documents)
                documents = documents[win.skip : win.skip + win.limit]
            more = win.skip + win.limit < total
        if more:
            links.append(_link(url, query, win.skip + win.limit, win.limit, "next"))
        if win.skip > 0:
            links.append(_link(url, query, max(0, win.skip - win.limit), win.limit, "prev"))
    if not documents:
        return NO_CONTENT
    projected = query.get("include") is not None or query.get("exclude") is not None
    if rules is not None and rules.projection and projected:
        documents = [project(d, query, rules.kept) for d in documents]
    headers = ((b"link", ", ".join(links).encode()),) if links else ()
    return json_reply(200, b"[" + b",".join(documents) + b"]", headers)


def project(raw: bytes, query: dict[str, Any], kept: frozenset[str]) -> bytes:
    include, exclude = query.get("include"), query.get("exclude")
    if include is None and exclude is None:
        return raw
    document = json.loads(raw)
    if include is not None:
        wanted = {"_id", "name", *kept, *str(include).split(",")}
        return dumps(_only(document, [path.split(".") for path in wanted])).encode()
    for path in str(exclude).split(","):
        if path not in kept:
            _drop(document, path.split("."))
    return dumps(document).encode()


def _only(document: Any, paths: list[list[str]]) -> Any:
    if not isinstance(document, dict):
        return document
    result: dict[str, Any] = {}
    heads: dict[str, list[list[str]]] = {}
    for path in paths:
        heads.setdefault(path[0], []).append(path[1:])
    for name, rests in heads.items():
        if name not in document:
            continue
        if any(not rest for rest in rests):
            result[name] = document[name]
        else:
            result[name] = _only(document[name], rests)
    return result


def _drop(document: Any, path: list[str]) -> None:
    if not isinstance(document, dict) or path[0] not in document:
        return
    if len(path) == 1:
        del document[path[0]]
    else:
        _drop(document[path[0]], path[1:])


def _link(url: str, query: dict[str, Any], skip: int, limit: int, rel: str) -> str:
    params = {**{k: _text(v) for k, v in query.items() if v is not None}}
    params["skip"] = str(skip)
    params["limit"] = str(limit)
    return f'<{url}?{urlencode(params)}>; rel="{rel}"'


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
