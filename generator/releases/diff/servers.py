"""Server lists: the client's `region=` choices and its default base URL come from them."""

from __future__ import annotations

from typing import Any

from generator.releases.diff.model import (
    Area,
    Change,
    additive,
    breaking,
    cosmetic,
    possibly_breaking,
)


def server_changes(
    old: Any, new: Any, location: str, operations: tuple[str, ...] = ()
) -> list[Change]:
    before = [s for s in old or [] if isinstance(s, dict)]
    after = [s for s in new or [] if isinstance(s, dict)]
    if before == after:
        return []
    changes: list[Change] = []
    old_urls = [s.get("url") for s in before]
    new_urls = [s.get("url") for s in after]
    for url in old_urls:
        if url not in new_urls:
            changes.append(
                breaking(
                    Area.SERVERS, "server-removed", location, f"server {url} removed", operations
                )
            )
    for url in new_urls:
        if url not in old_urls:
            changes.append(
                additive(Area.SERVERS, "server-added", location, f"server {url} added", operations)
            )
    if old_urls and new_urls and old_urls[0] != new_urls[0]:
        changes.append(
            breaking(
                Area.SERVERS, "default-server-changed", location,
                f"default server {old_urls[0]} -> {new_urls[0]}", operations,
            )
        )  # fmt: skip
    old_by_url = {s.get("url"): s for s in before}
    for server in after:
        was = old_by_url.get(server.get("url"))
        if was is None:
            continue
        if was.get("variables") != server.get("variables"):
            changes.append(
                possibly_breaking(
                    Area.SERVERS, "server-variables-changed", location,
                    f"variables of {server.get('url')} changed", operations,
                )
            )  # fmt: skip
        elif was != server:
            changes.append(
                cosmetic(
                    Area.SERVERS, "description-changed", location,
                    f"description of {server.get('url')} edited", operations,
                )
            )  # fmt: skip
    if not changes:  # the same servers, only reordered after the first
        changes.append(
            possibly_breaking(
                Area.SERVERS, "servers-reordered", location, "servers reordered", operations
            )
        )
    return changes
