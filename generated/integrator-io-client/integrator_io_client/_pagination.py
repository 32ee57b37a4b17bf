# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Lists that page themselves.

A list operation the spec marks `x-paging` returns a page object: its `items` are the
records of one answer, and iterating the page yields every record of every page, asking for
the next page only when iteration reaches it. `has_next_page()`, `next_page()` and
`iter_pages()` give control page by page. Every page is a request like any other: the
client's retries and rate limiter apply to each, and each uses the options (timeout,
max_retries, extra_headers) of the call that asked for the first.

How the next page is found (`x-paging`):
* `link`: the answer's `Link: <...>; rel="next"` header. Its query (`skip`, `limit` and
  the filters) is sent to the same path of the client's own server: the token never goes
  to a host the link names, and a reverse proxy in front of the API does not matter.
* `createdAt` (jobs): newest first, up to CREATED_AT_PAGE_SIZE records a page and no
  cursor; a full page means there may be more, asked for with `createdAt_lte` set to the
  last record's `createdAt` minus 1 ms. A shorter page is the last.

An empty list (204) is an empty page with no next page.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._datetime import format_datetime
from ._logging import logger
from ._response import RawResponse
from .errors import NoNextPageError

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore, Timeout

T = TypeVar("T")
Parse = Callable[[httpx.Response], list[T]]


@dataclass(frozen=True)
class PageRequest:
    """What is asked for one page: the first call's path and options, this page's query."""

    method: str
    path: str
    params: Mapping[str, Any]
    timeout: Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None


class Paging:
    """How a list finds its next page (one subclass per `x-paging` kind)."""

    def first_params(self, params: Mapping[str, Any]) -> Mapping[str, Any]:
        """The query of the first page, adjusted so that the next one can be found."""
        return params

    def next_params(self, request: PageRequest, response: httpx.Response, items: list[Any]) -> Mapping[str, Any] | None:
        """The query of the next page, or None after the last."""
        raise NotImplementedError


class LinkPaging(Paging):
    def next_params(self, request: PageRequest, response: httpx.Response, items: list[Any]) -> Mapping[str, Any] | None:
        url = (response.links.get("next") or {}).get("url")
        if not url or not items:
            return None
        query = httpx.URL(url).params
        if query == httpx.QueryParams(request.params):
            # A server that names the page it answered as the next one would page forever.
            logger.warning("%s %s: the Link header's next page is this page; stopping", request.method, request.path)
            return None
        return {key: _one_or_all(query.get_list(key)) for key in query}


class CreatedAtPaging(Paging):
    def __init__(self, page_size: int, attribute: str, field: str = "createdAt", cursor: str = "createdAt_lte") -> None:
        self.page_size = page_size
        self.attribute = attribute  # the records' attribute for `field`
        self.field = field
        self.cursor = cursor

    def first_params(self, params: Mapping[str, Any]) -> Mapping[str, Any]:
        # The next page needs the last record's date: a projection must keep it.
        include, exclude = params.get("include"), params.get("exclude")
        if include is not None and self.field not in str(include).split(","):
            return {**params, "include": f"{include},{self.field}"}
        if exclude is not None and self.field in str(exclude).split(","):
            raise ValueError(f"cannot page without `{self.field}`: leave it out of exclude=")
        return params

    def next_params(self, request: PageRequest, response: httpx.Response, items: list[Any]) -> Mapping[str, Any] | None:
        if len(items) < self.page_size:
            return None
        created = getattr(items[-1], self.attribute)
        if not isinstance(created, datetime.datetime):
            raise ValueError(
                f"{request.method} {request.path}: the page's last record has no `{self.field}` to ask for the next page with"
            )
        before = created - datetime.timedelta(milliseconds=1)
        return {**request.params, self.cursor: format_datetime(before)}


LINK_PAGING = LinkPaging()


def _one_or_all(values: list[str]) -> str | list[str]:
    return values[0] if len(values) == 1 else values


