"""Realistic documents: every field of the spec's Connector and Flow schemas, nested ones too."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SPEC = Path(__file__).resolve().parent.parent / "specs" / "openapi.json"
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
# Fields the server sets; a create request must leave them out.
READ_ONLY = ("_id", "handle", "lastModified", "numInstalls")


def _object_id(kind: int, index: int) -> str:
    """A 24-hex-digit id like the API's, distinct per kind and index."""
    return f"{0x5E030000 + kind:08x}{index:016x}"


def connector(index: int) -> dict[str, Any]:
    """Connector number `index`, as the API answers it (all fields, dates with milliseconds)."""
    modified = _EPOCH + timedelta(minutes=7 * index, milliseconds=index % 1000)
    return {
        "_id": _object_id(1, index),
        "_integrationId": _object_id(2, index),
        "_stackId": _object_id(3, index),
        "_trialLicenseId": _object_id(4, index),
        "_sharedExportIds": [_object_id(5, index * 3 + k) for k in range(3)],
        "_sharedImportIds": [_object_id(6, index * 2 + k) for k in range(2)],
        "_iClientIdMap": [
            {
                "_id": _object_id(7, index),
                "_iClientIds": [_object_id(8, index * 2 + k) for k in range(2)],
                "connection": {"type": "http"},
            },
            {"_id": True, "_iClientIds": [], "connection": {"type": "netsuite"}},
        ],
        "name": f"Shop Sync {index}",
        "description": f"Keeps orders, customers and inventory in step (connector {index}).",
        "applications": ["netsuite", "shopify"],
        "contactEmail": "partner@example.com",
        "externalInstallerFunction": "installWithExternalApp",
        "handle": f"shop-sync-{index}",
        "imageURL": f"https://cdn.example.com/connectors/{index}.png",
        "installerFunction": "onInstall",
        "lastModified": modified.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "legacyId": f"legacy-{index}",
        "managed": index % 2 == 0,
        "numInstalls": index % 250,
        "oAuthServerFlow": {"_iClientId": _object_id(9, index), "putConnection": True},
        "preUninstallFunction": "beforeUninstall",
        "published": index % 3 != 0,
        "repository": {"name": f"github.com/example/shop-sync-{index}"},
        "trialEnabled": True,
        "trialPeriod": 30,
        "uninstallerFunction": "onUninstall",
        "updateFunction": "onUpdate",
        "websiteURL": "https://example.com/shop-sync",
    }


def connectors_json(count: int) -> bytes:
    """The body of a list response with `count` connectors, as compact as a server sends it."""
    return json.dumps([connector(i) for i in range(count)], separators=(",", ":")).encode()


def create_body(index: int) -> dict[str, Any]:
    """A create request for connector `index`: every writable field."""
    body = connector(index)
    for name in READ_ONLY:
        body.pop(name)
    return body


def flow(index: int) -> dict[str, Any]:
    """Flow number `index`, as the API answers it: an orchestrated flow with one page
    generator and two page processors (a lookup and an import with a response mapping)."""
    created = _EPOCH + timedelta(minutes=3 * index, milliseconds=index % 1000)
    return {
        "_id": _object_id(10, index),
        "_integrationId": _object_id(2, index // 10),
        "_connectorId": _object_id(1, index // 100),
        "_exportId": _object_id(11, index),
        "_importId": _object_id(12, index),
        "name": f"Orders to NetSuite {index}",
        "description": f"Moves new orders every hour (flow {index}).",
        "disabled": index % 7 == 0,
        "schedule": "? 0 * ? * *",
        "timezone": "America/Los_Angeles",
        "skipRetries": False,
        "pageGenerators": [
            {"_id": _object_id(13, index), "_exportId": _object_id(11, index), "skipRetries": False}
        ],
        "pageProcessors": [
            {"type": "export", "_exportId": _object_id(14, index), "proceedOnFailure": True},
            {
                "type": "import",
                "_importId": _object_id(12, index),
                "proceedOnFailure": False,
                "responseMapping": {
                    "fields": [{"extract": "id", "generate": "netsuiteId"}],
                    "lists": [],
                },
            },
        ],
        "lastExecutedAt": _iso(created + timedelta(days=30)),
        "createdAt": _iso(created),
        "lastModified": _iso(created + timedelta(days=1)),
    }


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def missing_fields(spec: Path = SPEC) -> list[str]:
    """Properties of the spec's Connector and Flow schemas that `connector()` / `flow()` do
    not fill in; the benchmark refuses to run on documents that do not exercise whole models."""
    schemas = json.loads(spec.read_text(encoding="utf-8"))["components"]["schemas"]
    missing = []
    for name, document in (("Connector", connector(0)), ("Flow", flow(0))):
        missing += [f"{name}.{p}" for p in sorted(set(schemas[name]["properties"]) - set(document))]
    return missing
