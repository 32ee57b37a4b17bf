"""The RFC 8288 `Link` header of a list page: its `next` and `prev` URLs and their query."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from requests.utils import parse_header_links


@dataclass(frozen=True)
class PageLink:
    rel: str
    url: str

    @property
    def absolute(self) -> bool:
        parts = urlsplit(self.url)
        return parts.scheme in ("http", "https") and bool(parts.netloc)

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.url).query, keep_blank_values=True))

    def number(self, name: str) -> int | None:
        value = self.query.get(name)
        return int(value) if value is not None and value.isdigit() else None


def parse(value: str | None) -> dict[str, PageLink]:
    """rel -> link; an absent or empty header is {}."""
    if not value or not value.strip():
        return {}
    found: dict[str, PageLink] = {}
    for item in parse_header_links(value):
        rel, url = item.get("rel"), item.get("url")
        if rel and url:
            found[rel] = PageLink(rel, url)
    return found