class _Page(Generic[T]):
    def __init__(
        self, paging: Paging, request: PageRequest, parse: Parse[T], response: httpx.Response, items: list[T]
    ) -> None:
        self.items = items
        self.http_response = response
        self._paging = paging
        self._request = request
        self._parse = parse
        self._next: Mapping[str, Any] | None = paging.next_params(request, response, items)

    def has_next_page(self) -> bool:
        """Whether there is a page after this one (asking for it is up to next_page())."""
        return self._next is not None

    def _next_request(self) -> PageRequest:
        if self._next is None:
            raise NoNextPageError("this is the last page; check has_next_page() before next_page()")
        return replace(self._request, params=self._next)

    def __repr__(self) -> str:
        more = ", more pages" if self.has_next_page() else ""
        return f"<{type(self).__name__} of {len(self.items)} {_noun(self.items)}{more}>"


def _noun(items: list[Any]) -> str:
    return f"{type(items[0]).__name__} records" if items else "records"


class SyncPage(_Page[T]):
    """One page of a list; iterating it yields every item of every page.

    `items` holds this page's records. `next_page()` asks for the next page,
    `iter_pages()` yields this page and each next one, `has_next_page()` says whether there
    is one. `list(page)` reads the whole list; `for item in page` reads page by page.
    """

    def __init__(
        self,
        core: SyncCore,
        paging: Paging,
        request: PageRequest,
        parse: Parse[T],
        response: httpx.Response,
        items: list[T],
    ) -> None:
        super().__init__(paging, request, parse, response, items)
        self._core = core

    def next_page(self) -> SyncPage[T]:
        """Ask for the next page; raises NoNextPageError on the last page."""
        return fetch_page(self._core, self._paging, self._next_request(), self._parse).parse()

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """One page of a list on the async client; `async for` yields every item of every page.

    As SyncPage, with `await page.next_page()` and `async for page in page.iter_pages()`.
    """

    def __init__(
        self,
        core: AsyncCore,
        paging: Paging,
        request: PageRequest,
        parse: Parse[T],
        response: httpx.Response,
        items: list[T],
    ) -> None:
        super().__init__(paging, request, parse, response, items)
        self._core = core

    async def next_page(self) -> AsyncPage[T]:
        """Ask for the next page; raises NoNextPageError on the last page."""
        return (await async_fetch_page(self._core, self._paging, self._next_request(), self._parse)).parse()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def _all_items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._all_items()


class AsyncPaginator(Generic[T]):
    """What a list method of the async client returns: `await` it for the first page
    (an AsyncPage), or `async for item in client.flows.list()` for every item of every page.
    Each await or iteration asks for the first page anew."""

    def __init__(self, fetch: Callable[[], Awaitable[RawResponse[AsyncPage[T]]]]) -> None:
        self._fetch = fetch

    async def _first(self) -> AsyncPage[T]:
        return (await self._fetch()).parse()

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def _all_items(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._all_items()


def fetch_page(core: SyncCore, paging: Paging, request: PageRequest, parse: Parse[T]) -> RawResponse[SyncPage[T]]:
    raw = core.request(
        request.method,
        request.path,
        parse,
        params=request.params,
        timeout=request.timeout,
        max_retries=request.max_retries,
        extra_headers=request.extra_headers,
    )
    return RawResponse(
        raw.http_response, lambda response: SyncPage(core, paging, request, parse, response, parse(response))
    )


async def async_fetch_page(
    core: AsyncCore, paging: Paging, request: PageRequest, parse: Parse[T]
) -> RawResponse[AsyncPage[T]]:
    raw = await core.request(
        request.method,
        request.path,
        parse,
        params=request.params,
        timeout=request.timeout,
        max_retries=request.max_retries,
        extra_headers=request.extra_headers,
    )
    return RawResponse(
        raw.http_response, lambda response: AsyncPage(core, paging, request, parse, response, parse(response))
    )


def first_page(
    core: SyncCore,
    paging: Paging,
    method: str,
    path: str,
    parse: Parse[T],
    *,
    params: Mapping[str, Any],
    timeout: Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
) -> RawResponse[SyncPage[T]]:
    request = PageRequest(method, path, paging.first_params(params), timeout, max_retries, extra_headers)
    return fetch_page(core, paging, request, parse)


async def async_first_page(
    core: AsyncCore,
    paging: Paging,
    method: str,
    path: str,
    parse: Parse[T],
    *,
    params: Mapping[str, Any],
    timeout: Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
) -> RawResponse[AsyncPage[T]]:
    request = PageRequest(method, path, paging.first_params(params), timeout, max_retries, extra_headers)
    return await async_fetch_page(core, paging, request, parse)
