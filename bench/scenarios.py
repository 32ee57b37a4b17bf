"""What is measured: three requests, each with the target ratio the issue sets."""

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


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("GET list", "GET", "/v1/connectors", None, 5.0, 200),
    Scenario("GET by id", "GET", "/v1/connectors/{id}", None, 5.0, 200),
    Scenario("POST create", "POST", "/v1/connectors", CREATE_BODY, 3.0, 201),
)
