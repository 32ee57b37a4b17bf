"""Rules several resources share."""

from __future__ import annotations

import hashlib

from mock_api.calls import Call
from mock_api.engine.resource import AfterDelete, Rule, Write


def api_identifier(prefix: str) -> Rule:
    """`apiIdentifier` is system generated: the prefix and ten hex digits, new for a copy."""

    def new_api_identifier(write: Write) -> None:
        digest = hashlib.sha1(write.document["_id"].encode()).hexdigest()
        write.document["apiIdentifier"] = f"{prefix}{digest[:10]}"

    return new_api_identifier


def drops_its_state(resource_type: str) -> AfterDelete:
    """The state keys stored under a resource go with it."""

    def drop_state(call: Call, doc_id: str) -> None:
        call.store.delete_state(call.owner, f"{resource_type}/{doc_id}")

    return drop_state
