"""Reading a whole list the way a client does: the first page, then each `next` link."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from contract_tests import links
from contract_tests.scenarios.base import json_of
from contract_tests.session import Session

# A live account may hold many records; a walk stops after this many pages.
MAX_PAGES = 200


@dataclass
class Page:
    response: httpx.Response
    records: list[dict[str, Any]]
    key: str
    links: dict[str, links.PageLink]

    @property
    def ids(self) -> list[Any]:
        return [record.get(self.key) for record in self.records]


@dataclass
class Walk:
    pages: list[Page] = field(default_factory=list)
    # Stopped with a `next` still ahead: after MAX_PAGES, or at a page already visited.
    truncated: bool = False

    @property
    def ids(self) -> list[Any]:
        return [item for page in self.pages for item in page.ids]

    @property
    def last(self) -> httpx.Response:
        return self.pages[-1].response

    def record(self, identity: Any) -> dict[str, Any] | None:
        for page in self.pages:
            for record in page.records:
                if record.get(page.key) == identity:
                    return record
        return None


def page_of(response: httpx.Response, key: str) -> Page:
    body = json_of(response) if response.status_code == 200 else []
    records = [item for item in body if isinstance(item, dict)] if isinstance(body, list) else []
    return Page(response, records, key, links.parse(response.headers.get("link")))


def every_id(
    s: Session,
    operation_id: str,
    path: dict[str, str] | None = None,
    *,
    token: str | None = "",
    key: str = "_id",
    query: dict[str, str] | None = None,
) -> Walk:
    """Every page of a list from the first, following `next` until there is none."""
    walked = Walk()
    response = s.send(operation_id, path=path, token=token, query=query)
    walked.pages.append(page_of(response, key))
    visited: set[str] = set()
    while "next" in walked.pages[-1].links and response.status_code == 200:
        url = walked.pages[-1].links["next"].url
        if len(walked.pages) >= MAX_PAGES or url in visited:
            walked.truncated = True
            break
        visited.add(url)
        response = s.follow(operation_id, url, token=token)
        walked.pages.append(page_of(response, key))
    return walked
