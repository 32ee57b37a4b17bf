"""What is measured: three requests, each with the target ratio the issue sets, and paging
through a long list by following `Link`."""

from __future__ import annotations

import json
from dataclasses import dataclass

CREATE_BODY = json.dumps(
    {
        "name": "Bench connector",
        "description": "Created by python -m bench",
        "published": True,
        "applications": ["netsuite", "shopify"],
        "contactEmail": "partner@example.com",
    }
)

# The list the GET-list scenario reads on the mock (Prism answers from the spec's schema).
SEEDED_CONNECTORS = 10


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    method: str
    path: str
    body: str | None
    # Minimum mock/Prism requests-per-second ratio, with a lower p99 required as well.
    target_ratio: float
    expected_status: int


# Paging: this many flows, read `PAGE_LIMIT` at a time from the first page on, each request
# asking for the page the previous answer's `Link: rel="next"` names.
PAGED_FLOWS = 10_000
PAGE_LIMIT = 1000
PAGING_PATH = f"/v1/flows?limit={PAGE_LIMIT}"
PAGING_NAME = "GET 10,000 flows by Link"

SCENARIOS: tuple[Scenario, ...] = (
    Scenario("GET list", "GET", "/v1/connectors", None, 5.0, 200),
    Scenario("GET by id", "GET", "/v1/connectors/{id}", None, 5.0, 200),
    Scenario("POST create", "POST", "/v1/connectors", CREATE_BODY, 3.0, 201),
)
