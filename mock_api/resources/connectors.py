"""Connectors (Integration Apps): a unique handle from the name; licenses go with them."""

from __future__ import annotations

from typing import Any

from mock_api.calls import Call
from mock_api.documents import slug
from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Resource, Write
from mock_api.errors import unprocessable
from mock_api.storage import dumps

TRIAL_FIELDS = ("trialPeriod", "_trialLicenseId")


def trial_needs_period_and_license(write: Write) -> None:
    if write.document.get("trialEnabled") is True:
        for name in TRIAL_FIELDS:
            if name not in write.document:
                raise unprocessable(
                    "missing_required_field",
                    f"{name} is required when trialEnabled is true.",
                    name,
                )


def starts_without_installs(write: Write) -> None:
    write.document["handle"] = ""  # chosen when stored: see insert_with_unique_handle
    write.document["numInstalls"] = 0


def handle_candidates(name: str, connector_id: str) -> tuple[str, ...]:
    """The slug of the name, made unique with part of the id and, as a last resort, all of it."""
    base = slug(name)
    return (base, f"{base}-{connector_id[-6:]}", f"{base}-{connector_id}")


def insert_with_unique_handle(write: Write, secrets: dict[str, Any]) -> str:
    call, document = write.call, write.document
    candidates = handle_candidates(document["name"], document["_id"])
    for handle in candidates:
        # The last candidate is always tried: the hint may be stale after a restart.
        if handle != candidates[-1] and call.store.handle_known_taken(handle):
            continue
        document["handle"] = handle
        text = dumps(document)
        if call.store.insert_connector(call.owner, document["_id"], handle, text):
            return text
    # The last candidate contains the connector's unique id, so this cannot happen.
    raise RuntimeError(f"no free handle for connector {document['_id']}")


def delete_with_licenses(call: Call, connector_id: str) -> bool:
    # Existing installs are left alone (the API says so); the licenses go with the connector.
    return call.store.delete_connector(call.owner, connector_id)


CONNECTORS = serve(
    Resource(
        name="connectors",
        schema="Connector",
        operations=Operations(
            list="listConnectors",
            create="createConnector",
            get="getConnectorById",
            update="updateConnector",
            delete="deleteConnector",
        ),
        on_create=(starts_without_installs,),
        checks=(trial_needs_period_and_license,),
        insert=insert_with_unique_handle,
        remove=delete_with_licenses,
    )
)
