"""Every paged list: empty is 204, `limit` / `skip` are honoured, following `Link` from the
first page yields every record exactly once and `prev` / `next` agree."""

from __future__ import annotations

import math
from collections import Counter
from functools import partial
from itertools import pairwise

from contract_tests.scenarios import walk
from contract_tests.scenarios.base import declare, described
from contract_tests.scenarios.listings import LISTINGS, Listing
from contract_tests.session import Session

RECORDS = 5
# Far past the end of any list: an empty page.
BEYOND = "1000000"


def empty_list_is_204(s: Session, listing: Listing) -> None:
    if listing.nested:
        # A fresh parent has an empty list (its parent is the first resource filling makes).
        filled = listing.fill(s, 0)
        if filled is None:
            return
        response = s.send(listing.operation, path=filled.path)
        why = "the list of a parent made a moment ago"
    else:
        response = s.send(listing.operation, query={"skip": BEYOND})
        why = f"a page past the end (skip={BEYOND})"
    s.expect(
        response.status_code == 204 and not response.content,
        f"{why} is empty: expected 204 without a body, got {described(response)} "
        f"{response.content[:80]!r}",
        response,
        listing.operation,
    )


def _expect_each_once(
    s: Session, listing: Listing, walked: walk.Walk, ours: list[str], how: str
) -> None:
    counts = Counter(walked.ids)
    missing = [item for item in ours if counts[item] == 0]
    repeated = sorted(str(item) for item, count in counts.items() if count > 1)
    s.expect(
        not missing and not repeated and not walked.truncated,
        f"{how}: every record exactly once; missing {missing}, repeated {repeated}"
        + (f", still a `next` after {walk.MAX_PAGES} pages" if walked.truncated else ""),
        walked.last,
        listing.operation,
    )


def paging_follows_links(s: Session, listing: Listing) -> None:
    filled = listing.fill(s, RECORDS)
    if filled is None:
        return
    whole = walk.every_id(s, listing.operation, filled.path, key=listing.key)
    _expect_each_once(s, listing, whole, filled.ids, "the list at the default limit")
    limit = max(2, math.ceil(len(whole.ids) / RECORDS))
    paged = walk.every_id(
        s, listing.operation, filled.path, key=listing.key, query={"limit": str(limit)}
    )
    how = f"following `next` from the first page at limit={limit}"
    _expect_each_once(s, listing, paged, filled.ids, how)
    s.expect(
        paged.ids == whole.ids,
        f"{how} must give the records of the whole list in the same order",
        paged.last,
        listing.operation,
    )
    s.expect(
        len(paged.pages) == max(1, math.ceil(len(whole.ids) / limit)),
        f"{how}: {len(whole.ids)} records took {len(paged.pages)} pages (the last one must have "
        "no `next`)",
        paged.last,
        listing.operation,
    )
    for earlier, page in pairwise(paged.pages):
        prev = page.links.get("prev")
        if not s.expect(
            prev is not None,
            "a page after the first has no `prev`",
            page.response,
            listing.operation,
        ):
            continue
        assert prev is not None
        back = walk.page_of(s.follow(listing.operation, prev.url), listing.key)
        s.expect(
            back.ids == earlier.ids,
            f"`prev` must lead back to the page whose `next` led here: {back.ids} != {earlier.ids}",
            back.response,
            listing.operation,
        )


def paging_limit_and_skip(s: Session, listing: Listing) -> None:
    filled = listing.fill(s, RECORDS)
    if filled is None:
        return
    everything = walk.every_id(s, listing.operation, filled.path, key=listing.key).ids
    for limit, skip in ((1, 0), (3, 0), (2, 2), (2, len(everything) - 1)):
        response = s.send(
            listing.operation, path=filled.path, query={"limit": str(limit), "skip": str(skip)}
        )
        page = walk.page_of(response, listing.key).ids
        s.expect(
            page == everything[skip : skip + limit],
            f"limit={limit} skip={skip} must answer records {skip} to {skip + limit - 1} of the "
            f"list ({everything[skip : skip + limit]}), got {page}",
            response,
            listing.operation,
        )


for _listing in LISTINGS:
    declare(
        f"empty_list_is_204_{_listing.name}",
        partial(empty_list_is_204, listing=_listing),
        ("lists.empty-204",),
        _listing.operations,
        needs=_listing.needs,
    )
    declare(
        f"paging_follows_links_{_listing.name}",
        partial(paging_follows_links, listing=_listing),
        ("paging.link",),
        _listing.operations,
        needs=_listing.needs,
    )
    declare(
        f"paging_limit_and_skip_{_listing.name}",
        partial(paging_limit_and_skip, listing=_listing),
        ("paging.limit",),
        _listing.operations,
        needs=_listing.needs,
    )
