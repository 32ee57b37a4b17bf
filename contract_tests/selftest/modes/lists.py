"""Broken lists: empty lists, limit, skip, Link, projection, query validation, flat templates."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import jsonschema_rs

from contract_tests import links, spec
from contract_tests.scenarios.query import as_sent
from contract_tests.selftest.middleware import Forward, Mode, Reply, Request


def _paged(request: Request) -> bool:
    operation = request.operation
    return (
        request.method == "GET"
        and operation is not None
        and spec.paging(spec.by_id(operation)) == "link"
    )


def _link_value(found: dict[str, links.PageLink]) -> str:
    return ", ".join(f'<{link.url}>; rel="{rel}"' for rel, link in found.items())


def _with_links(reply: Reply, found: dict[str, links.PageLink]) -> Reply:
    reply = reply.without_header("link")
    if found:
        reply.headers.append((b"link", _link_value(found).encode()))
    return reply


def _moved(link: links.PageLink, **changes: str) -> links.PageLink:
    query = {**link.query, **changes}
    base = link.url.split("?", 1)[0]
    return links.PageLink(link.rel, base + "?" + "&".join(f"{k}={v}" for k, v in query.items()))


class EmptyListAs200(Mode):
    rule = "lists.empty-204"
    description = "an empty list is answered 200 []"

    def response(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 204 and request.method == "GET":
            return replace(reply, status=200).with_json([])
        return reply


class NoContentWithBody(Mode):
    rule = "lists.empty-204"
    variant = "body"
    description = "204 answers carry a JSON body"

    def response(self, request: Request, reply: Reply) -> Reply:
        if reply.status == 204:
            return reply.with_json([])
        return reply


class ParameterIgnored(Mode):
    """The server drops one query parameter of the lists it applies to."""

    parameter: str = ""

    def applies(self, request: Request) -> bool:
        return _paged(request)

    def request(self, request: Request) -> Request:
        if self.applies(request) and self.parameter in request.params:
            kept = {k: v for k, v in request.params.items() if k != self.parameter}
            return request.with_params(kept)
        return request


class LimitIgnored(ParameterIgnored):
    rule = "paging.limit"
    description = "`limit` is ignored: every page holds up to 1,000 records"
    parameter = "limit"


class SkipIgnored(ParameterIgnored):
    rule = "paging.limit"
    variant = "skip-ignored"
    description = "`skip` is ignored: every page starts at the first record"
    parameter = "skip"


class NextSkipsARecord(Mode):
    rule = "paging.link"
    description = "the `next` link skips one record"

    def response(self, request: Request, reply: Reply) -> Reply:
        found = links.parse(reply.header("link"))
        if _paged(request) and "next" in found:
            skip = (found["next"].number("skip") or 0) + 1
            found["next"] = _moved(found["next"], skip=str(skip))
            return _with_links(reply, found)
        return reply


class RelativeLinks(Mode):
    rule = "paging.link"
    variant = "relative"
    description = "`Link` URLs are relative, not absolute"

    def response(self, request: Request, reply: Reply) -> Reply:
        found = links.parse(reply.header("link"))
        if found:
            relative = {
                rel: links.PageLink(rel, urlunsplit(("", "", *urlsplit(link.url)[2:])))
                for rel, link in found.items()
            }
            return _with_links(reply, relative)
        return reply


class NoPrev(Mode):
    rule = "paging.link"
    variant = "no-prev"
    description = "pages after the first have no `prev` link"

    def response(self, request: Request, reply: Reply) -> Reply:
        found = links.parse(reply.header("link"))
        if "prev" in found:
            found.pop("prev")
            return _with_links(reply, found)
        return reply


class NextOnLastPage(Mode):
    rule = "paging.link"
    variant = "next-on-last"
    description = "the last page still links to a `next` page (an empty one)"

    def response(self, request: Request, reply: Reply) -> Reply:
        found = links.parse(reply.header("link"))
        params = request.params
        if _paged(request) and reply.status == 200 and "next" not in found and "limit" in params:
            skip = int(params.get("skip") or 0) + int(params["limit"])
            base = f"http://{reply_host(request)}{request.path}"
            found["next"] = links.PageLink("next", f"{base}?skip={skip}&limit={params['limit']}")
            return _with_links(reply, found)
        return reply


def reply_host(request: Request) -> str:
    return request.header("host") or "127.0.0.1"


class UnstableOrder(Mode):
    rule = "paging.link"
    variant = "unstable-order"
    description = "each answer lists the records in another order"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        if _paged(request) and isinstance(body, list) and len(body) > 1:
            shuffled = list(body)
            while shuffled == body:
                random.shuffle(shuffled)
            return reply.with_json(shuffled)
        return reply


def _projecting(request: Request) -> bool:
    operation = request.operation
    return (
        request.method == "GET" and operation is not None and spec.projects(spec.by_id(operation))
    )


class ProjectionIgnored(ParameterIgnored):
    def applies(self, request: Request) -> bool:
        return _projecting(request)


class IncludeIgnored(ProjectionIgnored):
    rule = "projection.fields"
    description = "`include` is ignored: whole records come back"
    parameter = "include"


class ExcludeIgnored(ProjectionIgnored):
    rule = "projection.fields"
    variant = "exclude-ignored"
    description = "`exclude` is ignored: whole records come back"
    parameter = "exclude"


class GetByIdProjected(Mode):
    rule = "projection.fields"
    variant = "get-by-id"
    description = "get-by-id applies `include` too"

    def response(self, request: Request, reply: Reply) -> Reply:
        body = reply.json()
        include = request.params.get("include")
        operation = request.operation or ""
        if (
            include
            and operation.startswith("get")
            and isinstance(body, dict)
            and reply.status == 200
        ):
            wanted = {"_id", "name", *include.split(",")}
            return reply.with_json({k: v for k, v in body.items() if k in wanted})
        return reply


class BothProjectionsAllowed(Mode):
    rule = "projection.not-both"
    description = "`include` and `exclude` together: `exclude` is dropped, no 400"

    def request(self, request: Request) -> Request:
        params = request.params
        if _projecting(request) and "include" in params and "exclude" in params:
            return request.with_params({k: v for k, v in params.items() if k != "exclude"})
        return request


class InvalidQueryDropped(Mode):
    rule = "query.invalid-400"
    description = "query values their schema forbids are dropped instead of answered 400"

    def request(self, request: Request) -> Request:
        operation = request.operation
        if operation is None or not request.params:
            return request
        schemas = spec.query_parameters(spec.by_id(operation))
        kept = {}
        for name, text in request.params.items():
            schema = schemas.get(name)
            valid = schema is None or jsonschema_rs.validator_for(
                schema, validate_formats=True
            ).is_valid(as_sent(schema, text))
            if valid:
                kept[name] = text
        return request.with_params(kept)


class TemplatesPaged(Mode):
    rule = "templates.flat-list"
    description = "templates page like the other lists (`limit`, `Link`)"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        body = reply.json()
        limit = request.params.get("limit", "")
        if (
            request.operation != "listTemplates"
            or not limit.isdigit()
            or not isinstance(body, list)
        ):
            return reply
        size = int(limit)
        page: list[Any] = body[:size]
        reply = reply.with_json(page)
        if len(body) > size:
            url = f"http://{reply_host(request)}{request.path}?skip={size}&limit={size}"
            reply.headers.append((b"link", f'<{url}>; rel="next"'.encode()))
        return reply


MODES = (
    EmptyListAs200,
    NoContentWithBody,
    LimitIgnored,
    SkipIgnored,
    NextSkipsARecord,
    RelativeLinks,
    NoPrev,
    NextOnLastPage,
    UnstableOrder,
    IncludeIgnored,
    ExcludeIgnored,
    GetByIdProjected,
    BothProjectionsAllowed,
    InvalidQueryDropped,
    TemplatesPaged,
)
